import assert from 'node:assert/strict';
import type { AddressInfo } from 'node:net';
import { describe, it } from 'node:test';
import { AccountService } from '../../src/accounts/account.service';
import { LOGIN_THROTTLE_DEFAULTS } from '../../src/accounts/login-throttle';
import { createApp, type App } from '../../src/app';
import { ConfigError, loadConfig } from '../../src/config';
import { RefusalHold } from '../../src/security/refusal-hold';
import { GraphQLClient, signUp } from '../utils/graphql';
import { useTestServer } from '../utils/fixtures';

const PASSWORD = 'correct horse battery';
const LOG_IN = `mutation($email: String!, $password: String!) {
  logIn(input: { email: $email, password: $password }) { id }
}`;

let addressCounter = 1;
/** A client acting from its own address (the test servers trust X-Forwarded-For from loopback). */
function fromNewAddress(baseUrl: string): GraphQLClient {
  const client = new GraphQLClient(baseUrl);
  client.headers['x-forwarded-for'] = `198.51.100.${addressCounter++}`;
  return client;
}

describe('log-in throttling', () => {
  const server = useTestServer({ TRUST_PROXY: 'loopback' });

  it(`locks an account after ${LOGIN_THROTTLE_DEFAULTS.perAccount} failures, whatever the address, even for the right password`, async () => {
    const victim = await signUp(server.url);
    for (let i = 0; i < LOGIN_THROTTLE_DEFAULTS.perAccount; i++) {
      // Every guess from another address: the per-account limit must hold on its own.
      const res = await fromNewAddress(server.url).request(LOG_IN, {
        email: victim.email,
        password: `guess${i}`,
      });
      assert.equal(res.errors?.[0]?.extensions?.code, 'UNAUTHENTICATED', `attempt ${i + 1}`);
    }
    const locked = await fromNewAddress(server.url).request(LOG_IN, {
      email: ` ${victim.email.toUpperCase()} `,
      password: PASSWORD,
    });
    assert.equal(locked.errors?.[0]?.extensions?.code, 'RATE_LIMITED');
    const retryAfter = locked.errors?.[0]?.extensions?.retryAfter as number;
    assert.ok(
      retryAfter > 0 && retryAfter <= LOGIN_THROTTLE_DEFAULTS.windowMs / 1000,
      `retryAfter ${retryAfter}`,
    );
    assert.equal(locked.headers.get('set-cookie'), null, 'no session while locked');

    // Another account is not affected.
    const other = await signUp(server.url);
    assert.ok(
      (await fromNewAddress(server.url).ok(LOG_IN, { email: other.email, password: PASSWORD })).logIn.id,
    );
  });

  it('forgives earlier failures after a successful log-in', async () => {
    const user = await signUp(server.url);
    const client = fromNewAddress(server.url);
    const fail = () =>
      fromNewAddress(server.url).request(LOG_IN, { email: user.email, password: 'wrong password' });
    for (let i = 0; i < LOGIN_THROTTLE_DEFAULTS.perAccount - 1; i++) await fail();
    await client.ok(LOG_IN, { email: user.email, password: PASSWORD });
    for (let i = 0; i < LOGIN_THROTTLE_DEFAULTS.perAccount - 1; i++) await fail();
    await client.ok(LOG_IN, { email: user.email, password: PASSWORD });
  });

  it(`throttles an address after ${LOGIN_THROTTLE_DEFAULTS.perAddress} failures over many accounts`, async () => {
    const attacker = fromNewAddress(server.url);
    for (let i = 0; i < LOGIN_THROTTLE_DEFAULTS.perAddress; i++) {
      const res = await attacker.request(LOG_IN, {
        email: `spray${i}-${Date.now()}@example.com`,
        password: 'Summer2026!',
      });
      assert.equal(res.errors?.[0]?.extensions?.code, 'UNAUTHENTICATED', `attempt ${i + 1}`);
    }
    const user = await signUp(server.url);
    const started = performance.now();
    const res = await attacker.request(LOG_IN, { email: user.email, password: PASSWORD });
    assert.equal(res.errors?.[0]?.extensions?.code, 'RATE_LIMITED');
    assert.ok((res.errors?.[0]?.extensions?.retryAfter as number) > 0);
    // Held a second before the answer: a script retrying on every answer gets one try a second.
    const held = performance.now() - started;
    assert.ok(held >= 950, `answered after ${held.toFixed(0)} ms`);
    // The same person from another address gets in.
    assert.ok(
      (await fromNewAddress(server.url).ok(LOG_IN, { email: user.email, password: PASSWORD })).logIn.id,
    );
  });

  it('counts an account’s failures in the database, so every replica sees them', async () => {
    // A second app on the same database stands for another replica.
    const replica: App = await createApp(
      { ...server.config, publicBaseUrl: 'http://sl.test', clickSpoolDir: null },
      server.db,
    );
    await new Promise<void>((resolve) => replica.server.listen(0, '127.0.0.1', resolve));
    const replicaUrl = `http://127.0.0.1:${(replica.server.address() as AddressInfo).port}`;
    try {
      const user = await signUp(server.url);
      for (let i = 0; i < LOGIN_THROTTLE_DEFAULTS.perAccount; i++) {
        const target = i % 2 === 0 ? server.url : replicaUrl;
        await fromNewAddress(target).request(LOG_IN, { email: user.email, password: `guess${i}` });
      }
      for (const url of [server.url, replicaUrl]) {
        const res = await fromNewAddress(url).request(LOG_IN, { email: user.email, password: PASSWORD });
        assert.equal(res.errors?.[0]?.extensions?.code, 'RATE_LIMITED', url);
      }
    } finally {
      await replica.close();
    }
  });
});

