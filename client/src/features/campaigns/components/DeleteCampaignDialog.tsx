import { useApolloClient, useMutation } from '@apollo/client/react';
import { ConfirmDialog } from '../../../components/ConfirmDialog';
import { graphql, useFragment, type FragmentType } from '../../../gql';
import { useConfirmedDelete } from '../../../hooks/useConfirmedDelete';
import { formatNumber } from '../../../lib/format';
import { removeCampaignFromCache } from '../graphql/cache';
import { DeleteCampaignDocument } from '../graphql/campaigns';

export const DeleteCampaignDialog_campaign = graphql(`
  fragment DeleteCampaignDialog_campaign on Campaign {
    id
    name
    recipientCount
    linkCount
  }
`);

interface DeleteCampaignDialogProps {
  campaign: FragmentType<typeof DeleteCampaignDialog_campaign>;
  onClose: () => void;
  onDeleted?: () => void;
}

const plural = (n: number, one: string, many: string) => `${formatNumber(n)} ${n === 1 ? one : many}`;

/** Says exactly what goes: the recipients, every link of the campaign and all their clicks. */
export function DeleteCampaignDialog({ campaign: ref, onClose, onDeleted }: DeleteCampaignDialogProps) {
  const campaign = useFragment(DeleteCampaignDialog_campaign, ref);
  const client = useApolloClient();
  const [deleteCampaign, { loading }] = useMutation(DeleteCampaignDocument);
  const sharedLinks = campaign.linkCount - campaign.recipientCount;
  // Leave first (the campaign page navigates away), then drop the campaign from the cache.
  const { error, confirm } = useConfirmedDelete(
    () => deleteCampaign({ variables: { id: campaign.id } }),
    () => {
      onDeleted?.();
      onClose();
      removeCampaignFromCache(client.cache, campaign.id);
    },
    'Could not delete the campaign.',
  );

  return (
    <ConfirmDialog
      title="Delete this campaign?"
      confirmLabel="Delete campaign"
      busyLabel="Deleting…"
      busy={loading}
      error={error}
      onConfirm={confirm}
      onClose={onClose}
    >
      <p>
        <bdi className="strong">{campaign.name}</bdi>
      </p>
      <p>This removes, permanently:</p>
      <ul className="delete-list">
        <li>{plural(campaign.recipientCount, 'recipient', 'recipients')} and their personal short links</li>
        <li>{plural(sharedLinks, 'shared link', 'shared links')}</li>
        <li>every click recorded on those links, and the campaign&rsquo;s analytics</li>
      </ul>
      <p className="notice notice-danger">
        The short links stop redirecting at once, including any already sent in messages. This cannot be
        undone.
      </p>
    </ConfirmDialog>
  );
}
