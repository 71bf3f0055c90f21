import type { DataSource, QueryRunner } from 'typeorm';
import type { Queryable } from '../shared/events';
import type { ClickRange } from './click-range';
import { Dimension } from '../clicks/dimensions';
import { breakdownSegments, segmentParams, seriesSegments } from './range-split';

/**
 * The analytics reads. Each runs over a scope ($1, uuid[]): a set of links and their aggregates, or a set
 * of campaigns and theirs (kept with the same click batch: a campaign's 100,000 links are never summed at
 * read time). Ownership is the caller's to check first.
 */
export interface ClickScope {
  slots: string;
  breakdowns: string;
  key: string;
  /** Which raw clicks `c` are in the scope, for the pieces of a range no aggregate covers. */
  rawClicks: string;
}

export const LINK_SCOPE: ClickScope = {
  slots: 'link_click_slots',
  breakdowns: 'link_click_breakdowns',
  key: 'link_id',
  rawClicks: 'c.link_id = ANY($1::uuid[])',
};

/** Every link of the campaigns, shared and recipient (migration Campaigns). */
export const CAMPAIGN_SCOPE: ClickScope = {
  slots: 'campaign_click_slots',
  breakdowns: 'campaign_click_breakdowns',
  key: 'campaign_id',
  rawClicks: 'c.link_id IN (SELECT sl.id FROM links sl WHERE sl.campaign_id = ANY($1::uuid[]))',
};

// Pieces of the range: (grain in hours, 0 for raw clicks; start; end). Each piece is read by a LATERAL
// subquery, which keeps the planner on one index range scan per piece (a join lets it hash-join the table).
const SEGMENTS_CTE = `seg AS (SELECT * FROM unnest($2::float8[], $3::timestamptz[], $4::timestamptz[]) AS s(hours, lo, hi))`;

// Series: 15-minute slots for whole slots, raw clicks for the rest, each put in its bucket by start time.
const seriesSql = (scope: ClickScope) => `
  WITH ${SEGMENTS_CTE}
  SELECT width_bucket(x.t, $5::timestamptz[]) AS bucket, sum(x.clicks)::bigint AS clicks,
         sum(x.uniques)::bigint AS uniques, sum(x.bots)::bigint AS bots
    FROM seg CROSS JOIN LATERAL (
           SELECT s.slot AS t, s.clicks, s.uniques, s.bots FROM ${scope.slots} s
            WHERE seg.hours > 0 AND s.${scope.key} = ANY($1::uuid[]) AND s.slot >= seg.lo AND s.slot < seg.hi
           UNION ALL
           SELECT c.clicked_at, 1, (c.classification = 'UNIQUE')::int, (c.classification = 'BOT')::int
             FROM clicks c
            WHERE seg.hours = 0 AND ${scope.rawClicks} AND c.clicked_at >= seg.lo AND c.clicked_at < seg.hi) x
   GROUP BY 1`;

const LOCATION = `'${Dimension.location}'`;
// Breakdowns: blocks of each grain, raw clicks for the edges no block covers.
const breakdownsSql = (scope: ClickScope) => `
  WITH ${SEGMENTS_CTE}
  SELECT x.dimension, x.value, sum(x.clicks)::bigint AS clicks, sum(x.bots)::bigint AS bots,
         sum(x.lat_sum) AS lat_sum, sum(x.lon_sum) AS lon_sum, sum(x.located)::bigint AS located
    FROM seg CROSS JOIN LATERAL (
           SELECT b.dimension::text AS dimension, b.value, b.clicks, b.bots, b.lat_sum, b.lon_sum, b.located
             FROM ${scope.breakdowns} b
            WHERE seg.hours > 0 AND b.${scope.key} = ANY($1::uuid[]) AND b.grain = seg.hours::smallint
              AND b.period >= seg.lo AND b.period < seg.hi
           UNION ALL
           SELECT v.dimension, v.value, 1, (c.classification = 'BOT')::int,
                  CASE WHEN v.dimension = ${LOCATION} THEN CASE WHEN c.longitude IS NULL THEN 0 ELSE coalesce(c.latitude, 0) END END,
                  CASE WHEN v.dimension = ${LOCATION} THEN CASE WHEN c.latitude IS NULL THEN 0 ELSE coalesce(c.longitude, 0) END END,
                  CASE WHEN v.dimension = ${LOCATION} THEN (c.latitude IS NOT NULL AND c.longitude IS NOT NULL)::int END
             FROM clicks c
            CROSS JOIN LATERAL click_breakdown_values(c.classification, c.country, c.region, c.city, c.browser,
                                                      c.os, c.platform, c.referrer_host, c.bot_agent) v
            WHERE seg.hours = 0 AND ${scope.rawClicks} AND c.clicked_at >= seg.lo AND c.clicked_at < seg.hi) x
   GROUP BY 1, 2`;

export interface SeriesRow {
  bucket: number;
  clicks: string;
  uniques: string;
  bots: string;
}
export interface BreakdownRow {
  dimension: string;
  value: string;
  clicks: string;
  bots: string;
  lat_sum: number | null;
  lon_sum: number | null;
  located: string | null;
}

/** Where a scope's clicks are read: its aggregates, or only raw clicks (recipient links keep none). */
export interface ScopeRead {
  scope: ClickScope;
  ids: readonly string[];
  rawOnly?: boolean;
}

export function readSeries(
  q: Queryable,
  { scope, ids, rawOnly }: ScopeRead,
  range: ClickRange,
): Promise<SeriesRow[]> {
  return q.query<SeriesRow>(seriesSql(scope), [
    ids,
    ...segmentParams(seriesSegments(range, !rawOnly)),
    range.buckets.map((b) => new Date(b).toISOString()),
  ]);
}

export function readBreakdowns(
  q: Queryable,
  { scope, ids, rawOnly }: ScopeRead,
  range: ClickRange,
): Promise<BreakdownRow[]> {
  return q.query<BreakdownRow>(breakdownsSql(scope), [
    ids,
    ...segmentParams(breakdownSegments(range, !rawOnly)),
  ]);
}

/** Runs `work` in one read-only snapshot, so that every breakdown sums to the totals while clicks arrive. */
export async function inSnapshot<T>(db: DataSource, work: (q: QueryRunner) => Promise<T>): Promise<T> {
  const runner = db.createQueryRunner();
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
