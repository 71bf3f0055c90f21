import { useQuery } from '@apollo/client/react';
import { useState, type ReactNode } from 'react';
import { PlusIcon } from '../../../components/Icons';
import { EmptyState, ErrorState, Spinner } from '../../../components/States';
import type { ApiKeysQuery } from '../../../gql/graphql';
import { useDocumentTitle } from '../../../hooks/useDocumentTitle';
import { ApiKeysDocument } from '../graphql/api-keys';
import { ApiKeysTable } from './ApiKeysTable';
import { CreateApiKeyDialog } from './CreateApiKeyDialog';
import { RevokeApiKeyDialog } from './RevokeApiKeyDialog';

type ApiKey = ApiKeysQuery['apiKeys'][number];

export default function ApiKeysPage() {
  const { data, loading, error, refetch } = useQuery(ApiKeysDocument);
  const [creating, setCreating] = useState(false);
  const [revoking, setRevoking] = useState<ApiKey | null>(null);
  useDocumentTitle('API keys');

  let body: ReactNode;
  if (error && !data)
    body = <ErrorState message="Could not load your API keys." onRetry={() => void refetch()} />;
  else if (loading && !data) body = <Spinner />;
  else if (!data || data.apiKeys.length === 0) {
    body = (
      <EmptyState title="No API keys">
        <p>Create a key to call the GraphQL API from your CRM, campaign tool or BI.</p>
      </EmptyState>
    );
  } else {
    body = <ApiKeysTable apiKeys={data.apiKeys} onRevoke={setRevoking} />;
  }

  return (
    <div className="page">
      <div className="page-header">
        <div>
          <h1>API keys</h1>
          <p className="muted">
            Integrations call the GraphQL API at <code>/graphql</code> with{' '}
            <code>Authorization: Bearer &lt;key&gt;</code>.
          </p>
        </div>
        <button type="button" className="button button-primary" onClick={() => setCreating(true)}>
          <PlusIcon /> New API key
        </button>
      </div>
      <div className="card">{body}</div>
      {creating && <CreateApiKeyDialog onClose={() => setCreating(false)} />}
      {revoking && <RevokeApiKeyDialog apiKey={revoking} onClose={() => setRevoking(null)} />}
    </div>
  );
}
