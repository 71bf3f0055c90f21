import { useMutation } from '@apollo/client/react';
import { useState } from 'react';
import { ConfirmDialog } from '../../../components/ConfirmDialog';
import { graphql, useFragment, type FragmentType } from '../../../gql';
import { errorInfos } from '../../../lib/errors';
import { DeleteWebhookDocument, RotateWebhookSecretDocument } from '../graphql/webhooks';
import { SecretDialog } from './SecretDialog';

export const DeleteWebhookDialog_webhook = graphql(`
  fragment DeleteWebhookDialog_webhook on Webhook {
    id
    url
  }
`);

export function DeleteWebhookDialog({
  webhook: webhookRef,
  onClose,
  onDeleted,
}: {
  webhook: FragmentType<typeof DeleteWebhookDialog_webhook>;
  onClose: () => void;
  onDeleted?: () => void;
}) {
  const webhook = useFragment(DeleteWebhookDialog_webhook, webhookRef);
  const [error, setError] = useState<string | null>(null);
  const [remove, { loading }] = useMutation(DeleteWebhookDocument, {
    update(cache) {
      cache.evict({ id: cache.identify({ __typename: 'Webhook', id: webhook.id }) });
      cache.gc();
    },
  });
  const confirm = async () => {
    try {
      await remove({ variables: { id: webhook.id } });
      onClose();
      onDeleted?.();
    } catch (e) {
      setError(errorInfos(e)[0]?.message ?? 'Could not delete the webhook.');
    }
  };
  return (
    <ConfirmDialog
      title="Delete this webhook?"
      confirmLabel="Delete webhook"
      busyLabel="Deleting…"
      busy={loading}
      error={error}
      onConfirm={() => void confirm()}
      onClose={onClose}
    >
      <p>
        <code className="break">{webhook.url}</code> will receive no more events, and its delivery log is
        deleted. Messages not yet sent are dropped. This cannot be undone.
      </p>
    </ConfirmDialog>
  );
}

export function RotateSecretDialog({ webhookId, onClose }: { webhookId: string; onClose: () => void }) {
  const [error, setError] = useState<string | null>(null);
  const [secret, setSecret] = useState<string | null>(null);
  const [rotate, { loading }] = useMutation(RotateWebhookSecretDocument);
  const confirm = async () => {
    try {
      const result = await rotate({ variables: { id: webhookId } });
      setSecret(result.data!.rotateWebhookSecret.secret);
    } catch (e) {
      setError(errorInfos(e)[0]?.message ?? 'Could not rotate the secret.');
    }
  };
  if (secret) return <SecretDialog title="The new signing secret" secret={secret} onClose={onClose} />;
  return (
    <ConfirmDialog
      title="Rotate the signing secret?"
      confirmLabel="Rotate secret"
      busyLabel="Rotating…"
      busy={loading}
      error={error}
      onConfirm={() => void confirm()}
      onClose={onClose}
    >
      <p>
        The current secret stops working at once: every request from now on, retries included, is signed with
        the new one. Update your receiver right after.
      </p>
    </ConfirmDialog>
  );
}
