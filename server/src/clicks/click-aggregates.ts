import type { Classification } from './click';
import { Dimension, joinLocation, type DimensionCode } from './dimensions';

/** What the aggregates read of a stored click (values as stored: cut to their columns' lengths). */
export interface AggregatableClick {
  clickedAt: Date;
  classification: Classification;
  country: string | null;
  region: string | null;
  city: string | null;
  latitude: number | null;
  longitude: number | null;
  browser: string;
  os: string;
  platform: string;
  referrerHost: string | null;
  botAgent: string | null;
}

/**
 * One family of aggregate tables and the key they are kept by: a link's today, a campaign's the same
 * way. The three tables have the shape of `link_click_counts`, `link_click_slots` and
 * `link_click_breakdowns` with `column` in place of `link_id`. Names are constants, never input.
 */
export interface AggregationKey<C> {
  column: string;
  counts: string | null;
  slots: string;
  breakdowns: string;
  /** The click's key, or null when it has none (it then counts in no table of this family). */
  keyOf(click: C): string | null;
}

/** Breakdown grains in hours, as in the ClickAggregates migration (each divides the next). */
export const BREAKDOWN_GRAIN_HOURS = [1, 4, 24, 96, 384, 1536] as const;
const SLOT_MS = 15 * 60_000;
const HOUR_MS = 3_600_000;

export interface SlotRow {
  key: string;
  slot: number;
  clicks: number;
  uniques: number;
  bots: number;
}

export interface BreakdownRow {
  key: string;
  grain: number;
  period: number;
  dimension: string;
  value: string;
  clicks: number;
  bots: number;
  latSum: number | null;
  lonSum: number | null;
  located: number | null;
}

export interface BatchAggregates {
  counts: Map<string, number>;
  slots: SlotRow[];
  breakdowns: BreakdownRow[];
}

interface Shape {
  key: string;
  hour: number;
  click: AggregatableClick;
  clicks: number;
  latSum: number;
  lonSum: number;
  located: number;
}

/** `click_breakdown_values()` of the ClickAggregates migration, in TypeScript: keep the two in step. */
function breakdownValues(c: AggregatableClick): [DimensionCode, string][] {
  const values: [DimensionCode, string][] = [
    [Dimension.country, c.country ?? ''],
    [Dimension.location, joinLocation(c.country, c.region, c.city)],
    [Dimension.browser, c.browser ?? ''],
    [Dimension.os, c.os ?? ''],
    [Dimension.platform, c.platform ?? ''],
    [Dimension.referrer, c.referrerHost ?? ''],
  ];
  if (c.classification === 'BOT') values.push([Dimension.botAgent, c.botAgent ?? '']);
  return values;
}

/**
 * A batch's contribution to one family of aggregates, computed in memory: the same figures the
 * statement trigger computes in SQL, without reading the batch back from a transition table. Clicks
 * are first grouped into shapes (same key, hour and attributes: a campaign's clicks share few).
 */
export function aggregateBatch<C extends AggregatableClick>(
  clicks: readonly C[],
  key: AggregationKey<C>,
): BatchAggregates {
  const counts = new Map<string, number>();
  const slots = new Map<string, SlotRow>();
  const shapes = new Map<string, Shape>();
  for (const click of clicks) {
    const k = key.keyOf(click);
    if (k === null) continue;
    counts.set(k, (counts.get(k) ?? 0) + 1);
    const ms = click.clickedAt.getTime();
    const slot = Math.floor(ms / SLOT_MS) * SLOT_MS;
    const slotKey = `${k}|${slot}`;
    let slotRow = slots.get(slotKey);
    if (!slotRow) slots.set(slotKey, (slotRow = { key: k, slot, clicks: 0, uniques: 0, bots: 0 }));
    slotRow.clicks++;
    if (click.classification === 'UNIQUE') slotRow.uniques++;
    else if (click.classification === 'BOT') slotRow.bots++;

    const hour = Math.floor(ms / HOUR_MS) * HOUR_MS;
    const shapeKey = [
      k,
      hour,
      click.classification,
      click.country,
      click.region,
      click.city,
      click.browser,
      click.os,
      click.platform,
      click.referrerHost,
      click.botAgent,
    ].join('\x1e');
    let shape = shapes.get(shapeKey);
    if (!shape)
      shapes.set(shapeKey, (shape = { key: k, hour, click, clicks: 0, latSum: 0, lonSum: 0, located: 0 }));
    shape.clicks++;
    if (click.latitude !== null && click.longitude !== null) {
      shape.latSum += click.latitude;
      shape.lonSum += click.longitude;
      shape.located++;
    }
  }

  const breakdowns = new Map<string, BreakdownRow>();
  for (const shape of shapes.values()) {
    const bots = shape.click.classification === 'BOT' ? shape.clicks : 0;
    for (const [dimension, value] of breakdownValues(shape.click)) {
      const located = dimension === Dimension.location;
      for (const grain of BREAKDOWN_GRAIN_HOURS) {
        const span = grain * HOUR_MS;
        const period = Math.floor(shape.hour / span) * span;
        const rowKey = `${shape.key}|${grain}|${period}|${dimension}|${value}`;
        let row = breakdowns.get(rowKey);
        if (!row)
          breakdowns.set(
            rowKey,
            (row = {
              key: shape.key,
              grain,
              period,
              dimension,
              value,
              clicks: 0,
              bots: 0,
              latSum: located ? 0 : null,
              lonSum: located ? 0 : null,
              located: located ? 0 : null,
            }),
          );
        row.clicks += shape.clicks;
        row.bots += bots;
        if (located) {
          row.latSum! += shape.latSum;
          row.lonSum! += shape.lonSum;
          row.located! += shape.located;
        }
      }
    }
  }
  return { counts, slots: [...slots.values()], breakdowns: [...breakdowns.values()] };
}

