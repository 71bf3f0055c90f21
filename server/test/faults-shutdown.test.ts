import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { Client } from 'pg';
import { signUp } from './utils/graphql';
import { startLoad } from './utils/load';
import { sharedDatabase, spawnServer } from './utils/process';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('fault: SIGTERM under load', () => {
  let db: Awaited<ReturnType<typeof sharedDatabase>>;
  let sql: Client;
  before(async () => {
    db = await sharedDatabase();
    sql = new Client(db.url);
    await sql.connect();
  });
  after(async () => {
    await sql.end();
    await db.close();
  });

  it('answers in-flight requests, writes every click of every answered redirect, then exits 0', async () => {
    const server = await spawnServer({ DATABASE_URL: db.url, TRUST_PROXY: 'loopback' });
    try {
      const client = await signUp(server.url);
      const { createLink } = await client.ok<{ createLink: { id: string; code: string } }>(
        `mutation { createLink(input: { destinationUrl: "https://example.com/sigterm" }) { id code } }`,
      );
      const load = startLoad(server.url, [`/${createLink.code}`, `/${createLink.code}?utm_source=sms`]);
      await sleep(2_500);
      assert.ok(load.result.redirects > 50, `load is running (${load.result.redirects} redirects so far)`);
      const exitCode = await server.stop('SIGTERM');
      const result = await load.stop();

      assert.equal(exitCode, 0, server.output());
      const [{ count }] = (
        await sql.query<{ count: string }>(`SELECT count(*) FROM clicks WHERE link_id = $1`, [createLink.id])
      ).rows as [{ count: string }];
      assert.equal(
        Number(count),
        result.redirects,
        `clicks recorded = redirects answered\n${server.output()}`,
      );
      assert.deepEqual([...result.statuses.keys()], [302], 'every answer was a redirect');
      assert.match(server.output(), /SIGTERM received/);
    } finally {
      await server.stop('SIGKILL');
    }
  });
});
