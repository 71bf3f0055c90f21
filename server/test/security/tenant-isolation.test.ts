import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { after, before, describe, it } from 'node:test';
import type { GraphQLField, GraphQLSchema } from 'graphql';
import { createSchema } from '../../src/schema';
import { GraphQLClient, signUp } from '../utils/graphql';
import { operationFor, takesId } from '../utils/schema-calls';
import { startTestServer, type TestServer } from '../utils/server';

/**
 * The tenant isolation matrix, generated from the schema: every Query and Mutation field is run by
 * account B (by session and by API key) against account A's data. An operation that takes an id must
 * answer for A's id exactly as for an id that does not exist, and leave A's data as it was; any other
 * operation must show B nothing of A's. A field the matrix does not know fails the test, so whoever
 * adds one decides here how it is isolated.
 */

type Resource = 'link' | 'apiKey' | 'webhook' | 'campaign';
/** A recipient of A's whose externalId is no secret (an id B might know from its own CRM). */
const SHARED_EXTERNAL_ID = 'crm-000001';
interface AccountData {
  accountId: string;
  email: string;
  linkId: string;
  code: string;
  apiKeyId: string;
  webhookId: string;
  campaignId: string;
  recipientCode: string;
  /** The public id of a click on A's recipient link (the sl_cid A's destination received). */
  clickId: string;
  marker: string;
}

type Entry =
  /** Takes ids: each ID argument is bound to one of A's resources; `expect` is the answer for a foreign id. */
  | {
      kind: 'byId';
      ids: Record<string, Resource>;
      expect: 'null' | 'NOT_FOUND';
      values?: Record<string, unknown>;
    }
  /** Takes no id but another key to A's data (a code): the same rule as ids. */
  | {
      kind: 'byKey';
      values: (a: AccountData) => Record<string, unknown>;
      random: () => Record<string, unknown>;
      expect: 'null';
    }
  /** Reads or writes the caller's own account only; the answer must carry nothing of A's. */
  | { kind: 'own'; values?: Record<string, unknown> }
  /** Not about an account's data (sign-up, log-in, log-out). */
  | { kind: 'public'; why: string }
  /** Its ids travel inside an input object: covered by its own test below, named in `test`. */
  | { kind: 'nested'; test: string };

