/**
 * The breakdown dimensions, named once. The one-letter codes are what link_click_breakdowns stores
 * (its CHECK constraint and click_breakdown_values(), migration ClickAggregates): change both together.
 */
export const Dimension = {
  country: 'c',
  /** country, region and city joined by U+001F */
  location: 'l',
  browser: 'b',
  os: 'o',
  platform: 'p',
  referrer: 'r',
  /** bots only */
  botAgent: 'a',
} as const;
export type DimensionName = keyof typeof Dimension;
export type DimensionCode = (typeof Dimension)[DimensionName];

const NAMES = new Map<string, DimensionName>(
  Object.entries(Dimension).map(([name, code]) => [code, name as DimensionName]),
);
/** The dimension a stored code stands for (undefined for a code this version does not know). */
export const dimensionNamed = (code: string): DimensionName | undefined => NAMES.get(code);

/** Joins a location value's parts (U+001F: a character no country, region or city holds). */
export const LOCATION_SEPARATOR = '\x1f';

export function joinLocation(country: string | null, region: string | null, city: string | null): string {
  return `${country ?? ''}${LOCATION_SEPARATOR}${region ?? ''}${LOCATION_SEPARATOR}${city ?? ''}`;
}

/** A location value's parts. */
export function splitLocation(value: string): { country: string; region: string; city: string } {
  const [country = '', region = '', city = ''] = value.split(LOCATION_SEPARATOR);
  return { country, region, city };
}
