import { badInput } from '../shared/errors';
import { DateRangePreset, Interval, type ClickStatsFilter } from './click-stats.types';
import { bucketStart, DAY_MS, HOUR_MS, isTimeZone, nextBucket, startOfDay } from './time-zone';

/** Which clicks a stats query or an export covers, and the series buckets over them. */
export interface ClickRange {
  /** Inclusive. */
  from: Date;
  /** Exclusive. */
  to: Date;
  timeZone: string;
  interval: Interval;
  /** Start of each bucket, ascending (ms); the first may start before `from`, clicks count only from `from`. */
  buckets: number[];
}

const PRESET_DAYS: Record<DateRangePreset, number> = {
  [DateRangePreset.LAST_7_DAYS]: 7,
  [DateRangePreset.LAST_30_DAYS]: 30,
  [DateRangePreset.LAST_90_DAYS]: 90,
};

/** Longest spans: HOUR 31 days, others 2 years; an hour of slack lets a span cross a DST change. */
export const MAX_HOURLY_SPAN_MS = 31 * DAY_MS + HOUR_MS;
export const MAX_SPAN_MS = 731 * DAY_MS + HOUR_MS;
const EARLIEST = Date.UTC(1970, 0, 1);
const LATEST = Date.UTC(9999, 11, 31);

function checkInstant(field: 'from' | 'to', value: Date): number {
  const ms = value instanceof Date ? value.getTime() : NaN;
  if (Number.isNaN(ms)) throw badInput(field, `${field} must be an ISO-8601 timestamp`);
  if (ms < EARLIEST || ms > LATEST) throw badInput(field, `${field} must lie between 1970 and 9999`);
  return ms;
}

/**
 * Validates a filter and resolves it into instants and buckets:
 * LAST_N_DAYS is N calendar days in the filter's zone, today included, ending with the bucket that holds
 * `now`; a custom range is from (inclusive) to (exclusive). Errors name the offending input field.
 */
export function resolveClickRange(
  filter: ClickStatsFilter | null | undefined,
  interval: Interval | null | undefined,
  now = Date.now(),
): ClickRange {
  const unit = interval ?? Interval.DAY;
  if (!Object.values(Interval).includes(unit)) throw badInput('interval', 'Unknown interval');
  const hasFrom = filter?.from !== null && filter?.from !== undefined;
  const hasTo = filter?.to !== null && filter?.to !== undefined;
  const preset = filter?.range ?? null;
  if (preset !== null && (hasFrom || hasTo)) {
    throw badInput('range', 'Choose either a preset range or a custom from/to, not both');
  }
  if (preset !== null && !Object.hasOwn(PRESET_DAYS, preset)) throw badInput('range', 'Unknown range preset');

  const timeZone = filter?.timeZone ?? 'UTC';
  if (typeof timeZone !== 'string' || !isTimeZone(timeZone)) {
    throw badInput('timeZone', 'timeZone must be an IANA time zone name such as Europe/Berlin');
  }

  let from: number;
  let to: number;
  if (hasFrom || hasTo) {
    if (!hasFrom) throw badInput('from', 'A custom range needs both from and to');
    if (!hasTo) throw badInput('to', 'A custom range needs both from and to');
    from = checkInstant('from', filter!.from!);
    to = checkInstant('to', filter!.to!);
    if (from >= to) throw badInput('to', 'to must be later than from');
    if (to - from > MAX_SPAN_MS) throw badInput('to', 'A range covers at most 2 years');
  } else {
    const days = PRESET_DAYS[preset ?? DateRangePreset.LAST_30_DAYS];
    from = startOfDay(timeZone, now, -(days - 1));
    to = startOfDay(timeZone, now, 1);
    // No bucket after the one holding now: for hours the range ends with the current hour.
    if (unit === Interval.HOUR)
      to = Math.min(to, nextBucket(timeZone, 'HOUR', bucketStart(timeZone, 'HOUR', now)));
  }
  if (unit === Interval.HOUR && to - from > MAX_HOURLY_SPAN_MS) {
    throw badInput('interval', 'Hourly buckets cover at most 31 days: choose DAY or a shorter range');
  }

  const buckets: number[] = [];
  for (let start = bucketStart(timeZone, unit, from); start < to; start = nextBucket(timeZone, unit, start)) {
    buckets.push(start);
  }
  return { from: new Date(from), to: new Date(to), timeZone, interval: unit, buckets };
}
