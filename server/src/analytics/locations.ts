import type { LocationCount } from './click-stats.types';
import { countryCentroid } from './countries';

/** The map shows at most this many points; smaller cities fold into their country's point. */
export const MAX_LOCATIONS = 300;

export interface Place {
  country: string | null;
  region: string | null;
  city: string | null;
  clicks: number;
  latSum: number;
  lonSum: number;
  located: number;
}

// localeCompare's own order, with one collator instead of one per call: thousands of ties per answer.
const collator = new Intl.Collator();

export const byClicks =
  <T extends { clicks: number }>(name: (t: T) => string) =>
  (a: T, b: T) =>
    b.clicks - a.clicks || collator.compare(name(a), name(b));

/**
 * Map points: one per city (at the mean recorded coordinates), and one per country at its centroid for
 * clicks located no finer than the country. Past MAX_LOCATIONS points the smallest cities fold into their
 * country's point. Clicks with no place at all (no country, no coordinates) cannot be drawn and are left
 * out; the countries breakdown counts them as Unknown.
 */
export function groupLocations(places: Place[], max = MAX_LOCATIONS): LocationCount[] {
  const cities = places.filter((p) => p.city && p.located > 0).sort(byClicks((p) => p.city!));
  const byCountry = new Map<string, { clicks: number; latSum: number; lonSum: number; located: number }>();
  const centre = (code: string, entry: { latSum: number; lonSum: number; located: number }) =>
    (code ? countryCentroid(code) : null) ??
    (entry.located > 0
      ? { latitude: entry.latSum / entry.located, longitude: entry.lonSum / entry.located }
      : null);
  // Country points drawn so far, kept as cities fold in (counting them afresh per fold was quadratic).
  let countryPoints = 0;
  const fold = (p: Place) => {
    const key = p.country ?? '';
    const entry = byCountry.get(key) ?? { clicks: 0, latSum: 0, lonSum: 0, located: 0 };
    const drawn = byCountry.has(key) && centre(key, entry) !== null;
    entry.clicks += p.clicks;
    entry.latSum += p.latSum;
    entry.lonSum += p.lonSum;
    entry.located += p.located;
    byCountry.set(key, entry);
    if (!drawn && centre(key, entry) !== null) countryPoints++;
  };
  for (const p of places) if (!(p.city && p.located > 0)) fold(p);
  let kept = cities.length;
  while (kept > 0 && kept + countryPoints > max) fold(cities[--kept]!);

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
