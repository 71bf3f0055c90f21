import type { DataSource, QueryRunner } from 'typeorm';
import { isUuid, notFound } from '../errors';
import { resolveClickRange, type ClickRange } from './click-range';
import type {
  ClickBucket,
  ClickStats,
  ClickStatsFilter,
  CountryCount,
  Interval,
  LocationCount,
  NamedCount,
} from './click-stats.types';
import { countryCentroid, countryName } from './countries';
import { HOUR_MS, MINUTE_MS } from './time-zone';

/** The map shows at most this many points; smaller cities fold into their country's point. */
export const MAX_LOCATIONS = 300;
const SLOT_MS = 15 * MINUTE_MS;
const PLATFORMS = new Set(['desktop', 'mobile', 'tablet', 'other']);

/** A piece of a range and where it is read: an aggregate grain (its length in ms), or 0 for raw clicks. */
interface Segment {
  grain: number;
  lo: number;
  hi: number;
}

/**
 * Splits [lo, hi) into the coarsest epoch-aligned blocks the aggregates hold (`grains` in ms, coarsest
 * first, each a multiple of the next): whole blocks of the coarsest grain that fit in the middle, finer
 * ones towards the edges, and raw clicks (grain 0) for what no grain covers. A range of any length
 * becomes a handful of pieces.
 */
export function splitRange(lo: number, hi: number, grains: readonly number[]): Segment[] {
  if (lo >= hi) return [];
  const [grain, ...finer] = grains;
  if (grain === undefined) return [{ grain: 0, lo, hi }];
  const start = Math.ceil(lo / grain) * grain;
  const end = Math.floor(hi / grain) * grain;
  if (start >= end) return splitRange(lo, hi, finer);
  return [...splitRange(lo, start, finer), { grain, lo: start, hi: end }, ...splitRange(end, hi, finer)];
}

/** The grains of link_click_breakdowns (migration ClickAggregates1764200000000): 64, 16, 4, 1 days, 4, 1 hours. */
const BREAKDOWN_GRAINS = [1536, 384, 96, 24, 4, 1].map((hours) => hours * HOUR_MS);
/** link_click_slots: 15-minute slots. */
const SLOT_GRAINS = [SLOT_MS];

function segmentParams(segments: Segment[]): [number[], string[], string[]] {
  return [
    segments.map((s) => s.grain / HOUR_MS),
    segments.map((s) => new Date(s.lo).toISOString()),
    segments.map((s) => new Date(s.hi).toISOString()),
  ];
}

// Pieces of the range: (grain in hours, 0 for raw clicks; start; end). Each piece is read by a LATERAL
// subquery, which keeps the planner on one index range scan per piece (a join lets it hash-join the table).
const SEGMENTS_CTE = `seg AS (SELECT * FROM unnest($2::float8[], $3::timestamptz[], $4::timestamptz[]) AS s(hours, lo, hi))`;

// Series: 15-minute slots for whole slots, raw clicks for the rest, each put in its bucket by start time.
const SERIES_SQL = `
  WITH ${SEGMENTS_CTE}
  SELECT width_bucket(x.t, $5::timestamptz[]) AS bucket, sum(x.clicks)::bigint AS clicks,
         sum(x.uniques)::bigint AS uniques, sum(x.bots)::bigint AS bots
    FROM seg CROSS JOIN LATERAL (
           SELECT s.slot AS t, s.clicks, s.uniques, s.bots FROM link_click_slots s
            WHERE seg.hours > 0 AND s.link_id = $1 AND s.slot >= seg.lo AND s.slot < seg.hi
           UNION ALL
           SELECT c.clicked_at, 1, (c.classification = 'UNIQUE')::int, (c.classification = 'BOT')::int
             FROM clicks c
            WHERE seg.hours = 0 AND c.link_id = $1 AND c.clicked_at >= seg.lo AND c.clicked_at < seg.hi) x
   GROUP BY 1`;

