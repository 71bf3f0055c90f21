import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { GRAPHQL_LIMITS } from '../../src/graphql/limits';
import { GraphQLClient, signUp } from '../utils/graphql';
import { startTestServer, type TestServer } from '../utils/server';
import { useAccount, useTestServer } from '../utils/fixtures';

const json = { 'content-type': 'application/json' };

/** `__type { fields { type { ofType { … } } } }`: the only way to nest deeply in a schema without cycles. */
function nestedTypeQuery(depth: number): string {
  // __type(1) fields(2) type(3), then ofType levels, then name.
  let inner = 'name';
  for (let i = 0; i < depth - 4; i++) inner = `ofType { ${inner} }`;
  return `{ __type(name: "Link") { fields { type { ${inner} } } } }`;
}

describe('GraphQL limits', () => {
  const server = useTestServer();
  const client = useAccount(server);

  it(`refuses a query deeper than ${GRAPHQL_LIMITS.maxDepth} and runs one at the limit`, async () => {
    const atLimit = await client.request(nestedTypeQuery(GRAPHQL_LIMITS.maxDepth));
    assert.equal(atLimit.errors, undefined, JSON.stringify(atLimit.errors));
    const tooDeep = await client.request(nestedTypeQuery(GRAPHQL_LIMITS.maxDepth + 1));
    assert.equal(tooDeep.status, 400);
    assert.equal(tooDeep.errors?.[0]?.extensions?.code, 'GRAPHQL_VALIDATION_FAILED');
    assert.equal(tooDeep.data, undefined);
  });

  it(`refuses more than ${GRAPHQL_LIMITS.maxAliases} aliases`, async () => {
    const aliases = (n: number) => `{ ${Array.from({ length: n }, (_, i) => `a${i}: me { id }`).join(' ')} }`;
    const ok = await client.request(aliases(GRAPHQL_LIMITS.maxAliases));
    assert.equal(ok.errors, undefined);
    const tooMany = await client.request(aliases(GRAPHQL_LIMITS.maxAliases + 1));
    assert.equal(tooMany.status, 400);
    assert.equal(tooMany.errors?.[0]?.extensions?.code, 'GRAPHQL_VALIDATION_FAILED');
  });

  it('refuses a query whose cost (with its variables) is over the limit, before running it', async () => {
    // Ten pages of links: 10 × (1 + first × 1). first = 90 fits under 1,000; first = 100 does not.
    const query = `query($n: Int) { ${Array.from({ length: 10 }, (_, i) => `p${i}: links(first: $n) { nodes { id } }`).join(' ')} }`;
    const cheap = await client.request(query, { n: 90 });
    assert.equal(cheap.errors, undefined, JSON.stringify(cheap.errors));
    const dear = await client.request(query, { n: 100 });
    assert.equal(dear.status, 400);
    assert.equal(dear.errors?.[0]?.extensions?.code, 'GRAPHQL_VALIDATION_FAILED');
    assert.equal(dear.data, undefined);
    // The measure is remembered per document and variables: the same document with either set of
    // variables, asked again in turn, gets its own verdict each time.
    for (let i = 0; i < 2; i++) {
      assert.equal((await client.request(query, { n: 90 })).errors, undefined);
      assert.equal((await client.request(query, { n: 100 })).status, 400);
    }
  });

  it('weighs clickStats as heavy: eleven of them are refused', async () => {
    const fields = Array.from(
      { length: 11 },
      (_, i) =>
        `${i < 10 ? `s${i}: ` : ''}clickStats(linkId: "00000000-0000-4000-8000-000000000000") { totals { total } }`,
    );
    const res = await client.request(`{ ${fields.join(' ')} }`);
    assert.equal(res.status, 400);
    assert.equal(res.errors?.[0]?.extensions?.code, 'GRAPHQL_VALIDATION_FAILED');
  });

  it('caps a page at 100 links', async () => {
    for (const first of [101, 1000, 0, -1]) {
      const res = await client.request(`query($first: Int) { links(first: $first) { totalCount } }`, {
        first,
      });
      assert.equal(res.errors?.[0]?.extensions?.code, 'BAD_USER_INPUT', `first: ${first}`);
      assert.equal(res.errors?.[0]?.extensions?.field, 'first');
    }
    const ok = await client.request(`{ links(first: 100) { totalCount } }`);
    assert.equal(ok.errors, undefined);
  });

  it(`stops parsing a document of more than ${GRAPHQL_LIMITS.maxTokens} tokens`, async () => {
    const res = await client.request(`{ me { ${'id '.repeat(GRAPHQL_LIMITS.maxTokens)} } }`);
    assert.equal(res.status, 400);
    assert.equal(res.errors?.[0]?.extensions?.code, 'GRAPHQL_PARSE_FAILED');
  });

  it('refuses batched requests (an array of operations)', async () => {
    const res = await fetch(`${server.url}/graphql`, {
      method: 'POST',
      headers: json,
      body: JSON.stringify([{ query: '{ me { id } }' }, { query: '{ me { id } }' }]),
    });
    assert.equal(res.status, 400);
    const body = (await res.json()) as { errors: { extensions: { code: string } }[] };
    assert.equal(body.errors[0]!.extensions.code, 'BAD_REQUEST');
  });

  it('answers a body over 100 kB with 413 and a JSON error, and malformed JSON with 400', async () => {
    const big = await fetch(`${server.url}/graphql`, {
      method: 'POST',
      headers: json,
      body: JSON.stringify({ query: `{ me { id } } #${'x'.repeat(101 * 1024)}` }),
    });
    assert.equal(big.status, 413);
    assert.match(big.headers.get('content-type') ?? '', /application\/json/);
    const bigBody = (await big.json()) as { errors: { message: string; extensions: { code: string } }[] };
    assert.equal(bigBody.errors[0]!.extensions.code, 'PAYLOAD_TOO_LARGE');

    const bad = await fetch(`${server.url}/graphql`, { method: 'POST', headers: json, body: '{"query": ' });
    assert.equal(bad.status, 400);
    const badBody = (await bad.json()) as { errors: { message: string; extensions: { code: string } }[] };
    assert.equal(badBody.errors[0]!.extensions.code, 'BAD_REQUEST');
    assert.doesNotMatch(badBody.errors[0]!.message, /Unexpected|position|at /, 'no parser internals');
  });
});

