import { useApolloClient, useMutation } from '@apollo/client/react';
import { useState } from 'react';
import { Dialog } from '../../../components/Dialog';
import type { LinkFieldsFragment } from '../../../gql/graphql';
import { errorInfos, hasCode } from '../../../lib/errors';
import { DeleteLinkDocument } from '../graphql/links';
import { removeLinkFromCache } from '../hooks/cache';

interface DeleteLinkDialogProps {
  link: LinkFieldsFragment;
  onClose: () => void;
  onDeleted?: () => void;
}

export function DeleteLinkDialog({ link, onClose, onDeleted }: DeleteLinkDialogProps) {
  const [error, setError] = useState<string | null>(null);
  const client = useApolloClient();
  const [deleteLink, { loading }] = useMutation(DeleteLinkDocument);

  // Leave first (the analytics page navigates away), then drop the link from every cached list.
  const finish = () => {
    onDeleted?.();
    onClose();
    removeLinkFromCache(client.cache, link.id);
  };

  const confirm = async () => {
    try {
      await deleteLink({ variables: { id: link.id } });
      finish();
    } catch (e) {
      // NOT_FOUND: already gone (another tab), which is the outcome the user asked for.
      if (hasCode(e, 'NOT_FOUND')) {
        finish();
        return;
      }
      setError(errorInfos(e)[0]?.message ?? 'Could not delete the link.');
    }
  };

  return (
    <Dialog
      title="Delete this link?"
      size="small"
      onClose={onClose}
      actions={
        <>
          <button type="button" className="button button-secondary" onClick={onClose} data-autofocus>
            Cancel
          </button>
          <button
            type="button"
            className="button button-danger"
            onClick={() => void confirm()}
            disabled={loading}
          >
            {loading ? 'Deleting…' : 'Delete link'}
          </button>
        </>
      }
    >
      <p>
        <strong>{link.title || link.shortUrl}</strong>
      </p>
      <p className="notice notice-danger">
        Deletion is permanent. The link stops redirecting and all of its analytics data is removed. This
        cannot be undone.
      </p>
      {error && (
        <p className="form-error" role="alert">
          {error}
        </p>
      )}
    </Dialog>
  );
}
