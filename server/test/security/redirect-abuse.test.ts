import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { NotFoundThrottle } from '../../src/clicks/not-found-throttle';
import { generateCode, GENERATED_CODE_LENGTH, validateDestinationUrl } from '../../src/links/link.rules';
import { SlidingWindowLimiter, throttleKey } from '../../src/security/sliding-window';
import { signUp } from '../utils/graphql';
import { startTestServer, type TestServer } from '../utils/server';

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';

describe('generated codes cannot be enumerated', () => {
  it('are 7 characters over [A-Za-z0-9], spread evenly, without repeats', () => {
    const n = 20_000;
    const codes = Array.from({ length: n }, generateCode);
    assert.equal(new Set(codes).size, n, 'no collision among 20,000 (expected ~0.06 at 62^7)');
    const counts = new Map<string, number>();
    for (const code of codes) {
      assert.match(code, new RegExp(`^[A-Za-z0-9]{${GENERATED_CODE_LENGTH}}$`));
      for (const c of code) counts.set(c, (counts.get(c) ?? 0) + 1);
    }
    // Chi-square over the 62 symbols (61 degrees of freedom): 120 is far beyond p = 0.0001.
    const expected = (n * GENERATED_CODE_LENGTH) / ALPHABET.length;
    const chi = [...ALPHABET].reduce((sum, c) => sum + ((counts.get(c) ?? 0) - expected) ** 2 / expected, 0);
    assert.ok(chi < 120, `chi-square ${chi.toFixed(1)}`);
    // Every position varies on its own too: no fixed prefix, no counter in the last characters.
    for (let pos = 0; pos < GENERATED_CODE_LENGTH; pos++) {
      assert.ok(new Set(codes.map((c) => c[pos])).size === ALPHABET.length, `position ${pos}`);
    }
  });

  it('successive codes from the API share nothing: not sequential, not ordered', async () => {
    const server = await startTestServer();
    try {
      const user = await signUp(server.url);
      const codes: string[] = [];
      for (let i = 0; i < 40; i++) {
        const { createLink } = await user.ok(
          `mutation { createLink(input: { destinationUrl: "https://example.com/${i}" }) { code } }`,
        );
        codes.push(createLink.code);
      }
      let samePositions = 0;
      let ascending = 0;
      for (let i = 1; i < codes.length; i++) {
        const [a, b] = [codes[i - 1]!, codes[i]!];
        for (let p = 0; p < GENERATED_CODE_LENGTH; p++) if (a[p] === b[p]) samePositions++;
        if (a < b) ascending++;
      }
      // A counter keeps ~6 of 7 positions between neighbours; random codes share ~0.11.
      assert.ok(samePositions / (codes.length - 1) < 1, `shared positions ${samePositions}`);
      assert.ok(ascending > 5 && ascending < codes.length - 6, `ascending pairs ${ascending}`);
    } finally {
      await server.close();
    }
  });
});

describe('a burst of unknown codes is throttled, valid redirects never are', () => {
  let server: TestServer;
  let code: string;
  before(async () => {
    server = await startTestServer({ TRUST_PROXY: 'loopback' });
    const user = await signUp(server.url);
    ({
      createLink: { code },
    } = await user.ok(
      `mutation { createLink(input: { destinationUrl: "https://example.com/real" }) { code } }`,
    ));
  });
  after(() => server.close());

  const get = (path: string, ip: string, method = 'GET') =>
    fetch(`${server.url}/${path}`, { method, redirect: 'manual', headers: { 'x-forwarded-for': ip } });

  it('answers 429 with Retry-After after 60 unknown codes a minute from one address', async () => {
    const scanner = '203.0.113.50';
    for (let i = 0; i < 60; i++) {
      const res = await get(`Zz${i}x${Math.random().toString(36).slice(2, 6)}`, scanner);
      assert.equal(res.status, 404, `probe ${i + 1}`);
      await res.arrayBuffer();
    }
    const blocked = await get('Nope1234', scanner);
    assert.equal(blocked.status, 429);
    const retryAfter = Number(blocked.headers.get('retry-after'));
    assert.ok(retryAfter >= 1 && retryAfter <= 120, `Retry-After ${retryAfter}`);
    assert.equal(blocked.headers.get('cache-control'), 'no-store');

    // The throttled address still follows real links at once, GET and HEAD.
    for (const method of ['GET', 'HEAD']) {
      const ok = await get(code, scanner, method);
      assert.equal(ok.status, 302, method);
      assert.equal(ok.headers.get('location'), 'https://example.com/real');
    }
    // Other addresses are unaffected, and so is a neighbour in the same IPv4 /24.
    assert.equal((await get('Nope1234', '203.0.113.51')).status, 404);
    assert.equal((await get('Nope1234', '198.51.100.9')).status, 404);
  });

  it('counts an IPv6 client by its /64, so rotating addresses inside it does not help', async () => {
    for (let i = 0; i < 60; i++) {
      const res = await get(`Yy${i}abc`, `2001:db8:1:2::${(i + 1).toString(16)}`);
      assert.equal(res.status, 404);
      await res.arrayBuffer();
    }
    assert.equal((await get('Nope1234', '2001:db8:1:2:ffff::1')).status, 429);
    assert.equal((await get('Nope1234', '2001:db8:1:3::1')).status, 404);
    assert.equal((await get(code, '2001:db8:1:2::1')).status, 302);
  });
});

