import { useApolloClient, useMutation } from '@apollo/client/react';
import { ConfirmDialog } from '../../../components/ConfirmDialog';
import { graphql, useFragment, type FragmentType } from '../../../gql';
import { useConfirmedDelete } from '../../../hooks/useConfirmedDelete';
import { DeleteLinkDocument } from '../graphql/links';
import { removeLinkFromCache } from '../graphql/cache';

export const DeleteLinkDialog_link = graphql(`
  fragment DeleteLinkDialog_link on Link {
    id
    title
    shortUrl
  }
`);

interface DeleteLinkDialogProps {
  link: FragmentType<typeof DeleteLinkDialog_link>;
  onClose: () => void;
  onDeleted?: () => void;
}

export function DeleteLinkDialog({ link: linkRef, onClose, onDeleted }: DeleteLinkDialogProps) {
  const link = useFragment(DeleteLinkDialog_link, linkRef);
  const client = useApolloClient();
  const [deleteLink, { loading }] = useMutation(DeleteLinkDocument);
  // Leave first (the analytics page navigates away), then drop the link from every cached list.
  const { error, confirm } = useConfirmedDelete(
    () => deleteLink({ variables: { id: link.id } }),
    () => {
      onDeleted?.();
      onClose();
      removeLinkFromCache(client.cache, link.id);
    },
    'Could not delete the link.',
  );

  return (
    <ConfirmDialog
      title="Delete this link?"
      confirmLabel="Delete link"
      busyLabel="Deleting…"
      busy={loading}
      error={error}
      onConfirm={confirm}
      onClose={onClose}
    >
      <p>
        <strong>{link.title || link.shortUrl}</strong>
      </p>
      <p className="notice notice-danger">
        Deletion is permanent. The link stops redirecting and all of its analytics data is removed. This
        cannot be undone.
      </p>
    </ConfirmDialog>
  );
}
