import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { sql } from './utils/db';
import {
  apiKeyClient,
  createApiKey,
  createLink,
  expectError,
  GraphQLClient,
  signUp,
  TEST_PASSWORD,
  uniqueEmail,
} from './utils/graphql';
import { parseSetCookie } from './utils/http';
import { startTestServer } from './utils/server';
import { useTestServer } from './utils/fixtures';

const SIGN_UP = `mutation($input: SignUpInput!) { signUp(input: $input) { id email account { id name } } }`;
const LOG_IN = `mutation($input: LogInInput!) { logIn(input: $input) { id email account { id name } } }`;
const ME = `{ me { id email account { id name } } }`;

function sessionCookie(headers: Headers) {
  const line = headers.getSetCookie().find((l) => l.startsWith('sl_session='));
  assert.ok(line, 'a session cookie is set');
  return parseSetCookie(line);
}

// One embedded database per file: starting one is the slow part of a test file.
const server = useTestServer();

describe('accounts: sign-up, log-in, log-out, me', () => {
  it('signUp creates an account and user, starts a session, and me answers for it', async () => {
    const client = new GraphQLClient(server.url);
    const email = uniqueEmail();
    const res = await client.request(SIGN_UP, {
      input: { email: `  ${email.toUpperCase()} `, password: TEST_PASSWORD, accountName: ' Acme Ltd ' },
    });
    assert.equal(res.errors, undefined);
    assert.equal(res.data!.signUp.email, email, 'email trimmed and lower-cased');
    assert.equal(res.data!.signUp.account.name, 'Acme Ltd');
    const { me } = await client.ok(ME);
    assert.deepEqual(me, res.data!.signUp);
  });

  it('the session cookie is HttpOnly, SameSite=Lax, Path=/ and not Secure on http', async () => {
    const client = new GraphQLClient(server.url);
    const res = await client.request(SIGN_UP, {
      input: { email: uniqueEmail(), password: TEST_PASSWORD, accountName: 'Acme' },
    });
    const cookie = sessionCookie(res.headers);
    assert.ok(cookie.attributes.has('httponly'));
    assert.equal(cookie.attributes.get('samesite')?.toLowerCase(), 'lax');
    assert.equal(cookie.attributes.get('path'), '/');
    assert.ok(!cookie.attributes.has('secure'));
    assert.ok(cookie.value.length >= 32, 'an unguessable token');
  });

  it('the session cookie is Secure when PUBLIC_BASE_URL is https', async () => {
    const https = await startTestServer({ PUBLIC_BASE_URL: 'https://sl.example' }, { database: server.db });
    try {
      const client = new GraphQLClient(https.url);
      const res = await client.request(SIGN_UP, {
        input: { email: uniqueEmail(), password: TEST_PASSWORD, accountName: 'Acme' },
      });
      const cookie = sessionCookie(res.headers);
      assert.ok(cookie.attributes.has('secure'));
      assert.ok(cookie.attributes.has('httponly'));
      assert.equal(cookie.attributes.get('samesite')?.toLowerCase(), 'lax');
      const login = await client.request(LOG_IN, {
        input: { email: res.data!.signUp.email, password: TEST_PASSWORD },
      });
      assert.ok(sessionCookie(login.headers).attributes.has('secure'));
    } finally {
      await https.close();
    }
  });

  it('stores the password only as a salted scrypt hash', async () => {
    const client = await signUp(server.url);
    const other = await signUp(server.url);
    const rows = await sql(server, `SELECT * FROM users WHERE account_id = ANY($1::uuid[]) ORDER BY email`, [
      [client.accountId, other.accountId],
    ]);
    assert.equal(rows.length, 2);
    for (const row of rows) {
      assert.ok(!JSON.stringify(row).includes(TEST_PASSWORD), 'the password appears nowhere in the row');
      assert.match(row.password_hash, /^scrypt\$\d+\$\d+\$\d+\$[\w-]+\$[\w-]+$/);
      const [, n] = row.password_hash.split('$');
      assert.ok(Number(n) >= 2 ** 14, 'a memory-hard cost');
    }
    assert.notEqual(rows[0].password_hash, rows[1].password_hash, 'salted: same password, different hashes');
  });

  describe('signUp field errors', () => {
    const cases: [string, Record<string, string>, string][] = [
      ['empty email', { email: '' }, 'email'],
      ['malformed email', { email: 'not-an-email' }, 'email'],
      ['email without a domain dot', { email: 'a@b' }, 'email'],
      ['email with spaces', { email: 'a b@example.com' }, 'email'],
      ['short password', { password: 'short' }, 'password'],
      ['empty password', { password: '' }, 'password'],
      ['very long password', { password: 'x'.repeat(201) }, 'password'],
      ['blank account name', { accountName: '   ' }, 'accountName'],
      ['long account name', { accountName: 'a'.repeat(101) }, 'accountName'],
    ];
    for (const [name, override, field] of cases) {
      it(`${name} → BAD_USER_INPUT on ${field}, and nothing is created`, async () => {
        const email = uniqueEmail();
        const client = new GraphQLClient(server.url);
        const input = { email, password: TEST_PASSWORD, accountName: 'Acme', ...override };
        const res = await client.request(SIGN_UP, { input });
        expectError(res, 'BAD_USER_INPUT', field);
        assert.equal(res.headers.getSetCookie().length, 0, 'no session');
        const rows = await sql(server, `SELECT 1 FROM users WHERE lower(email) = lower($1)`, [input.email]);
        assert.equal(rows.length, 0);
      });
    }

    it('a taken email, in any case → BAD_USER_INPUT on email, and no second account', async () => {
      const first = await signUp(server.url);
      const [{ n: before }] = await sql(server, `SELECT count(*)::int AS n FROM accounts`);
      const client = new GraphQLClient(server.url);
      for (const email of [
        first.email,
        first.email.toUpperCase(),
        ` ${first.email.replace('user', 'USER')} `,
      ]) {
        const res = await client.request(SIGN_UP, {
          input: { email, password: 'another password', accountName: 'Copycat' },
        });
        expectError(res, 'BAD_USER_INPUT', 'email');
      }
      const [{ n: afterCount }] = await sql(server, `SELECT count(*)::int AS n FROM accounts`);
      assert.equal(afterCount, before);
    });

    it('concurrent sign-ups with one email create exactly one user', async () => {
      const email = uniqueEmail('race');
      const results = await Promise.all(
        [0, 1, 2, 3].map((i) =>
          new GraphQLClient(server.url).request(SIGN_UP, {
            input: {
              email: i % 2 ? email.toUpperCase() : email,
              password: TEST_PASSWORD,
              accountName: `A${i}`,
            },
          }),
        ),
      );
      const ok = results.filter((r) => !r.errors);
      assert.equal(ok.length, 1);
      for (const r of results.filter((r) => r.errors)) expectError(r, 'BAD_USER_INPUT', 'email');
      const rows = await sql(server, `SELECT 1 FROM users WHERE lower(email) = $1`, [email]);
      assert.equal(rows.length, 1);
    });
  });

  describe('logIn', () => {
    it('logs in with the right password, whatever the email case, with a fresh session', async () => {
      const owner = await signUp(server.url);
      const client = new GraphQLClient(server.url);
      const res = await client.request(LOG_IN, {
        input: { email: ` ${owner.email.toUpperCase()} `, password: TEST_PASSWORD },
      });
      assert.equal(res.errors, undefined);
      assert.equal(res.data!.logIn.account.id, owner.accountId);
      assert.notEqual(client.cookies.get('sl_session'), owner.cookies.get('sl_session'));
      const { me } = await client.ok(ME);
      assert.equal(me.email, owner.email);
      // Both browsers stay signed in.
      assert.equal((await owner.ok(ME)).me.email, owner.email);
    });

    it('a wrong password and an unknown email give exactly the same error', async () => {
      const owner = await signUp(server.url);
      const attempts = [
        { email: owner.email, password: 'wrong password' },
        { email: uniqueEmail('nobody'), password: TEST_PASSWORD },
        { email: owner.email, password: '' },
        { email: '', password: '' },
      ];
      const errors = [];
      for (const input of attempts) {
        const client = new GraphQLClient(server.url);
        const res = await client.request(LOG_IN, { input });
        const error = expectError(res, 'UNAUTHENTICATED');
        assert.equal(res.headers.getSetCookie().length, 0, 'no session started');
        assert.equal((await client.ok(ME)).me, null);
        errors.push({ message: error.message, extensions: error.extensions });
      }
      for (const error of errors.slice(1)) assert.deepEqual(error, errors[0]);
    });
  });

  describe('logOut', () => {
    it('ends the session at once: the old cookie no longer works anywhere', async () => {
      const client = await signUp(server.url);
      const token = client.cookies.get('sl_session')!;
      await createLink(client);
      const res = await client.request(`mutation { logOut }`);
      assert.equal(res.data?.logOut, true);
      const cleared = sessionCookie(res.headers);
      assert.equal(cleared.value, '');
      assert.equal(cleared.attributes.get('max-age'), '0');
      assert.equal(client.cookies.has('sl_session'), false);

      const replay = new GraphQLClient(server.url);
      replay.cookies.set('sl_session', token);
      assert.equal((await replay.ok(ME)).me, null);
      expectError(await replay.request(`{ links { totalCount } }`), 'UNAUTHENTICATED');
      const rows = await sql(
        server,
        `SELECT 1 FROM sessions s JOIN users u ON u.id = s.user_id WHERE u.account_id = $1`,
        [client.accountId],
      );
      assert.equal(rows.length, 0, 'the session row is gone');
    });

    it('logging out one browser leaves the other signed in', async () => {
      const owner = await signUp(server.url);
      const second = new GraphQLClient(server.url);
      await second.ok(LOG_IN, { input: { email: owner.email, password: TEST_PASSWORD } });
      await owner.ok(`mutation { logOut }`);
      assert.equal((await second.ok(ME)).me.email, owner.email);
    });

    it('stores sessions by hash: the cookie token is not in the database', async () => {
      const client = await signUp(server.url);
      const token = client.cookies.get('sl_session')!;
      const rows = await sql(
        server,
        `SELECT s.* FROM sessions s JOIN users u ON u.id = s.user_id WHERE u.account_id = $1`,
        [client.accountId],
      );
      assert.equal(rows.length, 1);
      assert.ok(!JSON.stringify(rows).includes(token));
    });
  });

  describe('authentication is required for everything but me, signUp and logIn', () => {
    const anonymous = [
      ['links', `{ links { totalCount } }`, {}],
      ['link', `query($id: ID!) { link(id: $id) { id } }`, { id: '00000000-0000-4000-8000-000000000000' }],
      ['linkByCode', `{ linkByCode(code: "abcd") { id } }`, {}],
      ['apiKeys', `{ apiKeys { id } }`, {}],
      [
        'clickStats',
        `query($id: ID!) { clickStats(linkId: $id) { totals { total } } }`,
        { id: '00000000-0000-4000-8000-000000000000' },
      ],
      ['createLink', `mutation { createLink(input: { destinationUrl: "https://example.com" }) { id } }`, {}],
      [
        'updateLink',
        `mutation($id: ID!) { updateLink(id: $id, input: { title: "x" }) { id } }`,
        { id: '00000000-0000-4000-8000-000000000000' },
      ],
      [
        'deleteLink',
        `mutation($id: ID!) { deleteLink(id: $id) }`,
        { id: '00000000-0000-4000-8000-000000000000' },
      ],
      ['createApiKey', `mutation { createApiKey(name: "x") { secret } }`, {}],
      [
        'revokeApiKey',
        `mutation($id: ID!) { revokeApiKey(id: $id) }`,
        { id: '00000000-0000-4000-8000-000000000000' },
      ],
      ['logOut', `mutation { logOut }`, {}],
      ['updatePreferences', `mutation { updatePreferences(input: { excludeBots: true }) { id } }`, {}],
    ] as const;
    for (const [name, query, variables] of anonymous) {
      it(`${name} without a session → UNAUTHENTICATED`, async () => {
        expectError(await new GraphQLClient(server.url).request(query, variables), 'UNAUTHENTICATED');
      });
      it(`${name} with a bad API key → UNAUTHENTICATED`, async () => {
        const client = apiKeyClient(server.url, 'sl_not-a-real-key-0123456789abcdefghijklmnopqrs');
        expectError(await client.request(query, variables), 'UNAUTHENTICATED');
      });
    }

    it('me answers null without a session, with a garbage cookie and with a bad API key', async () => {
      assert.deepEqual(await new GraphQLClient(server.url).ok(ME), { me: null });
      const garbage = new GraphQLClient(server.url);
      garbage.cookies.set('sl_session', 'garbage-garbage-garbage-garbage');
      assert.deepEqual(await garbage.ok(ME), { me: null });
      assert.deepEqual(await apiKeyClient(server.url, 'sl_nope').ok(ME), { me: null });
    });

    it('a bad API key is not rescued by a valid session cookie', async () => {
      const client = await signUp(server.url);
      client.bearer = 'sl_revoked-or-made-up-key-0123456789abcdefghijklmn';
      expectError(await client.request(`{ links { totalCount } }`), 'UNAUTHENTICATED');
    });
  });
});