describe('sliding window', () => {
  it('allows the limit per window, then frees up as the window slides', () => {
    let now = 1_000_000_000_000;
    const limiter = new SlidingWindowLimiter({ limit: 3, windowMs: 60_000, now: () => now });
    assert.deepEqual([limiter.take('a'), limiter.take('a'), limiter.take('a')], [0, 0, 0]);
    const wait = limiter.take('a');
    assert.ok(wait > 0 && wait <= 120, `wait ${wait}`);
    assert.equal(limiter.take('b'), 0, 'keys are independent');
    now += wait * 1000;
    assert.equal(limiter.take('a'), 0, 'free again after the advertised wait');
    now += 10 * 60_000;
    assert.deepEqual([limiter.take('a'), limiter.take('a'), limiter.take('a')], [0, 0, 0]);
  });

  it('stays within its memory bound', () => {
    const limiter = new SlidingWindowLimiter({ limit: 1, windowMs: 60_000, maxKeys: 100 });
    for (let i = 0; i < 1000; i++) limiter.hit(`k${i}`);
    assert.equal((limiter as unknown as { counters: Map<string, unknown> }).counters.size, 100);
  });

  it('keys IPv4 by address and IPv6 by /64', () => {
    assert.equal(throttleKey('::ffff:203.0.113.5'), '203.0.113.5');
    assert.equal(throttleKey('2001:db8:a:b:1:2:3:4'), throttleKey('2001:db8:a:b::9'));
    assert.notEqual(throttleKey('2001:db8:a:b::1'), throttleKey('2001:db8:a:c::1'));
    assert.equal(throttleKey(undefined), 'unknown');
  });

  it('NotFoundThrottle answers through the plain http response', () => {
    const throttle = new NotFoundThrottle({ limit: 1 });
    const written: { status?: number; headers?: Record<string, string> } = {};
    const res = {
      writeHead(status: number, headers: Record<string, string>) {
        written.status = status;
        written.headers = headers;
      },
      end() {},
    } as never;
    assert.equal(throttle.rejected('192.0.2.1', res), false);
    assert.equal(throttle.rejected('192.0.2.1', res), true);
    assert.equal(written.status, 429);
    assert.ok(Number(written.headers?.['Retry-After']) >= 1);
  });
});

describe('destinations back at the short domain are refused (no redirect loops)', () => {
  const refused = (url: string, base: string) =>
    assert.throws(
      () => validateDestinationUrl(url, base),
      (e: { extensions?: { code?: string; field?: string } }) =>
        e.extensions?.code === 'BAD_USER_INPUT' && e.extensions.field === 'destinationUrl',
      `${url} should be refused for ${base}`,
    );
  const accepted = (url: string, base: string) => assert.ok(validateDestinationUrl(url, base), url);

  it('in every spelling of the host', () => {
    const base = 'https://sl.example';
    for (const url of [
      'https://sl.example/abc1234',
      'https://SL.Example/abc1234',
      'https://sl.example./abc1234',
      'https://sl.example:443/abc1234',
      'http://sl.example/abc1234', // usually upgraded to https by the same host
      'http://sl.example:80/x',
      'https://sl%2Eexample/x',
      'https://ｓｌ.example/x', // full-width letters fold to ASCII
      'https://user:@sl.example/x',
    ]) {
      refused(url, base);
    }
    accepted('https://sl.example.com/x', base);
    accepted('https://www.example/x', base);
  });

  it('with an internationalised short domain, in Unicode or punycode', () => {
    const base = 'https://xn--bcher-kva.example';
    refused('https://bücher.example/abc1234', base);
    refused('https://BÜCHER.example/abc1234', base);
    refused('https://xn--bcher-kva.example/abc1234', base);
    refused('https://bücher.example/abc1234', 'https://bücher.example');
    accepted('https://bucher.example/abc1234', base);
  });

  it('with a base on its own port, only that port', () => {
    const base = 'http://localhost:4000';
    refused('http://localhost:4000/abcd', base);
    refused('http://LOCALHOST.:4000/abcd', base);
    refused('https://localhost:4000/abcd', base);
    accepted('http://localhost:5173/landing', base);
  });
});
