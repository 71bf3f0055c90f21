import assert from 'node:assert/strict';
import type { lookup } from 'node:dns';
import { after, before, describe, it } from 'node:test';
import { BOT_AGENTS } from './fixtures/user-agents';
import { NEWMARKET_GB } from './fixtures/ips';
import { settle, sql } from './utils/db';
import { apiKeyClient, createLink, GraphQLClient, signUp, type SignedUpClient } from './utils/graphql';
import { visit } from './utils/http';
import { startTestServer, type TestServer } from './utils/server';
import { eventually, WebhookReceiver } from './utils/webhook-receiver';

export const WEBHOOK_FIELDS = `id url events enabled description createdAt disabledReason`;
export const DELIVERY_FIELDS = `id type status attempts lastResponseStatus lastError createdAt nextAttemptAt deliveredAt`;
const CREATE = `mutation($input: CreateWebhookInput!) { createWebhook(input: $input) { secret webhook { ${WEBHOOK_FIELDS} } } }`;
const UPDATE = `mutation($id: ID!, $input: UpdateWebhookInput!) { updateWebhook(id: $id, input: $input) { ${WEBHOOK_FIELDS} } }`;
const DELETE = `mutation($id: ID!) { deleteWebhook(id: $id) }`;
const ROTATE = `mutation($id: ID!) { rotateWebhookSecret(id: $id) { secret webhook { id } } }`;
const TEST = `mutation($id: ID!) { sendTestWebhook(id: $id) { ${DELIVERY_FIELDS} } }`;
const LIST = `{ webhooks { ${WEBHOOK_FIELDS} } }`;
const DELIVERIES = `query($webhookId: ID!, $status: WebhookDeliveryStatus, $first: Int, $after: String) {
  webhookDeliveries(webhookId: $webhookId, status: $status, first: $first, after: $after) {
    totalCount pageInfo { hasNextPage endCursor } nodes { ${DELIVERY_FIELDS} } } }`;
const ALL_EVENTS = [
  'CLICK_RECORDED',
  'CONVERSION_RECORDED',
  'DELIVERY_RECORDED',
  'LINK_CREATED',
  'LINK_UPDATED',
  'LINK_DELETED',
];

interface Delivery {
  id: string;
  type: string;
  status: 'PENDING' | 'SUCCEEDED' | 'FAILED';
  attempts: number;
  lastResponseStatus: number | null;
  lastError: string | null;
  createdAt: string;
  nextAttemptAt: string | null;
  deliveredAt: string | null;
}

async function createWebhook(
  client: GraphQLClient,
  url: string,
  events = ALL_EVENTS,
  description: string | null = null,
): Promise<{ id: string; secret: string }> {
  const { createWebhook } = await client.ok(CREATE, { input: { url, events, description } });
  return { id: createWebhook.webhook.id, secret: createWebhook.secret };
}

async function deliveries(client: GraphQLClient, webhookId: string, status?: string): Promise<Delivery[]> {
  const data = await client.ok(DELIVERIES, { webhookId, status, first: 100 });
  return data.webhookDeliveries.nodes;
}

/** Waits until the delivery is no longer PENDING. */
function finished(client: GraphQLClient, webhookId: string, deliveryId: string, timeoutMs = 15_000) {
  return eventually(
    async () => {
      const found = (await deliveries(client, webhookId)).find((d) => d.id === deliveryId);
      return found && found.status !== 'PENDING' ? found : undefined;
    },
    timeoutMs,
    `delivery ${deliveryId} to finish`,
  );
}