describe('Account.shortUrlBase', () => {
  it('is the start of every short URL of the account: base + code is the link', async () => {
    const client = await signUp(server.url);
    const { me } = await client.ok(`{ me { account { shortUrlBase } } }`);
    const link = await createLink(client);
    assert.equal(me.account.shortUrlBase + link.code, link.shortUrl);
    assert.match(me.account.shortUrlBase, /^https?:\/\/.+\/$/);
  });
});

describe('preferences: Exclude bots remembered per user', () => {
  const PREFS = `{ me { id preferences { excludeBots } } }`;
  const SET = `mutation($input: PreferencesInput!) { updatePreferences(input: $input) { id preferences { excludeBots } } }`;

  it('starts off, is remembered across sessions, and belongs to one user only', async () => {
    const alice = await signUp(server.url);
    const bob = await signUp(server.url);
    assert.deepEqual((await alice.ok(PREFS)).me.preferences, { excludeBots: false });
    const set = await alice.ok(SET, { input: { excludeBots: true } });
    assert.deepEqual(set.updatePreferences.preferences, { excludeBots: true });
    // A new browser: log in again and find it as left.
    const again = new GraphQLClient(server.url);
    const login = await again.ok(
      `mutation($input: LogInInput!) { logIn(input: $input) { preferences { excludeBots } } }`,
      { input: { email: alice.email, password: alice.password } },
    );
    assert.deepEqual(login.logIn.preferences, { excludeBots: true });
    assert.deepEqual((await bob.ok(PREFS)).me.preferences, { excludeBots: false }, "another user's own");
    // Leaving the field out changes nothing; false turns it off.
    assert.deepEqual((await alice.ok(SET, { input: {} })).updatePreferences.preferences, {
      excludeBots: true,
    });
    await alice.ok(SET, { input: { excludeBots: false } });
    assert.deepEqual((await again.ok(PREFS)).me.preferences, { excludeBots: false });
  });

  it('an API key has the defaults and cannot change them (FORBIDDEN); a non-boolean is BAD_USER_INPUT', async () => {
    const alice = await signUp(server.url);
    const { secret } = await createApiKey(alice);
    const integration = apiKeyClient(server.url, secret);
    assert.deepEqual((await integration.ok(PREFS)).me.preferences, { excludeBots: false });
    await integration.fails(SET, { input: { excludeBots: true } }, 'FORBIDDEN');
    await alice.fails(SET, { input: { excludeBots: 'yes' } }, 'BAD_USER_INPUT');
  });
});

