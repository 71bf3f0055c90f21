import { lazy, Suspense, useId, type ReactNode } from 'react';
import { ErrorState, Spinner } from '../../../components/States';
import { graphql, useFragment, type FragmentType } from '../../../gql';
import { hasCode, mapFormErrors } from '../../../lib/errors';
import { formatNumber } from '../../../lib/format';
import type { AnalyticsView } from '../hooks/useAnalyticsView';
import { Breakdowns } from './Breakdowns';
import { FilterBar, type FilterField } from './FilterBar';
import { SummaryCards } from './SummaryCards';

// chart.js and leaflet with the country shapes load only when analytics are shown.
const ClicksChart = lazy(() => import('./ClicksChart'));
const ClickMap = lazy(() => import('./ClickMap'));

/** Everything the analytics view reads, whichever query (one link's or a campaign's) asked for it. */
export const ClickAnalytics_stats = graphql(`
  fragment ClickAnalytics_stats on ClickStats {
    totals {
      bots
    }
    ...SummaryCards_stats
    ...ClicksChart_stats
    ...ClickMap_stats
    ...Breakdowns_stats
  }
`);

interface ClickAnalyticsProps {
  /** The latest answer, or the previous one while a new filter loads; absent before the first. */
  stats: FragmentType<typeof ClickAnalytics_stats> | undefined;
  /** The stats query's state: loading dims the numbers, an error shows on the filter it names. */
  query: { loading: boolean; error?: unknown; refetch: () => Promise<unknown> };
  view: AnalyticsView;
  /** Beside the chart, e.g. the link's own facts. Without it the chart takes the whole row. */
  aside?: ReactNode;
  /** When the link or campaign was created: the chart starts there, not at an empty range start. */
  since?: string | null;
}

/** The filter bar, the summary cards, Clicks Over Time, the map and the breakdowns. */
export function ClickAnalytics({ stats: statsRef, query, view, aside, since = null }: ClickAnalyticsProps) {
  const stats = useFragment(ClickAnalytics_stats, statsRef);
  const { loading, error } = query;
  const { filters, timeZone } = view;
  const onRetry = () => void query.refetch();
  const chartTitle = useId();
  const mapTitle = useId();
  // Keep the previous numbers on screen while a new filter loads; dim them instead of blanking.
  const refreshing = loading && Boolean(stats);
  // Filter errors go on the filter they name; the rest above the numbers. UNAUTHENTICATED is handled globally.
  const statsErrors =
    error && !hasCode(error, 'UNAUTHENTICATED')
      ? mapFormErrors(error, ['range', 'from', 'to', 'interval'] as const satisfies readonly FilterField[])
      : null;

  return (
    <div className="click-analytics">
      <FilterBar value={filters} onChange={view.setFilters} serverErrors={statsErrors?.fields} />
      <p className="muted tz-note">Times in your time zone ({timeZone}).</p>

      {statsErrors?.form && <ErrorState message={statsErrors.form} onRetry={onRetry} />}

      <div className={`analytics-grid ${refreshing ? 'is-refreshing' : ''}`} aria-busy={loading}>
        <SummaryCards stats={stats} excludeBots={filters.excludeBots} />
        {aside}

        <section className={`card chart-card ${aside ? '' : 'chart-card-wide'}`} aria-labelledby={chartTitle}>
          <h2 id={chartTitle} className="card-title">
            Clicks Over Time
          </h2>
          {stats ? (
            <Suspense fallback={<Spinner label="Loading chart…" />}>
              <ClicksChart
                stats={stats}
                interval={filters.interval}
                showBots={!filters.excludeBots}
                since={since}
              />
            </Suspense>
          ) : loading ? (
            <Spinner label="Loading analytics…" />
          ) : (
            <p className="muted">No data.</p>
          )}
        </section>

        <div className="section-head">
          <h2 className="section-title">Audience</h2>
          {stats && (
            <p className="muted audience-note" data-testid="audience-note">
              {filters.excludeBots
                ? 'People only: bots are excluded from these numbers.'
                : stats.totals.bots > 0
                  ? `These numbers include ${formatNumber(stats.totals.bots)} bot clicks (as "Unknown", "Other" and the crawlers' countries). Turn on Exclude bots to see people only.`
                  : 'No bot clicks in this period: every number is people.'}
            </p>
          )}
        </div>
        <section className="card map-card" aria-labelledby={mapTitle}>
          <h2 id={mapTitle} className="card-title">
            Click Locations
          </h2>
          {stats ? (
            <Suspense fallback={<Spinner label="Loading map…" />}>
              <ClickMap stats={stats} />
            </Suspense>
          ) : (
            <Spinner label="Loading map…" />
          )}
        </section>
        <Breakdowns stats={stats} showBots={!filters.excludeBots} />
      </div>
    </div>
  );
}
