import { describe, expect, it } from 'vitest';
import {
  DEFAULT_FILTERS,
  exportUrl,
  filtersToParams,
  parseFilters,
  shownDates,
  spanDays,
  toStatsVariables,
} from './filters';

describe('analytics filters in the URL', () => {
  it('reads defaults from an empty query and writes nothing for them', () => {
    const filters = parseFilters(new URLSearchParams(''));
    expect(filters).toEqual({ range: '30d', from: null, to: null, interval: 'day', excludeBots: false });
    expect(filtersToParams(filters).toString()).toBe('');
  });

  it('round-trips presets, intervals and excludeBots', () => {
    const params = new URLSearchParams('range=7d&interval=hour&excludeBots=1');
    expect(filtersToParams(parseFilters(params)).toString()).toBe(params.toString());
  });

  it('prefers a valid custom range and ignores a broken one', () => {
    expect(parseFilters(new URLSearchParams('from=2026-01-01&to=2026-01-31&range=7d')).range).toBe('custom');
    expect(parseFilters(new URLSearchParams('from=2026-02-30&to=2026-03-01')).range).toBe('30d');
    expect(parseFilters(new URLSearchParams('from=2026-03-05&to=2026-03-01')).range).toBe('30d');
    expect(parseFilters(new URLSearchParams('range=bogus&interval=year')).interval).toBe('day');
  });

  it('counts calendar days with both ends included', () => {
    expect(spanDays(parseFilters(new URLSearchParams('from=2026-03-01&to=2026-03-31')))).toBe(31);
    expect(spanDays(parseFilters(new URLSearchParams('range=90d')))).toBe(90);
  });

  it('sends presets as enums and custom dates as local midnights, the end exclusive', () => {
    const preset = toStatsVariables('l1', parseFilters(new URLSearchParams('range=7d')), 'Europe/Berlin');
    expect(preset).toEqual({
      linkId: 'l1',
      filter: { range: 'LAST_7_DAYS', timeZone: 'Europe/Berlin' },
      interval: 'DAY',
      excludeBots: false,
    });
    const custom = toStatsVariables(
      'l1',
      parseFilters(new URLSearchParams('from=2026-03-01&to=2026-03-02')),
      'UTC',
    );
    expect(custom.filter).toEqual({
      from: new Date(2026, 2, 1).toISOString(),
      to: new Date(2026, 2, 3).toISOString(),
      timeZone: 'UTC',
    });
  });

  it('builds the CSV export URL with the same filters', () => {
    const url = exportUrl('abc', parseFilters(new URLSearchParams('range=90d&excludeBots=1')), 'Asia/Tokyo');
    expect(url).toBe('/api/links/abc/clicks.csv?range=LAST_90_DAYS&timeZone=Asia%2FTokyo&excludeBots=true');
  });
});

describe('shownDates', () => {
  it("shows a preset's first and last day, today included", () => {
    const today = new Date(2026, 10, 30);
    expect(shownDates({ ...DEFAULT_FILTERS, range: '7d' }, today)).toEqual({
      from: '2026-11-24',
      to: '2026-11-30',
    });
    expect(shownDates({ ...DEFAULT_FILTERS, range: '30d' }, today)).toEqual({
      from: '2026-11-01',
      to: '2026-11-30',
    });
  });
  it('shows a custom range as it is', () => {
    expect(shownDates({ ...DEFAULT_FILTERS, range: 'custom', from: '2026-01-02', to: '2026-01-05' })).toEqual(
      {
        from: '2026-01-02',
        to: '2026-01-05',
      },
    );
  });
});
