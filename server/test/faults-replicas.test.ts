import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { Client } from 'pg';
import { signUp } from './utils/graphql';
import { scratchPostgres, spawnServer, type ServerProcess } from './utils/process';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function locationOf(server: ServerProcess, code: string): Promise<string> {
  const res = await fetch(`${server.url}/${code}`, { method: 'HEAD', redirect: 'manual' });
  return res.status === 302 ? res.headers.get('location')! : String(res.status);
}

/** Polls until `expected` is answered; returns how long it took. */
async function within(ms: number, server: ServerProcess, code: string, expected: string): Promise<number> {
  const started = Date.now();
  let last = '';
  while (Date.now() - started < ms) {
    last = await locationOf(server, code);
    if (last === expected) return Date.now() - started;
    await sleep(25);
  }
  throw new Error(`still "${last}" after ${ms} ms, expected "${expected}"`);
}

async function listenerUp(server: ServerProcess): Promise<void> {
  for (let i = 0; i < 100; i++) {
    const text = await (await fetch(`${server.url}/metrics`)).text();
    if (/^sl_link_change_listener_up 1$/m.test(text)) return;
    await sleep(100);
  }
  throw new Error('the link change listener never connected');
}

/**
 * Replicas hear each other through PostgreSQL LISTEN/NOTIFY, which the embedded database cannot carry
 * between connections (it runs one session). So: DATABASE_URL (CI), else a throwaway database on a
 * PostgreSQL at 127.0.0.1:5432, else the test is skipped, saying why.
 */
describe('fault: two server processes on one database', () => {
  it('an edit or delete on one replica redirects accordingly on the other within a second', async (t) => {
    const database = await scratchPostgres('sl_replicas');
    if (!database) {
      t.skip('needs PostgreSQL (DATABASE_URL or 127.0.0.1:5432): the embedded database cannot carry NOTIFY');
      console.warn('SKIPPED two-replica test: no PostgreSQL reachable (set DATABASE_URL)');
      return;
    }
    const env = { DATABASE_URL: database.url };
    const a = await spawnServer(env);
    let b: ServerProcess | undefined;
    try {
      b = await spawnServer(env); // after a, so the two do not race to migrate
      await Promise.all([listenerUp(a), listenerUp(b)]);
      const client = await signUp(a.url);
      const { createLink } = await client.ok<{ createLink: { id: string; code: string } }>(
        `mutation { createLink(input: { destinationUrl: "https://example.com/before" }) { id code } }`,
      );
      const { code, id } = createLink;
      assert.equal(await locationOf(b, code), 'https://example.com/before'); // b caches it
      assert.equal(await locationOf(b, code), 'https://example.com/before');

      await client.ok(
        `mutation($id: ID!) { updateLink(id: $id, input: { destinationUrl: "https://example.com/after" }) { id } }`,
        {
          id,
        },
      );
      assert.equal(await locationOf(a, code), 'https://example.com/after', 'at once on the editing replica');
      const tookEdit = await within(1_000, b, code, 'https://example.com/after');

      // A change by any other path (here plain SQL) reaches both through the trigger.
      const sql = new Client(database.url);
      await sql.connect();
      await sql.query(`UPDATE links SET destination_url = 'https://example.com/by-sql' WHERE id = $1`, [id]);
      await sql.end();
      await within(1_000, a, code, 'https://example.com/by-sql');
      await within(1_000, b, code, 'https://example.com/by-sql');

      await client.ok(`mutation($id: ID!) { deleteLink(id: $id) }`, { id });
      const tookDelete = await within(1_000, b, code, '404');
      t.diagnostic(`the other replica followed an edit in ${tookEdit} ms and a delete in ${tookDelete} ms`);
    } finally {
      await b?.stop();
      await a.stop();
      await database.drop();
    }
  });

  it("a campaign's conversion tracking switched on one replica adds sl_cid on the other within a second", async (t) => {
    const database = await scratchPostgres('sl_replicas_tracking');
    if (!database) {
      t.skip('needs PostgreSQL (DATABASE_URL or 127.0.0.1:5432): the embedded database cannot carry NOTIFY');
      return;
    }
    const env = { DATABASE_URL: database.url };
    const a = await spawnServer(env);
    let b: ServerProcess | undefined;
    try {
      b = await spawnServer(env);
      await Promise.all([listenerUp(a), listenerUp(b)]);
      const client = await signUp(a.url);
      const { createCampaign } = await client.ok<{ createCampaign: { id: string } }>(
        `mutation { createCampaign(input: { name: "Tracked", destinationUrl: "https://example.com/c" }) { id } }`,
      );
      const campaignId = createCampaign.id;
      const { addRecipients } = await client.ok<{ addRecipients: { link: { code: string } }[] }>(
        `mutation($c: ID!) { addRecipients(campaignId: $c, recipients: [{ externalId: "r1" }]) { link { code } } }`,
        { c: campaignId },
      );
      const code = addRecipients[0]!.link.code;
      assert.equal(await locationOf(b, code), 'https://example.com/c'); // b caches it, untracked
      const tracked = async (server: ServerProcess) =>
        /^https:\/\/example\.com\/c\?sl_cid=[0-9a-f-]{36}$/.test(await locationOf(server, code));
      const until = async (server: ServerProcess, want: boolean) => {
        const started = Date.now();
        while (Date.now() - started < 1_000) {
          if ((await tracked(server)) === want) return Date.now() - started;
          await sleep(25);
        }
        throw new Error(`tracking still ${!want} after 1 s`);
      };
      await client.ok(
        `mutation($id: ID!) { updateCampaign(id: $id, input: { conversionTracking: true }) { id } }`,
        {
          id: campaignId,
        },
      );
      assert.equal(await tracked(a), true, 'at once on the editing replica');
      const took = await until(b, true);
      // By plain SQL too: the trigger on campaigns tells every replica.
      const sql = new Client(database.url);
      await sql.connect();
      await sql.query(`UPDATE campaigns SET conversion_tracking = false WHERE id = $1`, [campaignId]);
      await sql.end();
      await until(a, false);
      await until(b, false);
      t.diagnostic(`the other replica followed the switch in ${took} ms`);
    } finally {
      await b?.stop();
      await a.stop();
      await database.drop();
    }
  });
});
