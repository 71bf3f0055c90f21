import { useMutation } from '@apollo/client/react';
import { useState } from 'react';
import { ConfirmDialog } from '../../../components/ConfirmDialog';
import { graphql, useFragment, type FragmentType } from '../../../gql';
import { errorInfos } from '../../../lib/errors';
import { RevokeApiKeyDocument } from '../graphql/api-keys';

export const RevokeApiKeyDialog_apiKey = graphql(`
  fragment RevokeApiKeyDialog_apiKey on ApiKey {
    id
    name
    prefix
  }
`);

interface RevokeApiKeyDialogProps {
  apiKey: FragmentType<typeof RevokeApiKeyDialog_apiKey>;
  onClose: () => void;
}

export function RevokeApiKeyDialog({ apiKey: apiKeyRef, onClose }: RevokeApiKeyDialogProps) {
  const apiKey = useFragment(RevokeApiKeyDialog_apiKey, apiKeyRef);
  const [error, setError] = useState<string | null>(null);
  const [revoke, { loading }] = useMutation(RevokeApiKeyDocument, {
    update(cache) {
      cache.evict({ id: cache.identify({ __typename: 'ApiKey', id: apiKey.id }) });
      cache.gc();
    },
  });
  const confirm = async () => {
    try {
      await revoke({ variables: { id: apiKey.id } });
      onClose();
    } catch (e) {
      setError(errorInfos(e)[0]?.message ?? 'Could not revoke the key.');
    }
  };
  return (
    <ConfirmDialog
      title="Revoke this API key?"
      confirmLabel="Revoke key"
      busyLabel="Revoking…"
      busy={loading}
      error={error}
      onConfirm={() => void confirm()}
      onClose={onClose}
    >
      <p>
        Requests using <strong>{apiKey.name}</strong> (<code>{apiKey.prefix}…</code>) will fail from now on.
        This cannot be undone.
      </p>
    </ConfirmDialog>
  );
}
