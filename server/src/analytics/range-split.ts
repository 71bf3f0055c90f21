import type { ClickRange } from './click-range';
import { HOUR_MS, MINUTE_MS } from './time-zone';

export const SLOT_MS = 15 * MINUTE_MS;

/** A piece of a range and where it is read: an aggregate grain (its length in ms), or 0 for raw clicks. */
export interface Segment {
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

/** The grains of link_click_breakdowns (migration ClickAggregates): 64, 16, 4, 1 days, 4, 1 hours. */
const BREAKDOWN_GRAINS = [1536, 384, 96, 24, 4, 1].map((hours) => hours * HOUR_MS);

/** The pieces the breakdowns of a range are read from (all raw clicks when there are no aggregates). */
export const breakdownSegments = (range: Pick<ClickRange, 'from' | 'to'>, aggregated = true): Segment[] =>
  splitRange(range.from.getTime(), range.to.getTime(), aggregated ? BREAKDOWN_GRAINS : []);

/** The pieces the series of a range is read from: 15-minute slots, raw clicks for the rest. */
export function seriesSegments(range: ClickRange, aggregated = true): Segment[] {
  const from = range.from.getTime();
  // Slots serve the series only when every bucket boundary inside the range is a slot boundary: true for
  // every zone in use today (offsets are whole quarter hours); otherwise the raw clicks are counted.
  const aligned = aggregated && range.buckets.every((b) => b <= from || b % SLOT_MS === 0);
  return splitRange(from, range.to.getTime(), aligned ? [SLOT_MS] : []);
}

/** Segments as the three parallel arrays the queries unnest: grain in hours (0: raw clicks), start, end. */
export function segmentParams(segments: Segment[]): [number[], string[], string[]] {
  return [
    segments.map((s) => s.grain / HOUR_MS),
    segments.map((s) => new Date(s.lo).toISOString()),
    segments.map((s) => new Date(s.hi).toISOString()),
  ];
}
