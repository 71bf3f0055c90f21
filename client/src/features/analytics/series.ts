interface Bucket {
  start: string;
  total: number;
}

/**
 * The buckets worth drawing: from the one holding `since` (the link's creation; the range start when
 * later) to the one holding `now`. Days before the link existed and hours still to come are not zeros
 * that happened. A bucket with clicks always stays.
 */
export function visibleBuckets<B extends Bucket>(series: readonly B[], since: string | null, now: Date): B[] {
  const sinceMs = since ? Date.parse(since) : Number.NEGATIVE_INFINITY;
  const nowMs = now.getTime();
  const first = series.findIndex((b, i) => {
    const next = series[i + 1];
    return b.total > 0 || !next || Date.parse(next.start) > sinceMs;
  });
  let last = series.length - 1;
  while (last > first && series[last]!.total === 0 && Date.parse(series[last]!.start) > nowMs) last--;
  return first < 0 ? [] : series.slice(first, last + 1);
}

/**
 * Which bucket labels to print: both ends always, and evenly spaced ones between that keep clear of
 * the ends, at most `max` in all.
 */
export function labelledIndexes(count: number, max: number): Set<number> {
  const shown = new Set<number>();
  if (count === 0) return shown;
  shown.add(0).add(count - 1);
  const step = Math.max(1, Math.ceil((count - 1) / Math.max(1, max - 1)));
  for (let i = step; i < count - 1; i += step) if (count - 1 - i >= step / 2) shown.add(i);
  return shown;
}