// Breakdowns: blocks of each grain, raw clicks for the edges no block covers.
const BREAKDOWNS_SQL = `
  WITH ${SEGMENTS_CTE}
  SELECT x.dimension, x.value, sum(x.clicks)::bigint AS clicks, sum(x.bots)::bigint AS bots,
         sum(x.lat_sum) AS lat_sum, sum(x.lon_sum) AS lon_sum, sum(x.located)::bigint AS located
    FROM seg CROSS JOIN LATERAL (
           SELECT b.dimension::text AS dimension, b.value, b.clicks, b.bots, b.lat_sum, b.lon_sum, b.located
             FROM link_click_breakdowns b
            WHERE seg.hours > 0 AND b.link_id = $1 AND b.grain = seg.hours::smallint
              AND b.period >= seg.lo AND b.period < seg.hi
           UNION ALL
           SELECT v.dimension, v.value, 1, (c.classification = 'BOT')::int,
                  CASE WHEN v.dimension = 'l' THEN CASE WHEN c.longitude IS NULL THEN 0 ELSE coalesce(c.latitude, 0) END END,
                  CASE WHEN v.dimension = 'l' THEN CASE WHEN c.latitude IS NULL THEN 0 ELSE coalesce(c.longitude, 0) END END,
                  CASE WHEN v.dimension = 'l' THEN (c.latitude IS NOT NULL AND c.longitude IS NOT NULL)::int END
             FROM clicks c
            CROSS JOIN LATERAL click_breakdown_values(c.classification, c.country, c.region, c.city, c.browser,
                                                      c.os, c.platform, c.referrer_host, c.bot_agent) v
            WHERE seg.hours = 0 AND c.link_id = $1 AND c.clicked_at >= seg.lo AND c.clicked_at < seg.hi) x
   GROUP BY 1, 2`;

interface SeriesRow {
  bucket: number;
  clicks: string;
  uniques: string;
  bots: string;
}
interface BreakdownRow {
  dimension: string;
  value: string;
  clicks: string;
  bots: string;
  lat_sum: number | null;
  lon_sum: number | null;
  located: string | null;
}

export interface ClickStatsArgs {
  filter?: ClickStatsFilter | null;
  interval?: Interval | null;
  excludeBots?: boolean | null;
}

/** One exported click, as the CSV export writes it. */
export interface ExportedClick {
  id: string;
  clickedAt: Date;
  classification: string;
  country: string | null;
  city: string | null;
  browser: string;
  os: string;
  platform: string;
  referrerHost: string | null;
  botAgent: string | null;
}

const byClicks =
  <T extends { clicks: number }>(name: (t: T) => string) =>
  (a: T, b: T) =>
    b.clicks - a.clicks || name(a).localeCompare(name(b));

export class ClickStatsService {
  constructor(readonly db: DataSource) {}

  /** The link's analytics over the filter's range; NOT_FOUND for a missing, malformed or foreign id. */
  async stats(
    accountId: string,
    linkId: string,
    args: ClickStatsArgs,
    now = Date.now(),
  ): Promise<ClickStats> {
    const range = resolveClickRange(args.filter, args.interval, now);
    if (!isUuid(linkId)) throw notFound();
    const excludeBots = args.excludeBots ?? false;

    // One snapshot for all reads, so that every breakdown sums to the totals even while clicks arrive.
    const { series, breakdowns } = await this.readOnly(async (runner) => {
      await this.requireLink(runner, accountId, linkId);
      return {
        series: (await runner.query(SERIES_SQL, this.seriesParams(linkId, range))) as SeriesRow[],
        breakdowns: (await runner.query(BREAKDOWNS_SQL, [
          linkId,
          ...segmentParams(splitRange(range.from.getTime(), range.to.getTime(), BREAKDOWN_GRAINS)),
        ])) as BreakdownRow[],
      };
    });
    return assembleStats(range, series, breakdowns, excludeBots);
  }

