import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { Client } from 'pg';
import { settle, sql } from './utils/db';
import { createLink, GraphQLClient, signUp } from './utils/graphql';
import { visit } from './utils/http';
import { startLoad } from './utils/load';
import { scratchPostgres, sharedDatabase, spawnServer, type ServerProcess } from './utils/process';
import { startTestServer } from './utils/server';
import { eventually, WebhookReceiver } from './utils/webhook-receiver';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const FAST_RETRIES = '0.5,0.5,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1,1';

async function subscribe(client: GraphQLClient, url: string): Promise<string> {
  const { createWebhook } = await client.ok(
    `mutation($url: String!) { createWebhook(input: { url: $url, events: [CLICK_RECORDED, LINK_CREATED] }) { webhook { id } } }`,
    { url },
  );
  return createWebhook.webhook.id as string;
}

/** Distinct webhook-ids the receiver got for one webhook's messages (by its link's clicks). */
const distinctIds = (receiver: WebhookReceiver) => new Set(receiver.received.map((m) => m.id));

describe('fault: the receiver is down for a while, then up', () => {
  it('every event is delivered once it returns', async () => {
    const server = await startTestServer({
      WEBHOOK_ALLOW_PRIVATE: 'true',
      WEBHOOK_RETRY_DELAYS: FAST_RETRIES,
    });
    const receiver = await new WebhookReceiver().start();
    try {
      const client = await signUp(server.url);
      const webhookId = await subscribe(client, receiver.url);
      await receiver.stop();
      const link = await createLink(client);
      for (let i = 0; i < 40; i++) await visit(server.url, link.code, { visitorId: `down-${i}` });
      await settle(server);
      // Attempts are failing meanwhile (connection refused) and rescheduled.
      await eventually(async () => {
        const [row] = await sql(
          server,
          `SELECT max(attempts) AS n FROM webhook_deliveries WHERE webhook_id = $1`,
          [webhookId],
        );
        return Number(row!.n) >= 2 ? true : undefined;
      });
      await receiver.start();
      const stored = await sql(server, `SELECT id FROM webhook_deliveries WHERE webhook_id = $1`, [
        webhookId,
      ]);
      assert.equal(stored.length, 41, 'one message per click plus link.created');
      await receiver.waitFor(() => distinctIds(receiver).size === 41, 30_000, 'all 41 messages');
      const states = await eventually(async () => {
        const rows = await sql(
          server,
          `SELECT status, count(*)::int AS n FROM webhook_deliveries WHERE webhook_id = $1 GROUP BY status`,
          [webhookId],
        );
        return rows.length === 1 && rows[0]!.status === 'SUCCEEDED' ? rows : undefined;
      });
      assert.equal(states[0]!.n, 41);
      assert.deepEqual([...distinctIds(receiver)].sort(), stored.map((r) => r.id).sort());
    } finally {
      await server.close();
      await receiver.stop();
    }
  });
});

