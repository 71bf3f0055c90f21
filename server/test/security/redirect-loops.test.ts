import assert from 'node:assert/strict';
import { hostname } from 'node:os';
import { after, before, describe, it } from 'node:test';
import { RedirectLoopGuard } from '../../src/clicks/redirect-loop';
import { validateDestinationUrl } from '../../src/links/link.rules';
import { canonicalHost } from '../../src/security/own-addresses';
import { sql } from '../utils/db';
import { createLink, signUp } from '../utils/graphql';
import { startTestServer, type TestServer } from '../utils/server';

const refused = (url: string, base: string, listenPort = 0) =>
  assert.throws(
    () => validateDestinationUrl(url, base, listenPort),
    (e: { extensions?: { code?: string; field?: string } }) =>
      e.extensions?.code === 'BAD_USER_INPUT' && e.extensions.field === 'destinationUrl',
    `${url} should be refused for ${base}`,
  );
const accepted = (url: string, base: string, listenPort = 0) =>
  assert.ok(validateDestinationUrl(url, base, listenPort), url);

describe('destinations that reach this server under another spelling are refused', () => {
  const base = 'http://localhost:4900';

  it('every IPv4 spelling of a loopback address', () => {
    for (const url of [
      'http://127.0.0.1:4900/abcd',
      'http://127.1:4900/abcd', // short form
      'http://2130706433:4900/', // one decimal number
      'http://017700000001:4900/', // octal
      'http://0177.0.0.01:4900/',
      'http://0x7f000001:4900/', // hexadecimal
      'http://0x7f.0.0.1:4900/',
      'http://0x7F.1:4900/',
      'http://127.000.000.001:4900/',
      'http://%31%32%37.0.0.1:4900/', // percent-encoded
      'http://127.45.6.7:4900/', // all of 127/8 is loopback
      'http://0.0.0.0:4900/', // the unspecified address connects to this machine
      'http://0:4900/',
      'https://127.0.0.1:4900/', // the other scheme on the same port
    ])
      refused(url, base);
  });

  it('every IPv6 spelling, IPv4-mapped ones included', () => {
    for (const url of [
      'http://[::1]:4900/x',
      'http://[0:0:0:0:0:0:0:1]:4900/x',
      'http://[0000::0001]:4900/x',
      'http://[::]:4900/x',
      'http://[::ffff:127.0.0.1]:4900/x',
      'http://[::FFFF:7f00:1]:4900/x',
      'http://[0:0:0:0:0:ffff:7f00:0001]:4900/x',
      'http://[::127.0.0.1]:4900/x', // IPv4-compatible
    ])
      refused(url, base);
  });

  it('localhost in any case, *.localhost and the machine’s own names and addresses', () => {
    for (const url of [
      'http://LocalHost.:4900/x',
      'http://ｌｏｃａｌｈｏｓｔ:4900/x', // full-width letters fold to ASCII
      'http://app.localhost:4900/x',
      `http://${hostname()}:4900/x`,
      `http://${hostname().toUpperCase()}.:4900/x`,
    ])
      refused(url, base);
  });

  it('the same holds with the public host written as an address', () => {
    refused('http://localhost:4900/x', 'http://127.0.0.1:4900');
    refused('http://2130706433:4900/x', 'http://[::1]:4900');
    refused('http://[::ffff:127.0.0.1]:4900/x', 'http://127.0.0.1:4900');
  });

  it('the port the process listens on counts as well as the public one', () => {
    refused('http://127.0.0.1:4000/x', 'http://localhost:8080', 4000);
    refused('http://localhost:8080/x', 'http://localhost:8080', 4000);
    accepted('http://127.0.0.1:3000/x', 'http://localhost:8080', 4000);
  });

  it('other ports of this machine and other hosts are other services', () => {
    accepted('http://127.0.0.1:5173/landing', base);
    accepted('http://[::1]:3000/x', base);
    accepted('http://127.0.0.2.example:4900/x', base);
    accepted('https://example.com:4900/x', base);
    accepted('http://localhost.example.com:4900/x', base);
  });

  it('with a public domain, a visitor’s own loopback is not ours', () => {
    accepted('http://127.0.0.1/x', 'https://sl.example', 4000);
    accepted('http://localhost:4000/x', 'https://sl.example', 4000);
    refused('http://sl.example:443/x', 'https://sl.example');
  });

  it('canonical hosts read embedded IPv4 addresses', () => {
    assert.equal(canonicalHost('[::ffff:7f00:1]'), '127.0.0.1');
    assert.equal(canonicalHost('[::ffff:c000:202]'), '192.0.2.2');
    assert.equal(canonicalHost('[::1]'), '::1');
    assert.equal(canonicalHost('[2001:db8::1]'), '2001:db8::1');
    assert.equal(canonicalHost('Example.COM.'), 'example.com');
  });

  it('through the API, as BAD_USER_INPUT on destinationUrl', async () => {
    const server = await startTestServer({ PUBLIC_BASE_URL: base });
    try {
      const user = await signUp(server.url);
      for (const destinationUrl of [
        'http://127.0.0.1:4900/abcd',
        'http://[::1]:4900/x',
        'http://2130706433:4900/',
        'http://[::ffff:127.0.0.1]:4900/',
      ]) {
        await user.fails(
          `mutation($input: CreateLinkInput!) { createLink(input: $input) { id } }`,
          { input: { destinationUrl } },
          'BAD_USER_INPUT',
          'destinationUrl',
        );
      }
      const link = await createLink(user, { destinationUrl: 'http://127.0.0.1:5173/ok' });
      await user.fails(
        `mutation($id: ID!, $input: UpdateLinkInput!) { updateLink(id: $id, input: $input) { id } }`,
        { id: link.id, input: { destinationUrl: 'http://0x7f.1:4900/' } },
        'BAD_USER_INPUT',
        'destinationUrl',
      );
    } finally {
      await server.close();
    }
  });
});

