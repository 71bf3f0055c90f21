import { useApolloClient, useMutation } from '@apollo/client/react';
import { ConfirmDialog } from '../../../components/ConfirmDialog';
import { graphql, useFragment, type FragmentType } from '../../../gql';
import { displayUrl, formatNumber } from '../../../lib/format';
import { useConfirmedDelete } from '../../../hooks/useConfirmedDelete';
import { DeleteLinkDocument } from '../graphql/links';
import { removeLinkFromCache } from '../graphql/cache';

export const DeleteLinkDialog_link = graphql(`
  fragment DeleteLinkDialog_link on Link {
    id
    title
    shortUrl
    clickCount
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
        {link.title && (
          <>
            <strong>
              <bdi>{link.title}</bdi>
            </strong>
            <br />
          </>
        )}
        <span data-testid="delete-short-url">{displayUrl(link.shortUrl)}</span>
      </p>
      <p className="notice notice-danger">
        Deletion is permanent. {displayUrl(link.shortUrl)} stops redirecting and its analytics are removed
        {link.clickCount > 0 &&
          `: ${formatNumber(link.clickCount)} recorded ${link.clickCount === 1 ? 'click' : 'clicks'} lost`}
        . This cannot be undone.
      </p>
    </ConfirmDialog>
  );
}
