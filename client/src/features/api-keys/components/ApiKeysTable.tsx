import { graphql, useFragment, type FragmentType } from '../../../gql';
import type { ApiKeyScope } from '../../../gql/graphql';
import { formatDateTime } from '../../../lib/format';

export const ApiKeysTable_apiKeys = graphql(`
  fragment ApiKeysTable_apiKeys on ApiKey {
    id
    name
    prefix
    scope
    createdAt
    lastUsedAt
  }
`);

const SCOPE_LABELS: Record<ApiKeyScope, string> = { READ_WRITE: 'Read & write', READ_ONLY: 'Read only' };

type ApiKeyRef = FragmentType<typeof ApiKeysTable_apiKeys>;

interface ApiKeysTableProps<T extends ApiKeyRef> {
  apiKeys: readonly T[];
  /** Gets back the item it was given, with whatever else the page selected on it. */
  onRevoke: (apiKey: T) => void;
}

/** The account's keys: never the secret, only the prefix that tells them apart. */
export function ApiKeysTable<T extends ApiKeyRef>({ apiKeys: items, onRevoke }: ApiKeysTableProps<T>) {
  const apiKeys = useFragment(ApiKeysTable_apiKeys, items);
  return (
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
        {apiKeys.map((key, index) => (
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
                onClick={() => onRevoke(items[index]!)}
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
