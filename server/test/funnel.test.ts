import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { before, describe, it } from 'node:test';
import fc from 'fast-check';
import { uuidv7, uuidv7Time } from '../src/shared/ids';
import { addRecipients, createCampaign } from './utils/campaigns';
import { insertClicks } from './utils/clicks';
import { settle, sql } from './utils/db';
import { signUp, useAccount, useTestServer } from './utils/fixtures';
import { createLink, type SignedUpClient } from './utils/graphql';
import { visit } from './utils/http';

const FUNNEL_FIELDS = `recipients sent delivered read failed clicked converted conversions conversionValue
  clicks { total unique bots } medianSecondsToClick`;
const FUNNEL = `query($id: ID!) { funnel(campaignId: $id) { ${FUNNEL_FIELDS} } }`;
const RECORD_DELIVERIES = `mutation($id: ID!, $events: [DeliveryEventInput!]!) {
  recordDeliveries(campaignId: $id, events: $events) { accepted unknownExternalIds } }`;
const RECORD_CONVERSION = `mutation($input: RecordConversionInput!) {
  recordConversion(input: $input) { id name value currency occurredAt clickId createdAt
    link { id code } recipient { id externalId conversions conversionValue } campaign { id } } }`;
const RECIPIENT_STATE = `query($id: ID!, $first: Int, $after: String) {
  recipients(campaignId: $id, first: $first, after: $after) {
    pageInfo { hasNextPage endCursor }
    nodes { externalId status sentAt deliveredAt readAt failedAt firstClickedAt clicks conversions conversionValue } } }`;
const COUNT_RECIPIENTS = `query($id: ID!, $status: DeliveryStatus, $clicked: Boolean, $converted: Boolean) {
  recipients(campaignId: $id, status: $status, clicked: $clicked, converted: $converted) { totalCount } }`;

type Status = 'SENT' | 'DELIVERED' | 'READ' | 'FAILED';
interface DeliveryEvent {
  externalId: string;
  status: Status;
  at: string;
}
interface Funnel {
  recipients: number;
  sent: number;
  delivered: number;
  read: number;
  failed: number;
  clicked: number;
  converted: number;
  conversions: number;
  conversionValue: number;
  clicks: { total: number; unique: number; bots: number };
  medianSecondsToClick: number | null;
}
interface RecipientState {
  externalId: string;
  status: string;
  sentAt: string | null;
  deliveredAt: string | null;
  readAt: string | null;
  failedAt: string | null;
  firstClickedAt: string | null;
  clicks: number;
  conversions: number;
  conversionValue: number;
}

const funnelOf = async (client: SignedUpClient, id: string): Promise<Funnel> =>
  (await client.ok<{ funnel: Funnel }>(FUNNEL, { id })).funnel;

async function recipientsOf(client: SignedUpClient, id: string): Promise<RecipientState[]> {
  const all: RecipientState[] = [];
  let after: string | null = null;
  for (;;) {
    const { recipients } = await client.ok(RECIPIENT_STATE, { id, first: 100, after });
    all.push(...(recipients.nodes as RecipientState[]));
    if (!recipients.pageInfo.hasNextPage) return all;
    after = recipients.pageInfo.endCursor as string;
  }
}

/**
 * A recipient's delivery state from every event ever reported for them: each time is the earliest of its
 * status, and the status is the furthest reached (READ, DELIVERED, FAILED, SENT, else PENDING).
 */
function expectedDelivery(events: DeliveryEvent[]) {
  const earliest = (status: Status) => {
    const times = events.filter((e) => e.status === status).map((e) => Date.parse(e.at));
    return times.length ? new Date(Math.min(...times)).toISOString() : null;
  };
  const state = {
    sentAt: earliest('SENT'),
    deliveredAt: earliest('DELIVERED'),
    readAt: earliest('READ'),
    failedAt: earliest('FAILED'),
  };
  const status = state.readAt
    ? 'READ'
    : state.deliveredAt
      ? 'DELIVERED'
      : state.failedAt
        ? 'FAILED'
        : state.sentAt
          ? 'SENT'
          : 'PENDING';
  return { status, ...state };
}

/** The funnel counted from raw rows: recipients, clicks and conversions, nothing the counters keep. */
async function rawFunnel(server: ReturnType<typeof useTestServer>, campaignId: string) {
  const [row] = await sql(
    server,
    `SELECT
       (SELECT count(*)::int FROM recipients WHERE campaign_id = $1) AS recipients,
       (SELECT count(*)::int FROM recipients WHERE campaign_id = $1 AND status IN ('SENT', 'DELIVERED', 'READ')) AS sent,
       (SELECT count(*)::int FROM recipients WHERE campaign_id = $1 AND status IN ('DELIVERED', 'READ')) AS delivered,
       (SELECT count(*)::int FROM recipients WHERE campaign_id = $1 AND status = 'READ') AS read,
       (SELECT count(*)::int FROM recipients WHERE campaign_id = $1 AND status = 'FAILED') AS failed,
       (SELECT count(DISTINCT r.id)::int FROM recipients r JOIN clicks c ON c.link_id = r.link_id
         WHERE r.campaign_id = $1 AND c.classification <> 'BOT') AS clicked,
       (SELECT count(DISTINCT recipient_id)::int FROM conversions WHERE campaign_id = $1) AS converted,
       (SELECT count(*)::int FROM conversions WHERE campaign_id = $1) AS conversions,
       (SELECT coalesce(sum(value), 0)::float8 FROM conversions WHERE campaign_id = $1) AS "conversionValue",
       (SELECT json_build_object('total', count(*), 'unique', count(*) FILTER (WHERE c.classification = 'UNIQUE'),
                                 'bots', count(*) FILTER (WHERE c.classification = 'BOT'))
          FROM clicks c JOIN links l ON l.id = c.link_id WHERE l.campaign_id = $1) AS clicks,
       (SELECT percentile_cont(0.5) WITHIN GROUP (ORDER BY extract(epoch FROM first_at - r.delivered_at))::float8
          FROM recipients r
          JOIN LATERAL (SELECT min(c.clicked_at) AS first_at FROM clicks c
                         WHERE c.link_id = r.link_id AND c.classification <> 'BOT') f ON f.first_at IS NOT NULL
         WHERE r.campaign_id = $1 AND r.delivered_at IS NOT NULL) AS "medianSecondsToClick"`,
    [campaignId],
  );
  return row as Funnel;
}