describe('sessions and API keys end at once', () => {
  const server = useTestServer();

  it('issues a new session id at every log-in and ends the one it replaces', async () => {
    const user = await signUp(server.url);
    const first = user.cookies.get('sl_session');
    assert.ok(first);
    await user.ok(LOG_IN, { email: user.email, password: PASSWORD });
    const second = user.cookies.get('sl_session');
    assert.ok(second && second !== first, 'a new id');

    const stale = new GraphQLClient(server.url);
    stale.cookies.set('sl_session', first!);
    assert.equal((await stale.ok(`{ me { id } }`)).me, null, 'the replaced session is gone');

    // A token planted before log-in (session fixation) is never adopted.
    const victim = new GraphQLClient(server.url);
    victim.cookies.set('sl_session', 'planted-by-attacker-0123456789abcdef');
    await victim.ok(LOG_IN, { email: user.email, password: PASSWORD });
    assert.notEqual(victim.cookies.get('sl_session'), 'planted-by-attacker-0123456789abcdef');
    const attacker = new GraphQLClient(server.url);
    attacker.cookies.set('sl_session', 'planted-by-attacker-0123456789abcdef');
    assert.equal((await attacker.ok(`{ me { id } }`)).me, null);
  });

  it('logOut ends the session for every copy of its cookie at once', async () => {
    const user = await signUp(server.url);
    const copy = new GraphQLClient(server.url);
    copy.cookies.set('sl_session', user.cookies.get('sl_session')!);
    assert.ok((await copy.ok(`{ me { id } }`)).me);
    await user.ok(`mutation { logOut }`);
    assert.equal(user.cookies.get('sl_session'), undefined, 'the cookie is cleared');
    assert.equal((await copy.ok(`{ me { id } }`)).me, null);
    const res = await copy.request(`{ links { totalCount } }`);
    assert.equal(res.errors?.[0]?.extensions?.code, 'UNAUTHENTICATED');
  });

  it('a revoked API key fails on its very next request', async () => {
    const user = await signUp(server.url);
    const { createApiKey } = await user.ok(`mutation { createApiKey(name: "crm") { secret apiKey { id } } }`);
    const integration = new GraphQLClient(server.url);
    integration.bearer = createApiKey.secret;
    assert.equal((await integration.ok(`{ links { totalCount } }`)).links.totalCount, 0);
    await user.ok(`mutation($id: ID!) { revokeApiKey(id: $id) }`, { id: createApiKey.apiKey.id });
    const res = await integration.request(`{ links { totalCount } }`);
    assert.equal(res.errors?.[0]?.extensions?.code, 'UNAUTHENTICATED');
    assert.equal((await integration.ok(`{ me { id } }`)).me, null);
  });

  it('a key that differs from a real one in one character is refused', async () => {
    const user = await signUp(server.url);
    const { createApiKey } = await user.ok(`mutation { createApiKey(name: "crm") { secret } }`);
    const secret = createApiKey.secret as string;
    const last = secret.at(-1) === 'A' ? 'B' : 'A';
    const forged = new GraphQLClient(server.url);
    forged.bearer = secret.slice(0, -1) + last;
    assert.equal(
      (await forged.request(`{ links { totalCount } }`)).errors?.[0]?.extensions?.code,
      'UNAUTHENTICATED',
    );
  });
});

