import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { NEWMARKET_GB, IPV6_CLIENT } from './fixtures/ips';
import { PEOPLE } from './fixtures/user-agents';
import { clicksOf, settle, sql } from './utils/db';
import { createLink, signUp, type SignedUpClient } from './utils/graphql';
import { visit } from './utils/http';
import { holdQueries } from './utils/queries';
import { startTestServer, type TestServer } from './utils/server';
import { useTestServer } from './utils/fixtures';

// One embedded database per file: starting one is the slow part of a test file.
const server = useTestServer();

describe('redirect', () => {
  let client: SignedUpClient;
  before(async () => {
    client = await signUp(server.url);
  });

  it('answers 302 to the destination with Cache-Control: private, no-store, and records the click', async () => {
    const link = await createLink(client, { destinationUrl: 'https://example.com/landing?ref=sl#top' });
    const res = await visit(server.url, link.code);
    assert.equal(res.status, 302);
    assert.equal(res.location, 'https://example.com/landing?ref=sl#top');
    assert.equal(res.cacheControl, 'private, no-store');
    assert.ok(res.body.length < 1000);
    assert.equal((await clicksOf(server, link.id)).length, 1);
  });

  describe('query-string forwarding', () => {
    const cases: [string, string, string, string][] = [
      [
        'no click query: the destination as it is',
        'https://example.com/a?x=1#f',
        '',
        'https://example.com/a?x=1#f',
      ],
      [
        'utm parameters onto a bare destination',
        'https://example.com/a',
        'utm_source=whatsapp&utm_medium=chat',
        'https://example.com/a?utm_source=whatsapp&utm_medium=chat',
      ],
      [
        'added to the destination’s own',
        'https://example.com/a?id=7',
        'utm_campaign=spring',
        'https://example.com/a?id=7&utm_campaign=spring',
      ],
      [
        'the click wins on the same key',
        'https://example.com/a?utm_source=crm&id=7',
        'utm_source=sms',
        'https://example.com/a?id=7&utm_source=sms',
      ],
      [
        'the #fragment stays last',
        'https://example.com/a?id=7#pricing',
        'utm_source=sms',
        'https://example.com/a?id=7&utm_source=sms#pricing',
      ],
      [
        'fragment without a query',
        'https://example.com/a#pricing',
        'gclid=abc',
        'https://example.com/a?gclid=abc#pricing',
      ],
      [
        'repeated keys all forwarded',
        'https://example.com/a?tag=x',
        'tag=a&tag=b',
        'https://example.com/a?tag=a&tag=b',
      ],
      [
        'the destination’s encoding is kept',
        'https://example.com/p?name=a%20b&list=x,y&redirect=https://y.example/',
        'utm_source=wa',
        'https://example.com/p?name=a%20b&list=x,y&redirect=https://y.example/&utm_source=wa',
      ],
      [
        'the click’s encoding is kept',
        'https://example.com/s',
        'q=caf%C3%A9%20au%20lait&plus=1%2B1',
        'https://example.com/s?q=caf%C3%A9%20au%20lait&plus=1%2B1',
      ],
      [
        'a valueless flag is kept',
        'https://example.com/a?debug',
        'utm_source=x',
        'https://example.com/a?debug&utm_source=x',
      ],
      ['an empty click query changes nothing', 'https://example.com/a?x=1', '&', 'https://example.com/a?x=1'],
    ];
    for (const [name, destinationUrl, query, expected] of cases) {
      it(name, async () => {
        const link = await createLink(client, { destinationUrl });
        const res = await visit(server.url, link.code, { query });
        assert.equal(res.status, 302);
        assert.equal(res.location, expected);
      });
    }

    it('characters a client sends raw still give a valid Location', async () => {
      const link = await createLink(client, { destinationUrl: 'https://example.com/a' });
      const res = await visit(server.url, link.code, { query: 'q="quoted"&n=<1>' });
      assert.equal(res.status, 302);
      const url = new URL(res.location!);
      assert.equal(url.searchParams.get('q'), '"quoted"');
      assert.equal(url.searchParams.get('n'), '<1>');
      assert.doesNotMatch(res.location!, /["<> ]/);
    });
  });

  it('HEAD redirects without recording a click', async () => {
    const link = await createLink(client, { destinationUrl: 'https://example.com/head' });
    const res = await visit(server.url, link.code, { method: 'HEAD', query: 'utm_source=x' });
    assert.equal(res.status, 302);
    assert.equal(res.location, 'https://example.com/head?utm_source=x');
    assert.equal(res.cacheControl, 'private, no-store');
    assert.equal((await clicksOf(server, link.id)).length, 0);
  });

  it('an unknown or malformed code answers a small 404 HTML page', async () => {
    for (const path of [
      'zzzzzzzz',
      'Zz9Zz9Zz',
      'ab',
      'abc',
      'abcdefghijklm',
      'ab-cd',
      'ab%20cd',
      '%00abcd',
    ]) {
      for (const method of ['GET', 'HEAD'] as const) {
        const res = await visit(server.url, path, { method });
        assert.equal(res.status, 404, path);
        assert.match(res.contentType ?? '', /text\/html/);
        assert.equal(res.location, null);
        if (method === 'GET') {
          assert.match(res.body, /not found/i);
          assert.ok(res.body.length < 5000);
        }
      }
    }
  });

  it('an expired link answers a small 410 HTML page and records nothing', async () => {
    const expiry = Date.now() + 800;
    const link = await createLink(client, { expiresAt: new Date(expiry).toISOString() });
    await new Promise((r) => setTimeout(r, expiry + 50 - Date.now()));
    const res = await visit(server.url, link.code);
    assert.equal(res.status, 410);
    assert.match(res.contentType ?? '', /text\/html/);
    assert.match(res.body, /expired/i);
    assert.equal(res.location, null);
    assert.equal((await visit(server.url, link.code, { method: 'HEAD' })).status, 410);
    assert.equal((await clicksOf(server, link.id)).length, 0);
    const { link: data } = await client.ok(`query($id: ID!) { link(id: $id) { status clickCount } }`, {
      id: link.id,
    });
    assert.deepEqual(data, { status: 'EXPIRED', clickCount: 0 });
  });

  it('the server’s own paths are never looked up as codes', async () => {
    const { hits, misses, negativeHits } = server.app.cache.stats;
    const health = await visit(server.url, 'healthz');
    assert.equal(health.status, 200);
    assert.match(health.contentType ?? '', /json/);
    for (const path of [
      'graphql',
      'GraphQL',
      'app/',
      'app',
      'app/links',
      'favicon.ico',
      'robots.txt',
      'readyz',
    ]) {
      const res = await visit(server.url, path);
      assert.notEqual(res.status, 302, path);
    }
    assert.equal((await visit(server.url, '')).location, '/app/');
    const after = server.app.cache.stats;
    assert.deepEqual(
      [after.hits, after.misses, after.negativeHits],
      [hits, misses, negativeHits],
      'no code lookup',
    );
  });

  it('the response does not wait for the click to be written', async () => {
    const link = await createLink(client);
    const hold = holdQueries(/insert\s+into\s+"?(clicks|link_visitors)"?/i);
    try {
      const res = await visit(server.url, link.code);
      assert.equal(res.status, 302, 'answered while every click write is held back');
      // The write was attempted (and is stuck) after the visitor had its answer.
      for (let i = 0; i < 200 && hold.held === 0; i++) await new Promise((r) => setTimeout(r, 10));
      assert.ok(hold.held > 0, 'the click write started');
    } finally {
      hold.release();
    }
    assert.equal((await clicksOf(server, link.id)).length, 1);
  });
});

describe('click capture', () => {
  let client: SignedUpClient;
  const proxied: Record<string, TestServer> = {};
  before(async () => {
    client = await signUp(server.url);
    const settings: Record<string, string> = {
      hop1: '1',
      hop2: '2',
      loopback: 'loopback',
      subnets: '127.0.0.1, 10.0.0.0/8',
      elsewhere: '10.0.0.0/8',
    };
    for (const [name, value] of Object.entries(settings)) {
      proxied[name] = await startTestServer({ TRUST_PROXY: value }, { database: server.db });
    }
  });
  after(async () => {
    for (const app of Object.values(proxied)) await app.close();
  });

  /** One click on a fresh link through `via`; returns the stored row. */
  async function clickThrough(via: TestServer, opts: Parameters<typeof visit>[2] = {}) {
    const link = await createLink(client);
    const res = await visit(via.url, link.code, opts);
    assert.equal(res.status, 302);
    await settle(via);
    const rows = await clicksOf(server, link.id);
    assert.equal(rows.length, 1);
    return rows[0]!;
  }

  it('stores time, browser and version, OS, platform, geo, referrer host and user agent; the IP only as its /24', async () => {
    const person = PEOPLE.find((p) => p.name === 'Chrome on Windows')!;
    const before = Date.now();
    const row = await clickThrough(proxied.hop1!, {
      userAgent: person.ua,
      forwardedFor: NEWMARKET_GB.ip,
      referer: 'https://L.Facebook.com/l.php?u=https%3A%2F%2Fsl.test%2Fx',
    });
    assert.ok(row.clicked_at.getTime() >= before - 1000 && row.clicked_at.getTime() <= Date.now() + 1000);
    assert.equal(row.classification, 'UNIQUE');
    assert.equal(row.browser, 'Chrome');
    assert.equal(row.browser_version, '120');
    assert.equal(row.os, 'Windows');
    assert.equal(row.platform, 'desktop');
    assert.equal(row.country, NEWMARKET_GB.country);
    assert.equal(row.region, NEWMARKET_GB.region);
    assert.equal(row.city, NEWMARKET_GB.city);
    assert.ok(Math.abs(row.latitude! - 52.2) < 0.5 && Math.abs(row.longitude! - 0.48) < 0.5);
    assert.equal(row.referrer_host, 'l.facebook.com');
    assert.equal(row.user_agent, person.ua);
    assert.equal(row.bot_agent, null);
    assert.equal(row.ip_prefix, NEWMARKET_GB.prefix);
    assert.ok(!JSON.stringify(row).includes(NEWMARKET_GB.ip), 'the raw IP appears nowhere in the row');
  });

  it('anonymises IPv6 to its /48', async () => {
    const row = await clickThrough(proxied.loopback!, { forwardedFor: IPV6_CLIENT.ip });
    assert.equal(row.ip_prefix, IPV6_CLIENT.prefix);
    assert.equal(row.country, 'US');
    assert.ok(!JSON.stringify(row).includes(IPV6_CLIENT.ip));
    assert.ok(!JSON.stringify(row).includes('8888'));
  });

  it('no referrer and no user agent are stored as nulls, and an unlocatable address as no place', async () => {
    const row = await clickThrough(server, { userAgent: '' });
    assert.equal(row.referrer_host, null);
    assert.equal(row.user_agent, null);
    assert.equal(row.country, null);
    assert.equal(row.city, null);
    assert.equal(row.latitude, null);
    assert.equal(row.ip_prefix, '127.0.0.0/24');
  });

  describe('X-Forwarded-For is believed only as far as TRUST_PROXY allows', () => {
    it('ignored without TRUST_PROXY: the socket address counts', async () => {
      const row = await clickThrough(server, { forwardedFor: NEWMARKET_GB.ip });
      assert.equal(row.country, null);
      assert.equal(row.ip_prefix, '127.0.0.0/24');
    });

    it('one trusted hop: the address our proxy saw, never a spoofed left-most entry', async () => {
      assert.equal((await clickThrough(proxied.hop1!, { forwardedFor: NEWMARKET_GB.ip })).country, 'GB');
      const spoofed = await clickThrough(proxied.hop1!, { forwardedFor: `${NEWMARKET_GB.ip}, 8.8.8.8` });
      assert.equal(spoofed.ip_prefix, '8.8.8.0/24');
      assert.equal(spoofed.country, 'US');
    });

    it('two trusted hops: the entry before the inner proxy', async () => {
      const row = await clickThrough(proxied.hop2!, {
        forwardedFor: `1.1.1.1, ${NEWMARKET_GB.ip}, 10.1.2.3`,
      });
      assert.equal(row.ip_prefix, NEWMARKET_GB.prefix);
      const short = await clickThrough(proxied.hop2!, { forwardedFor: NEWMARKET_GB.ip });
      assert.equal(short.ip_prefix, NEWMARKET_GB.prefix);
    });

    it('trusted subnets: walks back through trusted proxies only', async () => {
      assert.equal((await clickThrough(proxied.loopback!, { forwardedFor: NEWMARKET_GB.ip })).country, 'GB');
      const untrustedHop = await clickThrough(proxied.loopback!, {
        forwardedFor: `${NEWMARKET_GB.ip}, 8.8.8.8`,
      });
      assert.equal(untrustedHop.ip_prefix, '8.8.8.0/24');
      const chain = await clickThrough(proxied.subnets!, { forwardedFor: `${NEWMARKET_GB.ip}, 10.9.8.7` });
      assert.equal(chain.ip_prefix, NEWMARKET_GB.prefix);
    });

    it('a proxy list that does not include the socket address believes nothing', async () => {
      const row = await clickThrough(proxied.elsewhere!, { forwardedFor: NEWMARKET_GB.ip });
      assert.equal(row.ip_prefix, '127.0.0.0/24');
      assert.equal(row.country, null);
    });

    it('garbage in X-Forwarded-For stores no address rather than failing', async () => {
      const row = await clickThrough(proxied.hop1!, { forwardedFor: 'not-an-ip' });
      assert.equal(row.ip_prefix, null);
      assert.equal(row.country, null);
    });
  });

  it('every captured click is in clickCount, bots included', async () => {
    const link = await createLink(client);
    await visit(server.url, link.code);
    await visit(server.url, link.code, { userAgent: 'curl/8.5.0' });
    await settle(server);
    const { link: data } = await client.ok(`query($id: ID!) { link(id: $id) { clickCount } }`, {
      id: link.id,
    });
    assert.equal(data.clickCount, 2);
    const rows = await sql(server, `SELECT classification FROM clicks WHERE link_id = $1`, [link.id]);
    assert.deepEqual(rows.map((r) => r.classification).sort(), ['BOT', 'UNIQUE']);
  });
});