  /**
   * The link's clicks in a range, oldest first, in pages read by keyset (clicked_at, id): memory stays
   * flat however many clicks there are, and no transaction is held open between pages.
   */
  async *exportClicks(
    accountId: string,
    linkId: string,
    range: Pick<ClickRange, 'from' | 'to'>,
    excludeBots: boolean,
    pageSize = 5000,
  ): AsyncGenerator<ExportedClick[]> {
    if (!isUuid(linkId)) throw notFound();
    let after: { micros: string; id: string } = { micros: '-1', id: '0' };
    for (;;) {
      const rows: (Omit<ExportedClick, 'clickedAt'> & { micros: string; clicked_at: Date })[] =
        await this.db.query(
          `SELECT c.id::text AS id, c.clicked_at,
                  ((extract(epoch FROM c.clicked_at) * 1000000)::numeric)::bigint::text AS micros,
                  c.classification, c.country, c.city, c.browser, c.os, c.platform,
                  c.referrer_host AS "referrerHost", c.bot_agent AS "botAgent"
             FROM clicks c
            WHERE c.link_id = $1
              AND EXISTS (SELECT 1 FROM links l WHERE l.id = $1 AND l.account_id = $2)
              AND c.clicked_at >= greatest($3::timestamptz, timestamptz 'epoch' + $5::bigint * interval '1 microsecond')
              AND c.clicked_at < $4
              AND (c.clicked_at, c.id) > (timestamptz 'epoch' + $5::bigint * interval '1 microsecond', $6::bigint)
              AND ($7::boolean IS FALSE OR c.classification <> 'BOT')
            ORDER BY c.clicked_at, c.id
            LIMIT $8`,
          [
            linkId,
            accountId,
            range.from.toISOString(),
            range.to.toISOString(),
            after.micros,
            after.id,
            excludeBots,
            pageSize,
          ],
        );
      if (rows.length === 0) return;
      yield rows.map(({ micros: _m, clicked_at, ...click }) => ({ ...click, clickedAt: clicked_at }));
      const last = rows[rows.length - 1]!;
      after = { micros: last.micros, id: last.id };
      if (rows.length < pageSize) return;
    }
  }

  /** NOT_FOUND unless the link exists and belongs to the account. */
  async requireLink(
    runner: Pick<QueryRunner, 'query'> | DataSource,
    accountId: string,
    linkId: string,
  ): Promise<{ code: string }> {
    if (!isUuid(linkId)) throw notFound();
    const rows: { code: string }[] = await runner.query(
      `SELECT code FROM links WHERE id = $1 AND account_id = $2`,
      [linkId, accountId],
    );
    if (!rows[0]) throw notFound();
    return rows[0];
  }

  private seriesParams(linkId: string, range: ClickRange): unknown[] {
    const from = range.from.getTime();
    const to = range.to.getTime();
    // Slots serve the series only when every bucket boundary inside the range is a slot boundary: true for
    // every zone in use today (offsets are whole quarter hours); otherwise the raw clicks are counted.
    const aligned = range.buckets.every((b) => b <= from || b % SLOT_MS === 0);
    const segments = splitRange(from, to, aligned ? SLOT_GRAINS : []);
    return [linkId, ...segmentParams(segments), range.buckets.map((b) => new Date(b).toISOString())];
  }

  private async readOnly<T>(work: (runner: QueryRunner) => Promise<T>): Promise<T> {
    const runner = this.db.createQueryRunner();
    try {
      await runner.connect();
      await runner.query('BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY');
      // These reads are index range scans over a few thousand rows: compiling them (JIT) costs more than it saves.
      await runner.query('SET LOCAL jit = off');
      try {
        const result = await work(runner);
        await runner.query('COMMIT');
        return result;
      } catch (error) {
        await runner.query('ROLLBACK').catch(() => undefined);
        throw error;
      }
    } finally {
      await runner.release();
    }
  }
}