describe('fault: the server stops with deliveries pending', () => {
  let db: Awaited<ReturnType<typeof sharedDatabase>>;
  let pg: Client;
  before(async () => {
    db = await sharedDatabase();
    pg = new Client(db.url);
    await pg.connect();
  });
  after(async () => {
    await pg.end();
    await db.close();
  });

  for (const signal of ['SIGTERM', 'SIGKILL'] as const) {
    it(`${signal}: after a restart every stored event is delivered`, async () => {
      const env = { DATABASE_URL: db.url, WEBHOOK_ALLOW_PRIVATE: 'true', WEBHOOK_RETRY_DELAYS: FAST_RETRIES };
      const receiver = await new WebhookReceiver().start();
      // A slow receiver keeps a backlog: the stop finds messages stored and not yet sent.
      receiver.answer = () => ({ status: 200, delayMs: 150 });
      const server: ServerProcess = await spawnServer(env);
      let restarted: ServerProcess | undefined;
      try {
        const client = await signUp(server.url);
        const webhookId = await subscribe(client, receiver.url);
        const { createLink } = await client.ok(
          `mutation { createLink(input: { destinationUrl: "https://example.com/stop" }) { id code } }`,
        );
        const load = startLoad(server.url, [`/${createLink.code}`], 8);
        await sleep(1_500);
        await load.stop();
        await sleep(300); // let the click writer commit what was answered
        const exit = await server.stop(signal);
        if (signal === 'SIGTERM') assert.equal(exit, 0, server.output());
        const count = async (where = '') =>
          Number(
            (
              await pg.query(`SELECT count(*) AS n FROM webhook_deliveries WHERE webhook_id = $1 ${where}`, [
                webhookId,
              ])
            ).rows[0].n,
          );
        const clicks = Number(
          (await pg.query(`SELECT count(*) AS n FROM clicks WHERE link_id = $1`, [createLink.id])).rows[0].n,
        );
        const stored = await count();
        assert.equal(stored, clicks + 1, 'a message for every stored click, and link.created');
        assert.ok((await count(`AND status = 'PENDING'`)) > 0, 'deliveries were pending at the stop');
        receiver.answer = () => ({ status: 200 });
        restarted = await spawnServer(env);
        // After kill -9, attempts that were in flight (sent, answer unrecorded) are sent again when
        // their lease (about 30 s) ends: at least once.
        await receiver.waitFor(() => distinctIds(receiver).size >= stored, 60_000, `${stored} messages`);
        await eventually(
          async () => ((await count(`AND status = 'SUCCEEDED'`)) === stored ? true : undefined),
          60_000,
          'every message SUCCEEDED',
        );
        const ids = (
          await pg.query(`SELECT id FROM webhook_deliveries WHERE webhook_id = $1`, [webhookId])
        ).rows.map((r: { id: string }) => r.id);
        assert.deepEqual([...distinctIds(receiver)].sort(), ids.sort());
        if (signal === 'SIGTERM') {
          // A graceful stop finishes its attempts: none is sent twice.
          assert.equal(receiver.received.length, stored);
        }
      } finally {
        await server.stop('SIGKILL');
        await restarted?.stop('SIGKILL');
        await receiver.stop();
      }
    });
  }
});

describe('fault: two server processes share the outbox', () => {
  it('no attempt is sent twice', async (t) => {
    const database = await scratchPostgres('sl_webhook_replicas');
    if (!database) {
      t.skip('needs PostgreSQL (DATABASE_URL or 127.0.0.1:5432): the embedded database is single-process');
      console.warn('SKIPPED two-replica webhook test: no PostgreSQL reachable (set DATABASE_URL)');
      return;
    }
    const env = {
      DATABASE_URL: database.url,
      WEBHOOK_ALLOW_PRIVATE: 'true',
      WEBHOOK_RETRY_DELAYS: FAST_RETRIES,
    };
    const receiver = await new WebhookReceiver().start();
    // Slow enough that one replica (32 attempts in flight per endpoint) needs longer than a poll
    // interval (500 ms) for the 150: the other always gets a share of the race.
    receiver.answer = () => ({ status: 200, delayMs: 200 });
    const a = await spawnServer(env);
    let b: ServerProcess | undefined;
    try {
      b = await spawnServer(env);
      const client = await signUp(a.url);
      const { createWebhook } = await client.ok(
        `mutation($url: String!) { createWebhook(input: { url: $url, events: [LINK_CREATED] }) { webhook { id } } }`,
        { url: receiver.url },
      );
      // Messages stored through both replicas while the receiver is away: their retries fall due
      // together, and both dispatchers race for them when it returns.
      await receiver.stop();
      const other = new GraphQLClient(b.url);
      for (const [k, v] of client.cookies) other.cookies.set(k, v);
      const creates = [];
      for (let i = 0; i < 150; i++) {
        const via = i % 2 === 0 ? client : other;
        creates.push(
          via.ok(`mutation { createLink(input: { destinationUrl: "https://example.com/r${i}" }) { id } }`),
        );
        if (creates.length >= 10) await Promise.all(creates.splice(0));
      }
      await Promise.all(creates);
      await sleep(1_000);
      await receiver.start();
      await receiver.waitFor((r) => new Set(r.map((m) => m.id)).size >= 150, 30_000, '150 messages');
      await sleep(1_000);
      assert.equal(receiver.received.length, 150, 'each message sent exactly once');
      const sentBy = async (server: ServerProcess) => {
        const text = await (await fetch(`${server.url}/metrics`)).text();
        return Number(/^sl_webhook_deliveries_total\{outcome="succeeded"\} (\d+)$/m.exec(text)?.[1] ?? 0);
      };
      const [byA, byB] = [await sentBy(a), await sentBy(b)];
      assert.equal(byA + byB, 150);
      assert.ok(byA > 0 && byB > 0, `both replicas sent (a ${byA}, b ${byB})`);
      assert.ok(createWebhook.webhook.id);
    } finally {
      await a.stop('SIGKILL');
      await b?.stop('SIGKILL');
      await receiver.stop();
      await database.drop();
    }
  });
});
