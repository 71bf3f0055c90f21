import { useMemo } from 'react';
import { browserTimeZone } from '../../../lib/format';
import { toStatsArgs } from '../filters';
import { useAnalyticsFilters } from './useAnalyticsFilters';

/** The filters in the URL, the browser's time zone, and the ClickStats arguments they make. */
export function useAnalyticsView() {
  const [filters, setFilters] = useAnalyticsFilters();
  const timeZone = useMemo(browserTimeZone, []);
  return { filters, setFilters, timeZone, args: toStatsArgs(filters, timeZone) };
}

export type AnalyticsView = ReturnType<typeof useAnalyticsView>;
