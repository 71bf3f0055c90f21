import { useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { useDocumentTitle } from '../../../hooks/useDocumentTitle';
import { PAGE_SIZE } from '../../../lib/pages';
import { Link, useNavigate, useParams } from 'react-router';
import { ArrowLeftIcon } from '../../../components/Icons';
import { EmptyState, ErrorState, Spinner } from '../../../components/States';
import { graphql, useFragment, type FragmentType } from '../../../gql';
import type { WebhookDeliveryStatus } from '../../../gql/graphql';
import { formatDateTime, formatNumber } from '../../../lib/format';
import { WebhookDeliveriesDocument, WebhooksDocument } from '../graphql/webhooks';
import { useWebhookActions } from '../hooks/useWebhookActions';
import { eventLabel } from './events';
import { DeleteWebhookDialog, RotateSecretDialog } from './WebhookDialogs';
import { WebhookStatus } from './WebhooksTable';

export const WebhookDeliveriesPage_webhook = graphql(`
  fragment WebhookDeliveriesPage_webhook on Webhook {
    id
    url
    events
    enabled
    description
    disabledReason
  }
`);

export const DeliveriesTable_delivery = graphql(`
  fragment DeliveriesTable_delivery on WebhookDelivery {
    id
    type
    status
    attempts
    lastResponseStatus
    lastError
    createdAt
    nextAttemptAt
    deliveredAt
  }
`);

const STATUS_LABELS: Record<WebhookDeliveryStatus, string> = {
  PENDING: 'Pending',
  SUCCEEDED: 'Succeeded',
  FAILED: 'Failed',
};
const STATUS_BADGES: Record<WebhookDeliveryStatus, string> = {
  PENDING: 'badge-pending',
  SUCCEEDED: 'badge-active',
  FAILED: 'badge-failed',
};

/** One webhook: its settings at a glance, its actions and its deliveries log (newest first). */
export default function WebhookDeliveriesPage() {
  const { id = '' } = useParams();
  const navigate = useNavigate();
  const webhooks = useQuery(WebhooksDocument);
  const [failedOnly, setFailedOnly] = useState(false);
  const [expanded, setExpanded] = useState(false);
  const [dialog, setDialog] = useState<'rotate' | 'delete' | null>(null);
  const actions = useWebhookActions();
  const deliveries = useQuery(WebhookDeliveriesDocument, {
    variables: { webhookId: id, status: failedOnly ? 'FAILED' : null, first: PAGE_SIZE },
    // Attempts move on by themselves: keep the first page fresh while nothing more is loaded.
    pollInterval: expanded ? 0 : 5_000,
    notifyOnNetworkStatusChange: true,
  });
  const item = webhooks.data?.webhooks.find((w) => w.id === id);
  const webhook = useFragment(WebhookDeliveriesPage_webhook, item);

  useDocumentTitle('Webhook deliveries');

  if (webhooks.error && !webhooks.data)
    return (
      <div className="page">
        <ErrorState message="Could not load this webhook." onRetry={() => void webhooks.refetch()} />
      </div>
    );
  if (!webhooks.data) return <Spinner />;
  if (!webhook || !item)
    return (
      <div className="page">
        <h1>Webhook not found</h1>
        <p>
          <Link to="/webhooks">Back to webhooks</Link>
        </p>
      </div>
    );

  const page = deliveries.data?.webhookDeliveries;
  const loadMore = async () => {
    if (!page?.pageInfo.endCursor) return;
    setExpanded(true);
    await deliveries.fetchMore({
      variables: { after: page.pageInfo.endCursor },
      updateQuery: (previous, { fetchMoreResult }) => ({
        webhookDeliveries: {
          ...fetchMoreResult.webhookDeliveries,
          nodes: [...previous.webhookDeliveries.nodes, ...fetchMoreResult.webhookDeliveries.nodes],
        },
      }),
    });
  };

  let log: React.ReactNode;
  if (deliveries.error && !deliveries.data)
    log = <ErrorState message="Could not load the deliveries." onRetry={() => void deliveries.refetch()} />;
  else if (!page) log = <Spinner label="Loading deliveries…" />;
  else if (page.nodes.length === 0)
    log = (
      <EmptyState title={failedOnly ? 'No failed deliveries' : 'No deliveries yet'}>
        <p>
          {failedOnly
            ? 'Every message so far was delivered or is still being tried.'
            : 'Messages appear here as events happen. Send a test event to try your endpoint.'}
        </p>
      </EmptyState>
    );
  else
    log = (
      <>
        <DeliveriesTable deliveries={page.nodes} />
        {page.pageInfo.hasNextPage && (
          <div className="load-more">
            <button
              type="button"
              className="button button-secondary"
              onClick={() => void loadMore()}
              disabled={deliveries.loading}
            >
              {deliveries.loading ? 'Loading…' : 'Show older deliveries'}
            </button>
          </div>
        )}
      </>
    );

  return (
    <div className="page">
      <Link to="/webhooks" className="back-link">
        <ArrowLeftIcon /> Webhooks
      </Link>
      <div className="page-header">
        <div className="webhook-title">
          <h1 className="break">{webhook.url}</h1>
          <p className="muted">
            <WebhookStatus enabled={webhook.enabled} />{' '}
            {webhook.description && <span>{webhook.description} · </span>}
            {webhook.events.map(eventLabel).join(', ')}
          </p>
          {webhook.disabledReason && <p className="notice notice-danger">{webhook.disabledReason}</p>}
        </div>
        <div className="header-actions">
          <button
            type="button"
            className="button button-primary"
            onClick={() => void actions.test(webhook.id)}
          >
            Send test event
          </button>
          <button
            type="button"
            className="button button-secondary"
            onClick={() => void actions.setEnabled(webhook.id, !webhook.enabled)}
          >
            {webhook.enabled ? 'Disable' : 'Enable'}
          </button>
          <button type="button" className="button button-secondary" onClick={() => setDialog('rotate')}>
            Rotate secret
          </button>
          <button type="button" className="button button-danger-outline" onClick={() => setDialog('delete')}>
            Delete
          </button>
        </div>
      </div>
      <p className={`action-status ${actions.message?.error ? 'danger-text' : ''}`} role="status">
        {actions.message?.text}
      </p>
      <div className="card">
        <div className="toolbar">
          <h2 className="toolbar-title">Deliveries</h2>
          <label className="toggle">
            <input
              type="checkbox"
              checked={failedOnly}
              onChange={(e) => {
                setExpanded(false);
                setFailedOnly(e.target.checked);
              }}
            />
            Failed only
          </label>
          {page && (
            <span className="toolbar-status muted">
              {formatNumber(page.totalCount)} {failedOnly ? 'failed' : 'in all'}
            </span>
          )}
        </div>
        {log}
      </div>
      {dialog === 'rotate' && <RotateSecretDialog webhookId={webhook.id} onClose={() => setDialog(null)} />}
      {dialog === 'delete' && (
        <DeleteWebhookDialog
          webhook={item}
          onClose={() => setDialog(null)}
          onDeleted={() => void navigate('/webhooks', { replace: true })}
        />
      )}
    </div>
  );
}

function DeliveriesTable({
  deliveries: items,
}: {
  deliveries: readonly FragmentType<typeof DeliveriesTable_delivery>[];
}) {
  const deliveries = useFragment(DeliveriesTable_delivery, items);
  return (
    <table className="deliveries-table">
      <thead>
        <tr>
          <th scope="col">Event</th>
          <th scope="col">Status</th>
          <th scope="col">Response</th>
          <th scope="col" className="num">
            Attempts
          </th>
          <th scope="col">Created</th>
          <th scope="col">Next attempt / delivered</th>
        </tr>
      </thead>
      <tbody>
        {deliveries.map((d) => (
          <tr key={d.id} data-testid="delivery-row">
            <td data-label="Event">
              <code title={`webhook-id ${d.id}`}>{d.type}</code>
            </td>
            <td data-label="Status">
              <span className={`badge ${STATUS_BADGES[d.status]}`}>{STATUS_LABELS[d.status]}</span>
            </td>
            <td data-label="Response" className="cell-response">
              {d.lastResponseStatus !== null && (
                <span className="http-status">HTTP {d.lastResponseStatus}</span>
              )}
              {d.lastError && d.lastError !== `HTTP ${d.lastResponseStatus}` && (
                <span className="small danger-text">{d.lastError}</span>
              )}
              {d.lastResponseStatus === null && !d.lastError && <span className="muted">—</span>}
            </td>
            <td data-label="Attempts" className="num">
              {d.attempts}
            </td>
            <td data-label="Created">{formatDateTime(d.createdAt)}</td>
            <td data-label={d.status === 'PENDING' ? 'Next attempt' : 'Finished'}>
              {d.status === 'PENDING'
                ? formatDateTime(d.nextAttemptAt)
                : d.deliveredAt
                  ? `Delivered ${formatDateTime(d.deliveredAt)}`
                  : '—'}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
