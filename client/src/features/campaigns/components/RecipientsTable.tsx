import { CopyButton } from '../../../components/CopyButton';
import { graphql, useFragment, type FragmentType } from '../../../gql';
import type { DeliveryStatus } from '../../../gql/graphql';
import { displayUrl, formatDateTime, formatNumber } from '../../../lib/format';
import { formatMoney } from '../funnel';

export const RecipientsTable_recipients = graphql(`
  fragment RecipientsTable_recipients on Recipient {
    id
    externalId
    status
    sentAt
    deliveredAt
    readAt
    failedAt
    clicks
    firstClickedAt
    conversions
    conversionValue
    link {
      id
      shortUrl
    }
  }
`);

export const DELIVERY_STATUSES: { value: DeliveryStatus; label: string }[] = [
  { value: 'PENDING', label: 'Pending' },
  { value: 'SENT', label: 'Sent' },
  { value: 'DELIVERED', label: 'Delivered' },
  { value: 'READ', label: 'Read' },
  { value: 'FAILED', label: 'Failed' },
];

export function DeliveryBadge({ status }: { status: DeliveryStatus }) {
  const label = DELIVERY_STATUSES.find((s) => s.value === status)?.label ?? status;
  return <span className={`badge badge-delivery-${status.toLowerCase()}`}>{label}</span>;
}

interface RecipientsTableProps {
  recipients: readonly FragmentType<typeof RecipientsTable_recipients>[];
  currency: string;
}

/** When the status shown was reached: the earliest report of it. */
function statusTime(r: {
  status: DeliveryStatus;
  sentAt?: string | null;
  deliveredAt?: string | null;
  readAt?: string | null;
  failedAt?: string | null;
}): string | null {
  switch (r.status) {
    case 'SENT':
      return r.sentAt ?? null;
    case 'DELIVERED':
      return r.deliveredAt ?? null;
    case 'READ':
      return r.readAt ?? null;
    case 'FAILED':
      return r.failedAt ?? null;
    default:
      return null;
  }
}

/** One row per person: their id in your systems, their own short link, and what they did with it. */
export function RecipientsTable({ recipients: refs, currency }: RecipientsTableProps) {
  const recipients = useFragment(RecipientsTable_recipients, refs);
  return (
    <table className="stack-table recipients-table">
      <thead>
        <tr>
          <th scope="col">External ID</th>
          <th scope="col">Short URL</th>
          <th scope="col">Status</th>
          <th scope="col" className="num">
            Clicks
          </th>
          <th scope="col">First clicked</th>
          <th scope="col" className="num">
            Conversions
          </th>
          <th scope="col" className="num">
            Value
          </th>
        </tr>
      </thead>
      <tbody>
        {recipients.map((r) => {
          const reachedAt = statusTime(r);
          return (
            <tr key={r.id} data-testid="recipient-row">
              <td data-label="External ID" className="cell-link">
                <bdi className="external-id">{r.externalId}</bdi>
              </td>
              <td data-label="Short URL" className="cell-short">
                <span className="short-url">
                  <a href={r.link.shortUrl} target="_blank" rel="noreferrer">
                    {displayUrl(r.link.shortUrl)}
                  </a>
                  <CopyButton text={r.link.shortUrl} label={`Copy short URL of ${r.externalId}`} />
                </span>
              </td>
              <td data-label="Status" data-testid="recipient-status">
                <span className="status-cell">
                  <DeliveryBadge status={r.status} />
                  {reachedAt && (
                    <time className="status-time" dateTime={reachedAt}>
                      {formatDateTime(reachedAt)}
                    </time>
                  )}
                </span>
              </td>
              <td data-label="Clicks" className="num" data-testid="recipient-clicks">
                {formatNumber(r.clicks)}
              </td>
              <td data-label="First clicked">
                {r.firstClickedAt ? (
                  <time dateTime={r.firstClickedAt}>{formatDateTime(r.firstClickedAt)}</time>
                ) : (
                  <span className="muted">—</span>
                )}
              </td>
              <td data-label="Conversions" className="num" data-testid="recipient-conversions">
                {formatNumber(r.conversions)}
              </td>
              <td data-label="Value" className="num" data-testid="recipient-value">
                {r.conversions > 0 ? (
                  formatMoney(r.conversionValue, currency)
                ) : (
                  <span className="muted">—</span>
                )}
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
