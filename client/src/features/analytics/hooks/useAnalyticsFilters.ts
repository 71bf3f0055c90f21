import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router';
import { filtersToParams, parseFilters, type AnalyticsFilters } from '../filters';

/** Filters read from and written to the URL: each change is a history entry, so Back undoes it. */
export function useAnalyticsFilters(): [AnalyticsFilters, (next: AnalyticsFilters) => void] {
  const [params, setParams] = useSearchParams();
  const filters = useMemo(() => parseFilters(params), [params]);
  const setFilters = useCallback((next: AnalyticsFilters) => setParams(filtersToParams(next)), [setParams]);
  return [filters, setFilters];
}
