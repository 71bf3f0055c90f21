import { displayName } from '../clicks/click';
import { isLinkPreview } from '../clicks/classify';
import type { ClickRange } from './click-range';
import type { BreakdownRow, SeriesRow } from './click-stats.queries';
import type { ClickBucket, ClickStats, CountryCount, NamedCount } from './click-stats.types';
import { countryName } from './countries';
import { dimensionNamed, splitLocation, type DimensionName } from '../clicks/dimensions';
import { byClicks, groupLocations, type Place } from './locations';

/** The dimensions listed by name, and how a stored value is named for people. */
const NAMED: Partial<Record<DimensionName, (value: string) => string>> = {
  browser: displayName.product,
  os: displayName.product,
  platform: displayName.platform,
  referrer: displayName.referrer,
  botAgent: displayName.product,
};

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
  const totals = { total: 0, unique: 0, bots: 0, repeat: 0, excludedBots: 0, previews: 0 };
  for (const b of series) {
    totals.total += b.total;
    totals.unique += b.unique;
    totals.bots += b.bots;
  }
  for (const row of seriesRows) if (excludeBots) totals.excludedBots += Number(row.bots);
  totals.repeat = totals.total - totals.unique - totals.bots;
  // Previews are a delivery signal, not visits: they stay listed when bots are excluded from the numbers.
  const previews = new Map<string, number>();

  const named = new Map<DimensionName, Map<string, number>>();
  const countries = new Map<string, number>();
  const places: Place[] = [];
  for (const row of breakdownRows) {
    const dimension = dimensionNamed(row.dimension);
    if (!dimension) continue;
    const bots = Number(row.bots);
    const isBotAgent = dimension === 'botAgent';
    if (isBotAgent && bots > 0 && isLinkPreview(row.value)) {
      previews.set(row.value, (previews.get(row.value) ?? 0) + bots);
      totals.previews += bots;
    }
    const clicks = isBotAgent ? bots : Number(row.clicks) - (excludeBots ? bots : 0);
    if (clicks <= 0 || (isBotAgent && excludeBots)) continue;
    if (dimension === 'country') {
      countries.set(row.value, (countries.get(row.value) ?? 0) + clicks);
    } else if (dimension === 'location') {
      const { country, region, city } = splitLocation(row.value);
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
      const name = NAMED[dimension]!(row.value);
      const counts = named.get(dimension) ?? new Map<string, number>();
      counts.set(name, (counts.get(name) ?? 0) + clicks);
      named.set(dimension, counts);
    }
  }
  const list = (dimension: DimensionName): NamedCount[] =>
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
    browsers: list('browser'),
    platforms: list('platform'),
    operatingSystems: list('os'),
    referrers: list('referrer'),
    botAgents: list('botAgent'),
    linkPreviews: [...previews].map(([name, clicks]) => ({ name, clicks })).sort(byClicks((n) => n.name)),
  };
}
