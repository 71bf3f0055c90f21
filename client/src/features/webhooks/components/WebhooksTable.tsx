import { Link } from 'react-router';
import { MoreIcon } from '../../../components/Icons';
import { Menu } from '../../../components/Menu';
import { graphql, useFragment, type FragmentType } from '../../../gql';
import { formatDate, formatDateTime } from '../../../lib/format';
import { eventLabel } from './events';

export const WebhooksTable_webhook = graphql(`
  fragment WebhooksTable_webhook on Webhook {
    id
    url
    events
    enabled
    description
    createdAt
    disabledReason
  }
`);

type WebhookRef = FragmentType<typeof WebhooksTable_webhook>;

interface WebhooksTableProps<T extends WebhookRef> {
  webhooks: readonly T[];
  onSendTest: (id: string) => void;
  onSetEnabled: (id: string, enabled: boolean) => void;
  onRotate: (id: string) => void;
  /** Gets back the item it was given, with whatever else the page selected on it. */
  onDelete: (webhook: T) => void;
}

export function WebhookStatus({ enabled }: { enabled: boolean }) {
  return (
    <span className={`badge ${enabled ? 'badge-active' : 'badge-expired'}`}>
      {enabled ? 'Enabled' : 'Disabled'}
    </span>
  );
}

/** Endpoint, events, status and created date, with the ⋯ menu of actions. */
export function WebhooksTable<T extends WebhookRef>({
  webhooks: items,
  onSendTest,
  onSetEnabled,
  onRotate,
  onDelete,
}: WebhooksTableProps<T>) {
  const webhooks = useFragment(WebhooksTable_webhook, items);
  return (
    <table className="webhooks-table">
      <thead>
        <tr>
          <th scope="col">Endpoint</th>
          <th scope="col">Events</th>
          <th scope="col">Status</th>
          <th scope="col">Created</th>
          <th scope="col">
            <span className="visually-hidden">Actions</span>
          </th>
        </tr>
      </thead>
      <tbody>
        {webhooks.map((webhook, index) => (
          <tr key={webhook.id} data-testid="webhook-row">
            <td data-label="Endpoint" className="cell-endpoint">
              <Link to={`/webhooks/${webhook.id}`} className="link-title break">
                {webhook.url}
              </Link>
              {webhook.description && <span className="muted small">{webhook.description}</span>}
            </td>
            <td data-label="Events">
              <ul className="chips" aria-label="Events">
                {webhook.events.map((event) => (
                  <li key={event} className="chip">
                    {eventLabel(event)}
                  </li>
                ))}
              </ul>
            </td>
            <td data-label="Status">
              <span className="status-cell">
                <WebhookStatus enabled={webhook.enabled} />
                {webhook.disabledReason && (
                  <span className="small danger-text">{webhook.disabledReason}</span>
                )}
              </span>
            </td>
            <td data-label="Created">
              <time dateTime={webhook.createdAt} title={formatDateTime(webhook.createdAt)}>
                {formatDate(webhook.createdAt)}
              </time>
            </td>
            <td className="cell-actions">
              <Menu
                label={`Actions for ${webhook.url}`}
                trigger={<MoreIcon />}
                items={[
                  { label: 'Send test event', onSelect: () => onSendTest(webhook.id) },
                  webhook.enabled
                    ? { label: 'Disable', onSelect: () => onSetEnabled(webhook.id, false) }
                    : { label: 'Enable', onSelect: () => onSetEnabled(webhook.id, true) },
                  { label: 'Rotate secret', onSelect: () => onRotate(webhook.id) },
                  { label: 'Delete', danger: true, onSelect: () => onDelete(items[index]!) },
                ]}
              />
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