describe('webhooks (private receivers allowed)', () => {
  let server: TestServer;
  let receiver: WebhookReceiver;
  before(async () => {
    server = await startTestServer({
      WEBHOOK_ALLOW_PRIVATE: 'true',
      WEBHOOK_RETRY_DELAYS: '0.2,0.3',
      TRUST_PROXY: 'loopback',
    });
    receiver = await new WebhookReceiver().start();
  });
  after(async () => {
    await server.close();
    await receiver.stop();
  });

  describe('management', () => {
    it('createWebhook returns a whsec_ secret once; webhooks lists without it', async () => {
      const client = await signUp(server.url);
      const { createWebhook } = await client.ok(CREATE, {
        input: {
          url: `  ${receiver.url}  `,
          events: ['LINK_DELETED', 'CLICK_RECORDED', 'CLICK_RECORDED'],
          description: '  CRM  ',
        },
      });
      assert.match(createWebhook.secret, /^whsec_[A-Za-z0-9+/]+={0,2}$/);
      assert.equal(Buffer.from(createWebhook.secret.slice(6), 'base64').length, 32);
      const webhook = createWebhook.webhook;
      assert.equal(webhook.url, receiver.url);
      assert.deepEqual(webhook.events, ['CLICK_RECORDED', 'LINK_DELETED']);
      assert.equal(webhook.enabled, true);
      assert.equal(webhook.description, 'CRM');
      assert.equal(webhook.disabledReason, null);
      const { webhooks } = await client.ok(LIST);
      assert.deepEqual(webhooks, [webhook]);
      // Stored sealed: the database holds no plain secret.
      const [row] = await sql(server, `SELECT secret_sealed FROM webhooks WHERE id = $1`, [webhook.id]);
      assert.ok(!String(row!.secret_sealed).includes(createWebhook.secret.slice(6)));
    });

    it('updateWebhook changes url, events, description and enabled; omitted fields stay', async () => {
      const client = await signUp(server.url);
      const { id } = await createWebhook(client, receiver.url, ['LINK_CREATED'], 'first');
      const { updateWebhook } = await client.ok(UPDATE, {
        id,
        input: { url: `${receiver.url}/v2`, events: ['LINK_UPDATED', 'LINK_CREATED'] },
      });
      assert.equal(updateWebhook.url, `${receiver.url}/v2`);
      assert.deepEqual(updateWebhook.events, ['LINK_CREATED', 'LINK_UPDATED']);
      assert.equal(updateWebhook.description, 'first');
      const off = (await client.ok(UPDATE, { id, input: { enabled: false, description: null } }))
        .updateWebhook;
      assert.equal(off.enabled, false);
      assert.equal(off.description, null);
      assert.equal(off.disabledReason, null);
    });

    it('bad input names its field; nothing is written', async () => {
      const client = await signUp(server.url);
      await client.fails(CREATE, { input: { url: receiver.url, events: [] } }, 'BAD_USER_INPUT', 'events');
      await client.fails(
        CREATE,
        { input: { url: 'ftp://x.example/', events: ['LINK_CREATED'] } },
        'BAD_USER_INPUT',
        'url',
      );
      await client.fails(
        CREATE,
        { input: { url: '/relative', events: ['LINK_CREATED'] } },
        'BAD_USER_INPUT',
        'url',
      );
      await client.fails(
        CREATE,
        { input: { url: receiver.url, events: ['LINK_CREATED'], description: 'x'.repeat(501) } },
        'BAD_USER_INPUT',
        'description',
      );
      await client.fails(
        CREATE,
        { input: { url: receiver.url, events: ['NOPE'] } },
        'BAD_USER_INPUT',
        'events',
      );
      const { id } = await createWebhook(client, receiver.url, ['LINK_CREATED']);
      await client.fails(UPDATE, { id, input: { events: [] } }, 'BAD_USER_INPUT', 'events');
      await client.fails(UPDATE, { id, input: { url: 'https://u:p@example.com/' } }, 'BAD_USER_INPUT', 'url');
      const { webhooks } = await client.ok(LIST);
      assert.equal(webhooks.length, 1);
      assert.deepEqual(webhooks[0].events, ['LINK_CREATED']);
      assert.equal(webhooks[0].url, receiver.url);
    });

    it('a missing, malformed or foreign id is NOT_FOUND for every operation taking one', async () => {
      const owner = await signUp(server.url);
      const stranger = await signUp(server.url);
      const { id } = await createWebhook(owner, receiver.url, ['LINK_CREATED']);
      for (const badId of [id, 'not-a-uuid', '00000000-0000-4000-8000-000000000000']) {
        await stranger.fails(UPDATE, { id: badId, input: { enabled: false } }, 'NOT_FOUND');
        await stranger.fails(DELETE, { id: badId }, 'NOT_FOUND');
        await stranger.fails(ROTATE, { id: badId }, 'NOT_FOUND');
        await stranger.fails(TEST, { id: badId }, 'NOT_FOUND');
        await stranger.fails(DELIVERIES, { webhookId: badId }, 'NOT_FOUND');
      }
      assert.deepEqual((await stranger.ok(LIST)).webhooks, []);
      const [webhook] = (await owner.ok(LIST)).webhooks;
      assert.equal(webhook.enabled, true);
      assert.equal((await deliveries(owner, id)).length, 0);
    });

    it('deleteWebhook removes it and its deliveries', async () => {
      const client = await signUp(server.url);
      const { id } = await createWebhook(client, receiver.url);
      await client.ok(TEST, { id });
      assert.equal((await client.ok(DELETE, { id })).deleteWebhook, true);
      assert.deepEqual((await client.ok(LIST)).webhooks, []);
      await client.fails(DELETE, { id }, 'NOT_FOUND');
      const [row] = await sql(
        server,
        `SELECT count(*)::int AS n FROM webhook_deliveries WHERE webhook_id = $1`,
        [id],
      );
      assert.equal(row!.n, 0);
    });

    it('READ_ONLY API keys may list webhooks but not manage them (FORBIDDEN)', async () => {
      const owner = await signUp(server.url);
      const { id } = await createWebhook(owner, receiver.url, ['LINK_CREATED']);
      const { createApiKey } = await owner.ok(
        `mutation { createApiKey(name: "BI", scope: READ_ONLY) { secret } }`,
      );
      const reader = apiKeyClient(server.url, createApiKey.secret);
      assert.equal((await reader.ok(LIST)).webhooks.length, 1);
      assert.equal((await reader.ok(DELIVERIES, { webhookId: id })).webhookDeliveries.totalCount, 0);
      await reader.fails(CREATE, { input: { url: receiver.url, events: ['LINK_CREATED'] } }, 'FORBIDDEN');
      await reader.fails(UPDATE, { id, input: { enabled: false } }, 'FORBIDDEN');
      await reader.fails(ROTATE, { id }, 'FORBIDDEN');
      await reader.fails(TEST, { id }, 'FORBIDDEN');
      await reader.fails(DELETE, { id }, 'FORBIDDEN');
      assert.equal((await owner.ok(LIST)).webhooks[0].enabled, true);
      const { createApiKey: writer } = await owner.ok(`mutation { createApiKey(name: "CRM") { secret } }`);
      await apiKeyClient(server.url, writer.secret).ok(UPDATE, { id, input: { description: 'by key' } });
    });

    it('unauthenticated callers get UNAUTHENTICATED', async () => {
      const anonymous = new GraphQLClient(server.url);
      await anonymous.fails(LIST, {}, 'UNAUTHENTICATED');
      await anonymous.fails(
        CREATE,
        { input: { url: receiver.url, events: ['LINK_CREATED'] } },
        'UNAUTHENTICATED',
      );
    });
  });

  describe('delivery', () => {
    it('sendTestWebhook: a webhook.test message that verifies with the standardwebhooks library', async () => {
      const client = await signUp(server.url);
      const { id, secret } = await createWebhook(client, receiver.url, ['LINK_CREATED']);
      const { sendTestWebhook } = await client.ok(TEST, { id });
      assert.equal(sendTestWebhook.type, 'webhook.test');
      assert.equal(sendTestWebhook.attempts, 0);
      const done = await finished(client, id, sendTestWebhook.id);
      assert.equal(done.status, 'SUCCEEDED');
      assert.equal(done.attempts, 1);
      assert.equal(done.lastResponseStatus, 200);
      assert.equal(done.lastError, null);
      assert.equal(done.nextAttemptAt, null);
      assert.ok(done.deliveredAt);
      const message = receiver.received.find((m) => m.id === sendTestWebhook.id)!;
      assert.equal(message.headers['content-type'], 'application/json');
      assert.match(message.timestamp, /^\d{10}$/);
      assert.ok(Math.abs(Number(message.timestamp) - Date.now() / 1000) < 30);
      assert.deepEqual(WebhookReceiver.verify(secret, message), {
        type: 'webhook.test',
        timestamp: JSON.parse(message.body).timestamp,
        data: { webhookId: id },
      });
      assert.match(JSON.parse(message.body).timestamp, /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/);
      // Another secret does not verify it.
      const other = await createWebhook(client, receiver.url, ['LINK_CREATED']);
      assert.throws(() => WebhookReceiver.verify(other.secret, message));
    });

    it('link.created and link.updated carry the whole link, link.deleted its id and code', async () => {
      const client = await signUp(server.url);
      const { id, secret } = await createWebhook(client, receiver.url, [
        'LINK_CREATED',
        'LINK_UPDATED',
        'LINK_DELETED',
      ]);
      const link = await createLink(client, { title: 'Spring', destinationUrl: 'https://example.com/a' });
      const { updateLink } = await client.ok(
        `mutation($id: ID!) { updateLink(id: $id, input: { title: "Summer" }) { updatedAt } }`,
        { id: link.id },
      );
      await client.ok(`mutation($id: ID!) { deleteLink(id: $id) }`, { id: link.id });
      await eventually(async () => {
        const d = await deliveries(client, id, 'SUCCEEDED');
        return d.length === 3 ? d : undefined;
      });
      const mine = receiver.received.filter((m) => JSON.parse(m.body).data?.link?.id === link.id);
      for (const m of mine) WebhookReceiver.verify(secret, m);
      const byType = new Map(mine.map((m) => [JSON.parse(m.body).type as string, JSON.parse(m.body)]));
      const expected = {
        id: link.id,
        code: link.code,
        shortUrl: link.shortUrl,
        destinationUrl: 'https://example.com/a',
        title: 'Spring',
        expiresAt: null,
        campaignId: null,
        createdAt: link.createdAt,
        updatedAt: link.updatedAt,
      };
      assert.deepEqual(byType.get('link.created').data, { link: expected });
      assert.deepEqual(byType.get('link.updated').data, {
        link: { ...expected, title: 'Summer', updatedAt: updateLink.updatedAt },
      });
      assert.deepEqual(byType.get('link.deleted').data, { link: { id: link.id, code: link.code } });
    });

    it('click.recorded: one message per click, bots included, with its place, device, referrer host and classification', async () => {
      const client = await signUp(server.url);
      const { id, secret } = await createWebhook(client, receiver.url, ['CLICK_RECORDED']);
      const link = await createLink(client);
      await visit(server.url, link.code, {
        forwardedFor: NEWMARKET_GB.ip,
        referer: 'https://news.example.org/x',
      });
      await visit(server.url, link.code, { userAgent: BOT_AGENTS[0]!.ua });
      await settle(server);
      await eventually(async () => {
        const d = await deliveries(client, id, 'SUCCEEDED');
        return d.length === 2 ? d : undefined;
      });
      // The message's id is the click's public id (the sl_cid a tracked destination receives).
      const clicks = await sql(
        server,
        `SELECT click_id::text AS id FROM clicks WHERE link_id = $1 ORDER BY click_id`,
        [link.id],
      );
      const messages = receiver.received
        .filter((m) => JSON.parse(m.body).data?.click?.linkId === link.id)
        .map((m) => {
          WebhookReceiver.verify(secret, m);
          return JSON.parse(m.body) as {
            type: string;
            timestamp: string;
            data: { click: Record<string, unknown> };
          };
        })
        .sort((a, b) => (String(a.data.click.id) < String(b.data.click.id) ? -1 : 1));
      assert.deepEqual(
        messages.map((m) => m.data.click.id),
        clicks.map((c) => c.id),
      );
      const person = messages.find((m) => m.data.click.classification !== 'BOT');
      const bot = messages.find((m) => m.data.click.classification === 'BOT');
      assert.equal(person!.type, 'click.recorded');
      assert.deepEqual(Object.keys(person!.data.click), [
        'id',
        'linkId',
        'code',
        'campaignId',
        'recipientExternalId',
        'clickedAt',
        'classification',
        'botAgent',
        'country',
        'region',
        'city',
        'browser',
        'os',
        'platform',
        'referrer',
      ]);
      assert.equal(person!.timestamp, person!.data.click.clickedAt);
      assert.match(String(person!.data.click.clickedAt), /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/);
      assert.deepEqual(
        { ...person!.data.click, id: undefined, clickedAt: undefined },
        {
          id: undefined,
          clickedAt: undefined,
          linkId: link.id,
          code: link.code,
          campaignId: null,
          recipientExternalId: null,
          classification: 'UNIQUE',
          botAgent: null,
          country: 'GB',
          region: 'ENG',
          city: 'Newmarket',
          browser: 'Chrome',
          os: 'Windows',
          platform: 'desktop',
          referrer: 'news.example.org',
        },
      );
      assert.equal(bot!.data.click.classification, 'BOT');
      assert.equal(bot!.data.click.botAgent, BOT_AGENTS[0]!.botAgent);
      // A local address: no location, no referrer.
      assert.equal(bot!.data.click.country, null);
      assert.equal(bot!.data.click.city, null);
      assert.equal(bot!.data.click.referrer, null);
    });

    it('stores nothing for accounts without a subscribed, enabled webhook', async () => {
      const client = await signUp(server.url);
      const { id } = await createWebhook(client, receiver.url, ['LINK_DELETED']);
      const link = await createLink(client);
      await visit(server.url, link.code);
      await client.ok(UPDATE, { id, input: { enabled: false, events: ['CLICK_RECORDED', 'LINK_DELETED'] } });
      await visit(server.url, link.code);
      await client.ok(`mutation($id: ID!) { deleteLink(id: $id) }`, { id: link.id });
      await settle(server);
      const [row] = await sql(
        server,
        `SELECT count(*)::int AS n FROM webhook_deliveries WHERE webhook_id = $1`,
        [id],
      );
      assert.equal(row!.n, 0);
      const bystander = await signUp(server.url);
      const other = await createLink(bystander);
      await visit(server.url, other.code);
      await settle(server);
      const [none] = await sql(
        server,
        `SELECT count(*)::int AS n FROM webhook_deliveries d JOIN webhooks w ON w.id = d.webhook_id WHERE w.account_id = $1`,
        [bystander.accountId],
      );
      assert.equal(none!.n, 0);
    });

    it('retries after WEBHOOK_RETRY_DELAYS with the same id and body, then FAILED with exact attempts', async () => {
      const client = await signUp(server.url);
      const { id, secret } = await createWebhook(client, `${receiver.url}/fail500`, ['LINK_CREATED']);
      receiver.answer = (m) => (m.headers.host && m.body.includes(id) ? { status: 500 } : { status: 200 });
      const { sendTestWebhook } = await client.ok(TEST, { id });
      const done = await finished(client, id, sendTestWebhook.id);
      receiver.answer = () => ({ status: 200 });
      assert.equal(done.status, 'FAILED');
      assert.equal(done.attempts, 3);
      assert.equal(done.lastResponseStatus, 500);
      assert.equal(done.lastError, 'HTTP 500');
      assert.equal(done.deliveredAt, null);
      assert.equal(done.nextAttemptAt, null);
      const attempts = receiver.received.filter((m) => m.id === sendTestWebhook.id);
      assert.equal(attempts.length, 3);
      assert.equal(new Set(attempts.map((a) => a.body)).size, 1, 'data identical across attempts');
      for (const a of attempts) WebhookReceiver.verify(secret, a);
      // The delays: 0.2 s, then 0.3 s.
      assert.ok(attempts[1]!.receivedAt - attempts[0]!.receivedAt >= 180);
      assert.ok(attempts[2]!.receivedAt - attempts[1]!.receivedAt >= 280);
      const failedOnly = await client.ok(DELIVERIES, { webhookId: id, status: 'FAILED' });
      assert.deepEqual(
        failedOnly.webhookDeliveries.nodes.map((d: Delivery) => d.id),
        [sendTestWebhook.id],
      );
      assert.equal(
        (await client.ok(DELIVERIES, { webhookId: id, status: 'SUCCEEDED' })).webhookDeliveries.totalCount,
        0,
      );
    });

    it('a redirect is a failure and is not followed; a refused connection is retried', async () => {
      const client = await signUp(server.url);
      const target = `${receiver.url}/redirect-target`;
      const { id } = await createWebhook(client, `${receiver.url}/moved`, ['LINK_CREATED']);
      receiver.answer = (m) =>
        m.body.includes(id) ? { status: 302, headers: { location: target } } : { status: 200 };
      const { sendTestWebhook } = await client.ok(TEST, { id });
      const done = await finished(client, id, sendTestWebhook.id);
      receiver.answer = () => ({ status: 200 });
      assert.equal(done.status, 'FAILED');
      assert.equal(done.lastResponseStatus, 302);
      assert.match(done.lastError!, /redirect/i);
      assert.equal(receiver.received.filter((m) => m.id === sendTestWebhook.id).length, 3);

      const closed = await new WebhookReceiver().start();
      await closed.stop();
      const refused = await createWebhook(client, closed.url, ['LINK_CREATED']);
      const test = (await client.ok(TEST, { id: refused.id })).sendTestWebhook;
      const failed = await finished(client, refused.id, test.id);
      assert.equal(failed.attempts, 3);
      assert.equal(failed.lastResponseStatus, null);
      assert.equal(failed.lastError, 'Connection refused');
    });

    it('rotateWebhookSecret: the old secret stops at once', async () => {
      const client = await signUp(server.url);
      const { id, secret: old } = await createWebhook(client, receiver.url, ['LINK_CREATED']);
      const { rotateWebhookSecret } = await client.ok(ROTATE, { id });
      assert.notEqual(rotateWebhookSecret.secret, old);
      assert.match(rotateWebhookSecret.secret, /^whsec_/);
      const test = (await client.ok(TEST, { id })).sendTestWebhook;
      await finished(client, id, test.id);
      const message = receiver.received.find((m) => m.id === test.id)!;
      WebhookReceiver.verify(rotateWebhookSecret.secret, message);
      assert.throws(() => WebhookReceiver.verify(old, message));
    });

    it('webhookDeliveries pages newest first', async () => {
      const client = await signUp(server.url);
      const { id } = await createWebhook(client, receiver.url, ['LINK_CREATED']);
      const sent: string[] = [];
      for (let i = 0; i < 5; i++) sent.push((await client.ok(TEST, { id })).sendTestWebhook.id);
      const first = (await client.ok(DELIVERIES, { webhookId: id, first: 3 })).webhookDeliveries;
      assert.equal(first.totalCount, 5);
      assert.equal(first.pageInfo.hasNextPage, true);
      const second = (
        await client.ok(DELIVERIES, { webhookId: id, first: 3, after: first.pageInfo.endCursor })
      ).webhookDeliveries;
      assert.equal(second.pageInfo.hasNextPage, false);
      assert.deepEqual(
        [...first.nodes, ...second.nodes].map((d: Delivery) => d.id),
        [...sent].reverse(),
      );
      await client.fails(DELIVERIES, { webhookId: id, first: 0 }, 'BAD_USER_INPUT', 'first');
      await client.fails(DELIVERIES, { webhookId: id, after: 'garbage' }, 'BAD_USER_INPUT', 'after');
    });

    it('one slow endpoint does not hold up another; attempts per endpoint are bounded', async () => {
      const client = await signUp(server.url);
      const slowReceiver = await new WebhookReceiver().start();
      slowReceiver.answer = () => ({ status: 200, delayMs: 2_000 });
      const slow = await createWebhook(client, slowReceiver.url, ['LINK_CREATED']);
      const fast = await createWebhook(client, `${receiver.url}/fast`, ['LINK_CREATED']);
      for (let i = 0; i < 50; i++) await client.ok(TEST, { id: slow.id });
      const started = Date.now();
      const quick = (await client.ok(TEST, { id: fast.id })).sendTestWebhook;
      await finished(client, fast.id, quick.id);
      assert.ok(Date.now() - started < 2_000, 'the fast endpoint was served while the slow one was busy');
      await slowReceiver.waitFor((r) => r.length >= 50);
      assert.ok(slowReceiver.maxConcurrent <= 32, `at most 32 at once, saw ${slowReceiver.maxConcurrent}`);
      assert.ok(
        slowReceiver.maxConcurrent >= 8,
        `attempts to one endpoint run in parallel (${slowReceiver.maxConcurrent})`,
      );
      await slowReceiver.stop();
    });
  });
});