describe('API keys', () => {
  const API_KEYS = `{ apiKeys { id name prefix scope createdAt lastUsedAt } }`;

  it('createApiKey returns the secret once; apiKeys lists name, prefix, scope, createdAt, never the secret', async () => {
    const client = await signUp(server.url);
    const started = Date.now();
    const res = await client.request(
      `mutation { createApiKey(name: " CRM sync ") { secret apiKey { id name prefix scope createdAt lastUsedAt } } }`,
    );
    assert.equal(res.errors, undefined);
    const { secret, apiKey } = res.data!.createApiKey;
    assert.ok(secret.length >= 32, 'a long random secret');
    assert.equal(apiKey.name, 'CRM sync');
    assert.ok(secret.startsWith(apiKey.prefix), 'the prefix is the start of the secret');
    assert.ok(apiKey.prefix.length < secret.length / 2, 'the prefix does not give the secret away');
    assert.equal(apiKey.scope, 'READ_WRITE');
    assert.equal(apiKey.lastUsedAt, null);
    assert.ok(Math.abs(Date.parse(apiKey.createdAt) - started) < 60_000);

    const listed = await client.request(API_KEYS);
    assert.deepEqual(listed.data!.apiKeys, [apiKey]);
    assert.ok(!JSON.stringify(listed).includes(secret), 'apiKeys never shows the secret');
  });

  it('stores only a hash of the secret', async () => {
    const client = await signUp(server.url);
    const key = await createApiKey(client);
    const rows = await sql(server, `SELECT * FROM api_keys WHERE id = $1`, [key.id]);
    assert.equal(rows.length, 1);
    assert.ok(!JSON.stringify(rows[0]).includes(key.secret), 'the secret appears nowhere in the row');
    assert.match(rows[0].secret_hash, /^[0-9a-f]{64}$/);
  });

  it('lists keys newest first', async () => {
    const client = await signUp(server.url);
    const a = await createApiKey(client, 'first');
    const b = await createApiKey(client, 'second');
    const { apiKeys } = await client.ok(API_KEYS);
    assert.deepEqual(
      apiKeys.map((k: { id: string }) => k.id),
      [b.id, a.id],
    );
  });

  it('createApiKey rejects a blank or long name with BAD_USER_INPUT on name', async () => {
    const client = await signUp(server.url);
    for (const name of ['', '   ', 'n'.repeat(101)]) {
      await client.fails(
        `mutation($n: String!) { createApiKey(name: $n) { secret } }`,
        { n: name },
        'BAD_USER_INPUT',
        'name',
      );
    }
    assert.deepEqual((await client.ok(API_KEYS)).apiKeys, []);
  });

  it('Bearer works for every query and mutation, as the key’s account', async () => {
    const owner = await signUp(server.url, 'Bearer Co');
    const key = await createApiKey(owner);
    const api = apiKeyClient(server.url, key.secret);

    const { me } = await api.ok(`{ me { id email account { id name } } }`);
    assert.deepEqual(me, { id: key.id, email: null, account: { id: owner.accountId, name: 'Bearer Co' } });

    const { createLink } = await api.ok(
      `mutation { createLink(input: { destinationUrl: "https://example.com/api", customCode: null }) { id code } }`,
    );
    const { link } = await api.ok(`query($id: ID!) { link(id: $id) { id } }`, { id: createLink.id });
    assert.equal(link.id, createLink.id);
    const { linkByCode } = await api.ok(`query($c: String!) { linkByCode(code: $c) { id } }`, {
      c: createLink.code,
    });
    assert.equal(linkByCode.id, createLink.id);
    const { links } = await api.ok(`{ links { totalCount nodes { id clickCount } } }`);
    assert.equal(links.totalCount, 1);
    const { updateLink } = await api.ok(
      `mutation($id: ID!) { updateLink(id: $id, input: { title: "via API" }) { title } }`,
      { id: createLink.id },
    );
    assert.equal(updateLink.title, 'via API');
    // The owner sees what the integration did: same account.
    assert.equal((await owner.ok(`{ links { totalCount } }`)).links.totalCount, 1);
    const { deleteLink } = await api.ok(`mutation($id: ID!) { deleteLink(id: $id) }`, { id: createLink.id });
    assert.equal(deleteLink, true);

    const { apiKeys } = await api.ok(`{ apiKeys { id } }`);
    assert.deepEqual(apiKeys, [{ id: key.id }]);
    const { createApiKey: second } = await api.ok(
      `mutation { createApiKey(name: "child") { apiKey { id } } }`,
    );
    assert.equal(
      await api
        .ok(`mutation($id: ID!) { revokeApiKey(id: $id) }`, { id: second.apiKey.id })
        .then((d) => d.revokeApiKey),
      true,
    );
    assert.equal((await api.ok(`mutation { logOut }`)).logOut, true, 'logOut with a key is harmless');
    assert.ok((await api.ok(`{ me { id } }`)).me, 'and the key still works');
  });

  it('lastUsedAt is set once the key is used', async () => {
    const owner = await signUp(server.url);
    const key = await createApiKey(owner);
    assert.equal((await owner.ok(API_KEYS)).apiKeys[0].lastUsedAt, null);
    const before = Date.now();
    await apiKeyClient(server.url, key.secret).ok(`{ links { totalCount } }`);
    const used = (await owner.ok(API_KEYS)).apiKeys[0].lastUsedAt;
    assert.ok(used, 'lastUsedAt is set');
    assert.ok(Math.abs(Date.parse(used) - before) < 60_000);
  });

  it('revokeApiKey stops the key at once and removes it from the list', async () => {
    const owner = await signUp(server.url);
    const key = await createApiKey(owner);
    const keep = await createApiKey(owner, 'keep');
    const api = apiKeyClient(server.url, key.secret);
    await api.ok(`{ links { totalCount } }`);
    assert.equal(
      (await owner.ok(`mutation($id: ID!) { revokeApiKey(id: $id) }`, { id: key.id })).revokeApiKey,
      true,
    );
    expectError(await api.request(`{ links { totalCount } }`), 'UNAUTHENTICATED');
    expectError(
      await api.request(`mutation { createLink(input: { destinationUrl: "https://example.com" }) { id } }`),
      'UNAUTHENTICATED',
    );
    assert.equal((await api.ok(`{ me { id } }`)).me, null);
    assert.deepEqual(
      (await owner.ok(API_KEYS)).apiKeys.map((k: { id: string }) => k.id),
      [keep.id],
    );
    // Revoking again: the key is gone.
    await owner.fails(`mutation($id: ID!) { revokeApiKey(id: $id) }`, { id: key.id }, 'NOT_FOUND');
    await apiKeyClient(server.url, keep.secret).ok(`{ links { totalCount } }`);
  });

  it('a READ_ONLY key runs queries but no mutation (FORBIDDEN)', async () => {
    const owner = await signUp(server.url);
    const link = await createLink(owner);
    const { createApiKey: created } = await owner.ok(
      `mutation { createApiKey(name: "BI export", scope: READ_ONLY) { secret apiKey { id scope } } }`,
    );
    assert.equal(created.apiKey.scope, 'READ_ONLY');
    const api = apiKeyClient(server.url, created.secret);
    assert.equal((await api.ok(`{ links { totalCount } }`)).links.totalCount, 1);
    assert.equal(
      (await api.ok(`query($id: ID!) { link(id: $id) { id } }`, { id: link.id })).link.id,
      link.id,
    );
    const mutations: [string, Record<string, unknown>][] = [
      [`mutation { createLink(input: { destinationUrl: "https://example.com" }) { id } }`, {}],
      [`mutation($id: ID!) { updateLink(id: $id, input: { title: "x" }) { id } }`, { id: link.id }],
      [`mutation($id: ID!) { deleteLink(id: $id) }`, { id: link.id }],
      [`mutation { createApiKey(name: "escalate") { secret } }`, {}],
      [`mutation($id: ID!) { revokeApiKey(id: $id) }`, { id: created.apiKey.id }],
    ];
    for (const [query, variables] of mutations) expectError(await api.request(query, variables), 'FORBIDDEN');
    const { link: unchanged } = await owner.ok(`query($id: ID!) { link(id: $id) { title } }`, {
      id: link.id,
    });
    assert.equal(unchanged.title, null);
    assert.equal((await owner.ok(API_KEYS)).apiKeys.length, 1);
  });
});

