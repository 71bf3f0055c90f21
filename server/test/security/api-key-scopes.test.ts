import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import type { GraphQLSchema } from 'graphql';
import { createSchema } from '../../src/schema';
import { GraphQLClient, signUp } from '../utils/graphql';
import { operationFor } from '../utils/schema-calls';
import { useTestServer, type TestServer } from '../utils/fixtures';

/** Rows an account owns or that a mutation could add: none may change under a read-only key. */
async function footprint(server: TestServer, accountId: string) {
  const [row] = await server.db.dataSource.query(
    `SELECT (SELECT count(*) FROM links WHERE account_id = $1)::int AS links,
            (SELECT count(*) FROM api_keys WHERE account_id = $1 AND revoked_at IS NULL)::int AS keys,
            (SELECT count(*) FROM users)::int AS users,
            (SELECT count(*) FROM sessions)::int AS sessions`,
    [accountId],
  );
  return row;
}

describe('API key scopes', () => {
  const server = useTestServer();
  let schema: GraphQLSchema;
  let owner: Awaited<ReturnType<typeof signUp>>;
  let readOnly: GraphQLClient;
  let readWrite: GraphQLClient;
  let linkId: string;

  before(async () => {
    schema = await createSchema();
    owner = await signUp(server.url);
    ({
      createLink: { id: linkId },
    } = await owner.ok(`mutation { createLink(input: { destinationUrl: "https://example.com/a" }) { id } }`));
    const key = async (scope: string) => {
      const { createApiKey } = await owner.ok(
        `mutation($scope: ApiKeyScope!) { createApiKey(name: "k", scope: $scope) { secret } }`,
        { scope },
      );
      const client = new GraphQLClient(server.url);
      client.bearer = createApiKey.secret;
      return client;
    };
    readOnly = await key('READ_ONLY');
    readWrite = await key('READ_WRITE');
  });

  it('a read-only key runs queries', async () => {
    const data = await readOnly.ok(
      `query($id: ID!) { me { apiKey { scope } } links { totalCount } link(id: $id) { id } apiKeys { id } }`,
      { id: linkId },
    );
    assert.equal(data.me.apiKey.scope, 'READ_ONLY');
    assert.equal(data.links.totalCount, 1);
    assert.equal(data.link.id, linkId);
  });

  it('a read-only key gets FORBIDDEN for every mutation of the schema, and nothing changes', async () => {
    const mutations = Object.values(schema.getMutationType()!.getFields());
    assert.ok(mutations.length >= 8);
    const before = await footprint(server, owner.accountId);
    for (const field of mutations) {
      // The owner's real link id where an id is asked for: the refusal must not depend on it missing.
      const values = Object.fromEntries(
        field.args.filter((a) => a.name === 'id').map((a) => [a.name, linkId]),
      );
      const { query, variables } = operationFor('mutation', field, values);
      const res = await readOnly.request(query, variables);
      assert.equal(res.status, 403, field.name);
      assert.equal(
        res.errors?.[0]?.extensions?.code,
        'FORBIDDEN',
        `${field.name}: ${JSON.stringify(res.errors)}`,
      );
      assert.equal(res.data, undefined, field.name);
    }
    assert.deepEqual(await footprint(server, owner.accountId), before);
    assert.ok((await owner.ok(`query($id: ID!) { link(id: $id) { id } }`, { id: linkId })).link, 'link kept');
  });

  it('a read-write key and a session run mutations', async () => {
    const mutation = `mutation { createLink(input: { destinationUrl: "https://example.com/rw" }) { id } }`;
    assert.ok((await readWrite.ok(mutation)).createLink.id);
    assert.ok((await owner.ok(mutation)).createLink.id);
  });
});
