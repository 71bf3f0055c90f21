import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import { WHATSAPP_PREVIEW } from './fixtures/clicks';
import { CLICK_STATS_QUERY, insertClicks, type ClickRow } from './utils/clicks';
import { signUp, type GraphQLClient } from './utils/graphql';
import { useTestServer } from './utils/fixtures';

const STATS = CLICK_STATS_QUERY;

const BERLIN = { country: 'DE', region: 'BE', city: 'Berlin', latitude: 52.52, longitude: 13.405 };

/**
 * The hand-built click set, around the Berlin switch to summer time (2026-03-29 01:00 UTC: 02:00 CET
 * becomes 03:00 CEST). Comments give the local dates the tests rely on.
 */
const CLICKS: ClickRow[] = [
  // 1: Fri 27 Mar everywhere
  { at: '2026-03-27T10:00:00Z', ...BERLIN, referrerHost: 'google.com' },
  // 2: UTC 28th; Berlin 28th 23:30; Kolkata 29th 04:00
  { at: '2026-03-28T22:30:00Z', classification: 'REPEAT', ...BERLIN },
  // 3: UTC 28th; Berlin 29th 00:10 (CET); located at country level only
  {
    at: '2026-03-28T23:10:00Z',
    country: 'US',
    latitude: 37.751,
    longitude: -97.822,
    browser: 'Safari',
    os: 'iOS',
    platform: 'mobile',
    referrerHost: 't.co',
  },
  // 4: Berlin 29th 01:59 CET, the last minute before the switch; a bot with no place
  { at: '2026-03-29T00:59:00Z', ...WHATSAPP_PREVIEW },
  // 5: Berlin 29th 03:00 CEST, the first minute after it
  {
    at: '2026-03-29T01:00:00Z',
    country: 'GB',
    region: 'ENG',
    city: 'Newmarket',
    latitude: 52.2459,
    longitude: 0.4051,
    browser: 'Firefox',
    os: 'Linux',
  },
  // 6: Kolkata 29th 23:59; a country without coordinates
  {
    at: '2026-03-29T18:29:00Z',
    classification: 'REPEAT',
    country: 'IN',
    browser: 'WhatsApp',
    os: 'Android',
    platform: 'mobile',
  },
  // 7: Kolkata 30th 00:00
  {
    at: '2026-03-29T18:30:00Z',
    country: 'IN',
    region: 'MH',
    city: 'Mumbai',
    latitude: 19.07,
    longitude: 72.88,
    os: 'Android',
    platform: 'tablet',
  },
  // 8: Berlin 30th 00:00 CEST
  {
    at: '2026-03-29T22:00:00Z',
    classification: 'BOT',
    country: 'US',
    browser: 'Unknown',
    os: 'Unknown',
    platform: 'other',
    botAgent: 'Googlebot',
  },
  // 9: a bot of no known family, from nowhere known
  { at: '2026-03-30T12:00:00Z', classification: 'BOT', browser: 'Unknown', os: 'Unknown', platform: 'other' },
  // 10: Thu 2 Apr; an empty browser name
  { at: '2026-04-02T09:15:00Z', ...BERLIN, browser: '' },
];

type Stats = {
  totals: { total: number; unique: number; bots: number };
  series: { start: string; total: number; unique: number; bots: number }[];
  countries: { code: string | null; name: string; clicks: number }[];
  locations: {
    latitude: number;
    longitude: number;
    city: string | null;
    country: string | null;
    clicks: number;
  }[];
  browsers: { name: string; clicks: number }[];
  platforms: { name: string; clicks: number }[];
  operatingSystems: { name: string; clicks: number }[];
  referrers: { name: string; clicks: number }[];
  botAgents: { name: string; clicks: number }[];
};

const sum = (items: { clicks: number }[]) => items.reduce((n, i) => n + i.clicks, 0);
const pairs = (items: { name: string; clicks: number }[]) => items.map((i) => [i.name, i.clicks]);
const counts = (stats: Stats) => stats.series.map((b) => [b.start, b.total, b.unique, b.bots]);

