import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { defaultHashLimits, passwordHashing } from '../../src/accounts/passwords';
import { threadNiceValues } from '../utils/threads';
import { ConfigError, loadConfig, SIGN_UPS_PER_HOUR } from '../../src/config';
import { sql } from '../utils/db';
import { GraphQLClient, TEST_PASSWORD, uniqueEmail, type GraphQLResponse } from '../utils/graphql';
import { startTestServer, type TestServer } from '../utils/server';

const SIGN_UP = `mutation($input: SignUpInput!) { signUp(input: $input) { id } }`;
const LOG_IN = `mutation($email: String!, $password: String!) {
  logIn(input: { email: $email, password: $password }) { id }
}`;

const from = (baseUrl: string, address: string) => {
  const client = new GraphQLClient(baseUrl);
  client.headers['x-forwarded-for'] = address;
  return client;
};
const signUpFrom = (baseUrl: string, address: string, email = uniqueEmail('throttle')) =>
  from(baseUrl, address).request(SIGN_UP, {
    input: { email, password: TEST_PASSWORD, accountName: 'Throttled' },
  });
const codeOf = (res: GraphQLResponse) => res.errors?.[0]?.extensions?.code ?? 'OK';

describe('sign-up is throttled per address', () => {
  let server: TestServer;
  before(async () => {
    server = await startTestServer({ TRUST_PROXY: 'loopback', SIGNUP_RATE_LIMIT: '3' });
  });
  after(() => server.close());

  it('the 4th sign-up of the hour from one address is RATE_LIMITED with retryAfter, and creates nothing', async () => {
    const address = '203.0.113.31';
    for (let i = 0; i < 3; i++)
      assert.equal(codeOf(await signUpFrom(server.url, address)), 'OK', `sign-up ${i}`);
    const email = uniqueEmail('refused');
    const started = performance.now();
    const refused = await signUpFrom(server.url, address, email);
    const held = performance.now() - started;
    assert.ok(held >= 950, `refusal answered after ${held.toFixed(0)} ms, not held`);
    assert.equal(refused.status, 200);
    assert.equal(codeOf(refused), 'RATE_LIMITED', JSON.stringify(refused.errors));
    const retryAfter = refused.errors![0]!.extensions!.retryAfter as number;
    assert.ok(
      Number.isInteger(retryAfter) && retryAfter >= 1 && retryAfter <= 2 * 3600,
      `retryAfter ${retryAfter}`,
    );
    assert.equal(refused.headers.get('set-cookie'), null);
    const users = await sql(server, `SELECT 1 FROM users WHERE email = $1`, [email]);
    assert.equal(users.length, 0);
    // Invalid input is answered as such and not counted; other addresses are not affected.
    const invalid = await from(server.url, address).request(SIGN_UP, {
      input: { email: 'not-an-email', password: TEST_PASSWORD, accountName: 'X' },
    });
    assert.equal(codeOf(invalid), 'BAD_USER_INPUT');
    assert.equal(codeOf(await signUpFrom(server.url, '203.0.113.32')), 'OK');
  });

  it('counts an IPv6 client by its /64', async () => {
    for (let i = 1; i <= 3; i++)
      assert.equal(codeOf(await signUpFrom(server.url, `2001:db8:5:6::${i}`)), 'OK');
    assert.equal(codeOf(await signUpFrom(server.url, '2001:db8:5:6:ffff::9')), 'RATE_LIMITED');
    assert.equal(codeOf(await signUpFrom(server.url, '2001:db8:5:7::1')), 'OK');
  });

  it(`SIGNUP_RATE_LIMIT configures it (default ${SIGN_UPS_PER_HOUR}, 0 turns it off)`, () => {
    const env = { SESSION_SECRET: 'test-secret-0123456789' };
    assert.equal(loadConfig(env).signUpsPerHour, SIGN_UPS_PER_HOUR);
    assert.equal(loadConfig({ ...env, SIGNUP_RATE_LIMIT: '0' }).signUpsPerHour, 0);
    assert.throws(() => loadConfig({ ...env, SIGNUP_RATE_LIMIT: 'many' }), ConfigError);
  });
});