describe('a loop through our own redirect is never counted', () => {
  let server: TestServer;
  before(async () => {
    server = await startTestServer();
  });
  after(() => server.close());

  it('two links pointing at each other: a client following 20 redirects records one click', async () => {
    const user = await signUp(server.url);
    const a = await createLink(user);
    const b = await createLink(user);
    // Written past validation, as a DNS name resolving to us would be: only the guard is left.
    await sql(server, `UPDATE links SET destination_url = $1 WHERE id = $2`, [
      `${server.url}/${b.code}`,
      a.id,
    ]);
    await sql(server, `UPDATE links SET destination_url = $1 WHERE id = $2`, [
      `${server.url}/${a.code}?utm_source=loop`,
      b.id,
    ]);
    server.app.cache.clear();
    // fetch follows like `curl -L`: no Referer, no cookie jar, gives up after 20 redirects.
    await assert.rejects(fetch(`${server.url}/${a.code}`), /fetch failed/);
    await server.app.writer.drain(10_000);
    const counts = await sql<{ link_id: string; n: string }>(
      server,
      `SELECT link_id, count(*) AS n FROM clicks WHERE link_id IN ($1, $2) GROUP BY link_id`,
      [a.id, b.id],
    );
    const byLink = new Map(counts.map((r) => [r.link_id, Number(r.n)]));
    assert.equal(byLink.get(a.id), 1, 'the request that started the chain');
    assert.equal(byLink.get(b.id) ?? 0, 0, 'every other hop followed our own redirect');
  });

  it('the guard: a note per (client, code) that one follow-up consumes, for a few seconds only', async () => {
    const guard = new RedirectLoopGuard({ ttlMs: 50 });
    guard.redirected('198.51.100.7', 'https://sl.example/Abc123?utm=x');
    guard.redirected('198.51.100.7', 'https://shop.example/products/spring-sale');
    assert.equal(guard.follows('198.51.100.8', 'Abc123'), false, 'another client');
    assert.equal(guard.follows('198.51.100.7', 'abc123'), false, 'codes are case-sensitive');
    assert.equal(guard.follows('198.51.100.7', 'Abc123'), true);
    assert.equal(guard.follows('198.51.100.7', 'Abc123'), false, 'consumed');
    guard.redirected('198.51.100.7', 'http://127.0.0.1:4900/Zz99');
    await new Promise((resolve) => setTimeout(resolve, 80));
    assert.equal(guard.follows('198.51.100.7', 'Zz99'), false, 'expired');
  });
});