const MATRIX: Record<string, Entry> = {
  'Query.me': { kind: 'own' },
  'Query.links': {
    kind: 'byId',
    ids: { campaignId: 'campaign' },
    expect: 'NOT_FOUND',
    values: { first: 100 },
  },
  'Query.campaigns': { kind: 'own', values: { first: 100 } },
  'Query.campaign': { kind: 'byId', ids: { id: 'campaign' }, expect: 'null' },
  'Query.recipients': { kind: 'byId', ids: { campaignId: 'campaign' }, expect: 'NOT_FOUND' },
  'Query.campaignClickStats': { kind: 'byId', ids: { campaignId: 'campaign' }, expect: 'NOT_FOUND' },
  'Query.funnel': { kind: 'byId', ids: { campaignId: 'campaign' }, expect: 'NOT_FOUND' },
  'Mutation.recordDeliveries': {
    kind: 'byId',
    ids: { campaignId: 'campaign' },
    expect: 'NOT_FOUND',
    // A's own person, by the externalId B could have learnt: still NOT_FOUND, and A's status unchanged.
    values: { events: [{ externalId: SHARED_EXTERNAL_ID, status: 'READ', at: '2026-01-01T00:00:00.000Z' }] },
  },
  'Mutation.recordConversion': { kind: 'nested', test: 'ids inside inputs: recordConversion' },
  'Mutation.createCampaign': { kind: 'own', values: { input: { name: 'b-campaign' } } },
  'Mutation.updateCampaign': {
    kind: 'byId',
    ids: { id: 'campaign' },
    expect: 'NOT_FOUND',
    values: {
      input: { name: 'pwned', destinationUrl: 'https://attacker.example/', conversionTracking: true },
    },
  },
  'Mutation.deleteCampaign': { kind: 'byId', ids: { id: 'campaign' }, expect: 'NOT_FOUND' },
  'Mutation.addRecipients': {
    kind: 'byId',
    ids: { campaignId: 'campaign' },
    expect: 'NOT_FOUND',
    values: { recipients: [{ externalId: 'b-1', destinationUrl: 'https://attacker.example/' }] },
  },
  'Query.link': { kind: 'byId', ids: { id: 'link' }, expect: 'null' },
  'Query.linkByCode': {
    kind: 'byKey',
    values: (a) => ({ code: a.code }),
    random: () => ({ code: `Zq${randomUUID().replace(/-/g, '').slice(0, 8)}` }),
    expect: 'null',
  },
  'Query.clickStats': { kind: 'byId', ids: { linkId: 'link' }, expect: 'NOT_FOUND' },
  'Query.apiKeys': { kind: 'own' },
  'Mutation.signUp': { kind: 'public', why: 'creates a new account; needs no caller' },
  'Mutation.logIn': { kind: 'public', why: 'starts a session for the credentials given' },
  'Mutation.logOut': { kind: 'public', why: "ends the caller's own session only" },
  'Mutation.updatePreferences': { kind: 'nested', test: "preferences: B's change leaves A's" },
  'Mutation.createLink': { kind: 'own', values: { input: { destinationUrl: 'https://b.example/own' } } },
  'Mutation.updateLink': {
    kind: 'byId',
    ids: { id: 'link' },
    expect: 'NOT_FOUND',
    values: { input: { destinationUrl: 'https://attacker.example/', title: 'pwned', expiresAt: null } },
  },
  'Mutation.deleteLink': { kind: 'byId', ids: { id: 'link' }, expect: 'NOT_FOUND' },
  'Mutation.createApiKey': { kind: 'own', values: { name: 'b-key' } },
  'Mutation.revokeApiKey': { kind: 'byId', ids: { id: 'apiKey' }, expect: 'NOT_FOUND' },
  'Query.webhooks': { kind: 'own' },
  'Query.webhookDeliveries': { kind: 'byId', ids: { webhookId: 'webhook' }, expect: 'NOT_FOUND' },
  'Mutation.createWebhook': {
    kind: 'own',
    values: { input: { url: 'https://b.example/hook', events: ['LINK_DELETED'] } },
  },
  'Mutation.updateWebhook': {
    kind: 'byId',
    ids: { id: 'webhook' },
    expect: 'NOT_FOUND',
    values: { input: { url: 'https://attacker.example/', events: ['CLICK_RECORDED'], enabled: false } },
  },
  'Mutation.deleteWebhook': { kind: 'byId', ids: { id: 'webhook' }, expect: 'NOT_FOUND' },
  'Mutation.rotateWebhookSecret': { kind: 'byId', ids: { id: 'webhook' }, expect: 'NOT_FOUND' },
  'Mutation.sendTestWebhook': { kind: 'byId', ids: { id: 'webhook' }, expect: 'NOT_FOUND' },
};

function rootFields(
  schema: GraphQLSchema,
): { name: string; kind: 'query' | 'mutation'; field: GraphQLField<unknown, unknown> }[] {
  return [
    ...Object.values(schema.getQueryType()!.getFields()).map((field) => ({
      name: `Query.${field.name}`,
      kind: 'query' as const,
      field,
    })),
    ...Object.values(schema.getMutationType()?.getFields() ?? {}).map((field) => ({
      name: `Mutation.${field.name}`,
      kind: 'mutation' as const,
      field,
    })),
  ];
}

/** What a response says, without where it says it: the part a foreign id must not change. */
const verdict = (res: {
  data?: unknown;
  errors?: { message: string; extensions?: Record<string, unknown> }[];
}) => ({
  data: res.data,
  errors: res.errors?.map((e) => ({
    message: e.message,
    code: e.extensions?.code,
    field: e.extensions?.field,
  })),
});