type Query = (sql: string, params: unknown[]) => Promise<unknown>;
const iso = (ms: number) => new Date(ms).toISOString();

/**
 * Adds a batch's aggregates to the tables, one upsert per table. Rows are taken in key order (ORDER
 * BY in SQL, as the trigger does) so concurrent writers and the trigger lock them in one order.
 */
export async function writeAggregates<C>(
  query: Query,
  key: AggregationKey<C>,
  batch: BatchAggregates,
): Promise<void> {
  const col = key.column;
  if (key.counts && batch.counts.size > 0)
    await query(
      `INSERT INTO ${key.counts} AS t (${col}, clicks)
       SELECT * FROM unnest($1::uuid[], $2::int[]) ORDER BY 1
       ON CONFLICT (${col}) DO UPDATE SET clicks = t.clicks + EXCLUDED.clicks`,
      [[...batch.counts.keys()], [...batch.counts.values()]],
    );
  if (batch.slots.length > 0)
    await query(
      `INSERT INTO ${key.slots} AS s (${col}, slot, clicks, uniques, bots)
       SELECT * FROM unnest($1::uuid[], $2::timestamptz[], $3::int[], $4::int[], $5::int[]) ORDER BY 1, 2
       ON CONFLICT (${col}, slot) DO UPDATE
         SET clicks = s.clicks + EXCLUDED.clicks, uniques = s.uniques + EXCLUDED.uniques, bots = s.bots + EXCLUDED.bots`,
      [
        batch.slots.map((r) => r.key),
        batch.slots.map((r) => iso(r.slot)),
        batch.slots.map((r) => r.clicks),
        batch.slots.map((r) => r.uniques),
        batch.slots.map((r) => r.bots),
      ],
    );
  if (batch.breakdowns.length > 0) {
    const rows = batch.breakdowns;
    await query(
      `INSERT INTO ${key.breakdowns} AS b (${col}, grain, period, dimension, value, clicks, bots, lat_sum, lon_sum, located)
       SELECT * FROM unnest($1::uuid[], $2::smallint[], $3::timestamptz[], $4::char(1)[], $5::text[], $6::int[],
                            $7::int[], $8::float8[], $9::float8[], $10::int[])
        ORDER BY 1, 2, 3, 4, 5
       ON CONFLICT (${col}, grain, period, dimension, value) DO UPDATE
         SET clicks = b.clicks + EXCLUDED.clicks, bots = b.bots + EXCLUDED.bots, lat_sum = b.lat_sum + EXCLUDED.lat_sum,
             lon_sum = b.lon_sum + EXCLUDED.lon_sum, located = b.located + EXCLUDED.located`,
      [
        rows.map((r) => r.key),
        rows.map((r) => r.grain),
        rows.map((r) => iso(r.period)),
        rows.map((r) => r.dimension),
        rows.map((r) => r.value),
        rows.map((r) => r.clicks),
        rows.map((r) => r.bots),
        rows.map((r) => r.latSum),
        rows.map((r) => r.lonSum),
        rows.map((r) => r.located),
      ],
    );
  }
}

/** Per-link aggregates: clickStats, the dashboard's counts. */
export const LINK_AGGREGATES: AggregationKey<AggregatableClick & { linkId: string }> = {
  column: 'link_id',
  counts: 'link_click_counts',
  slots: 'link_click_slots',
  breakdowns: 'link_click_breakdowns',
  keyOf: (click) => click.linkId,
};

/**
 * Set (transaction-local) by a writer that adds its aggregates itself: the aggregate triggers on
 * `clicks` then skip its inserts, and keep every other insert path (SQL, imports) exact.
 */
export const AGGREGATED_BY_WRITER = `SELECT set_config('smart_links.aggregated_by_writer', 'on', true)`;