describe('webhooks: request forgery guard (private receivers not allowed)', () => {
  let server: TestServer;
  let client: SignedUpClient;
  /** What the fake resolver answers: the only "DNS" this suite has; nothing leaves the machine. */
  let answer = '127.0.0.1';
  const resolved: string[] = [];
  before(async () => {
    server = await startTestServer({ WEBHOOK_RETRY_DELAYS: '0.1' });
    const fakeResolve = ((hostname: string, _options: unknown, callback: (...args: unknown[]) => void) => {
      resolved.push(hostname);
      const family = answer.includes(':') ? 6 : 4;
      callback(null, [{ address: answer, family }]);
    }) as unknown as typeof lookup;
    server.app.services.webhookDispatcher.options.resolve = fakeResolve;
    client = await signUp(server.url);
  });
  after(() => server.close());

  for (const url of [
    'http://hooks.example.com/',
    'https://127.0.0.1/',
    'https://127.1.2.3:8443/x',
    'https://2130706433/',
    'https://[::1]/',
    'https://[::ffff:127.0.0.1]/',
    'https://[::ffff:a9fe:a9fe]/',
    'https://169.254.169.254/latest/meta-data/',
    'https://10.0.0.8/',
    'https://172.16.5.4/',
    'https://192.168.1.1/',
    'https://100.64.0.1/',
    'https://0.0.0.0/',
    'https://224.0.0.1/',
    'https://[fe80::1]/',
    'https://[fd00:ec2::254]/',
    'https://localhost/',
    'https://app.localhost./',
    'https://token@hooks.example.com/',
    'https://user:secret@hooks.example.com/',
    `https://hooks.example.com/${'a'.repeat(2030)}`,
    'javascript:alert(1)',
  ]) {
    it(`refuses ${url.slice(0, 60)} (BAD_USER_INPUT on url)`, async () => {
      const error = await client.fails(
        CREATE,
        { input: { url, events: ['LINK_CREATED'] } },
        'BAD_USER_INPUT',
        'url',
      );
      assert.ok(error.message.length > 0);
    });
  }

  it('re-checks the resolved address at every attempt: DNS rebinding fails naming the block', async () => {
    const { id } = await createWebhook(client, 'https://hooks.example.com/in', ['LINK_CREATED']);
    for (const [address, why] of [
      ['127.0.0.1', /loopback/],
      ['169.254.169.254', /metadata/],
      ['10.1.2.3', /private/],
      ['::1', /loopback/],
    ] as const) {
      answer = address;
      const test = (await client.ok(TEST, { id })).sendTestWebhook;
      const done = await finished(client, id, test.id);
      assert.equal(done.status, 'FAILED');
      assert.equal(done.attempts, 2);
      assert.equal(done.lastResponseStatus, null);
      assert.match(
        done.lastError!,
        new RegExp(`^Blocked: hooks\\.example\\.com resolved to ${address.replace(/\./g, '\\.')}`),
      );
      assert.match(done.lastError!, why);
    }
    assert.ok(resolved.includes('hooks.example.com'));
  });

  it('https to a public name is accepted', async () => {
    const { createWebhook } = await client.ok(CREATE, {
      input: { url: 'https://hooks.example.com/path?x=1', events: ['LINK_CREATED'] },
    });
    assert.equal(createWebhook.webhook.url, 'https://hooks.example.com/path?x=1');
    await client.ok(UPDATE, { id: createWebhook.webhook.id, input: { enabled: false } });
  });
});

