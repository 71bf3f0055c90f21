/**
 * Calendar arithmetic in an IANA time zone with the runtime's own zone data (Intl), so that buckets
 * follow daylight-saving changes. "Wall" times are local clock readings encoded as if they were UTC
 * milliseconds (Date.UTC of the local fields), which makes day and month arithmetic plain UTC arithmetic.
 */
export const MINUTE_MS = 60_000;
export const HOUR_MS = 3_600_000;
export const DAY_MS = 86_400_000;

export type CalendarUnit = 'HOUR' | 'DAY' | 'WEEK' | 'MONTH';

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    formatters.set(timeZone, f);
  }
  return f;
}

/** True for a time zone name the runtime knows ("Europe/Berlin", "UTC"); offsets like "+05:30" are not names. */
export function isTimeZone(name: string): boolean {
  if (!/^[A-Za-z][A-Za-z0-9_+\-/]*$/.test(name) || name.length > 64) return false;
  try {
    formatter(name);
    return true;
  } catch {
    return false;
  }
}

/** The zone's offset at an instant from its formatted fields: exact, but a microsecond-scale Intl call. */
function formattedOffset(timeZone: string, seconds: number): number {
  const fields: Record<string, number> = {};
  for (const part of formatter(timeZone).formatToParts(seconds)) {
    if (part.type !== 'literal') fields[part.type] = Number(part.value);
  }
  const wall = Date.UTC(
    fields.year!,
    fields.month! - 1,
    fields.day!,
    fields.hour!,
    fields.minute!,
    fields.second!,
  );
  return wall - seconds;
}

/** Offsets are cached per zone and 15-minute cell of time, within bounds (a few MB at most). */
const CELL_MS = 15 * MINUTE_MS;
const MAX_CELLS = 20_000;
const MAX_ZONES = 32;
const cells = new Map<string, Map<number, number>>();

/**
 * The zone's offset from UTC at an instant, in milliseconds (local = utc + offset). A year of daily
 * buckets asks for thousands of offsets, and Intl answers each in microseconds: offsets change a few
 * times a year, so a cell whose first and last second agree holds one offset throughout and is
 * remembered; a cell holding a change is computed exactly each time.
 */
export function offsetAt(timeZone: string, instant: number): number {
  const seconds = Math.floor(instant / 1000) * 1000;
  if (timeZone === 'UTC') return 0;
  let zone = cells.get(timeZone);
  if (!zone) {
    if (cells.size >= MAX_ZONES) cells.clear();
    cells.set(timeZone, (zone = new Map()));
  }
  const cell = Math.floor(seconds / CELL_MS);
  const cached = zone.get(cell);
  if (cached !== undefined) return cached;
  const start = formattedOffset(timeZone, cell * CELL_MS);
  const end = formattedOffset(timeZone, cell * CELL_MS + CELL_MS - 1000);
  if (start !== end) return formattedOffset(timeZone, seconds);
  if (zone.size >= MAX_CELLS) zone.clear();
  zone.set(cell, start);
  return start;
}

export function toWall(timeZone: string, instant: number): number {
  return instant + offsetAt(timeZone, instant);
}

/**
 * The instant a local clock reading names. Ambiguous readings (clocks turned back) take the earlier
 * instant; readings skipped by a change (clocks turned forward) move forward by the gap, as Temporal's
 * "compatible" rule does, so the start of a day whose midnight does not exist is its first instant.
 */
export function fromWall(timeZone: string, wall: number): number {
  const before = offsetAt(timeZone, wall - DAY_MS);
  const after = offsetAt(timeZone, wall + DAY_MS);
  const candidates = [wall - before, wall - after].filter((t) => toWall(timeZone, t) === wall);
  if (candidates.length > 0) return Math.min(...candidates);
  return wall - before;
}

/** Start of the local calendar unit holding a wall time (weeks start on Monday). */
function truncateWall(unit: Exclude<CalendarUnit, 'HOUR'>, wall: number): number {
  const day = Math.floor(wall / DAY_MS) * DAY_MS;
  if (unit === 'DAY') return day;
  const date = new Date(day);
  if (unit === 'WEEK') return day - ((date.getUTCDay() + 6) % 7) * DAY_MS;
  return Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), 1);
}

function addWall(unit: Exclude<CalendarUnit, 'HOUR'>, wall: number, count: number): number {
  if (unit === 'DAY') return wall + count * DAY_MS;
  if (unit === 'WEEK') return wall + count * 7 * DAY_MS;
  const date = new Date(wall);
  return Date.UTC(date.getUTCFullYear(), date.getUTCMonth() + count, date.getUTCDate());
}

/** Start of the bucket of `unit` that holds `instant`. Hours are real hours starting at local minute 0. */
export function bucketStart(timeZone: string, unit: CalendarUnit, instant: number): number {
  if (unit === 'HOUR') {
    const wall = toWall(timeZone, instant);
    return instant - (((wall % HOUR_MS) + HOUR_MS) % HOUR_MS);
  }
  return fromWall(timeZone, truncateWall(unit, toWall(timeZone, instant)));
}

/** Start of the bucket after the one starting at `start`. */
export function nextBucket(timeZone: string, unit: CalendarUnit, start: number): number {
  if (unit === 'HOUR') {
    // Usually start + 1 h; a zone that moves its clock by half an hour realigns to its local minute 0.
    const next = start + HOUR_MS;
    const realigned = bucketStart(timeZone, 'HOUR', next);
    return realigned > start ? realigned : next;
  }
  return fromWall(timeZone, addWall(unit, truncateWall(unit, toWall(timeZone, start)), 1));
}

/** Start of the local day `days` days after the one holding `instant` (negative: before). */
export function startOfDay(timeZone: string, instant: number, days = 0): number {
  return fromWall(timeZone, truncateWall('DAY', toWall(timeZone, instant)) + days * DAY_MS);
}

/** ISO-8601 with a given offset, e.g. 2026-03-29T03:30:00.000+02:00 ("Z" for offset 0). */
export function formatInZone(instant: number, offset: number): string {
  const local = new Date(instant + offset).toISOString().slice(0, -1);
  if (offset === 0) return `${local}Z`;
  const sign = offset < 0 ? '-' : '+';
  const minutes = Math.round(Math.abs(offset) / MINUTE_MS);
  const hh = String(Math.floor(minutes / 60)).padStart(2, '0');
  const mm = String(minutes % 60).padStart(2, '0');
  return `${local}${sign}${hh}:${mm}`;
}
