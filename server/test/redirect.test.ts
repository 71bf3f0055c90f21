import assert from 'node:assert/strict';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { describe, it } from 'node:test';
import express from 'express';
import type { RawClick } from '../src/clicks/click-capture';
import { createRedirectHandler, memoizeTrust, type TrustFn } from '../src/clicks/redirect.route';
import type { RedirectTarget } from '../src/clicks/link-cache';
import { useAccount, useTestServer } from './utils/fixtures';
import { eventually } from './utils/webhook-receiver';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const UA =
  'Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 Version/17.5 Mobile/15E148 Safari/604.1';

describe('redirect: cached lookups', () => {
  const server = useTestServer();
  const client = useAccount(server);

  const create = async (input: Record<string, unknown>) =>
    (
      await client.ok<{ createLink: { id: string; code: string } }>(
        `mutation($input: CreateLinkInput!) { createLink(input: $input) { id code } }`,
        { input },
      )
    ).createLink;
  const get = (path: string, init: RequestInit = {}) =>
    fetch(`${server.url}${path}`, {
      redirect: 'manual',
      ...init,
      headers: { 'user-agent': UA, ...init.headers },
    });

  it('answers a hot code from memory, forwarding the query, without caching the answer downstream', async () => {
    const created = server.app.cache.stats.invalidations;
    const link = await create({ destinationUrl: 'https://example.com/a?x=1#top' });
    // On PostgreSQL the create is also heard back through LISTEN/NOTIFY; a lookup under way when that
    // arrives is not stored (it may have read the old row), so let it arrive first.
    const heard = server.app.subscriber ? 2 : 1;
    await eventually(
      async () => (server.app.cache.stats.invalidations - created >= heard ? true : undefined),
      2_000,
      'the create to be heard on each channel',
    );
    assert.equal(
      server.app.cache.stats.invalidations - created,
      heard,
      'the create dropped the code once per channel',
    );
    const before = { ...server.app.cache.stats };
    const first = await get(`/${link.code}?utm_source=wa&x=2`);
    assert.equal(first.status, 302);
    assert.equal(first.headers.get('location'), 'https://example.com/a?utm_source=wa&x=2#top');
    assert.equal(first.headers.get('cache-control'), 'private, no-store');
    assert.match(
      first.headers.get('set-cookie') ?? '',
      /^sl_vid=[A-Za-z0-9_-]{22}; Max-Age=31536000; Path=\/; HttpOnly; SameSite=Lax$/,
    );
    for (let i = 0; i < 5; i++) assert.equal((await get(`/${link.code}`)).status, 302);
    assert.equal(server.app.cache.stats.misses - before.misses, 1, 'one database lookup for six redirects');
    assert.equal(server.app.cache.stats.hits - before.hits, 5);
  });

  it('follows an edit and a delete at once', async () => {
    const link = await create({ destinationUrl: 'https://example.com/old' });
    assert.equal((await get(`/${link.code}`)).headers.get('location'), 'https://example.com/old');
    await client.ok(
      `mutation($id: ID!) { updateLink(id: $id, input: { destinationUrl: "https://example.com/new" }) { id } }`,
      {
        id: link.id,
      },
    );
    assert.equal((await get(`/${link.code}`)).headers.get('location'), 'https://example.com/new');
    await client.ok(`mutation($id: ID!) { deleteLink(id: $id) }`, { id: link.id });
    const gone = await get(`/${link.code}`);
    assert.equal(gone.status, 404);
    assert.match(await gone.text(), /Link not found/);
  });

  it('remembers unknown codes briefly, but a newly created code redirects at once', async () => {
    const code = `Nx${Date.now().toString(36).slice(-8)}`;
    const before = { ...server.app.cache.stats };
    assert.equal((await get(`/${code}`)).status, 404);
    assert.equal((await get(`/${code}`)).status, 404);
    assert.equal(server.app.cache.stats.misses - before.misses, 1);
    assert.equal(server.app.cache.stats.negativeHits - before.negativeHits, 1);
    await create({ destinationUrl: 'https://example.com/fresh', customCode: code });
    assert.equal((await get(`/${code}`)).status, 302);
  });

  it('expires a cached link on time (410, nothing recorded); HEAD redirects without recording', async () => {
    const link = await create({
      destinationUrl: 'https://example.com/soon',
      expiresAt: new Date(Date.now() + 1_500).toISOString(),
    });
    assert.equal((await get(`/${link.code}`, { method: 'HEAD' })).status, 302);
    await server.app.writer.drain();
    const written = server.app.writer.stats.written;
    await sleep(1_600);
    const expired = await get(`/${link.code}`);
    assert.equal(expired.status, 410);
    assert.match(await expired.text(), /expired/);
    await server.app.writer.drain();
    assert.equal(server.app.writer.stats.written, written, 'neither HEAD nor 410 recorded a click');
  });

  it('leaves the server’s own paths to Express, and exposes Prometheus metrics', async () => {
    assert.equal((await get('/healthz')).status, 200);
    assert.equal((await get('/readyz')).status, 200);
    assert.equal((await get('/abc')).status, 404);
    assert.equal((await get('/abcd', { method: 'POST' })).status, 404);
    const graphqlGet = await get('/graphql?query=%7B__typename%7D', {
      headers: { 'apollo-require-preflight': '1' },
    });
    assert.equal(graphqlGet.status, 200);
    await server.app.writer.drain();
    const metrics = await get('/metrics');
    assert.equal(metrics.status, 200);
    const text = await metrics.text();
    for (const name of [
      'sl_redirect_duration_seconds_bucket{le="0.001",status="302"}',
      'sl_clicks_queued 0',
      'sl_clicks_written_total',
      'sl_clicks_dropped_total 0',
      'sl_link_cache_hits_total',
      'sl_link_cache_misses_total',
      'sl_graphql_operation_duration_seconds_count{operation=',
    ])
      assert.ok(text.includes(name), `metrics include ${name}`);
  });
});

