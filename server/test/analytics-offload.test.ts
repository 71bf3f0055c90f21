import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { CLICK_STATS_QUERY, insertClicks } from './utils/clicks';
import { addRecipients, createCampaign } from './utils/campaigns';
import { useAccount, useTestServer } from './utils/fixtures';
import { createLink, expectError, GraphQLClient, type SignedUpClient } from './utils/graphql';
import { threadNiceValues } from './utils/threads';

const HOUR = 3_600_000;
const THIRTY_DAYS = { filter: { range: 'LAST_30_DAYS', timeZone: 'Europe/Berlin' }, interval: 'DAY' };

const CAMPAIGN_STATS = `query($id: ID!, $filter: ClickStatsFilter) {
  campaignClickStats(campaignId: $id, filter: $filter) {
    totals { total unique bots repeat } series { start total } countries { code clicks } browsers { name clicks }
  }
}`;

/** The same signed-in user, talking to another server on the same database. */
function sameUserOn(client: SignedUpClient, url: string): GraphQLClient {
  const other = new GraphQLClient(url);
  for (const [name, value] of client.cookies) other.cookies.set(name, value);
  return other;
}

describe('analytics answered on a worker thread', () => {
  const server = useTestServer({ ANALYTICS_THREADS: '1' });
  // The same database, answering every query on its main thread: the reference.
  const inline = useTestServer({ ANALYTICS_THREADS: '0' });
  const owner = useAccount(server, 'Offload');
  const stranger = useAccount(server, 'Stranger');

  const offloaded = () => server.app.offload?.completed ?? 0;

  it('is on for PostgreSQL and off for the embedded database, which serves one connection', () => {
    assert.equal(server.app.offload !== null, !server.db.embedded);
    assert.equal(inline.app.offload, null);
  });

  it('answers clickStats exactly as the main thread does, from the worker', async (t) => {
    if (server.db.embedded) return t.diagnostic('embedded database: answered on the main thread');
    const link = await createLink(owner, { destinationUrl: 'https://example.com/offload' });
    const now = Date.now();
    await insertClicks(server.db.dataSource, link.id, [
      { at: new Date(now - 2 * HOUR).toISOString(), country: 'DE', city: 'Berlin', browser: 'Firefox' },
      { at: new Date(now - 30 * HOUR).toISOString(), classification: 'REPEAT', country: 'FR' },
      { at: new Date(now - 50 * HOUR).toISOString(), classification: 'BOT', botAgent: 'Googlebot' },
    ]);
    // The reference reads the same database through the other server (clicks inserted above are visible there).
    const reference = await sameUserOn(owner, inline.url).request(CLICK_STATS_QUERY, {
      linkId: link.id,
      ...THIRTY_DAYS,
    });
    const before = offloaded();
    const answer = await owner.request(CLICK_STATS_QUERY, { linkId: link.id, ...THIRTY_DAYS });
    assert.equal(offloaded(), before + 1, 'answered by the worker');
    assert.equal(answer.status, 200);
    assert.equal(answer.errors, undefined, JSON.stringify(answer.errors));
    assert.equal(answer.data?.clickStats.totals.total, 3);
    assert.deepEqual(answer.data, reference.data);
    // Worker threads run below the main thread's priority, so redirects go first.
    assert.ok(threadNiceValues().includes(10), `thread nice values ${threadNiceValues().join(',')}`);
  });

  it('answers campaignClickStats from the worker too', async (t) => {
    if (server.db.embedded) return t.diagnostic('embedded database: answered on the main thread');
    const campaign = await createCampaign(owner, { name: 'Offloaded campaign' });
    const [ana, ben] = await addRecipients(owner, campaign.id, [
      { externalId: 'ana' },
      { externalId: 'ben' },
    ]);
    await insertClicks(server.db.dataSource, ana!.link.id, [
      { at: new Date(Date.now() - HOUR).toISOString() },
    ]);
    await insertClicks(server.db.dataSource, ben!.link.id, [
      { at: new Date(Date.now() - HOUR).toISOString(), browser: 'Safari' },
    ]);
    const variables = { id: campaign.id, filter: { range: 'LAST_7_DAYS' } };
    const reference = await sameUserOn(owner, inline.url).request(CAMPAIGN_STATS, variables);
    const before = offloaded();
    const answer = await owner.request(CAMPAIGN_STATS, variables);
    assert.equal(offloaded(), before + 1);
    assert.equal(answer.data?.campaignClickStats.totals.total, 2);
    assert.deepEqual(answer.data, reference.data);
  });

  it("gives the main thread's coded errors: NOT_FOUND for another account's link, BAD_USER_INPUT with field", async (t) => {
    if (server.db.embedded) return t.diagnostic('embedded database: answered on the main thread');
    const link = await createLink(owner, { destinationUrl: 'https://example.com/private' });
    const before = offloaded();
    const foreign = await stranger.request(CLICK_STATS_QUERY, { linkId: link.id });
    const notFound = expectError(foreign, 'NOT_FOUND');
    assert.deepEqual(notFound.path, ['clickStats']);
    assert.equal(foreign.data ?? null, null);
    const badRange = {
      linkId: link.id,
      filter: { from: '2026-02-01T00:00:00Z', to: '2026-01-01T00:00:00Z' },
    };
    const bad = await owner.request(CLICK_STATS_QUERY, badRange);
    const reference = await sameUserOn(owner, inline.url).request(CLICK_STATS_QUERY, badRange);
    expectError(bad, 'BAD_USER_INPUT', reference.errors?.[0]?.extensions?.field as string | undefined);
    assert.deepEqual(bad.errors, reference.errors);
    assert.equal(offloaded(), before + 2);
    assert.ok(!JSON.stringify(bad.errors).includes('stacktrace'), 'no stack trace');
  });

  it('keeps other queries, mixed ones and variables that do not coerce on the main thread', async (t) => {
    if (server.db.embedded) return t.diagnostic('embedded database: answered on the main thread');
    const link = await createLink(owner, { destinationUrl: 'https://example.com/mixed' });
    const before = offloaded();
    const mixed = await owner.request(
      `query($id: ID!) { links(first: 1) { totalCount } clickStats(linkId: $id) { totals { total } } }`,
      { id: link.id },
    );
    assert.equal(mixed.errors, undefined);
    assert.equal(mixed.data?.clickStats.totals.total, 0);
    const badVariable = await owner.request(CLICK_STATS_QUERY, { linkId: link.id, interval: 'FORTNIGHT' });
    expectError(badVariable, 'BAD_USER_INPUT');
    assert.equal(offloaded(), before, 'neither went to the worker');
  });
});