describe('the full funnel', () => {
  const server = useTestServer({ WEBHOOK_ALLOW_PRIVATE: 'true' });
  const client = useAccount(server);
  before(async () => {
    // Messages stay in the outbox, where the tests read them: nothing is sent.
    await server.app.services.webhookDispatcher.stop();
  });

  describe('recordDeliveries', () => {
    it('refuses bad input with field (and index), all or nothing; NOT_FOUND for a foreign campaign', async () => {
      const campaign = await createCampaign(client);
      await addRecipients(client, campaign.id, [{ externalId: 'p1' }]);
      const at = new Date().toISOString();
      const ok = { externalId: 'p1', status: 'DELIVERED', at };
      const bad = async (events: unknown, field: string, index?: number) => {
        const error = await client.fails(
          RECORD_DELIVERIES,
          { id: campaign.id, events },
          'BAD_USER_INPUT',
          field,
        );
        assert.equal(error.extensions?.index, index, JSON.stringify(error));
      };
      await bad([], 'events');
      await bad(
        Array.from({ length: 10_001 }, () => ok),
        'events',
      );
      await bad([ok, { ...ok, status: 'PENDING' }], 'status', 1);
      await bad([ok, ok, { ...ok, at: new Date(Date.now() + 6 * 60_000).toISOString() }], 'at', 2);
      await bad([{ ...ok, externalId: '' }], 'externalId', 0);
      await bad([ok, { ...ok, externalId: 'x'.repeat(201) }], 'externalId', 1);
      await bad([{ ...ok, externalId: 'tab\there' }], 'externalId', 0);
      // Nothing of the valid events before the bad one was applied.
      assert.equal((await recipientsOf(client, campaign.id))[0]!.status, 'PENDING');
      assert.equal((await funnelOf(client, campaign.id)).delivered, 0);
      // A little ahead of our clock is fine (clocks differ).
      await client.ok(RECORD_DELIVERIES, {
        id: campaign.id,
        events: [{ ...ok, at: new Date(Date.now() + 4 * 60_000).toISOString() }],
      });

      const other = await signUp(server.url);
      await other.fails(RECORD_DELIVERIES, { id: campaign.id, events: [ok] }, 'NOT_FOUND');
      await other.fails(RECORD_DELIVERIES, { id: 'nope', events: [ok] }, 'NOT_FOUND');
      await other.fails(RECORD_DELIVERIES, { id: randomUUID(), events: [ok] }, 'NOT_FOUND');
    });

    it('lists unknown externalIds once, in report order, and counts every event of known ones (replays too)', async () => {
      const campaign = await createCampaign(client);
      await addRecipients(client, campaign.id, [{ externalId: 'a' }, { externalId: 'b' }]);
      const at = '2026-11-01T10:00:00.000Z';
      const events = [
        { externalId: 'zed', status: 'SENT', at },
        { externalId: 'a', status: 'SENT', at },
        { externalId: 'yak', status: 'SENT', at },
        { externalId: 'a', status: 'DELIVERED', at },
        { externalId: 'zed', status: 'DELIVERED', at },
        { externalId: 'b', status: 'FAILED', at },
      ];
      for (let i = 0; i < 2; i++) {
        const { recordDeliveries } = await client.ok(RECORD_DELIVERIES, { id: campaign.id, events });
        assert.deepEqual(recordDeliveries, { accepted: 3, unknownExternalIds: ['zed', 'yak'] });
      }
    });

    it('takes the earliest time per status and the status by precedence, whatever the order; a replay writes nothing', async () => {
      const campaign = await createCampaign(client, { channel: 'WHATSAPP' });
      const people = ['p0', 'p1', 'p2', 'p3', 'p4', 'p5'];
      await addRecipients(
        client,
        campaign.id,
        people.map((externalId) => ({ externalId })),
      );
      const t = (m: number) => new Date(Date.UTC(2026, 10, 1, 9, m)).toISOString();
      const report: DeliveryEvent[] = [
        // p0: read before the (late) delivered report, which arrives after the read one.
        { externalId: 'p0', status: 'READ', at: t(5) },
        { externalId: 'p0', status: 'DELIVERED', at: t(3) },
        { externalId: 'p0', status: 'SENT', at: t(1) },
        { externalId: 'p0', status: 'DELIVERED', at: t(2) },
        // p1: failed, then delivered after a retry: DELIVERED wins over FAILED.
        { externalId: 'p1', status: 'FAILED', at: t(1) },
        { externalId: 'p1', status: 'DELIVERED', at: t(9) },
        // p2: failed only; p3: sent only; p4: delivered without a SENT report; p5: nothing.
        { externalId: 'p2', status: 'SENT', at: t(1) },
        { externalId: 'p2', status: 'FAILED', at: t(2) },
        { externalId: 'p3', status: 'SENT', at: t(4) },
        { externalId: 'p3', status: 'SENT', at: t(2) },
        { externalId: 'p4', status: 'DELIVERED', at: t(6) },
      ];
      // Three chunks, posted last first, each reversed.
      const chunks = [report.slice(0, 4), report.slice(4, 8), report.slice(8)];
      for (const chunk of [...chunks].reverse())
        await client.ok(RECORD_DELIVERIES, { id: campaign.id, events: [...chunk].reverse() });
      const state = await recipientsOf(client, campaign.id);
      for (const person of people) {
        const got = state.find((r) => r.externalId === person)!;
        assert.deepEqual(
          {
            status: got.status,
            sentAt: got.sentAt,
            deliveredAt: got.deliveredAt,
            readAt: got.readAt,
            failedAt: got.failedAt,
          },
          expectedDelivery(report.filter((e) => e.externalId === person)),
          person,
        );
      }
      const funnel = await funnelOf(client, campaign.id);
      assert.deepEqual(
        { sent: funnel.sent, delivered: funnel.delivered, read: funnel.read, failed: funnel.failed },
        { sent: 4, delivered: 3, read: 1, failed: 1 },
      );

      // Replayed whole, in another order: no row is written (xmin stays), nothing changes.
      const versions = async () =>
        JSON.stringify(
          await sql(
            server,
            `SELECT (SELECT json_agg(xmin::text ORDER BY seq) FROM recipients WHERE campaign_id = $1) AS r,
                    (SELECT json_agg(f ORDER BY shard) FROM campaign_funnel_counts f WHERE campaign_id = $1) AS f`,
            [campaign.id],
          ),
        );
      const before = await versions();
      await client.ok(RECORD_DELIVERIES, { id: campaign.id, events: report });
      await client.ok(RECORD_DELIVERIES, { id: campaign.id, events: [...report].reverse() });
      assert.equal(await versions(), before);
      assert.deepEqual(await recipientsOf(client, campaign.id), state);
      assert.deepEqual(await funnelOf(client, campaign.id), funnel);
    });

    it('any report, split, shuffled and replayed, ends in the state its events define (property)', async () => {
      const people = ['a', 'b', 'c', 'd'];
      const event = fc.record({
        externalId: fc.constantFrom(...people, 'stranger'),
        status: fc.constantFrom<Status>('SENT', 'DELIVERED', 'READ', 'FAILED'),
        at: fc.integer({ min: 0, max: 50 }).map((m) => new Date(Date.UTC(2026, 10, 2, 8, m)).toISOString()),
      });
      await fc.assert(
        fc.asyncProperty(
          fc.array(event, { minLength: 1, maxLength: 24 }),
          fc.integer({ min: 1, max: 5 }),
          fc.func(fc.integer()),
          async (events, chunkSize, order) => {
            const campaign = await createCampaign(client);
            await addRecipients(
              client,
              campaign.id,
              people.map((externalId) => ({ externalId })),
            );
            const chunks: DeliveryEvent[][] = [];
            for (let i = 0; i < events.length; i += chunkSize) chunks.push(events.slice(i, i + chunkSize));
            // Every chunk twice, in an order the property picks.
            const sends = [...chunks, ...chunks]
              .map((chunk, i) => ({ chunk, key: order(i) }))
              .sort((x, y) => x.key - y.key);
            for (const { chunk } of sends)
              await client.ok(RECORD_DELIVERIES, { id: campaign.id, events: chunk });
            const state = await recipientsOf(client, campaign.id);
            for (const person of people) {
              const got = state.find((r) => r.externalId === person)!;
              const { status, sentAt, deliveredAt, readAt, failedAt } = got;
              assert.deepEqual(
                { status, sentAt, deliveredAt, readAt, failedAt },
                expectedDelivery(events.filter((e) => e.externalId === person)),
              );
            }
            const funnel = await funnelOf(client, campaign.id);
            const raw = await rawFunnel(server, campaign.id);
            for (const key of ['recipients', 'sent', 'delivered', 'read', 'failed'] as const)
              assert.equal(funnel[key], raw[key], key);
          },
        ),
        { numRuns: Number(process.env.FUNNEL_RUNS ?? 12) },
      );
    });

    it('writes one delivery.recorded message per accepted event, in the same transaction', async () => {
      const owner = await signUp(server.url);
      await owner.ok(
        `mutation { createWebhook(input: { url: "http://127.0.0.1:9/hook", events: [DELIVERY_RECORDED] }) { webhook { id } } }`,
      );
      const campaign = await createCampaign(owner);
      await addRecipients(owner, campaign.id, [{ externalId: 'w1' }, { externalId: 'w2' }]);
      const events = [
        { externalId: 'w1', status: 'SENT', at: '2026-11-03T10:00:00.000Z' },
        { externalId: 'nobody', status: 'SENT', at: '2026-11-03T10:00:00.000Z' },
        { externalId: 'w2', status: 'READ', at: '2026-11-03T10:05:00.000Z' },
      ];
      await owner.ok(RECORD_DELIVERIES, { id: campaign.id, events });
      // A refused call writes no message.
      await owner.fails(
        RECORD_DELIVERIES,
        { id: campaign.id, events: [events[0], { ...events[0], status: 'PENDING' }] },
        'BAD_USER_INPUT',
        'status',
      );
      const rows = await sql(
        server,
        `SELECT d.type, d.body FROM webhook_deliveries d JOIN webhooks w ON w.id = d.webhook_id
          WHERE w.account_id = $1 ORDER BY d.created_at, d.body`,
        [owner.accountId],
      );
      assert.deepEqual(
        rows.map((r) => r.type),
        ['delivery.recorded', 'delivery.recorded'],
      );
      const data = rows
        .map((r) => JSON.parse(r.body).data.delivery)
        .sort((x, y) => (x.externalId < y.externalId ? -1 : 1));
      assert.deepEqual(data, [
        { campaignId: campaign.id, externalId: 'w1', status: 'SENT', at: '2026-11-03T10:00:00.000Z' },
        { campaignId: campaign.id, externalId: 'w2', status: 'READ', at: '2026-11-03T10:05:00.000Z' },
      ]);
    });
  });

  describe('conversion tracking: sl_cid on the redirect', () => {
    it('appends sl_cid=<the stored click id> when the link tracks, replacing one the click brought', async () => {
      const link = await createLink(client, {
        destinationUrl: 'https://shop.example/p?sl_cid=own&ref=1#buy',
        conversionTracking: true,
      });
      const before = Date.now();
      const res = await visit(server.url, link.code, { query: 'utm_source=wa&sl_cid=forged' });
      assert.equal(res.status, 302);
      const location = new URL(res.location!);
      assert.equal(location.hash, '#buy', 'the fragment stays last');
      assert.deepEqual(location.searchParams.getAll('sl_cid').length, 1);
      const clickId = location.searchParams.get('sl_cid')!;
      assert.notEqual(clickId, 'forged');
      assert.equal(location.searchParams.get('utm_source'), 'wa');
      assert.equal(location.searchParams.get('ref'), '1');
      assert.match(res.location!, /[?&]sl_cid=[0-9a-f-]{36}#buy$/);
      const minted = uuidv7Time(clickId);
      assert.ok(minted !== null && minted >= before - 5 && minted <= Date.now(), 'a UUIDv7 of now');
      await settle(server);
      const stored = await sql(server, `SELECT click_id::text AS id FROM clicks WHERE link_id = $1`, [
        link.id,
      ]);
      assert.deepEqual(
        stored.map((r) => r.id),
        [clickId],
      );
      // Every click its own id.
      const again = new URL((await visit(server.url, link.code)).location!).searchParams.get('sl_cid');
      assert.ok(again && again !== clickId);
    });

    it('adds nothing when tracking is off, and follows a switch of the link or its campaign at once', async () => {
      const link = await createLink(client, { destinationUrl: 'https://shop.example/plain' });
      const first = await visit(server.url, link.code, { query: 'sl_cid=theirs' });
      // Not tracked: the parameter is the click's own, forwarded like any other.
      assert.equal(first.location, 'https://shop.example/plain?sl_cid=theirs');
      await client.ok(
        `mutation($id: ID!) { updateLink(id: $id, input: { conversionTracking: true }) { id } }`,
        {
          id: link.id,
        },
      );
      assert.match(
        (await visit(server.url, link.code)).location!,
        /^https:\/\/shop\.example\/plain\?sl_cid=[0-9a-f-]{36}$/,
      );

      const campaign = await createCampaign(client, { destinationUrl: 'https://shop.example/c' });
      const [person] = await addRecipients(client, campaign.id, [{ externalId: 'sw-1' }]);
      const shared = await createLink(client, {
        destinationUrl: 'https://shop.example/s',
        campaignId: campaign.id,
      });
      assert.equal((await visit(server.url, person!.link.code)).location, 'https://shop.example/c');
      assert.equal((await visit(server.url, shared.code)).location, 'https://shop.example/s');
      const setTracking = (on: boolean) =>
        client.ok(
          `mutation($id: ID!, $on: Boolean!) { updateCampaign(id: $id, input: { conversionTracking: $on }) { id } }`,
          { id: campaign.id, on },
        );
      await setTracking(true);
      assert.match(
        (await visit(server.url, person!.link.code)).location!,
        /^https:\/\/shop\.example\/c\?sl_cid=/,
      );
      assert.match((await visit(server.url, shared.code)).location!, /^https:\/\/shop\.example\/s\?sl_cid=/);
      await setTracking(false);
      assert.equal((await visit(server.url, person!.link.code)).location, 'https://shop.example/c');
    });
  });

  describe('recordConversion', () => {
    it('attributes by the sl_cid of a click not written yet, to its link and recipient', async () => {
      const campaign = await createCampaign(client, { conversionTracking: true, currency: 'EUR' });
      const [person] = await addRecipients(client, campaign.id, [{ externalId: 'buyer-1' }]);
      // The click is held back from the writer: the conversion arrives before its click is stored.
      const writer = server.app.writer;
      const held: Parameters<typeof writer.enqueue>[0][] = [];
      writer.enqueue = (click) => void held.push(click);
      let recordConversion: Record<string, any>;
      try {
        const res = await visit(server.url, person!.link.code);
        const clickId = new URL(res.location!).searchParams.get('sl_cid')!;
        let done = false;
        const pending = client
          .ok(RECORD_CONVERSION, { input: { clickId, name: 'purchase', value: 19.99 } })
          .finally(() => (done = true));
        await new Promise((resolve) => setTimeout(resolve, 400));
        assert.equal(done, false, 'waits for the click');
        assert.equal(held.length, 1, 'the click is not written yet');
        delete (writer as Partial<typeof writer>).enqueue; // the prototype's again
        for (const click of held) writer.enqueue(click);
        recordConversion = (await pending).recordConversion;
        assert.equal(recordConversion.clickId, clickId);
      } finally {
        delete (writer as Partial<typeof writer>).enqueue;
      }
      assert.equal(recordConversion.link.id, person!.link.id);
      assert.equal(recordConversion.recipient.externalId, 'buyer-1');
      assert.equal(recordConversion.recipient.conversions, 1);
      assert.equal(recordConversion.recipient.conversionValue, 19.99);
      assert.equal(recordConversion.campaign.id, campaign.id);
      assert.equal(recordConversion.currency, 'EUR');
      assert.equal(recordConversion.value, 19.99);
      assert.ok(
        Math.abs(Date.parse(recordConversion.occurredAt) - Date.now()) < 60_000,
        'occurredAt defaults to now',
      );

      // By campaign + externalId, with an explicit time.
      const { recordConversion: second } = await client.ok(RECORD_CONVERSION, {
        input: {
          campaignId: campaign.id,
          externalId: 'buyer-1',
          name: 'upsell',
          value: 0.01,
          occurredAt: '2026-11-01T12:00:00.000Z',
        },
      });
      assert.equal(second.clickId, null);
      assert.equal(second.occurredAt, '2026-11-01T12:00:00.000Z');
      assert.equal(second.recipient.conversions, 2);
      assert.equal(second.recipient.conversionValue, 20);
      const funnel = await funnelOf(client, campaign.id);
      assert.equal(funnel.converted, 1);
      assert.equal(funnel.conversions, 2);
      assert.equal(funnel.conversionValue, 20);
      const count = await client.ok(COUNT_RECIPIENTS, { id: campaign.id, converted: true });
      assert.equal(count.recipients.totalCount, 1);
    });

    it('refuses bad input with its field; NOT_FOUND for missing, malformed and foreign clicks and recipients', async () => {
      const campaign = await createCampaign(client);
      const [person] = await addRecipients(client, campaign.id, [{ externalId: 'v-1' }]);
      const by = { campaignId: campaign.id, externalId: 'v-1' };
      const bad = (input: Record<string, unknown>, field: string) =>
        client.fails(RECORD_CONVERSION, { input }, 'BAD_USER_INPUT', field);
      await bad({ name: 'purchase' }, 'clickId');
      await bad({ campaignId: campaign.id, name: 'purchase' }, 'externalId');
      await bad({ externalId: 'v-1', name: 'purchase' }, 'campaignId');
      await bad({ ...by, name: '' }, 'name');
      await bad({ ...by, name: '   ' }, 'name');
      await bad({ ...by, name: 'x'.repeat(101) }, 'name');
      await bad({ ...by, name: 'ok', value: -0.01 }, 'value');
      await bad({ ...by, name: 'ok', value: 1e13 }, 'value');
      await bad(
        { ...by, name: 'ok', occurredAt: new Date(Date.now() + 6 * 60_000).toISOString() },
        'occurredAt',
      );
      await bad({ ...by, name: 'ok', idempotencyKey: 'k'.repeat(201) }, 'idempotencyKey');
      await bad({ ...by, name: 'ok', idempotencyKey: '' }, 'idempotencyKey');
      // 100 characters and a key of 200 are fine.
      await client.ok(RECORD_CONVERSION, {
        input: { ...by, name: 'n'.repeat(100), idempotencyKey: 'k'.repeat(200) },
      });

      const notFound = (input: Record<string, unknown>) =>
        client.fails(RECORD_CONVERSION, { input: { name: 'purchase', ...input } }, 'NOT_FOUND');
      await notFound({ clickId: 'not-a-click' });
      await notFound({ clickId: randomUUID() });
      // A well-formed click id minted long ago is not waited for.
      const started = Date.now();
      await notFound({ clickId: uuidv7(Date.now() - 3_600_000) });
      assert.ok(Date.now() - started < 1_000, 'an old unknown id is NOT_FOUND at once');
      await notFound({ campaignId: campaign.id, externalId: 'nobody' });
      await notFound({ campaignId: randomUUID(), externalId: 'v-1' });
      await notFound({ campaignId: 'nope', externalId: 'v-1' });

      // Another account's click and recipient look missing.
      const res = await visit(server.url, person!.link.code);
      assert.equal(res.status, 302);
      await settle(server);
      const [click] = await sql(server, `SELECT click_id::text AS id FROM clicks WHERE link_id = $1`, [
        person!.link.id,
      ]);
      const other = await signUp(server.url);
      await other.fails(RECORD_CONVERSION, { input: { clickId: click!.id, name: 'x' } }, 'NOT_FOUND');
      await other.fails(RECORD_CONVERSION, { input: { ...by, name: 'x' } }, 'NOT_FOUND');
      const [row] = await sql(
        server,
        `SELECT conversions FROM recipients WHERE external_id = 'v-1' AND campaign_id = $1`,
        [campaign.id],
      );
      assert.equal(row!.conversions, 1, 'only the valid call above recorded');
    });

    it('an idempotency key answers the first conversion and writes nothing, also under a race', async () => {
      const campaign = await createCampaign(client);
      await addRecipients(client, campaign.id, [{ externalId: 'race-1' }]);
      const input = {
        campaignId: campaign.id,
        externalId: 'race-1',
        name: 'purchase',
        value: 5,
        idempotencyKey: 'order-1',
      };
      const first = (await client.ok(RECORD_CONVERSION, { input })).recordConversion;
      // A retry with other values still answers the first.
      const retry = (await client.ok(RECORD_CONVERSION, { input: { ...input, value: 99, name: 'other' } }))
        .recordConversion;
      assert.equal(retry.id, first.id);
      assert.equal(retry.value, 5);
      assert.equal(retry.name, 'purchase');

      // Twelve concurrent calls with a fresh key: one conversion.
      const answers = await Promise.all(
        Array.from({ length: 12 }, () =>
          client.ok(RECORD_CONVERSION, { input: { ...input, idempotencyKey: 'order-2', value: 7 } }),
        ),
      );
      const ids = new Set(answers.map((a) => a.recordConversion.id));
      assert.equal(ids.size, 1, 'every racer answers the same conversion');
      const [counts] = await sql(
        server,
        `SELECT (SELECT count(*)::int FROM conversions WHERE campaign_id = $1) AS n,
                (SELECT conversions FROM recipients WHERE campaign_id = $1) AS per`,
        [campaign.id],
      );
      assert.deepEqual(counts, { n: 2, per: 2 });
      const funnel = await funnelOf(client, campaign.id);
      assert.deepEqual(
        { converted: funnel.converted, conversions: funnel.conversions, value: funnel.conversionValue },
        { converted: 1, conversions: 2, value: 12 },
      );
      // Keys are per account: another account's "order-1" is its own.
      const other = await signUp(server.url);
      const otherCampaign = await createCampaign(other);
      await addRecipients(other, otherCampaign.id, [{ externalId: 'race-1' }]);
      const theirs = (
        await other.ok(RECORD_CONVERSION, { input: { ...input, campaignId: otherCampaign.id } })
      ).recordConversion;
      assert.notEqual(theirs.id, first.id);
    });

    it('counts conversions of shared links in the funnel (not as converted people); deleting the link removes them', async () => {
      const owner = await signUp(server.url);
      await owner.ok(
        `mutation { createWebhook(input: { url: "http://127.0.0.1:9/c", events: [CONVERSION_RECORDED, CLICK_RECORDED] }) { webhook { id } } }`,
      );
      const campaign = await createCampaign(owner, { currency: 'GBP' });
      const shared = await createLink(owner, {
        destinationUrl: 'https://shop.example/shared',
        campaignId: campaign.id,
        conversionTracking: true,
      });
      const clickId = new URL((await visit(server.url, shared.code)).location!).searchParams.get('sl_cid')!;
      const { recordConversion } = await owner.ok(RECORD_CONVERSION, {
        input: { clickId, name: 'signup', value: 3.5 },
      });
      assert.equal(recordConversion.recipient, null);
      let funnel = await funnelOf(owner, campaign.id);
      assert.deepEqual([funnel.converted, funnel.conversions, funnel.conversionValue], [0, 1, 3.5]);

      await settle(server);
      const messages = await sql(
        server,
        `SELECT d.type, d.body FROM webhook_deliveries d JOIN webhooks w ON w.id = d.webhook_id
          WHERE w.account_id = $1 ORDER BY d.type`,
        [owner.accountId],
      );
      const click = JSON.parse(messages.find((m) => m.type === 'click.recorded')!.body).data.click;
      assert.equal(click.id, clickId, 'the click.recorded id is the sl_cid');
      assert.equal(click.campaignId, campaign.id);
      assert.equal(click.recipientExternalId, null);
      const conversion = JSON.parse(messages.find((m) => m.type === 'conversion.recorded')!.body).data
        .conversion;
      assert.deepEqual(conversion, {
        id: recordConversion.id,
        name: 'signup',
        value: 3.5,
        currency: 'GBP',
        occurredAt: recordConversion.occurredAt,
        linkId: shared.id,
        clickId,
        campaignId: campaign.id,
        recipientExternalId: null,
      });

      await owner.ok(`mutation($id: ID!) { deleteLink(id: $id) }`, { id: shared.id });
      funnel = await funnelOf(owner, campaign.id);
      assert.deepEqual([funnel.conversions, funnel.conversionValue], [0, 0]);
    });

    it('names the recipient in click.recorded and conversion.recorded of a recipient link', async () => {
      const owner = await signUp(server.url);
      await owner.ok(
        `mutation { createWebhook(input: { url: "http://127.0.0.1:9/r", events: [CONVERSION_RECORDED, CLICK_RECORDED] }) { webhook { id } } }`,
      );
      const campaign = await createCampaign(owner, { conversionTracking: true });
      const [person] = await addRecipients(owner, campaign.id, [{ externalId: 'crm-42' }]);
      const clickId = new URL((await visit(server.url, person!.link.code)).location!).searchParams.get(
        'sl_cid',
      )!;
      await owner.ok(RECORD_CONVERSION, { input: { clickId, name: 'purchase' } });
      await settle(server);
      const messages = await sql(
        server,
        `SELECT d.type, d.body FROM webhook_deliveries d JOIN webhooks w ON w.id = d.webhook_id WHERE w.account_id = $1`,
        [owner.accountId],
      );
      const bodies = messages.map((m) => JSON.parse(m.body).data);
      const click = bodies.find((b) => b.click)!.click;
      const conversion = bodies.find((b) => b.conversion)!.conversion;
      assert.deepEqual(
        [click.id, click.campaignId, click.recipientExternalId],
        [clickId, campaign.id, 'crm-42'],
      );
      assert.deepEqual(
        [conversion.clickId, conversion.recipientExternalId, conversion.value, conversion.currency],
        [clickId, 'crm-42', 0, 'USD'],
      );
    });
  });

  describe('funnel', () => {
    it('NOT_FOUND for a missing, malformed or foreign campaign; zeros for a new one; Campaign.funnel agrees', async () => {
      const campaign = await createCampaign(client);
      const empty = await funnelOf(client, campaign.id);
      assert.deepEqual(empty, {
        recipients: 0,
        sent: 0,
        delivered: 0,
        read: 0,
        failed: 0,
        clicked: 0,
        converted: 0,
        conversions: 0,
        conversionValue: 0,
        clicks: { total: 0, unique: 0, bots: 0 },
        medianSecondsToClick: null,
      });
      await client.fails(FUNNEL, { id: 'nope' }, 'NOT_FOUND');
      await client.fails(FUNNEL, { id: randomUUID() }, 'NOT_FOUND');
      const other = await signUp(server.url);
      await other.fails(FUNNEL, { id: campaign.id }, 'NOT_FOUND');
      await addRecipients(client, campaign.id, [{ externalId: 'f-1' }, { externalId: 'f-2' }]);
      const { campaigns } = await client.ok(
        `query { campaigns(first: 100) { nodes { id funnel { ${FUNNEL_FIELDS} } } } }`,
      );
      const listed = campaigns.nodes.find((c: { id: string }) => c.id === campaign.id);
      assert.deepEqual(listed.funnel, await funnelOf(client, campaign.id));
      assert.equal(listed.funnel.recipients, 2);
    });

    it('median time to click: deliveredAt → first non-bot click over clicked recipients with a delivery', async () => {
      const campaign = await createCampaign(client);
      const people = await addRecipients(
        client,
        campaign.id,
        ['m1', 'm2', 'm3', 'm4', 'm5'].map((externalId) => ({ externalId })),
      );
      const t0 = Date.UTC(2026, 10, 5, 8, 0);
      const iso = (ms: number) => new Date(ms).toISOString();
      await client.ok(RECORD_DELIVERIES, {
        id: campaign.id,
        events: ['m1', 'm2', 'm3', 'm4'].map((externalId) => ({
          externalId,
          status: 'DELIVERED',
          at: iso(t0),
        })),
      });
      const db = server.db.dataSource;
      // m1 after 10 s (and again later), m2 after 20 s, m3 after 90 s; m4 only by a bot; m5 clicked, never delivered.
      await insertClicks(db, people[0]!.link.id, [
        { at: iso(t0 + 10_000) },
        { at: iso(t0 + 500_000), classification: 'REPEAT' },
      ]);
      await insertClicks(db, people[1]!.link.id, [{ at: iso(t0 + 20_000) }]);
      await insertClicks(db, people[2]!.link.id, [{ at: iso(t0 + 90_000) }]);
      await insertClicks(db, people[3]!.link.id, [
        { at: iso(t0 + 1_000), classification: 'BOT', botAgent: 'Slackbot' },
      ]);
      await insertClicks(db, people[4]!.link.id, [{ at: iso(t0 + 2_000) }]);
      let funnel = await funnelOf(client, campaign.id);
      assert.equal(funnel.medianSecondsToClick, 20);
      assert.equal(funnel.clicked, 4);
      assert.deepEqual(funnel.clicks, { total: 6, unique: 4, bots: 1 });
      // m1's delivery reported 100 s earlier: 110, 20, 90 → 90.
      await client.ok(RECORD_DELIVERIES, {
        id: campaign.id,
        events: [{ externalId: 'm1', status: 'DELIVERED', at: iso(t0 - 100_000) }],
      });
      funnel = await funnelOf(client, campaign.id);
      assert.equal(funnel.medianSecondsToClick, 90);
      // An earlier first click of m3, written late: 110, 20, 5 → 20.
      await insertClicks(db, people[2]!.link.id, [{ at: iso(t0 + 5_000) }]);
      funnel = await funnelOf(client, campaign.id);
      assert.equal(funnel.medianSecondsToClick, 20);
      assert.deepEqual(funnel, await rawFunnel(server, campaign.id));
    });

    it('equals a count from raw rows, the recipients list, campaignClickStats and the CSV on random data (property)', async () => {
      const personState = fc.record({
        events: fc.array(
          fc.record({
            status: fc.constantFrom<Status>('SENT', 'DELIVERED', 'READ', 'FAILED'),
            minute: fc.integer({ min: 0, max: 30 }),
          }),
          { maxLength: 3 },
        ),
        clicks: fc.array(
          fc.record({
            minute: fc.integer({ min: 0, max: 120 }),
            classification: fc.constantFrom('UNIQUE', 'REPEAT', 'BOT'),
          }),
          { maxLength: 3 },
        ),
        conversions: fc.array(
          fc.integer({ min: 0, max: 10_000 }).map((cents) => cents / 100),
          { maxLength: 2 },
        ),
      });
      await fc.assert(
        fc.asyncProperty(
          fc.array(personState, { minLength: 1, maxLength: 8 }),
          fc.array(
            fc.integer({ min: 0, max: 5000 }).map((cents) => cents / 100),
            { maxLength: 2 },
          ),
          async (people, sharedConversions) => {
            const campaign = await createCampaign(client);
            const added = await addRecipients(
              client,
              campaign.id,
              people.map((_, i) => ({ externalId: `r-${i}` })),
            );
            const shared = await createLink(client, {
              destinationUrl: 'https://shop.example/all',
              campaignId: campaign.id,
            });
            const t0 = Date.now() - 3 * 3_600_000;
            const at = (minute: number) => new Date(t0 + minute * 60_000).toISOString();
            const events = people.flatMap((p, i) =>
              p.events.map((e) => ({ externalId: `r-${i}`, status: e.status, at: at(e.minute) })),
            );
            if (events.length > 0)
              await client.ok(RECORD_DELIVERIES, { id: campaign.id, events: events.reverse() });
            for (const [i, p] of people.entries())
              if (p.clicks.length > 0)
                await insertClicks(
                  server.db.dataSource,
                  added[i]!.link.id,
                  p.clicks.map((c) => ({
                    at: at(c.minute),
                    classification: c.classification as 'UNIQUE' | 'REPEAT' | 'BOT',
                    botAgent: c.classification === 'BOT' ? 'Googlebot' : null,
                  })),
                );
            await insertClicks(server.db.dataSource, shared.id, [
              { at: at(5) },
              { at: at(6), classification: 'BOT' },
            ]);
            for (const [i, p] of people.entries())
              for (const value of p.conversions)
                await client.ok(RECORD_CONVERSION, {
                  input: { campaignId: campaign.id, externalId: `r-${i}`, name: 'purchase', value },
                });
            if (sharedConversions.length > 0) {
              await visit(server.url, shared.code);
              await settle(server);
              const [click] = await sql(
                server,
                `SELECT click_id::text AS id FROM clicks WHERE link_id = $1 LIMIT 1`,
                [shared.id],
              );
              for (const value of sharedConversions)
                await client.ok(RECORD_CONVERSION, { input: { clickId: click!.id, name: 'lead', value } });
            }

            const funnel = await funnelOf(client, campaign.id);
            const raw = await rawFunnel(server, campaign.id);
            // Money: the stored sums are exact decimals, compared to the cent.
            assert.deepEqual(
              {
                ...funnel,
                conversionValue: funnel.conversionValue.toFixed(2),
                medianSecondsToClick: funnel.medianSecondsToClick,
              },
              { ...raw, conversionValue: raw.conversionValue.toFixed(2) },
            );
            const expectedValue =
              people.reduce((s, p) => s + p.conversions.reduce((a, b) => a + b * 100, 0), 0) +
              sharedConversions.reduce((a, b) => a + b * 100, 0);
            assert.equal(Math.round(funnel.conversionValue * 100), Math.round(expectedValue));

            // The recipients list, filtered the same way.
            const count = async (vars: Record<string, unknown>) =>
              (await client.ok(COUNT_RECIPIENTS, { id: campaign.id, ...vars })).recipients
                .totalCount as number;
            assert.equal(await count({}), funnel.recipients);
            const byStatus: Record<string, number> = {};
            for (const status of ['SENT', 'DELIVERED', 'READ', 'FAILED'])
              byStatus[status] = await count({ status });
            assert.equal(byStatus.SENT! + byStatus.DELIVERED! + byStatus.READ!, funnel.sent);
            assert.equal(byStatus.DELIVERED! + byStatus.READ!, funnel.delivered);
            assert.equal(byStatus.READ, funnel.read);
            assert.equal(byStatus.FAILED, funnel.failed);
            assert.equal(await count({ clicked: true }), funnel.clicked);
            assert.equal(await count({ converted: true }), funnel.converted);

            // campaignClickStats over a range holding every click.
            const { campaignClickStats } = await client.ok(
              `query($id: ID!, $filter: ClickStatsFilter) { campaignClickStats(campaignId: $id, filter: $filter, interval: HOUR) { totals { total unique bots } } }`,
              {
                id: campaign.id,
                filter: {
                  from: new Date(t0 - 3_600_000).toISOString(),
                  to: new Date(Date.now() + 3_600_000).toISOString(),
                },
              },
            );
            assert.deepEqual(campaignClickStats.totals, funnel.clicks);

            // The recipients CSV: one row per recipient; its status, clicks and conversions columns agree.
            const csv = await fetch(`${server.url}/api/campaigns/${campaign.id}/recipients.csv`, {
              headers: { cookie: client.cookieHeader() },
            });
            const rows = (await csv.text())
              .trim()
              .split(/\r?\n/)
              .slice(1)
              .map((line) => line.split(','));
            assert.equal(rows.length, funnel.recipients);
            assert.equal(
              rows.filter((r) => ['SENT', 'DELIVERED', 'READ'].includes(r[2]!)).length,
              funnel.sent,
            );
            assert.equal(rows.filter((r) => Number(r[8]) > 0).length, funnel.clicked);
            assert.equal(rows.filter((r) => Number(r[9]) > 0).length, funnel.converted);
          },
        ),
        { numRuns: Number(process.env.FUNNEL_RUNS ?? 10) },
      );
    });
  });
});