describe('CSRF prevention', () => {
  const server = useTestServer();

  const mutation = `mutation { createLink(input: { destinationUrl: "https://evil.example/csrf" }) { id } }`;

  async function linkCount(client: GraphQLClient): Promise<number> {
    return (await client.ok(`{ links { totalCount } }`)).links.totalCount;
  }

  it('refuses a simple cross-site form POST or text/plain POST, even with the session cookie', async () => {
    const client = await signUp(server.url);
    const cookie = `sl_session=${client.cookies.get('sl_session')}`;
    for (const [type, body] of [
      ['application/x-www-form-urlencoded', `query=${encodeURIComponent(mutation)}`],
      ['text/plain', JSON.stringify({ query: mutation })],
      [
        'multipart/form-data; boundary=x',
        `--x\r\nContent-Disposition: form-data; name="query"\r\n\r\n${mutation}\r\n--x--`,
      ],
    ] as const) {
      const res = await fetch(`${server.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': type, cookie },
        body,
      });
      assert.equal(res.status, 400, type);
      const payload = (await res.json()) as { errors: { extensions: { code: string } }[] };
      assert.equal(payload.errors[0]!.extensions.code, 'BAD_REQUEST', type);
    }
    assert.equal(await linkCount(client), 0, 'no link was created');
  });

  it('refuses GET without the preflight header, and a mutation over GET in any case', async () => {
    const client = await signUp(server.url);
    const cookie = `sl_session=${client.cookies.get('sl_session')}`;
    const url = `${server.url}/graphql?query=${encodeURIComponent(mutation)}`;
    const simple = await fetch(url, { headers: { cookie } });
    assert.equal(simple.status, 400);
    const preflighted = await fetch(url, { headers: { cookie, 'apollo-require-preflight': 'true' } });
    assert.equal(preflighted.status, 405);
    const query = await fetch(`${server.url}/graphql?query=${encodeURIComponent('{ me { id } }')}`, {
      headers: { cookie },
    });
    assert.equal(query.status, 400, 'even a query over GET needs the header (it could be a <img> tag)');
    assert.equal(await linkCount(client), 0);
  });
});

describe('introspection and error masking in production', () => {
  let prod: TestServer;
  let dev: TestServer;
  before(async () => {
    prod = await startTestServer({ NODE_ENV: 'production' });
    dev = await startTestServer({ NODE_ENV: 'development' });
  });
  after(async () => {
    await prod.close();
    await dev.close();
  });

  const introspection = `{ __schema { queryType { name } } }`;
  const typeQuery = `{ __type(name: "Link") { name } }`;

  it('refuses introspection to anonymous callers in production', async () => {
    const anon = new GraphQLClient(prod.url);
    for (const query of [
      introspection,
      typeQuery,
      `query A { me { id } } query B { __schema { types { name } } }`,
    ]) {
      const res = await anon.request(query);
      assert.equal(res.status, 400, query);
      assert.equal(res.errors?.[0]?.extensions?.code, 'GRAPHQL_VALIDATION_FAILED');
      assert.equal(res.data, undefined);
    }
    assert.deepEqual((await anon.request(`{ __typename }`)).data, { __typename: 'Query' });
  });

  it('allows introspection to signed-in users and API keys in production', async () => {
    const user = await signUp(prod.url);
    assert.equal((await user.ok(introspection)).__schema.queryType.name, 'Query');
    const { createApiKey } = await user.ok(
      `mutation { createApiKey(name: "ci", scope: READ_ONLY) { secret } }`,
    );
    const integration = new GraphQLClient(prod.url);
    integration.bearer = createApiKey.secret;
    assert.equal((await integration.ok(typeQuery)).__type.name, 'Link');
  });

  it('serves no schema explorer page in production', async () => {
    const res = await fetch(`${prod.url}/graphql`, { headers: { accept: 'text/html' } });
    assert.doesNotMatch(res.headers.get('content-type') ?? '', /text\/html/);
    const devPage = await fetch(`${dev.url}/graphql`, { headers: { accept: 'text/html' } });
    assert.match(
      devPage.headers.get('content-type') ?? '',
      /text\/html/,
      'the explorer exists outside production',
    );
  });

  it('allows introspection to anyone in development', async () => {
    const anon = new GraphQLClient(dev.url);
    assert.equal((await anon.ok(introspection)).__schema.queryType.name, 'Query');
  });

  it('gives no field suggestions in production', async () => {
    const res = await new GraphQLClient(prod.url).request(`{ mee { id } }`);
    assert.equal(res.errors?.[0]?.extensions?.code, 'GRAPHQL_VALIDATION_FAILED');
    assert.doesNotMatch(res.errors![0]!.message, /Did you mean/);
    const devRes = await new GraphQLClient(dev.url).request(`{ mee { id } }`);
    assert.match(devRes.errors![0]!.message, /Did you mean/, 'the suggestion exists outside production');
  });

  it('masks an internal error in production: no message, SQL or stack', async () => {
    const secret = 'relation "links" does not exist: SELECT * FROM links WHERE password = 42';
    for (const server of [prod, dev]) {
      const original = server.app.services.links.reader.entity;
      server.app.services.links.reader.entity = async () => {
        throw new Error(secret);
      };
      try {
        const user = await signUp(server.url);
        const res = await user.request(`{ link(id: "00000000-0000-4000-8000-000000000000") { id } }`);
        assert.notEqual(res.status, 500);
        const error = res.errors?.[0];
        if (server === prod) {
          assert.deepEqual(
            { message: error?.message, extensions: error?.extensions },
            { message: 'Internal server error', extensions: { code: 'INTERNAL_SERVER_ERROR' } },
          );
          assert.doesNotMatch(JSON.stringify(res.errors), /SELECT|relation|stacktrace|\.js:/);
        } else {
          // Development keeps the details: proof the production test above checks something real.
          assert.match(JSON.stringify(res.errors), /SELECT/);
        }
      } finally {
        server.app.services.links.reader.entity = original;
      }
    }
  });
});
