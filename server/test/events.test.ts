import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { clickRecordedPayload, type Click, type ClickRow } from '../src/clicks/click';
import type { RecordedClick } from '../src/clicks/click.events';
import { clicksOf, settle, sql } from './utils/db';
import { useTestServer, signUp } from './utils/fixtures';
import { createLink } from './utils/graphql';
import { visit } from './utils/http';

const fromRow = (row: ClickRow): Click => ({
  id: String(row.id),
  clickId: row.click_id,
  linkId: row.link_id,
  clickedAt: row.clicked_at,
  classification: row.classification,
  country: row.country,
  region: row.region,
  city: row.city,
  latitude: row.latitude,
  longitude: row.longitude,
  browser: row.browser,
  browserVersion: row.browser_version,
  os: row.os,
  platform: row.platform,
  referrerHost: row.referrer_host,
  botAgent: row.bot_agent,
  ipPrefix: row.ip_prefix,
  userAgent: row.user_agent,
});

describe('events: after commit, and hooks inside the transaction', () => {
  const server = useTestServer();

  it('clicks.recorded carries the stored ids and classes, after COMMIT', async () => {
    const client = await signUp(server.url);
    const link = await createLink(client);
    const seen: RecordedClick[] = [];
    const off = server.app.events.on('clicks.recorded', ({ clicks }) => seen.push(...clicks));
    try {
      await visit(server.url, `/${link.code}`);
      await visit(server.url, `/${link.code}`, { userAgent: 'WhatsApp/2.23.20.0' });
      const rows = await clicksOf(server, link.id);
      assert.equal(rows.length, 2);
      const mine = seen.filter((c) => c.linkId === link.id);
      assert.deepEqual(
        mine.map((c) => [c.id, c.classification]).sort(),
        rows.map((r) => [String(r.id), r.classification]).sort(),
      );
      assert.deepEqual(mine.map((c) => c.classification).sort(), ['BOT', 'UNIQUE']);
    } finally {
      off();
    }
  });

  it('a transaction hook that fails rolls the batch back; the retry writes it once', async () => {
    const client = await signUp(server.url);
    const link = await createLink(client);
    let fail = true;
    const outbox: string[] = [];
    const off = server.app.events.onTransaction('clicks.recorded', async ({ clicks }, tx) => {
      // What an outbox does: read the batch's rows on the writer's own connection, before COMMIT.
      const rows = await tx.query<{ id: string }>(
        `SELECT id::text AS id FROM clicks WHERE id = ANY($1::bigint[])`,
        [clicks.map((c) => c.id)],
      );
      assert.equal(rows.length, clicks.length);
      if (fail) {
        fail = false;
        throw new Error('outbox unavailable');
      }
      outbox.push(...rows.map((r) => r.id));
    });
    try {
      await visit(server.url, `/${link.code}`);
      await settle(server);
      const rows = await clicksOf(server, link.id);
      assert.equal(rows.length, 1, 'written exactly once');
      assert.ok(outbox.includes(String(rows[0]!.id)), 'the hook saw the committed batch');
    } finally {
      off();
    }
  });

  it('link events: created, updated and deleted after COMMIT; a failing hook leaves no link', async () => {
    const client = await signUp(server.url);
    const seen: string[] = [];
    const offs = [
      server.app.events.on('link.created', (e) => seen.push(`created ${e.link.code}`)),
      server.app.events.on('link.updated', (e) => seen.push(`updated ${e.link.code}`)),
      server.app.events.on('link.deleted', (e) => seen.push(`deleted ${e.link.code}`)),
    ];
    try {
      const link = await createLink(client);
      await client.ok(`mutation($id: ID!) { updateLink(id: $id, input: { title: "New" }) { id } }`, {
        id: link.id,
      });
      await client.ok(`mutation($id: ID!) { deleteLink(id: $id) }`, { id: link.id });
      assert.deepEqual(seen, [`created ${link.code}`, `updated ${link.code}`, `deleted ${link.code}`]);

      const off = server.app.events.onTransaction('link.created', async () => {
        throw new Error('outbox unavailable');
      });
      try {
        const res = await client.request(
          `mutation { createLink(input: { destinationUrl: "https://example.com/x" }) { id } }`,
        );
        assert.equal(res.errors?.[0]?.extensions?.code, 'INTERNAL_SERVER_ERROR');
      } finally {
        off();
      }
      const [{ n }] = await sql<{ n: number }>(
        server,
        `SELECT count(*)::int AS n FROM links WHERE account_id = $1`,
        [client.accountId],
      );
      assert.equal(n, 0, 'the insert rolled back with the hook');
    } finally {
      for (const off of offs) off();
    }
  });

  it('the click.recorded payload: its fields, and nulls for what is unknown', async () => {
    const client = await signUp(server.url);
    const link = await createLink(client);
    await visit(server.url, `/${link.code}`, { referer: 'https://news.example/a' });
    const [row] = await clicksOf(server, link.id);
    const payload = clickRecordedPayload(fromRow(row!), {
      code: link.code,
      campaignId: null,
      recipientExternalId: null,
    });
    assert.deepEqual(Object.keys(payload).sort(), [
      'botAgent',
      'browser',
      'campaignId',
      'city',
      'classification',
      'clickedAt',
      'code',
      'country',
      'id',
      'linkId',
      'os',
      'platform',
      'recipientExternalId',
      'referrer',
      'region',
    ]);
    assert.equal(payload.linkId, link.id);
    assert.equal(payload.referrer, 'news.example');
    assert.equal(payload.classification, 'UNIQUE');
    assert.equal(payload.botAgent, null);
  });
});