/** A redirect handler in front of an Express app, as app.ts wires it, with a fake cache and writer. */
async function harness(opts: {
  trust: unknown;
  find?: (code: string) => Promise<RedirectTarget | null>;
  onNotFound?: (ip: string, req: IncomingMessage, res: ServerResponse) => boolean | void;
}) {
  const clicks: RawClick[] = [];
  const app = express();
  app.set('trust proxy', opts.trust);
  app.get('/who-am-i', (req, res) => {
    res.json({ ip: req.ip, secure: req.secure });
  });
  const target: RedirectTarget = {
    id: '00000000-0000-4000-8000-000000000000',
    destinationUrl: 'https://example.com/',
    expiresAt: null,
    conversionTracking: false,
    campaignId: null,
  };
  const redirect = createRedirectHandler({
    cache: {
      peek: () => undefined,
      find: opts.find ?? (async (code) => (code === 'good1' ? target : null)),
    },
    writer: { enqueue: (click) => clicks.push(click) },
    trustProxy: memoizeTrust(app.get('trust proxy fn') as TrustFn, opts.trust),
    secureCookies: false,
    onNotFound: opts.onNotFound,
  });
  const server = createServer((req, res) => {
    if (!redirect(req, res)) app(req, res);
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return { url, clicks, close: () => new Promise<void>((r) => server.close(() => r())) };
}

describe('redirect: client address and protocol exactly as Express resolves them', () => {
  const chains = [
    undefined,
    '203.0.113.9',
    '198.51.100.7, 203.0.113.9',
    '198.51.100.7, 10.1.2.3',
    'garbage, 203.0.113.9',
  ];
  for (const trust of [false, 1, 2, ['loopback'], ['10.0.0.0/8', 'loopback'], ['192.0.2.0/24']]) {
    it(`trust proxy = ${JSON.stringify(trust)}`, async () => {
      const h = await harness({ trust });
      try {
        for (const xff of chains) {
          for (const proto of [undefined, 'https', 'http, https']) {
            const headers: Record<string, string> = {};
            if (xff) headers['x-forwarded-for'] = xff;
            if (proto) headers['x-forwarded-proto'] = proto;
            const express = (await (await fetch(`${h.url}/who-am-i`, { headers })).json()) as {
              ip: string;
              secure: boolean;
            };
            const res = await fetch(`${h.url}/good1`, { headers, redirect: 'manual' });
            assert.equal(res.status, 302);
            assert.equal(h.clicks.at(-1)!.ip, express.ip, `ip for X-Forwarded-For ${xff}`);
            assert.equal(
              /; Secure/.test(res.headers.get('set-cookie') ?? ''),
              express.secure,
              `secure for ${proto}`,
            );
          }
        }
      } finally {
        await h.close();
      }
    });
  }
});

describe('redirect: hooks and failures', () => {
  it('tells onNotFound of every 404 with the client address, and lets it answer', async () => {
    const seen: string[] = [];
    const h = await harness({
      trust: ['loopback'],
      onNotFound: (ip, _req, res) => {
        seen.push(ip);
        if (seen.length < 2) return false;
        res.writeHead(429, { 'Retry-After': '60' }).end();
        return true;
      },
    });
    try {
      const headers = { 'x-forwarded-for': '203.0.113.50' };
      assert.equal((await fetch(`${h.url}/nope1`, { headers })).status, 404);
      assert.equal((await fetch(`${h.url}/nope2`, { headers })).status, 429);
      assert.deepEqual(seen, ['203.0.113.50', '203.0.113.50']);
    } finally {
      await h.close();
    }
  });

  it('answers 503 (never a 500) when an uncached code cannot be looked up', async () => {
    const h = await harness({ trust: false, find: () => Promise.reject(new Error('connection refused')) });
    const errors = console.error;
    console.error = () => {};
    try {
      const res = await fetch(`${h.url}/abcd1`, { redirect: 'manual' });
      assert.equal(res.status, 503);
      assert.equal(res.headers.get('retry-after'), '5');
      assert.match(await res.text(), /Temporarily unavailable/);
      assert.equal(h.clicks.length, 0);
    } finally {
      console.error = errors;
      await h.close();
    }
  });
});
