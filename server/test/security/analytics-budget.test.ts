import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { CLICK_STATS_QUERY, insertClicks } from '../utils/clicks';
import { useAccount, useTestServer } from '../utils/fixtures';
import { apiKeyClient, createApiKey, createLink, expectError, type GraphQLClient } from '../utils/graphql';

// LAST_30_DAYS by DAY costs 10 + 30 buckets = 40 units: the budget holds exactly five.
const BUDGET = 200;
const THIRTY_DAYS = { filter: { range: 'LAST_30_DAYS' }, interval: 'DAY' };

describe('analytics budget per account and minute', () => {
  const server = useTestServer({ ANALYTICS_BUDGET: String(BUDGET) });
  const spender = useAccount(server, 'Spender');
  const neighbour = useAccount(server, 'Neighbour');
  const careful = useAccount(server, 'Careful');

  const stats = (client: GraphQLClient, linkId: string, variables: Record<string, unknown> = THIRTY_DAYS) =>
    client.request<{ clickStats: { totals: { total: number } } }>(CLICK_STATS_QUERY, {
      linkId,
      ...variables,
    });

  it('answers RATE_LIMITED with retryAfter once an account has spent its budget, and never a 500', async () => {
    const link = await createLink(spender, { destinationUrl: 'https://example.com/spend' });
    await insertClicks(server.db.dataSource, link.id, [
      { at: new Date(Date.now() - 3_600_000).toISOString() },
    ]);
    for (let i = 0; i < BUDGET / 40; i++) {
      const res = await stats(spender, link.id);
      assert.equal(res.errors, undefined, JSON.stringify(res.errors));
      assert.equal(res.data?.clickStats.totals.total, 1, 'the answer within the budget is still correct');
    }
    const refused = await stats(spender, link.id);
    assert.equal(refused.status, 200);
    const error = expectError(refused, 'RATE_LIMITED');
    const retryAfter = error.extensions?.retryAfter;
    assert.ok(
      typeof retryAfter === 'number' && retryAfter >= 1 && retryAfter <= 60,
      `retryAfter ${retryAfter}`,
    );

    // The budget is the account's, not the credential's: its read-only API key is refused as well.
    const key = apiKeyClient(server.url, (await createApiKey(spender, 'reports')).secret);
    expectError(await stats(key, link.id), 'RATE_LIMITED');
  });

  it('leaves other accounts their own budget, and refuses an aliased request as a whole', async () => {
    const link = await createLink(neighbour, { destinationUrl: 'https://example.com/neighbour' });
    // Nine aliases of 30 days cost 360: refused before any of them runs, spending nothing.
    const aliased = `query($linkId: ID!) { ${Array.from(
      { length: 9 },
      (_, i) => `s${i}: clickStats(linkId: $linkId, filter: { range: LAST_30_DAYS }) { totals { total } }`,
    ).join(' ')} }`;
    const refused = await neighbour.request(aliased, { linkId: link.id });
    assert.equal(refused.status, 200);
    assert.equal(refused.data ?? null, null);
    expectError(refused, 'RATE_LIMITED');
    for (let i = 0; i < BUDGET / 40; i++) assert.equal((await stats(neighbour, link.id)).errors, undefined);
  });

  it('charges nothing for a refused filter, and a range by its buckets', async () => {
    const link = await createLink(careful, { destinationUrl: 'https://example.com/careful' });
    for (let i = 0; i < 10; i++) {
      const res = await stats(careful, link.id, { filter: { timeZone: 'Mars/Olympus' } });
      expectError(res, 'BAD_USER_INPUT', 'timeZone');
    }
    // 7 days by DAY cost 17; 90 days by DAY 100: together 117 of 200, then 30 days (40) still fits.
    assert.equal((await stats(careful, link.id, { filter: { range: 'LAST_7_DAYS' } })).errors, undefined);
    assert.equal((await stats(careful, link.id, { filter: { range: 'LAST_90_DAYS' } })).errors, undefined);
    assert.equal((await stats(careful, link.id)).errors, undefined);
    // 157 spent: another 90 days (100) does not fit.
    expectError(await stats(careful, link.id, { filter: { range: 'LAST_90_DAYS' } }), 'RATE_LIMITED');
  });
});