/** clickStats' invariants (every breakdown sums to the total, the series too), checked on any answer. */
function assertConsistent(stats: Stats) {
  const s = stats.series;
  assert.equal(
    s.reduce((n, b) => n + b.total, 0),
    stats.totals.total,
    'series total',
  );
  assert.equal(
    s.reduce((n, b) => n + b.unique, 0),
    stats.totals.unique,
    'series unique',
  );
  assert.equal(
    s.reduce((n, b) => n + b.bots, 0),
    stats.totals.bots,
    'series bots',
  );
  for (const key of ['countries', 'browsers', 'platforms', 'operatingSystems', 'referrers'] as const) {
    assert.equal(sum(stats[key]), stats.totals.total, `${key} sum to the total`);
    const clicks = stats[key].map((e) => e.clicks);
    assert.deepEqual(
      clicks,
      [...clicks].sort((a, b) => b - a),
      `${key} most first`,
    );
  }
  assert.equal(sum(stats.botAgents), stats.totals.bots, 'botAgents sum to the bots');
  assert.ok(sum(stats.locations) <= stats.totals.total, 'locations never exceed the total');
  for (let i = 1; i < s.length; i++) assert.ok(s[i]!.start > s[i - 1]!.start, 'buckets ascend');
}

describe('clickStats', () => {
  const server = useTestServer();
  let client: GraphQLClient;
  let linkId: string;
  let otherLinkId: string;

  const stats = async (variables: Record<string, unknown>, id = linkId): Promise<Stats> => {
    const data = await client.ok<{ clickStats: Stats }>(STATS, { linkId: id, ...variables });
    assertConsistent(data.clickStats);
    return data.clickStats;
  };
  const custom = (from: string, to: string, timeZone?: string) => ({ filter: { from, to, timeZone } });

  before(async () => {
    client = await signUp(server.url);
    const create = `mutation($url: String!) { createLink(input: { destinationUrl: $url }) { id } }`;
    linkId = (await client.ok(create, { url: 'https://example.com/a' })).createLink.id;
    otherLinkId = (await client.ok(create, { url: 'https://example.com/b' })).createLink.id;
    await insertClicks(server.db.dataSource, linkId, CLICKS);
    // Another link's clicks in the same hours must never leak into the first link's numbers.
    await insertClicks(
      server.db.dataSource,
      otherLinkId,
      CLICKS.map((c) => ({ ...c, country: 'FR' })),
    );
  });

  it('counts a custom UTC range by DAY with every breakdown', async () => {
    const s = await stats({ ...custom('2026-03-27T00:00:00Z', '2026-04-03T00:00:00Z'), interval: 'DAY' });
    assert.deepEqual(s.totals, { total: 10, unique: 5, bots: 3 });
    assert.deepEqual(counts(s), [
      ['2026-03-27T00:00:00.000Z', 1, 1, 0],
      ['2026-03-28T00:00:00.000Z', 2, 1, 0],
      ['2026-03-29T00:00:00.000Z', 5, 2, 2],
      ['2026-03-30T00:00:00.000Z', 1, 0, 1],
      ['2026-03-31T00:00:00.000Z', 0, 0, 0],
      ['2026-04-01T00:00:00.000Z', 0, 0, 0],
      ['2026-04-02T00:00:00.000Z', 1, 1, 0],
    ]);
    assert.deepEqual(s.countries, [
      { code: 'DE', name: 'Germany', clicks: 3 },
      { code: 'IN', name: 'India', clicks: 2 },
      { code: 'US', name: 'United States', clicks: 2 },
      { code: null, name: 'Unknown', clicks: 2 },
      { code: 'GB', name: 'United Kingdom', clicks: 1 },
    ]);
    assert.deepEqual(pairs(s.browsers), [
      ['Unknown', 4],
      ['Chrome', 3],
      ['Firefox', 1],
      ['Safari', 1],
      ['WhatsApp', 1],
    ]);
    assert.deepEqual(pairs(s.operatingSystems), [
      ['Unknown', 3],
      ['Windows', 3],
      ['Android', 2],
      ['iOS', 1],
      ['Linux', 1],
    ]);
    assert.deepEqual(pairs(s.platforms), [
      ['desktop', 4],
      ['other', 3],
      ['mobile', 2],
      ['tablet', 1],
    ]);
    assert.deepEqual(pairs(s.referrers), [
      ['Direct', 8],
      ['google.com', 1],
      ['t.co', 1],
    ]);
    assert.deepEqual(pairs(s.botAgents), [
      ['Googlebot', 1],
      ['Unknown', 1],
      ['WhatsApp preview', 1],
    ]);
    // Cities at their coordinates, countries known no finer at their centroid; no place, no point.
    assert.deepEqual(
      s.locations.map((l) => [l.city, l.country, l.clicks]),
      [
        ['Berlin', 'DE', 3],
        [null, 'US', 2],
        [null, 'IN', 1],
        ['Mumbai', 'IN', 1],
        ['Newmarket', 'GB', 1],
      ],
    );
    const berlin = s.locations[0]!;
    assert.ok(Math.abs(berlin.latitude - 52.52) < 1e-9 && Math.abs(berlin.longitude - 13.405) < 1e-9);
    const india = s.locations.find((l) => l.country === 'IN' && !l.city)!;
    assert.ok(india.latitude > 15 && india.latitude < 25 && india.longitude > 75 && india.longitude < 85);
  });

  it('excludeBots removes bots from the totals, the series and every breakdown', async () => {
    const s = await stats({
      ...custom('2026-03-27T00:00:00Z', '2026-04-03T00:00:00Z'),
      interval: 'DAY',
      excludeBots: true,
    });
    assert.deepEqual(s.totals, { total: 7, unique: 5, bots: 0 });
    assert.deepEqual(
      s.series.map((b) => b.total),
      [1, 2, 3, 0, 0, 0, 1],
    );
    assert.deepEqual(
      s.countries.map((c) => [c.code, c.clicks]),
      [
        ['DE', 3],
        ['IN', 2],
        ['GB', 1],
        ['US', 1],
      ],
    );
    assert.deepEqual(pairs(s.browsers), [
      ['Chrome', 3],
      ['Firefox', 1],
      ['Safari', 1],
      ['Unknown', 1],
      ['WhatsApp', 1],
    ]);
    assert.deepEqual(pairs(s.platforms), [
      ['desktop', 4],
      ['mobile', 2],
      ['tablet', 1],
    ]);
    assert.deepEqual(s.botAgents, []);
  });

  it('splits the total into unique, repeat and bots, and counts what excludeBots left out and the previews', async () => {
    const SPLIT = `query($linkId: ID!, $filter: ClickStatsFilter, $excludeBots: Boolean) {
      clickStats(linkId: $linkId, filter: $filter, excludeBots: $excludeBots) {
        totals { total unique repeat bots excludedBots previews }
        linkPreviews { name clicks }
      }
    }`;
    type Split = {
      totals: Record<'total' | 'unique' | 'repeat' | 'bots' | 'excludedBots' | 'previews', number>;
      linkPreviews: { name: string; clicks: number }[];
    };
    const split = async (excludeBots: boolean) =>
      (
        await client.ok<{ clickStats: Split }>(SPLIT, {
          linkId,
          ...custom('2026-03-27T00:00:00Z', '2026-04-03T00:00:00Z'),
          excludeBots,
        })
      ).clickStats;
    const all = await split(false);
    assert.deepEqual(all.totals, { total: 10, unique: 5, repeat: 2, bots: 3, excludedBots: 0, previews: 1 });
    assert.deepEqual(pairs(all.linkPreviews), [['WhatsApp preview', 1]]);
    const humans = await split(true);
    assert.deepEqual(humans.totals, {
      total: 7,
      unique: 5,
      repeat: 2,
      bots: 0,
      excludedBots: 3,
      previews: 1,
    });
    assert.deepEqual(pairs(humans.linkPreviews), [['WhatsApp preview', 1]], 'previews stay listed');
  });

  it('counts days in Europe/Berlin across the change to summer time', async () => {
    const s = await stats({
      ...custom('2026-03-28T00:00:00+01:00', '2026-03-31T00:00:00+02:00', 'Europe/Berlin'),
      interval: 'DAY',
    });
    assert.deepEqual(counts(s), [
      ['2026-03-27T23:00:00.000Z', 1, 0, 0],
      ['2026-03-28T23:00:00.000Z', 5, 3, 1], // a 23-hour day
      ['2026-03-29T22:00:00.000Z', 2, 0, 2],
    ]);
    assert.deepEqual(s.totals, { total: 8, unique: 3, bots: 3 });
    assert.deepEqual(
      s.countries.map((c) => [c.name, c.clicks]),
      [
        ['India', 2],
        ['United States', 2],
        ['Unknown', 2],
        ['Germany', 1],
        ['United Kingdom', 1],
      ],
    );
  });

  it('counts hours in Europe/Berlin across the change: 02:00 does not exist', async () => {
    const s = await stats({
      ...custom('2026-03-29T00:00:00+01:00', '2026-03-29T04:00:00+02:00', 'Europe/Berlin'),
      interval: 'HOUR',
    });
    assert.deepEqual(counts(s), [
      ['2026-03-28T23:00:00.000Z', 1, 1, 0], // 00:00 CET
      ['2026-03-29T00:00:00.000Z', 1, 0, 1], // 01:00 CET
      ['2026-03-29T01:00:00.000Z', 1, 1, 0], // 03:00 CEST
    ]);
  });

  it('counts days and hours in Asia/Kolkata (+05:30), whose days start at 18:30 UTC', async () => {
    const days = await stats({
      ...custom('2026-03-29T00:00:00+05:30', '2026-03-31T00:00:00+05:30', 'Asia/Kolkata'),
      interval: 'DAY',
    });
    assert.deepEqual(counts(days), [
      ['2026-03-28T18:30:00.000Z', 5, 2, 1],
      ['2026-03-29T18:30:00.000Z', 3, 1, 2],
    ]);
    assert.deepEqual(Object.fromEntries(days.countries.map((c) => [c.name, c.clicks])), {
      Germany: 1,
      'United States': 2,
      Unknown: 2,
      'United Kingdom': 1,
      India: 2,
    });
    const hours = await stats({
      ...custom('2026-03-29T23:00:00+05:30', '2026-03-30T01:00:00+05:30', 'Asia/Kolkata'),
      interval: 'HOUR',
    });
    assert.deepEqual(counts(hours), [
      ['2026-03-29T17:30:00.000Z', 1, 0, 0],
      ['2026-03-29T18:30:00.000Z', 1, 1, 0],
    ]);
    assert.deepEqual(pairs(hours.browsers), [
      ['Chrome', 1],
      ['WhatsApp', 1],
    ]);
  });

  it('counts weeks from Monday and months in the filter zone', async () => {
    const weeks = await stats({
      ...custom('2026-03-25T00:00:00Z', '2026-04-08T00:00:00Z'),
      interval: 'WEEK',
    });
    assert.deepEqual(counts(weeks), [
      ['2026-03-23T00:00:00.000Z', 8, 4, 2], // Monday; only clicks from Wednesday 25th count
      ['2026-03-30T00:00:00.000Z', 2, 1, 1],
      ['2026-04-06T00:00:00.000Z', 0, 0, 0],
    ]);
    const months = await stats({
      ...custom('2026-03-01T00:00:00+01:00', '2026-05-01T00:00:00+02:00', 'Europe/Berlin'),
      interval: 'MONTH',
    });
    assert.deepEqual(counts(months), [
      ['2026-02-28T23:00:00.000Z', 9, 4, 3],
      ['2026-03-31T22:00:00.000Z', 1, 1, 0],
    ]);
  });

  it('cuts a custom range at any instant: from inclusive, to exclusive', async () => {
    const s = await stats({ ...custom('2026-03-29T00:59:00Z', '2026-03-29T18:30:00Z'), interval: 'HOUR' });
    assert.deepEqual(s.totals, { total: 3, unique: 1, bots: 1 }); // clicks 4, 5, 6
    assert.equal(s.series.length, 19); // 00:00 to 18:00 UTC
    assert.deepEqual(pairs(s.botAgents), [['WhatsApp preview', 1]]);
    assert.deepEqual(pairs(s.referrers), [['Direct', 3]]);
  });

  it("agrees with Link.clickCount over a range covering the link's life", async () => {
    const s = await stats({ ...custom('2026-01-01T00:00:00Z', '2026-06-01T00:00:00Z'), interval: 'WEEK' });
    const { link } = await client.ok(`query($id: ID!) { link(id: $id) { clickCount } }`, { id: linkId });
    assert.equal(link.clickCount, 10);
    assert.equal(s.totals.total, link.clickCount);
  });

  it('answers the presets with N calendar days ending with the bucket that holds now', async () => {
    const dayMs = 86_400_000;
    // Retried if the UTC day changes while the test runs, the only way the expectation could move.
    for (let attempt = 0; ; attempt++) {
      const presetLink = (
        await client.ok(`mutation { createLink(input: { destinationUrl: "https://example.com/p" }) { id } }`)
      ).createLink.id;
      const now = Date.now();
      const today = Math.floor(now / dayMs) * dayMs;
      const at = (ms: number) => ({ at: new Date(ms).toISOString() });
      await insertClicks(server.db.dataSource, presetLink, [
        at(Math.max(now - 1000, today)), // now: today's bucket
        at(today - 6 * dayMs + 60_000), // first minute of the 7-day range
        at(today - 6 * dayMs - 60_000), // a minute before it: outside
        at(today - 89 * dayMs), // first day of the 90-day range
      ]);
      const week = await stats({ filter: { range: 'LAST_7_DAYS' } }, presetLink);
      const month = await stats({}, presetLink); // default LAST_30_DAYS
      const quarter = await stats({ filter: { range: 'LAST_90_DAYS' }, interval: 'DAY' }, presetLink);
      const hours = await stats({ filter: { range: 'LAST_7_DAYS' }, interval: 'HOUR' }, presetLink);
      if (Math.floor(Date.now() / dayMs) * dayMs !== today && attempt < 2) continue;

      assert.equal(week.series.length, 7);
      assert.equal(week.series[0]!.start, new Date(today - 6 * dayMs).toISOString());
      assert.equal(week.series[6]!.start, new Date(today).toISOString());
      assert.deepEqual(
        week.series.map((b) => b.total),
        [1, 0, 0, 0, 0, 0, 1],
      );
      assert.equal(month.series.length, 30);
      assert.equal(month.totals.total, 3);
      assert.equal(quarter.series.length, 90);
      assert.equal(quarter.totals.total, 4);
      assert.equal(quarter.series[0]!.total, 1);
      // Hours: every hour of the last 7 days up to the one holding now, none after.
      const lastHour = Date.parse(hours.series[hours.series.length - 1]!.start);
      assert.equal(hours.series[0]!.start, new Date(today - 6 * dayMs).toISOString());
      assert.ok(lastHour <= now && now < lastHour + 3_600_000 + 5_000);
      assert.equal(hours.totals.total, 2);
      break;
    }
  });

  it('counts presets in the viewer zone: LAST_7_DAYS in Asia/Kolkata starts at 18:30 UTC', async () => {
    const s = await stats({ filter: { range: 'LAST_7_DAYS', timeZone: 'Asia/Kolkata' } });
    assert.equal(s.series.length, 7);
    for (const b of s.series) assert.match(b.start, /T18:30:00\.000Z$/);
  });

  it('refuses bad filters with BAD_USER_INPUT naming the field', async () => {
    const cases: [Record<string, unknown>, string][] = [
      [
        { filter: { range: 'LAST_7_DAYS', from: '2026-03-01T00:00:00Z', to: '2026-03-02T00:00:00Z' } },
        'range',
      ],
      [{ filter: { range: 'LAST_7_DAYS', to: '2026-03-02T00:00:00Z' } }, 'range'],
      [{ filter: { from: '2026-03-01T00:00:00Z' } }, 'to'],
      [{ filter: { to: '2026-03-01T00:00:00Z' } }, 'from'],
      [custom('2026-03-02T00:00:00Z', '2026-03-01T00:00:00Z'), 'to'],
      [custom('2026-03-01T00:00:00Z', '2026-03-01T00:00:00Z'), 'to'],
      [custom('2026-03-01T00:00:00Z', '2026-03-02T00:00:00Z', 'Mars/Olympus_Mons'), 'timeZone'],
      [custom('2026-03-01T00:00:00Z', '2026-03-02T00:00:00Z', '+05:30'), 'timeZone'],
      [custom('2023-01-01T00:00:00Z', '2026-01-01T00:00:00Z'), 'to'], // over 2 years
      [{ ...custom('2026-01-01T00:00:00Z', '2026-02-02T00:00:00Z'), interval: 'HOUR' }, 'interval'],
      [{ filter: { range: 'LAST_90_DAYS' }, interval: 'HOUR' }, 'interval'],
    ];
    for (const [variables, field] of cases) {
      const res = await client.request(STATS, { linkId, ...variables });
      assert.equal(res.errors?.[0]?.extensions?.code, 'BAD_USER_INPUT', JSON.stringify(variables));
      assert.equal(res.errors?.[0]?.extensions?.field, field, JSON.stringify(variables));
      assert.equal(res.errors?.[0]?.extensions?.stacktrace, undefined);
    }
    // The longest spans themselves are allowed: 31 days of hours, two years of days.
    await stats({ ...custom('2026-01-01T00:00:00Z', '2026-02-01T00:00:00Z'), interval: 'HOUR' });
    const twoYears = await stats({
      ...custom('2024-06-01T00:00:00Z', '2026-06-01T00:00:00Z'),
      interval: 'DAY',
    });
    assert.equal(twoYears.series.length, 730);
    assert.equal(twoYears.totals.total, 10);
  });

  it('answers NOT_FOUND for a missing, malformed or foreign link, UNAUTHENTICATED without a viewer', async () => {
    const stranger = await signUp(server.url, 'Other');
    for (const [who, id] of [
      [stranger, linkId],
      [client, '00000000-0000-4000-8000-000000000000'],
      [client, 'not-a-uuid'],
    ] as const) {
      const res = await who.request(STATS, { linkId: id });
      assert.equal(res.errors?.[0]?.extensions?.code, 'NOT_FOUND');
      assert.equal(res.data, null);
    }
    const anonymous = await signUp(server.url);
    await anonymous.ok(`mutation { logOut }`);
    const res = await anonymous.request(STATS, { linkId });
    assert.equal(res.errors?.[0]?.extensions?.code, 'UNAUTHENTICATED');
  });

  it('deleting a link deletes its aggregates', async () => {
    const db = server.db.dataSource;
    const rows = async (id: string) => {
      const [r] = await db.query(
        `SELECT (SELECT count(*) FROM link_click_slots WHERE link_id = $1)::int AS slots,
                (SELECT count(*) FROM link_click_breakdowns WHERE link_id = $1)::int AS breakdowns,
                (SELECT count(*) FROM clicks WHERE link_id = $1)::int AS clicks`,
        [id],
      );
      return r as { slots: number; breakdowns: number; clicks: number };
    };
    const before = await rows(otherLinkId);
    assert.ok(before.slots > 0 && before.breakdowns > 0 && before.clicks === 10);
    await client.ok(`mutation($id: ID!) { deleteLink(id: $id) }`, { id: otherLinkId });
    assert.deepEqual(await rows(otherLinkId), { slots: 0, breakdowns: 0, clicks: 0 });
    assert.ok((await rows(linkId)).slots > 0, "the other link's aggregates stay");
  });
});