describe('tenant isolation matrix', async () => {
  const schema = await createSchema();
  let server: TestServer;
  let a: AccountData;
  let aClient: GraphQLClient;
  let bSession: GraphQLClient;
  let bKey: GraphQLClient;

  /** Everything of A's that any operation could read or change. */
  async function snapshotA() {
    return aClient.ok(
      `query($webhookId: ID!, $campaignId: ID!) {
      me { id email account { id name } preferences { excludeBots } }
      links(first: 100) { totalCount nodes { id code destinationUrl title expiresAt status updatedAt clickCount
                                            campaign { id } conversionTracking } }
      apiKeys { id name prefix scope }
      webhooks { id url events enabled description disabledReason }
      webhookDeliveries(webhookId: $webhookId) { totalCount }
      campaigns(first: 100) { totalCount nodes { id name channel destinationUrl currency conversionTracking updatedAt
                                                 linkCount recipientCount } }
      recipients(campaignId: $campaignId, first: 100) { totalCount nodes { id externalId clicks status sentAt deliveredAt
                                                                         readAt failedAt conversions conversionValue
                                                                         link { code destinationUrl } } }
      funnel(campaignId: $campaignId) { recipients sent delivered read failed clicked converted conversions
                                        conversionValue clicks { total unique bots } medianSecondsToClick }
    }`,
      { webhookId: a.webhookId, campaignId: a.campaignId },
    );
  }

  before(async () => {
    server = await startTestServer();
    // Webhook URLs here name made-up hosts: nothing may be sent (or even resolved).
    await server.app.services.webhookDispatcher.stop();
    const marker = `tenant-a-${randomUUID()}`;
    const owner = await signUp(server.url, marker);
    aClient = owner;
    const { createLink } = await owner.ok(
      `mutation($url: String!, $title: String!) { createLink(input: { destinationUrl: $url, title: $title }) { id code } }`,
      { url: `https://${marker}.example/secret`, title: marker },
    );
    const { createApiKey } = await owner.ok(
      `mutation($n: String!) { createApiKey(name: $n) { apiKey { id } } }`,
      {
        n: marker,
      },
    );
    // Subscribed to LINK_DELETED only: nothing here ever sends it a message.
    const { createWebhook } = await owner.ok(
      `mutation($url: String!) { createWebhook(input: { url: $url, events: [LINK_DELETED] }) { webhook { id } } }`,
      { url: `https://${marker}.example/hook` },
    );
    const { createCampaign } = await owner.ok(
      `mutation($n: String!, $url: String!) { createCampaign(input: { name: $n, destinationUrl: $url }) { id } }`,
      { n: marker, url: `https://${marker}.example/campaign` },
    );
    const { addRecipients } = await owner.ok(
      `mutation($c: ID!, $r: [RecipientInput!]!) { addRecipients(campaignId: $c, recipients: $r) { link { code } } }`,
      { c: createCampaign.id, r: [{ externalId: `${marker}-person` }, { externalId: SHARED_EXTERNAL_ID }] },
    );
    await owner.ok(
      `mutation($c: ID!, $u: String!) { createLink(input: { destinationUrl: $u, campaignId: $c }) { id } }`,
      { c: createCampaign.id, u: `https://${marker}.example/shared` },
    );
    a = {
      accountId: owner.accountId,
      email: owner.email,
      linkId: createLink.id,
      code: createLink.code,
      apiKeyId: createApiKey.apiKey.id,
      webhookId: createWebhook.webhook.id,
      campaignId: createCampaign.id,
      recipientCode: addRecipients[0].link.code,
      clickId: '',
      marker,
    };
    // A few clicks, so that any stat or count leaking to B would show.
    for (let i = 0; i < 3; i++) await fetch(`${server.url}/${a.code}`, { redirect: 'manual' });
    await fetch(`${server.url}/${a.recipientCode}`, { redirect: 'manual' });
    await server.app.writer.drain();
    const [click] = await server.db.dataSource.query(
      `SELECT c.click_id::text AS id FROM clicks c JOIN links l ON l.id = c.link_id WHERE l.code = $1`,
      [a.recipientCode],
    );
    a.clickId = click.id;
    // A conversion and a delivery of A's, so that a funnel or count leaking to B would show.
    await owner.ok(
      `mutation($c: ID!, $e: [DeliveryEventInput!]!) { recordDeliveries(campaignId: $c, events: $e) { accepted } }`,
      {
        c: a.campaignId,
        e: [{ externalId: `${marker}-person`, status: 'DELIVERED', at: new Date().toISOString() }],
      },
    );
    await owner.ok(`mutation($i: RecordConversionInput!) { recordConversion(input: $i) { id } }`, {
      i: { clickId: a.clickId, name: 'purchase', value: 12.5, idempotencyKey: `${marker}-order` },
    });
    bSession = await signUp(server.url, 'tenant-b');
    const { createApiKey: bApiKey } = await bSession.ok(`mutation { createApiKey(name: "b") { secret } }`);
    bKey = new GraphQLClient(server.url);
    bKey.bearer = bApiKey.secret;
  });
  after(() => server.close());

  /** No trace of A in an answer to B: ids, code, email, names, URLs. */
  function assertNothingOfA(res: unknown, operation: string) {
    const text = JSON.stringify(res);
    for (const [what, value] of Object.entries(a)) {
      assert.ok(!text.includes(value), `${operation} revealed A's ${what}: ${text.slice(0, 400)}`);
    }
  }

  it('knows every Query and Mutation field of the schema', () => {
    const unknown = rootFields(schema)
      .map((f) => f.name)
      .filter((name) => !(name in MATRIX));
    assert.deepEqual(
      unknown,
      [],
      `add these operations to the tenant isolation matrix: ${unknown.join(', ')}`,
    );
    for (const { name, field } of rootFields(schema)) {
      const entry = MATRIX[name];
      const idArgs = field.args.filter(takesId).map((arg) => arg.name);
      if (entry?.kind === 'byId') assert.deepEqual(idArgs.sort(), Object.keys(entry.ids).sort(), name);
      else assert.deepEqual(idArgs, [], `${name} takes an id: it must be a byId entry`);
    }
    assert.deepEqual(
      Object.keys(MATRIX).filter((name) => !rootFields(schema).some((f) => f.name === name)),
      [],
      'the matrix names operations the schema no longer has',
    );
  });

  for (const { name, kind, field } of rootFields(schema)) {
    const entry = MATRIX[name];
    if (!entry || entry.kind === 'public' || entry.kind === 'nested') continue;
    it(`${name}: B learns and changes nothing of A's`, async () => {
      const before = await snapshotA();
      for (const [label, b] of [
        ['session', bSession],
        ['api key', bKey],
      ] as const) {
        const op = `${name} as B (${label})`;
        if (entry.kind === 'byId') {
          const foreign = { ...entry.values };
          const missing = { ...entry.values };
          for (const [arg, resource] of Object.entries(entry.ids)) {
            foreign[arg] = {
              link: a.linkId,
              apiKey: a.apiKeyId,
              webhook: a.webhookId,
              campaign: a.campaignId,
            }[resource];
            missing[arg] = randomUUID();
          }
          const withForeign = operationFor(kind, field, foreign);
          const resForeign = await b.request(withForeign.query, withForeign.variables);
          const withMissing = operationFor(kind, field, missing);
          const resMissing = await b.request(withMissing.query, withMissing.variables);
          assert.deepEqual(verdict(resForeign), verdict(resMissing), `${op}: a foreign id must look missing`);
          if (entry.expect === 'null') {
            assert.equal(resForeign.errors, undefined, op);
            assert.equal(resForeign.data?.[field.name], null, op);
          } else {
            assert.equal(
              resForeign.errors?.[0]?.extensions?.code,
              'NOT_FOUND',
              `${op}: ${JSON.stringify(resForeign.errors)}`,
            );
          }
          assertNothingOfA(resForeign, op);
        } else if (entry.kind === 'byKey') {
          const withForeign = operationFor(kind, field, entry.values(a));
          const resForeign = await b.request(withForeign.query, withForeign.variables);
          const withRandom = operationFor(kind, field, entry.random());
          const resRandom = await b.request(withRandom.query, withRandom.variables);
          assert.deepEqual(verdict(resForeign), verdict(resRandom), `${op}: A's key must look missing`);
          assert.equal(resForeign.data?.[field.name], null, op);
          assertNothingOfA(resForeign, op);
        } else {
          const call = operationFor(kind, field, entry.values);
          const res = await b.request(call.query, call.variables);
          assert.equal(res.errors, undefined, `${op}: ${JSON.stringify(res.errors)}`);
          assertNothingOfA(res, op);
        }
      }
      assert.deepEqual(await snapshotA(), before, `${name} changed A's data`);
    });
  }

  it("preferences: B's change leaves A's", async () => {
    const before = await snapshotA();
    const update = `mutation($input: PreferencesInput!) { updatePreferences(input: $input) { preferences { excludeBots } } }`;
    const own = await bSession.ok<{ updatePreferences: { preferences: { excludeBots: boolean } } }>(update, {
      input: { excludeBots: true },
    });
    assert.equal(own.updatePreferences.preferences.excludeBots, true);
    assertNothingOfA(own, 'updatePreferences as B (session)');
    const byKey = await bKey.request(update, { input: { excludeBots: true } });
    assert.equal(byKey.errors?.[0]?.extensions?.code, 'FORBIDDEN', JSON.stringify(byKey.errors));
    assert.deepEqual(await snapshotA(), before);
  });

  it("ids inside inputs: B cannot put a link into A's campaign", async () => {
    const create = `mutation($input: CreateLinkInput!) { createLink(input: $input) { id campaign { id name } } }`;
    const update = `mutation($id: ID!, $input: UpdateLinkInput!) { updateLink(id: $id, input: $input) { id } }`;
    for (const b of [bSession, bKey]) {
      const input = (campaignId: string) => ({ destinationUrl: 'https://b.example/x', campaignId });
      const foreign = await b.request(create, { input: input(a.campaignId) });
      const missing = await b.request(create, { input: input(randomUUID()) });
      assert.deepEqual(verdict(foreign), verdict(missing));
      assert.equal(foreign.errors?.[0]?.extensions?.code, 'NOT_FOUND');
      const own = (await b.ok(create, { input: { destinationUrl: 'https://b.example/y' } })).createLink;
      const moved = await b.request(update, { id: own.id, input: { campaignId: a.campaignId } });
      const movedMissing = await b.request(update, { id: own.id, input: { campaignId: randomUUID() } });
      assert.deepEqual(verdict(moved), verdict(movedMissing));
      assert.equal(moved.errors?.[0]?.extensions?.code, 'NOT_FOUND');
      assertNothingOfA([foreign, moved], 'nested campaignId');
    }
    const [row] = await server.db.dataSource.query(
      `SELECT count(*)::int AS n FROM links WHERE campaign_id = $1 AND account_id <> $2`,
      [a.campaignId, a.accountId],
    );
    assert.equal(row.n, 0);
  });

  it('ids inside inputs: recordConversion', async () => {
    const before = await snapshotA();
    const record = `mutation($input: RecordConversionInput!) { recordConversion(input: $input) { id value link { id } } }`;
    for (const b of [bSession, bKey]) {
      const attempts: [Record<string, unknown>, Record<string, unknown>][] = [
        // A's click id (an sl_cid B saw in a URL) against a random one that is not even recent.
        [{ clickId: a.clickId }, { clickId: randomUUID() }],
        [
          { campaignId: a.campaignId, externalId: SHARED_EXTERNAL_ID },
          { campaignId: randomUUID(), externalId: SHARED_EXTERNAL_ID },
        ],
      ];
      for (const [foreign, missing] of attempts) {
        const resForeign = await b.request(record, { input: { ...foreign, name: 'pwned', value: 1 } });
        const resMissing = await b.request(record, { input: { ...missing, name: 'pwned', value: 1 } });
        assert.deepEqual(verdict(resForeign), verdict(resMissing), JSON.stringify(foreign));
        assert.equal(resForeign.errors?.[0]?.extensions?.code, 'NOT_FOUND');
        assertNothingOfA(resForeign, 'recordConversion');
      }
      // A's idempotency key is A's alone: B's call with it records B's own conversion (or fails), never
      // answers A's.
      const keyed = await b.request(record, {
        input: { clickId: a.clickId, name: 'pwned', idempotencyKey: `${a.marker}-order` },
      });
      assert.equal(keyed.errors?.[0]?.extensions?.code, 'NOT_FOUND');
      assertNothingOfA(keyed, "recordConversion with A's idempotency key");
    }
    assert.deepEqual(await snapshotA(), before, "recordConversion changed A's data");
  });

  it("GET /api/campaigns/:id/recipients.csv: A's campaign answers B exactly like a missing one", async () => {
    const url = (id: string) => `${server.url}/api/campaigns/${id}/recipients.csv`;
    for (const headers of [
      { cookie: bSession.cookieHeader() } as Record<string, string>,
      { authorization: `Bearer ${bKey.bearer}` },
    ]) {
      const foreign = await fetch(url(a.campaignId), { headers });
      const missing = await fetch(url(randomUUID()), { headers });
      const malformed = await fetch(url('not-an-id'), { headers });
      assert.equal(foreign.status, 404);
      assert.equal(missing.status, 404);
      assert.equal(malformed.status, 404);
      const body = await foreign.text();
      assert.equal(body, await missing.text());
      assertNothingOfA(body, 'recipients.csv');
    }
    const own = await fetch(url(a.campaignId), { headers: { cookie: aClient.cookieHeader() } });
    assert.equal(own.status, 200);
    assert.match(await own.text(), new RegExp(`${a.marker}-person`));
  });

  it("A's link still redirects to A's destination after all of B's attempts", async () => {
    const res = await fetch(`${server.url}/${a.code}`, { redirect: 'manual' });
    assert.equal(res.status, 302);
    assert.equal(res.headers.get('location'), `https://${a.marker}.example/secret`);
  });
});