describe('the GraphQL endpoint answers bad requests with client errors, never a 500', () => {
  it('a NUL character in any text argument → BAD_USER_INPUT naming the field', async () => {
    const client = await signUp(server.url);
    const cases: [GraphQLClient, string, Record<string, unknown>, string][] = [
      [client, `query($s: String) { links(search: $s) { totalCount } }`, { s: 'a\u0000b' }, 'search'],
      [client, `query($c: String!) { linkByCode(code: $c) { id } }`, { c: 'ab\u0000cd' }, 'code'],
      [client, `mutation($n: String!) { createApiKey(name: $n) { secret } }`, { n: 'key\u0000' }, 'name'],
      [
        client,
        `mutation($i: CreateLinkInput!) { createLink(input: $i) { id } }`,
        { i: { destinationUrl: 'https://example.com', title: 'a\u0000' } },
        'title',
      ],
      [
        new GraphQLClient(server.url),
        SIGN_UP,
        { input: { email: `a\u0000${uniqueEmail()}`, password: TEST_PASSWORD, accountName: 'A' } },
        'email',
      ],
      [
        new GraphQLClient(server.url),
        SIGN_UP,
        { input: { email: uniqueEmail(), password: TEST_PASSWORD, accountName: 'A\u0000' } },
        'accountName',
      ],
      [
        new GraphQLClient(server.url),
        LOG_IN,
        { input: { email: 'a\u0000b@example.com', password: 'x' } },
        'email',
      ],
    ];
    for (const [who, query, variables, field] of cases) {
      expectError(await who.request(query, variables), 'BAD_USER_INPUT', field);
    }
  });

  it('malformed JSON → 400, an oversized body → 413, a cross-site GET → blocked', async () => {
    const post = (body: string) =>
      fetch(`${server.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body,
      });
    const bad = await post('{"query": ');
    assert.equal(bad.status, 400);
    assert.doesNotMatch(await bad.text(), /stack|at .*\.js/);
    const big = await post(JSON.stringify({ query: '{ me { id } }', padding: 'x'.repeat(200_000) }));
    assert.equal(big.status, 413);
    const csrf = await fetch(`${server.url}/graphql?query=${encodeURIComponent('{ me { id } }')}`);
    assert.equal(csrf.status, 400);
  });
});
