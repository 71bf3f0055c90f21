import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { Client } from 'pg';
import { signUp } from './utils/graphql';
import { startLoad } from './utils/load';
import { sharedDatabase, spawnServer, TcpProxy } from './utils/process';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function metric(url: string, name: string): Promise<number> {
  const text = await (await fetch(`${url}/metrics`)).text();
  const line = text.split('\n').find((l) => l.startsWith(`${name} `));
  return Number(line?.split(' ')[1] ?? NaN);
}

describe('fault: the database goes away under load', () => {
  let db: Awaited<ReturnType<typeof sharedDatabase>>;
  let proxy: TcpProxy;
  before(async () => {
    db = await sharedDatabase();
    proxy = TcpProxy.forUrl(db.url);
    await proxy.start();
  });
  after(async () => {
    await proxy.stop();
    await db.close();
  });

  it('keeps redirecting cached links, reports not-ready, and writes every click once the database is back', async () => {
    const server = await spawnServer({ DATABASE_URL: proxy.rewrite(db.url), TRUST_PROXY: 'loopback' });
    try {
      const client = await signUp(server.url);
      const { createLink } = await client.ok<{ createLink: { id: string; code: string } }>(
        `mutation { createLink(input: { destinationUrl: "https://example.com/outage" }) { id code } }`,
      );
      const path = `/${createLink.code}`;
      // HEAD caches the link without recording a click.
      assert.equal((await fetch(`${server.url}${path}`, { method: 'HEAD', redirect: 'manual' })).status, 302);

      const load = startLoad(server.url, [path, `${path}?utm_campaign=outage`], 8);
      await sleep(1_000);
      proxy.cut();
      const cutAt = load.result.redirects;

      // /readyz says so quickly instead of hanging on the vanished database.
      const started = Date.now();
      const ready = await fetch(`${server.url}/readyz`);
      assert.equal(ready.status, 503);
      assert.ok(Date.now() - started < 3_000, `readyz answered in ${Date.now() - started} ms`);
      assert.equal((await fetch(`${server.url}/healthz`)).status, 200);
      // GraphQL says the service is unavailable, coded and with a Retry-After, rather than a 500.
      const res = await client.request(`{ links(first: 1) { totalCount } }`);
      assert.equal(res.status, 503, JSON.stringify(res.errors));
      assert.equal(res.headers.get('retry-after'), '5');
      assert.equal(res.errors?.[0]?.extensions?.code, 'SERVICE_UNAVAILABLE');

      await sleep(4_000);
      assert.ok(load.result.redirects > cutAt + 50, 'redirects went on during the outage');
      assert.ok((await metric(server.url, 'sl_clicks_queued')) > 0, 'clicks wait in memory');
      proxy.restore();
      await sleep(1_000);
      const result = await load.stop();

      assert.deepEqual([...result.statuses.keys()], [302], 'no failed redirect');
      assert.equal(result.failed, 0);
      // The backlog (tens of thousands of clicks) drains in seconds; the bound is generous for a loaded CI machine.
      // Polled through the server: the embedded database serves one connection at a time.
      let count = 0;
      for (let waited = 0; waited < 60_000; waited += 250) {
        // SERVICE_UNAVAILABLE until the pool has reconnected.
        const res = await client.request(`query($id: ID!) { link(id: $id) { clickCount } }`, {
          id: createLink.id,
        });
        count = (res.data as { link?: { clickCount: number } } | undefined)?.link?.clickCount ?? count;
        if (count >= result.redirects) break;
        await sleep(250);
      }
      assert.equal(count, result.redirects, `every click written after recovery\n${server.output()}`);
      assert.equal(await metric(server.url, 'sl_clicks_dropped_total'), 0);
      assert.ok((await metric(server.url, 'sl_click_write_failures_total')) > 0, 'writes did fail meanwhile');
      assert.equal((await fetch(`${server.url}/readyz`)).status, 200);
      assert.equal(await server.stop('SIGTERM'), 0, server.output());
      // The rows themselves, once the server is gone: each click once.
      const sql = new Client(db.url);
      await sql.connect();
      try {
        const { rows } = await sql.query<{ count: string }>(
          `SELECT count(*) FROM clicks WHERE link_id = $1`,
          [createLink.id],
        );
        assert.equal(Number(rows[0]!.count), result.redirects, 'clicks stored');
      } finally {
        await sql.end();
      }
    } finally {
      await server.stop('SIGKILL');
    }
  });
});