describe('SIGNUP_ENABLED', () => {
  const server = useTestServer({ SIGNUP_ENABLED: 'false' });

  it('refuses sign-up with FORBIDDEN and writes nothing, while existing users still log in', async () => {
    const [{ count: before }] = await server.db.dataSource.query(`SELECT count(*)::int AS count FROM users`);
    const res = await new GraphQLClient(server.url).request(
      `mutation { signUp(input: { email: "new@example.com", password: "${PASSWORD}", accountName: "X" }) { id } }`,
    );
    assert.equal(res.errors?.[0]?.extensions?.code, 'FORBIDDEN');
    assert.equal(res.headers.get('set-cookie'), null);
    const [{ count: afterCount }] = await server.db.dataSource.query(
      `SELECT count(*)::int AS count FROM users`,
    );
    assert.equal(afterCount, before);

    // An operator creates users another way (here: the service with sign-up on); they can log in.
    const email = `invited${Date.now()}@example.com`;
    await new AccountService(server.db.dataSource).signUp({
      email,
      password: PASSWORD,
      accountName: 'Invited',
    });
    assert.ok((await new GraphQLClient(server.url).ok(LOG_IN, { email, password: PASSWORD })).logIn.id);
  });

  it('is validated at start', () => {
    const base = { SESSION_SECRET: 'test-secret-0123456789' };
    assert.equal(loadConfig({ ...base }).signUpEnabled, true);
    assert.equal(loadConfig({ ...base, SIGNUP_ENABLED: 'false' }).signUpEnabled, false);
    assert.equal(loadConfig({ ...base, SIGNUP_ENABLED: '0' }).signUpEnabled, false);
    assert.equal(loadConfig({ ...base, SIGNUP_ENABLED: 'TRUE' }).signUpEnabled, true);
    assert.throws(() => loadConfig({ ...base, SIGNUP_ENABLED: 'no' }), ConfigError);
  });
});

describe('refused sign-ups and log-ins are held before the answer', () => {
  it('for holdMs, at most maxHeld at once; beyond that, at once', async () => {
    const hold = new RefusalHold(300, 2);
    const started = performance.now();
    const times = await Promise.all(
      Array.from({ length: 3 }, async () => {
        await hold.hold();
        return performance.now() - started;
      }),
    );
    const [first, second, third] = times as [number, number, number];
    assert.ok(first >= 290 && second >= 290, times.join());
    assert.ok(third < 100, `the third refusal waited ${third.toFixed(0)} ms`);
    assert.equal(hold.waiting, 0);
    const off = new RefusalHold(0);
    const t = performance.now();
    await off.hold();
    assert.ok(performance.now() - t < 50);
  });
});