describe('password hashes are bounded', () => {
  let server: TestServer;
  const defaults = { ...passwordHashing.limits };
  before(async () => {
    server = await startTestServer({ TRUST_PROXY: 'loopback' });
  });
  after(async () => {
    passwordHashing.limits = defaults;
    await server.close();
  });

  it('to cores − 1, never fewer than one', () => {
    assert.equal(defaultHashLimits(2).concurrency, 1);
    assert.equal(defaultHashLimits(1).concurrency, 1);
    assert.equal(defaultHashLimits(8).concurrency, 7);
    assert.ok(defaultHashLimits(2).maxQueued >= 8, 'a burst of 8 waits rather than fails');
  });

  it('on a thread of the lowest CPU priority, so a hash waits while redirects need the core', async () => {
    const res = await from(server.url, '198.51.100.99').request(LOG_IN, {
      email: uniqueEmail('nobody'),
      password: 'wrong password',
    });
    assert.equal(codeOf(res), 'UNAUTHENTICATED');
    // The hashing thread stays for a minute after its work.
    assert.ok(threadNiceValues().includes(19), `thread nice values ${threadNiceValues().join(',')}`);
    assert.ok(threadNiceValues().includes(0), 'the main thread keeps its priority');
  });

  it('8 concurrent sign-ups and 8 log-ins with random emails: all answered, none 500, never more hashes at once than the bound', async () => {
    passwordHashing.peakActive = 0;
    const results = await Promise.all([
      ...Array.from({ length: 8 }, (_, i) => signUpFrom(server.url, `198.51.100.${100 + i}`)),
      ...Array.from({ length: 8 }, (_, i) =>
        from(server.url, `198.51.100.${120 + i}`).request(LOG_IN, {
          email: uniqueEmail('nobody'),
          password: 'wrong password',
        }),
      ),
    ]);
    assert.deepEqual(
      results.map((r) => r.status),
      Array<number>(16).fill(200),
    );
    assert.deepEqual(results.slice(0, 8).map(codeOf), Array<string>(8).fill('OK'));
    assert.deepEqual(results.slice(8).map(codeOf), Array<string>(8).fill('UNAUTHENTICATED'));
    assert.ok(passwordHashing.peakActive >= 1);
    assert.ok(
      passwordHashing.peakActive <= passwordHashing.limits.concurrency,
      `peak ${passwordHashing.peakActive} > ${passwordHashing.limits.concurrency}`,
    );
    assert.equal(passwordHashing.active, 0);
    assert.equal(passwordHashing.queued, 0);
  });

  it('beyond the queue, callers are told to come back: RATE_LIMITED with retryAfter, never a 500', async () => {
    passwordHashing.limits = { concurrency: 1, maxQueued: 2 };
    try {
      const results = await Promise.all(
        Array.from({ length: 10 }, (_, i) =>
          from(server.url, `198.51.100.${140 + i}`).request(LOG_IN, {
            email: uniqueEmail('flood'),
            password: 'wrong password',
          }),
        ),
      );
      const codes = results.map(codeOf);
      assert.ok(
        codes.every((c) => c === 'UNAUTHENTICATED' || c === 'RATE_LIMITED'),
        codes.join(),
      );
      assert.ok(codes.includes('RATE_LIMITED'), codes.join());
      assert.ok(codes.includes('UNAUTHENTICATED'), codes.join());
      for (const res of results.filter((r) => codeOf(r) === 'RATE_LIMITED'))
        assert.ok((res.errors![0]!.extensions!.retryAfter as number) >= 1);
      assert.ok(results.every((r) => r.status === 200));
    } finally {
      passwordHashing.limits = defaults;
    }
    // The queue drains and the next log-in is answered normally.
    const after = await from(server.url, '198.51.100.160').request(LOG_IN, {
      email: uniqueEmail('later'),
      password: 'wrong password',
    });
    assert.equal(codeOf(after), 'UNAUTHENTICATED');
  });
});
