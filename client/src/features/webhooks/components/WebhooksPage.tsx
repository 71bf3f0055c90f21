import { useQuery } from '@apollo/client/react';
import { useState } from 'react';
import { useDocumentTitle } from '../../../hooks/useDocumentTitle';
import { PlusIcon } from '../../../components/Icons';
import { EmptyState, ErrorState, Spinner } from '../../../components/States';
import type { WebhooksQuery } from '../../../gql/graphql';
import { WebhooksDocument } from '../graphql/webhooks';
import { useWebhookActions } from '../hooks/useWebhookActions';
import { CreateWebhookDialog } from './CreateWebhookDialog';
import { DeleteWebhookDialog, RotateSecretDialog } from './WebhookDialogs';
import { WebhooksTable } from './WebhooksTable';

/** Settings → Webhooks: the account's endpoints and what can be done with them. */
export default function WebhooksPage() {
  const { data, loading, error, refetch } = useQuery(WebhooksDocument);
  const [creating, setCreating] = useState(false);
  const [rotating, setRotating] = useState<string | null>(null);
  const [deleting, setDeleting] = useState<WebhooksQuery['webhooks'][number] | null>(null);
  const actions = useWebhookActions();

  useDocumentTitle('Webhooks');

  let body: React.ReactNode;
  if (error && !data)
    body = <ErrorState message="Could not load your webhooks." onRetry={() => void refetch()} />;
  else if (loading && !data) body = <Spinner />;
  else if (!data || data.webhooks.length === 0) {
    body = (
      <EmptyState title="No webhooks">
        <p>
          Add an endpoint to be told of clicks, conversions, delivery reports and link changes as they happen.
        </p>
      </EmptyState>
    );
  } else {
    body = (
      <WebhooksTable
        webhooks={data.webhooks}
        onSendTest={(id) => void actions.test(id)}
        onSetEnabled={(id, enabled) => void actions.setEnabled(id, enabled)}
        onRotate={setRotating}
        onDelete={setDeleting}
      />
    );
  }

  return (
    <div className="page">
      <div className="page-header">
        <div>
          <h1>Webhooks</h1>
          <p className="muted">
            Events are POSTed as signed JSON in the{' '}
            <a href="https://www.standardwebhooks.com/" target="_blank" rel="noreferrer">
              Standard Webhooks
            </a>{' '}
            format, retried for over a day until your endpoint answers 2xx.
          </p>
        </div>
        <button type="button" className="button button-primary" onClick={() => setCreating(true)}>
          <PlusIcon /> New webhook
        </button>
      </div>
      <p className={`action-status ${actions.message?.error ? 'danger-text' : ''}`} role="status">
        {actions.message?.text}
      </p>
      <div className="card">{body}</div>
      {creating && <CreateWebhookDialog onClose={() => setCreating(false)} />}
      {rotating && <RotateSecretDialog webhookId={rotating} onClose={() => setRotating(null)} />}
      {deleting && <DeleteWebhookDialog webhook={deleting} onClose={() => setDeleting(null)} />}
    </div>
  );
}
