import { createHash } from 'node:crypto';
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { CapturedClick } from '../src/clicks/click';
import { aggregateBatch, type AggregationKey, LINK_AGGREGATES } from '../src/clicks/click-aggregates';
import { ClickWriter } from '../src/clicks/click-writer';
import { openDatabase, type Database } from '../src/db/database';

const key = (name: string) => createHash('md5').update(name).digest('hex');

/** A deterministic mix: several days, countries with and without coordinates, bots, long values. */
function clicks(linkId: string, n: number): CapturedClick[] {
  const start = Date.UTC(2026, 10, 20, 22, 50);
  return Array.from({ length: n }, (_, i) => {
    const bot = i % 7 === 0;
    const located = i % 3 !== 0;
    return {
      linkId,
      clickedAt: new Date(start + ((i * 7_919_000) % (9 * 86_400_000))),
      visitorKey: bot ? null : key(`visitor-${i % 40}`),
      alsoKnownAs: [],
      country: i % 5 === 0 ? null : ['FR', 'DE', 'BR'][i % 3]!,
      region: i % 4 === 0 ? null : `Region ${i % 2}`,
      city: i % 6 === 0 ? null : `${'Long city name '.repeat(10)}${i % 3}`,
      latitude: located ? 40 + (i % 10) / 8 : null,
      longitude: located ? -3 + (i % 9) / 16 : null,
      browser: ['Safari', 'Chrome', 'WhatsApp'][i % 3]!,
      browserVersion: '17',
      os: ['iOS', 'Android'][i % 2]!,
      platform: ['mobile', 'desktop', 'tablet'][i % 3] as CapturedClick['platform'],
      referrerHost: i % 2 ? null : `ref${i % 4}.example`,
      botAgent: bot ? ['WhatsApp preview', 'Slackbot'][i % 2]! : null,
      ipPrefix: '203.0.113.0/24',
      userAgent: 'test',
    };
  });
}

describe('per-batch aggregates computed by the writer', () => {
  let db: Database;
  before(async () => {
    db = await openDatabase({ databaseUrl: process.env.DATABASE_URL, dataDir: '' }, { inMemory: true });
  });
  after(() => db.close());

  async function newLink(): Promise<string> {
    const [account] = await db.dataSource.query(
      `INSERT INTO accounts (name) VALUES ('Agg test') RETURNING id`,
    );
    const [link] = await db.dataSource.query(
      `INSERT INTO links (account_id, code, destination_url) VALUES ($1, $2, 'https://example.com/') RETURNING id`,
      [account.id, `a${Math.random().toString(36).slice(2, 11)}`],
    );
    return link.id as string;
  }

  const tables = async (linkId: string) => ({
    counts: await db.dataSource.query(`SELECT clicks::int FROM link_click_counts WHERE link_id = $1`, [
      linkId,
    ]),
    slots: await db.dataSource.query(
      `SELECT slot, clicks, uniques, bots FROM link_click_slots WHERE link_id = $1 ORDER BY slot`,
      [linkId],
    ),
    breakdowns: (
      (await db.dataSource.query(
        `SELECT grain, period, dimension, value, clicks, bots, lat_sum, lon_sum, located
           FROM link_click_breakdowns WHERE link_id = $1 ORDER BY grain, period, dimension, value`,
        [linkId],
      )) as Record<string, unknown>[]
    ).map((r) => ({
      ...r,
      // Sums of floats in another order differ in the last bits.
      lat_sum: r.lat_sum === null ? null : Math.round(Number(r.lat_sum) * 1e6),
      lon_sum: r.lon_sum === null ? null : Math.round(Number(r.lon_sum) * 1e6),
    })),
  });

  it('match what the trigger computes from the same stored clicks, over several batches', async () => {
    const byWriter = await newLink();
    const byTrigger = await newLink();
    const writer = new ClickWriter(db.pool, { maxBatch: 97, flushIntervalMs: 10_000 });
    for (const click of clicks(byWriter, 600)) writer.enqueue(click);
    assert.equal(await writer.drain(), true);
    // The same rows inserted by plain SQL: the trigger aggregates them.
    await db.dataSource.query(
      `INSERT INTO clicks (link_id, clicked_at, classification, country, region, city, latitude, longitude,
                           browser, browser_version, os, platform, referrer_host, bot_agent, ip_prefix, user_agent)
       SELECT $2, clicked_at, classification, country, region, city, latitude, longitude, browser,
              browser_version, os, platform, referrer_host, bot_agent, ip_prefix, user_agent
         FROM clicks WHERE link_id = $1`,
      [byWriter, byTrigger],
    );
    const fromWriter = await tables(byWriter);
    const fromTrigger = await tables(byTrigger);
    assert.deepEqual(fromWriter.counts, [{ clicks: 600 }]);
    assert.ok(fromWriter.breakdowns.length > 100);
    assert.deepEqual(fromWriter, fromTrigger);
  });

  it('skips the clicks of a link deleted before its batch is written', async () => {
    const kept = await newLink();
    const gone = await newLink();
    const writer = new ClickWriter(db.pool, { flushIntervalMs: 10_000 });
    for (const click of [...clicks(kept, 5), ...clicks(gone, 5)]) writer.enqueue(click);
    await db.dataSource.query(`DELETE FROM links WHERE id = $1`, [gone]);
    assert.equal(await writer.drain(), true);
    assert.deepEqual((await tables(kept)).counts, [{ clicks: 5 }]);
    const [{ n }] = await db.dataSource.query(`SELECT count(*)::int AS n FROM clicks WHERE link_id = $1`, [
      gone,
    ]);
    assert.equal(n, 0);
  });

  it('are generic over the key: clicks without one count nowhere', () => {
    const byCampaign: AggregationKey<
      CapturedClick & { classification: 'UNIQUE'; campaignId: string | null }
    > = {
      ...LINK_AGGREGATES,
      column: 'campaign_id',
      keyOf: (c) => c.campaignId,
    };
    const batch = clicks('l1', 10).map((c, i) => ({
      ...c,
      classification: 'UNIQUE' as const,
      campaignId: i < 4 ? 'c1' : i < 6 ? 'c2' : null,
    }));
    const result = aggregateBatch(batch, byCampaign);
    assert.deepEqual(Object.fromEntries(result.counts), { c1: 4, c2: 2 });
    assert.equal(
      result.slots.reduce((n, s) => n + s.uniques, 0),
      6,
    );
    // Every click counts once per dimension and grain: 6 dimensions × 6 grains for non-bots.
    const countryRows = result.breakdowns.filter((b) => b.dimension === 'c' && b.grain === 1536);
    assert.equal(
      countryRows.reduce((n, b) => n + b.clicks, 0),
      6,
    );
  });
});
