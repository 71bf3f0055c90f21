import { useMutation, useQuery } from '@apollo/client/react';
import { useEffect, useState, type FormEvent } from 'react';
import { CopyButton } from '../../../components/CopyButton';
import { ConfirmDialog } from '../../../components/ConfirmDialog';
import { Dialog } from '../../../components/Dialog';
import { Field } from '../../../components/Field';
import { PlusIcon } from '../../../components/Icons';
import { EmptyState, ErrorState, Spinner } from '../../../components/States';
import type { ApiKeyScope, ApiKeysQuery } from '../../../gql/graphql';
import { errorInfos, mapFormErrors, type FormErrors } from '../../../lib/errors';
import { formatDateTime } from '../../../lib/format';
import { ApiKeysDocument, CreateApiKeyDocument, RevokeApiKeyDocument } from '../graphql/api-keys';
import { FormError } from '../../../components/FormError';

type ApiKey = ApiKeysQuery['apiKeys'][number];

const SCOPE_LABELS: Record<ApiKeyScope, string> = { READ_WRITE: 'Read & write', READ_ONLY: 'Read only' };

export default function ApiKeysPage() {
  const { data, loading, error, refetch } = useQuery(ApiKeysDocument);
  const [creating, setCreating] = useState(false);
  const [revoking, setRevoking] = useState<ApiKey | null>(null);

  useEffect(() => {
    document.title = 'API keys · Smart Links';
  }, []);

  let body: React.ReactNode;
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
    body = (
      <table className="keys-table">
        <thead>
          <tr>
            <th scope="col">Name</th>
            <th scope="col">Key</th>
            <th scope="col">Scope</th>
            <th scope="col">Created</th>
            <th scope="col">Last used</th>
            <th scope="col">
              <span className="visually-hidden">Actions</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {data.apiKeys.map((key) => (
            <tr key={key.id} data-testid="api-key-row">
              <td data-label="Name" className="strong">
                {key.name}
              </td>
              <td data-label="Key">
                <code>{key.prefix}…</code>
              </td>
              <td data-label="Scope">{SCOPE_LABELS[key.scope]}</td>
              <td data-label="Created">{formatDateTime(key.createdAt)}</td>
              <td data-label="Last used">{key.lastUsedAt ? formatDateTime(key.lastUsedAt) : 'Never'}</td>
              <td className="cell-actions">
                <button
                  type="button"
                  className="button button-danger-outline button-small"
                  onClick={() => setRevoking(key)}
                >
                  Revoke<span className="visually-hidden"> {key.name}</span>
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    );
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
      {creating && <CreateKeyDialog onClose={() => setCreating(false)} />}
      {revoking && <RevokeKeyDialog apiKey={revoking} onClose={() => setRevoking(null)} />}
    </div>
  );
}

function CreateKeyDialog({ onClose }: { onClose: () => void }) {
  const [createKey, { loading }] = useMutation(CreateApiKeyDocument, {
    refetchQueries: [ApiKeysDocument],
    awaitRefetchQueries: true,
  });
  const [errors, setErrors] = useState<FormErrors<'name' | 'scope'>>({ fields: {}, form: null });
  const [secret, setSecret] = useState<string | null>(null);

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    try {
      const result = await createKey({
        variables: { name: String(form.get('name') ?? '').trim(), scope: form.get('scope') as ApiKeyScope },
      });
      setSecret(result.data!.createApiKey.secret);
    } catch (error) {
      setErrors(mapFormErrors(error, ['name', 'scope'] as const));
    }
  };

  if (secret) {
    return (
      <Dialog
        title="Your new API key"
        onClose={onClose}
        actions={
          <button type="button" className="button button-primary" onClick={onClose}>
            Done
          </button>
        }
      >
        <p className="notice notice-warning">Copy this key now. For your security it is shown only once.</p>
        <div className="secret">
          <code data-testid="api-key-secret">{secret}</code>
          <CopyButton text={secret} label="Copy API key" showLabel />
        </div>
      </Dialog>
    );
  }

  return (
    <Dialog title="New API key" size="small" onClose={onClose}>
      <form onSubmit={(e) => void submit(e)} noValidate>
        <FormError message={errors.form} />
        <Field
          label="Name"
          name="name"
          required
          maxLength={100}
          data-autofocus
          placeholder="CRM sync"
          hint="So you can tell your keys apart."
          error={errors.fields.name}
        />
        <fieldset className="field radio-group">
          <legend>Scope</legend>
          <label>
            <input type="radio" name="scope" value="READ_WRITE" defaultChecked /> Read &amp; write
          </label>
          <label>
            <input type="radio" name="scope" value="READ_ONLY" /> Read only (queries only)
          </label>
          {errors.fields.scope && <p className="field-error">{errors.fields.scope}</p>}
        </fieldset>
        <div className="dialog-footer">
          <button type="button" className="button button-secondary" onClick={onClose}>
            Cancel
          </button>
          <button type="submit" className="button button-primary" disabled={loading}>
            {loading ? 'Creating…' : 'Create key'}
          </button>
        </div>
      </form>
    </Dialog>
  );
}

function RevokeKeyDialog({ apiKey, onClose }: { apiKey: ApiKey; onClose: () => void }) {
  const [error, setError] = useState<string | null>(null);
  const [revoke, { loading }] = useMutation(RevokeApiKeyDocument, {
    update(cache) {
      cache.evict({ id: cache.identify({ __typename: 'ApiKey', id: apiKey.id }) });
      cache.gc();
    },
  });
  const confirm = async () => {
    try {
      await revoke({ variables: { id: apiKey.id } });
      onClose();
    } catch (e) {
      setError(errorInfos(e)[0]?.message ?? 'Could not revoke the key.');
    }
  };
  return (
    <ConfirmDialog
      title="Revoke this API key?"
      confirmLabel="Revoke key"
      busyLabel="Revoking…"
      busy={loading}
      error={error}
      onConfirm={() => void confirm()}
      onClose={onClose}
    >
      <p>
        Requests using <strong>{apiKey.name}</strong> (<code>{apiKey.prefix}…</code>) will fail from now on.
        This cannot be undone.
      </p>
    </ConfirmDialog>
  );
}
