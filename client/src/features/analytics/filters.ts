import type { ClickStatsQueryVariables, DateRangePreset, Interval } from '../../gql/graphql';

export type RangeKey = '7d' | '30d' | '90d' | 'custom';
export type IntervalKey = 'hour' | 'day' | 'week' | 'month';

/** The analytics view as it lives in the URL: `?range=7d&interval=day&excludeBots=1` or `?from=…&to=…`. */
export interface AnalyticsFilters {
  range: RangeKey;
  /** Custom range, local calendar dates `yyyy-mm-dd`, both inclusive. */
  from: string | null;
  to: string | null;
  interval: IntervalKey;
  excludeBots: boolean;
}

export const PRESETS: {
  key: Exclude<RangeKey, 'custom'>;
  label: string;
  days: number;
  preset: DateRangePreset;
}[] = [
  { key: '7d', label: 'Last 7d', days: 7, preset: 'LAST_7_DAYS' },
  { key: '30d', label: 'Last 30d', days: 30, preset: 'LAST_30_DAYS' },
  { key: '90d', label: 'Last 90d', days: 90, preset: 'LAST_90_DAYS' },
];

export const INTERVALS: { key: IntervalKey; label: string; value: Interval }[] = [
  { key: 'hour', label: 'Hour', value: 'HOUR' },
  { key: 'day', label: 'Day', value: 'DAY' },
  { key: 'week', label: 'Week', value: 'WEEK' },
  { key: 'month', label: 'Month', value: 'MONTH' },
];

/** The server's longest span for hourly buckets. */
export const MAX_HOUR_SPAN_DAYS = 31;

export const DEFAULT_FILTERS: AnalyticsFilters = {
  range: '30d',
  from: null,
  to: null,
  interval: 'day',
  excludeBots: false,
};

const DATE_RE = /^\d{4}-\d{2}-\d{2}$/;

/** A local calendar date `yyyy-mm-dd` as a Date at local midnight, or null. */
export function parseLocalDate(value: string | null): Date | null {
  if (!value || !DATE_RE.test(value)) return null;
  const [y, m, d] = value.split('-').map(Number) as [number, number, number];
  const date = new Date(y, m - 1, d);
  return date.getFullYear() === y && date.getMonth() === m - 1 && date.getDate() === d ? date : null;
}

export function toLocalDate(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

export function parseFilters(params: URLSearchParams): AnalyticsFilters {
  const from = parseLocalDate(params.get('from'));
  const to = parseLocalDate(params.get('to'));
  const interval = INTERVALS.find((i) => i.key === params.get('interval'))?.key ?? DEFAULT_FILTERS.interval;
  const excludeBots = params.get('excludeBots') === '1' || params.get('excludeBots') === 'true';
  if (from && to && from <= to) {
    return { range: 'custom', from: toLocalDate(from), to: toLocalDate(to), interval, excludeBots };
  }
  const range = PRESETS.find((p) => p.key === params.get('range'))?.key ?? DEFAULT_FILTERS.range;
  return { range, from: null, to: null, interval, excludeBots };
}

/** Only what differs from the defaults goes into the URL, so a plain link stays plain. */
export function filtersToParams(filters: AnalyticsFilters): URLSearchParams {
  const params = new URLSearchParams();
  if (filters.range === 'custom' && filters.from && filters.to) {
    params.set('from', filters.from);
    params.set('to', filters.to);
  } else if (filters.range !== DEFAULT_FILTERS.range) {
    params.set('range', filters.range);
  }
  if (filters.interval !== DEFAULT_FILTERS.interval) params.set('interval', filters.interval);
  if (filters.excludeBots) params.set('excludeBots', '1');
  return params;
}

/** Calendar days covered, both ends included. */
export function spanDays(filters: AnalyticsFilters): number {
  if (filters.range !== 'custom') return PRESETS.find((p) => p.key === filters.range)!.days;
  const from = parseLocalDate(filters.from);
  const to = parseLocalDate(filters.to);
  if (!from || !to) return 0;
  return Math.round((to.getTime() - from.getTime()) / 86_400_000) + 1;
}

/** The calendar dates a view covers, as the date fields show them: a preset's too (today inclusive). */
export function shownDates(filters: AnalyticsFilters, today = new Date()): { from: string; to: string } {
  if (filters.range === 'custom') return { from: filters.from ?? '', to: filters.to ?? '' };
  const days = spanDays(filters);
  const start = new Date(today.getFullYear(), today.getMonth(), today.getDate() - (days - 1));
  return { from: toLocalDate(start), to: toLocalDate(today) };
}

/** The exclusive end instant of a custom range: local midnight after the last day. */
function endExclusive(to: string): Date {
  const day = parseLocalDate(to)!;
  return new Date(day.getFullYear(), day.getMonth(), day.getDate() + 1);
}

export function toStatsFilter(
  filters: AnalyticsFilters,
  timeZone: string,
): NonNullable<ClickStatsQueryVariables['filter']> {
  if (filters.range === 'custom' && filters.from && filters.to) {
    return {
      from: parseLocalDate(filters.from)!.toISOString(),
      to: endExclusive(filters.to).toISOString(),
      timeZone,
    };
  }
  return { range: PRESETS.find((p) => p.key === filters.range)!.preset, timeZone };
}

/** The arguments every ClickStats query takes: filter, interval, excludeBots. */
export function toStatsArgs(
  filters: AnalyticsFilters,
  timeZone: string,
): Omit<ClickStatsQueryVariables, 'linkId'> {
  return {
    filter: toStatsFilter(filters, timeZone),
    interval: INTERVALS.find((i) => i.key === filters.interval)!.value,
    excludeBots: filters.excludeBots,
  };
}

export function toStatsVariables(
  linkId: string,
  filters: AnalyticsFilters,
  timeZone: string,
): ClickStatsQueryVariables {
  return { linkId, ...toStatsArgs(filters, timeZone) };
}

/** The CSV export takes the same filters as clickStats. */
export function exportUrl(linkId: string, filters: AnalyticsFilters, timeZone: string): string {
  const filter = toStatsFilter(filters, timeZone);
  const params = new URLSearchParams();
  if (filter.range) params.set('range', filter.range);
  if (filter.from) params.set('from', filter.from);
  if (filter.to) params.set('to', filter.to);
  params.set('timeZone', timeZone);
  params.set('excludeBots', String(filters.excludeBots));
  return `/api/links/${encodeURIComponent(linkId)}/clicks.csv?${params.toString()}`;
}