/** Turns the aggregate rows into the GraphQL shape; bots drop out everywhere when excludeBots is set. */
export function assembleStats(
  range: ClickRange,
  seriesRows: SeriesRow[],
  breakdownRows: BreakdownRow[],
  excludeBots: boolean,
): ClickStats {
  const series: ClickBucket[] = range.buckets.map((start) => ({
    start: new Date(start),
    total: 0,
    unique: 0,
    bots: 0,
  }));
  for (const row of seriesRows) {
    const bucket = series[Number(row.bucket) - 1];
    if (!bucket) continue; // cannot happen: every counted click lies in [from, to), inside the buckets
    const bots = Number(row.bots);
    bucket.total = Number(row.clicks) - (excludeBots ? bots : 0);
    bucket.unique = Number(row.uniques);
    bucket.bots = excludeBots ? 0 : bots;
  }
  const totals = { total: 0, unique: 0, bots: 0 };
  for (const b of series) {
    totals.total += b.total;
    totals.unique += b.unique;
    totals.bots += b.bots;
  }

  const named = new Map<string, Map<string, number>>();
  const countries = new Map<string, number>();
  const places: Place[] = [];
  for (const row of breakdownRows) {
    const bots = Number(row.bots);
    const clicks = row.dimension === 'a' ? bots : Number(row.clicks) - (excludeBots ? bots : 0);
    if (clicks <= 0 || (row.dimension === 'a' && excludeBots)) continue;
    if (row.dimension === 'c') {
      countries.set(row.value, (countries.get(row.value) ?? 0) + clicks);
    } else if (row.dimension === 'l') {
      const [country = '', region = '', city = ''] = row.value.split('\x1f');
      // With bots excluded, the coordinate sums still average over every click of the place: same point.
      places.push({
        country: country || null,
        region: region || null,
        city: city || null,
        clicks,
        latSum: row.lat_sum ?? 0,
        lonSum: row.lon_sum ?? 0,
        located: Number(row.located ?? 0),
      });
    } else {
      const name = namedValue(row.dimension, row.value);
      const counts = named.get(row.dimension) ?? new Map<string, number>();
      counts.set(name, (counts.get(name) ?? 0) + clicks);
      named.set(row.dimension, counts);
    }
  }
  const list = (dimension: string): NamedCount[] =>
    [...(named.get(dimension) ?? new Map<string, number>())]
      .map(([name, clicks]) => ({ name, clicks }))
      .sort(byClicks((n) => n.name));

  return {
    totals,
    series,
    countries: [...countries]
      .map(
        ([code, clicks]): CountryCount => ({
          code: code || null,
          name: code ? countryName(code) : 'Unknown',
          clicks,
        }),
      )
      .sort(byClicks((c) => c.name)),
    locations: groupLocations(places),
    browsers: list('b'),
    platforms: list('p'),
    operatingSystems: list('o'),
    referrers: list('r'),
    botAgents: list('a'),
  };
}

function namedValue(dimension: string, value: string): string {
  if (dimension === 'r') return value || 'Direct';
  if (!value) return 'Unknown';
  if (dimension === 'p' && !PLATFORMS.has(value)) return value === 'Unknown' ? value : 'other';
  return value;
}

export interface Place {
  country: string | null;
  region: string | null;
  city: string | null;
  clicks: number;
  latSum: number;
  lonSum: number;
  located: number;
}

/**
 * Map points: one per city (at the mean recorded coordinates), and one per country at its centroid for
 * clicks located no finer than the country. Past MAX_LOCATIONS points the smallest cities fold into their
 * country's point. Clicks with no place at all (no country, no coordinates) cannot be drawn and are left
 * out; the countries breakdown counts them as Unknown.
 */
export function groupLocations(places: Place[], max = MAX_LOCATIONS): LocationCount[] {
  const cities = places.filter((p) => p.city && p.located > 0).sort(byClicks((p) => p.city!));
  const byCountry = new Map<string, { clicks: number; latSum: number; lonSum: number; located: number }>();
  const fold = (p: Place) => {
    const key = p.country ?? '';
    const entry = byCountry.get(key) ?? { clicks: 0, latSum: 0, lonSum: 0, located: 0 };
    entry.clicks += p.clicks;
    entry.latSum += p.latSum;
    entry.lonSum += p.lonSum;
    entry.located += p.located;
    byCountry.set(key, entry);
  };
  for (const p of places) if (!(p.city && p.located > 0)) fold(p);
  const centre = (code: string, entry: { latSum: number; lonSum: number; located: number }) =>
    (code ? countryCentroid(code) : null) ??
    (entry.located > 0
      ? { latitude: entry.latSum / entry.located, longitude: entry.lonSum / entry.located }
      : null);
  const countryPoints = () => [...byCountry].filter(([code, entry]) => centre(code, entry)).length;
  let kept = cities.length;
  while (kept > 0 && kept + countryPoints() > max) fold(cities[--kept]!);

  const points: LocationCount[] = cities.slice(0, kept).map((p) => ({
    latitude: p.latSum / p.located,
    longitude: p.lonSum / p.located,
    city: p.city,
    country: p.country,
    clicks: p.clicks,
  }));
  for (const [code, entry] of byCountry) {
    const at = centre(code, entry);
    if (at) points.push({ ...at, city: null, country: code || null, clicks: entry.clicks });
  }
  return points.sort(byClicks((p) => `${p.city ?? ''}${p.country ?? ''}`)).slice(0, max);
}
