import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import { sql } from './utils/db';
import {
  apiKeyClient,
  createApiKey,
  createLink,
  LINK_FIELDS,
  signUp,
  type GraphQLResponse,
  type LinkData,
  type SignedUpClient,
} from './utils/graphql';
import { visit } from './utils/http';
import { useTestServer } from './utils/fixtures';

const MISSING_ID = '3f2b8c1e-9d4a-4e7b-8c2d-1a2b3c4d5e6f';
const MALFORMED_IDS = ['not-an-id', '', '123', `${MISSING_ID}x`, "1' OR '1'='1"];

/** What a client can observe of a response: data and errors, without timing-dependent fields. */
const observable = (res: GraphQLResponse<any>) => ({
  status: res.status,
  data: res.data,
  errors: res.errors?.map((e) => ({ message: e.message, extensions: e.extensions })),
});

describe('tenant isolation: a foreign id is a missing id', () => {
  const server = useTestServer();
  let a: SignedUpClient;
  let b: SignedUpClient;
  let aLink: LinkData;
  let aKey: { id: string; secret: string };
  let snapshot: { link: unknown; apiKeys: unknown; links: unknown };

  const GET = `query($id: ID!) { link(id: $id) { ${LINK_FIELDS} } }`;
  const BY_CODE = `query($code: String!) { linkByCode(code: $code) { ${LINK_FIELDS} } }`;
  const UPDATE = `mutation($id: ID!) { updateLink(id: $id, input: { destinationUrl: "https://evil.example/", title: "pwned", expiresAt: null }) { id } }`;
  const DELETE = `mutation($id: ID!) { deleteLink(id: $id) }`;
  const REVOKE = `mutation($id: ID!) { revokeApiKey(id: $id) }`;
  const STATS = `query($id: ID!) { clickStats(linkId: $id) { totals { total } } }`;
  const takeSnapshot = async () => ({
    link: (await a.ok(GET, { id: aLink.id })).link,
    apiKeys: (await a.ok(`{ apiKeys { id name prefix scope createdAt } }`)).apiKeys,
    links: (await a.ok(`{ links { totalCount nodes { id } } }`)).links,
  });

  before(async () => {
    a = await signUp(server.url, 'Alpha');
    b = await signUp(server.url, 'Beta');
    aLink = await createLink(a, {
      title: 'Alpha secret campaign',
      destinationUrl: 'https://alpha.example/secret',
    });
    await createLink(a, { title: 'Alpha other' });
    aKey = await createApiKey(a, 'Alpha CRM');
    await createLink(b, { title: 'Beta own' });
    await createApiKey(b, 'Beta key');
    assert.equal((await visit(server.url, aLink.code)).status, 302);
    snapshot = await takeSnapshot();
  });

  /** B through its session and through its own API key: both must see the same as for a missing id. */
  const asB = () => [b, apiKeyClient(server.url, (b as any).secret)];
  before(async () => {
    (b as any).secret = (await createApiKey(b, 'Beta integration')).secret;
  });

  const assertSameAsMissing = async (
    query: string,
    foreign: Record<string, unknown>,
    missing: Record<string, unknown>,
  ) => {
    let first: ReturnType<typeof observable> | undefined;
    for (const client of asB()) {
      const expected = observable(await client.request(query, missing));
      assert.deepEqual(observable(await client.request(query, foreign)), expected);
      first ??= expected;
    }
    return first;
  };

  it('link(id) → null, like a missing or malformed id', async () => {
    const expected = await assertSameAsMissing(GET, { id: aLink.id }, { id: MISSING_ID });
    assert.deepEqual(expected!.data, { link: null });
    assert.equal(expected!.errors, undefined);
    for (const id of MALFORMED_IDS) assert.deepEqual((await b.ok(GET, { id })).link, null);
  });

  it('linkByCode(code) → null, like an unknown code', async () => {
    const expected = await assertSameAsMissing(BY_CODE, { code: aLink.code }, { code: 'Zz0Zz0Zz' });
    assert.deepEqual(expected!.data, { linkByCode: null });
  });

  it('updateLink → NOT_FOUND, exactly as for a missing or malformed id', async () => {
    const expected = await assertSameAsMissing(UPDATE, { id: aLink.id }, { id: MISSING_ID });
    assert.equal(expected!.errors?.[0]?.extensions?.code, 'NOT_FOUND');
    for (const id of MALFORMED_IDS) assert.deepEqual(observable(await b.request(UPDATE, { id })), expected);
  });

  it('deleteLink → NOT_FOUND, exactly as for a missing or malformed id', async () => {
    const expected = await assertSameAsMissing(DELETE, { id: aLink.id }, { id: MISSING_ID });
    assert.equal(expected!.errors?.[0]?.extensions?.code, 'NOT_FOUND');
    for (const id of MALFORMED_IDS) assert.deepEqual(observable(await b.request(DELETE, { id })), expected);
  });

  it('revokeApiKey → NOT_FOUND, exactly as for a missing or malformed id', async () => {
    const expected = await assertSameAsMissing(REVOKE, { id: aKey.id }, { id: MISSING_ID });
    assert.equal(expected!.errors?.[0]?.extensions?.code, 'NOT_FOUND');
    for (const id of MALFORMED_IDS) assert.deepEqual(observable(await b.request(REVOKE, { id })), expected);
  });

  it('clickStats → the same answer as for a missing id', async () => {
    await assertSameAsMissing(STATS, { id: aLink.id }, { id: MISSING_ID });
  });

  it('links never lists, counts or finds the other account’s links', async () => {
    for (const client of asB()) {
      const { links } = await client.ok(`{ links(first: 100) { totalCount nodes { id title } } }`);
      assert.equal(links.totalCount, 1);
      assert.deepEqual(
        links.nodes.map((n: { title: string }) => n.title),
        ['Beta own'],
      );
      for (const search of ['Alpha', 'alpha.example', aLink.code, 'secret']) {
        const { links: found } = await client.ok(
          `query($s: String) { links(search: $s) { totalCount nodes { id } } }`,
          {
            s: search,
          },
        );
        assert.deepEqual(found, { totalCount: 0, nodes: [] });
      }
    }
  });

  it('a cursor from the other account reveals nothing', async () => {
    const { links } = await a.ok(`{ links(first: 1) { pageInfo { endCursor } } }`);
    const { links: page } = await b.ok(
      `query($after: String) { links(after: $after) { totalCount nodes { title } } }`,
      {
        after: links.pageInfo.endCursor,
      },
    );
    assert.equal(page.totalCount, 1);
    for (const node of page.nodes) assert.equal(node.title, 'Beta own');
  });

  it('apiKeys never lists the other account’s keys', async () => {
    for (const client of asB()) {
      const { apiKeys } = await client.ok(`{ apiKeys { id name } }`);
      assert.ok(apiKeys.length >= 1);
      assert.ok(
        apiKeys.every((k: { id: string; name: string }) => k.id !== aKey.id && k.name.startsWith('Beta')),
      );
    }
  });

  it('an API key acts for its own account only', async () => {
    const api = apiKeyClient(server.url, aKey.secret);
    const { links } = await api.ok(`{ links { totalCount nodes { title } } }`);
    assert.equal(links.totalCount, 2);
    assert.ok(links.nodes.every((n: { title: string }) => n.title.startsWith('Alpha')));
  });

  it('after all of that, A’s data is unchanged and still works', async () => {
    assert.deepEqual(await takeSnapshot(), {
      ...snapshot,
      link: { ...(snapshot.link as object), clickCount: (await a.ok(GET, { id: aLink.id })).link.clickCount },
    });
    const res = await visit(server.url, aLink.code);
    assert.equal(res.status, 302);
    assert.equal(res.location, 'https://alpha.example/secret');
    await apiKeyClient(server.url, aKey.secret).ok(`{ me { id } }`);
    const [row] = await sql(server, `SELECT destination_url, title FROM links WHERE id = $1`, [aLink.id]);
    assert.deepEqual(row, {
      destination_url: 'https://alpha.example/secret',
      title: 'Alpha secret campaign',
    });
  });

  it('concurrent requests of two accounts each see only their own rows', async () => {
    const requests = Array.from({ length: 30 }, (_, i) => {
      const client = i % 2 ? a : b;
      return client
        .ok(`{ me { account { name } } links(first: 100) { nodes { title } } }`)
        .then((data) => ({ i, data }));
    });
    const redirects = Array.from({ length: 10 }, () => visit(server.url, aLink.code));
    const [results, visits] = await Promise.all([Promise.all(requests), Promise.all(redirects)]);
    for (const { i, data } of results) {
      const prefix = i % 2 ? 'Alpha' : 'Beta';
      assert.equal(data.me.account.name, prefix);
      assert.ok(
        data.links.nodes.every((n: { title: string }) => n.title.startsWith(prefix)),
        JSON.stringify(data),
      );
    }
    assert.ok(visits.every((v) => v.status === 302 && v.location === 'https://alpha.example/secret'));
  });
});
