import { Link } from 'react-router';
import { ChartIcon, EditIcon, MoreIcon, TrashIcon } from '../../../components/Icons';
import { Menu } from '../../../components/Menu';
import { graphql, useFragment, type FragmentType } from '../../../gql';
import { displayUrl, formatDate, formatDateTime, formatNumber } from '../../../lib/format';
import { formatShare } from '../funnel';
import { ChannelBadge } from './ChannelBadge';

export const CampaignsTable_campaigns = graphql(`
  fragment CampaignsTable_campaigns on Campaign {
    id
    name
    channel
    destinationUrl
    recipientCount
    createdAt
    funnel {
      recipients
      sent
      delivered
      failed
      clicked
      converted
    }
  }
`);

type CampaignRef = FragmentType<typeof CampaignsTable_campaigns>;

interface CampaignsTableProps<T extends CampaignRef> {
  campaigns: readonly T[];
  /** Each handler gets back the item it was given, with whatever else the page selected on it. */
  onOpen: (campaign: T) => void;
  onEdit: (campaign: T) => void;
  onDelete: (campaign: T) => void;
}

/** A step of the funnel as a share of the recipients, with the count beneath; a dash where it cannot be known yet. */
function Rate({ count, of, pending }: { count: number; of: number; pending?: string }) {
  if (of === 0 || pending) {
    return (
      <span className="muted" title={pending ?? 'No recipients yet'}>
        —<span className="visually-hidden">{pending ?? 'no recipients yet'}</span>
      </span>
    );
  }
  return (
    <span className="rate">
      <span className="rate-share">{formatShare(count / of)}</span>
      <span className="rate-count">
        <span className="visually-hidden">, </span>
        {formatNumber(count)}
      </span>
    </span>
  );
}

/** A campaign list's columns: name, channel, recipients, delivered %, clicked %, converted %, created. */
export function CampaignsTable<T extends CampaignRef>({
  campaigns: items,
  onOpen,
  onEdit,
  onDelete,
}: CampaignsTableProps<T>) {
  const campaigns = useFragment(CampaignsTable_campaigns, items);
  return (
    <table className="stack-table campaigns-table">
      <thead>
        <tr>
          <th scope="col">Campaign</th>
          <th scope="col">Channel</th>
          <th scope="col" className="num">
            Recipients
          </th>
          <th scope="col" className="num">
            Delivered
          </th>
          <th scope="col" className="num">
            Clicked
          </th>
          <th scope="col" className="num">
            Converted
          </th>
          <th scope="col">Created</th>
          <th scope="col">
            <span className="visually-hidden">Actions</span>
          </th>
        </tr>
      </thead>
      <tbody>
        {campaigns.map((campaign, i) => {
          const item = items[i]!;
          const f = campaign.funnel;
          return (
            <tr key={campaign.id} data-testid="campaign-row">
              <td data-label="Campaign" className="cell-link">
                <Link to={`/campaigns/${campaign.id}`} className="link-title">
                  <bdi>{campaign.name}</bdi>
                </Link>
                {campaign.destinationUrl && (
                  <span className="link-destination" title={campaign.destinationUrl}>
                    <bdi>{displayUrl(campaign.destinationUrl)}</bdi>
                  </span>
                )}
              </td>
              <td data-label="Channel">
                <ChannelBadge channel={campaign.channel} />
              </td>
              <td data-label="Recipients" className="num">
                {formatNumber(campaign.recipientCount)}
              </td>
              <td data-label="Delivered" className="num" data-testid="campaign-delivered">
                <Rate
                  count={f.delivered}
                  of={f.recipients}
                  pending={f.sent + f.failed === 0 ? 'No delivery report yet' : undefined}
                />
              </td>
              <td data-label="Clicked" className="num" data-testid="campaign-clicked">
                <Rate count={f.clicked} of={f.recipients} />
              </td>
              <td data-label="Converted" className="num" data-testid="campaign-converted">
                <Rate count={f.converted} of={f.recipients} />
              </td>
              <td data-label="Created">
                <time dateTime={campaign.createdAt} title={formatDateTime(campaign.createdAt)}>
                  {formatDate(campaign.createdAt)}
                </time>
              </td>
              <td className="cell-actions">
                <Menu
                  label={`Actions for ${campaign.name}`}
                  trigger={<MoreIcon />}
                  items={[
                    { label: 'Open', icon: <ChartIcon />, onSelect: () => onOpen(item) },
                    { label: 'Edit', icon: <EditIcon />, onSelect: () => onEdit(item) },
                    { label: 'Delete', icon: <TrashIcon />, danger: true, onSelect: () => onDelete(item) },
                  ]}
                />
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