describe('webhooks: disabled after WEBHOOK_MAX_CONSECUTIVE_FAILURES failed deliveries', () => {
  let server: TestServer;
  let receiver: WebhookReceiver;
  before(async () => {
    server = await startTestServer({
      WEBHOOK_ALLOW_PRIVATE: 'true',
      WEBHOOK_RETRY_DELAYS: '0.1',
      WEBHOOK_MAX_CONSECUTIVE_FAILURES: '3',
    });
    receiver = await new WebhookReceiver().start();
  });
  after(async () => {
    await server.close();
    await receiver.stop();
  });

  it('counts deliveries (not attempts) that ended FAILED in a row; a success restarts the count; re-enabling resumes', async () => {
    const client = await signUp(server.url);
    let failing = true;
    receiver.answer = () => (failing ? { status: 503 } : { status: 204 });
    const { id } = await createWebhook(client, receiver.url, ['LINK_CREATED']);
    const send = async () => finished(client, id, (await client.ok(TEST, { id })).sendTestWebhook.id);
    // Two failures, a success, two failures: never three in a row.
    await send();
    await send();
    failing = false;
    assert.equal((await send()).status, 'SUCCEEDED');
    failing = true;
    await send();
    await send();
    let [webhook] = (await client.ok(LIST)).webhooks;
    assert.equal(webhook.enabled, true);
    // The third in a row (each of 2 attempts) disables it.
    await send();
    [webhook] = (await client.ok(LIST)).webhooks;
    assert.equal(webhook.enabled, false);
    assert.match(webhook.disabledReason, /3 deliveries in a row failed.*HTTP 503/);
    // Disabled: events are no longer stored.
    await createLink(client);
    const stored = await sql(server, `SELECT type FROM webhook_deliveries WHERE webhook_id = $1`, [id]);
    assert.ok(stored.every((r) => r.type === 'webhook.test'));
    // Re-enabled: the reason clears, events flow again.
    failing = false;
    const { updateWebhook } = await client.ok(UPDATE, { id, input: { enabled: true } });
    assert.equal(updateWebhook.enabled, true);
    assert.equal(updateWebhook.disabledReason, null);
    const link = await createLink(client);
    await receiver.waitFor((r) => r.some((m) => JSON.parse(m.body).data?.link?.id === link.id));
    // One more failure does not disable it again: the count restarted.
    failing = true;
    await send();
    assert.equal((await client.ok(LIST)).webhooks[0].enabled, true);
  });
});
