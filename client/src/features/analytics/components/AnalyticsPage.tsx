import { useQuery } from '@apollo/client/react';
import { lazy, Suspense, useEffect, useMemo, useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { CopyButton } from '../../../components/CopyButton';
import {
  ArrowLeftIcon,
  DownloadIcon,
  EditIcon,
  ExternalIcon,
  QrIcon,
  TrashIcon,
} from '../../../components/Icons';
import { EmptyState, ErrorState, Spinner, StatusBadge } from '../../../components/States';
import { hasCode, mapFormErrors } from '../../../lib/errors';
import { browserTimeZone, displayUrl } from '../../../lib/format';
import { DeleteLinkDialog } from '../../links/components/DeleteLinkDialog';
import { LinkFormDialog } from '../../links/components/LinkFormDialog';
import { ClickStatsDocument, LinkDetailsDocument } from '../graphql/analytics';
import { exportUrl, toStatsVariables } from '../filters';
import { useAnalyticsFilters } from '../hooks/useAnalyticsFilters';
import { useDocumentTitle } from '../../../hooks/useDocumentTitle';
import { Breakdowns } from './Breakdowns';
import { LinkPanel } from './LinkPanel';
import { SummaryCards } from './SummaryCards';
import { FilterBar, type FilterField } from './FilterBar';

// chart.js, leaflet with the country shapes, and qrcode load only when this page needs them.
const ClicksChart = lazy(() => import('./ClicksChart'));
const ClickMap = lazy(() => import('./ClickMap'));
const QrDialog = lazy(() => import('./QrDialog'));

type DialogKind = 'none' | 'edit' | 'delete' | 'qr';

export default function AnalyticsPage() {
  const { id = '' } = useParams();
  const navigate = useNavigate();
  const [filters, setFilters] = useAnalyticsFilters();
  const [dialog, setDialog] = useState<DialogKind>('none');
  const timeZone = useMemo(browserTimeZone, []);

  const details = useQuery(LinkDetailsDocument, { variables: { id } });
  const link = details.data?.link;
  const stats = useQuery(ClickStatsDocument, {
    variables: toStatsVariables(id, filters, timeZone),
    skip: !link,
    notifyOnNetworkStatusChange: true,
  });
  // Keep the previous numbers on screen while a new filter loads; dim them instead of blanking.
  const clickStats = (stats.data ?? stats.previousData)?.clickStats;
  const refreshing = stats.loading && Boolean(clickStats);

  // Coming back to the tab (e.g. after Open) shows the clicks that happened meanwhile.
  const { refetch: refetchDetails } = details;
  const { refetch: refetchStats } = stats;
  useEffect(() => {
    const onVisible = () => {
      if (document.visibilityState !== 'visible') return;
      void refetchDetails().catch(() => {});
      void refetchStats().catch(() => {});
    };
    document.addEventListener('visibilitychange', onVisible);
    return () => document.removeEventListener('visibilitychange', onVisible);
  }, [refetchDetails, refetchStats]);

  useDocumentTitle(link ? link.title || link.code : 'Analytics');

  if (details.loading && !details.data) return <Spinner label="Loading link…" />;
  if (details.error) {
    return <ErrorState message="Could not load this link." onRetry={() => void details.refetch()} />;
  }
  if (!link) {
    return (
      <div className="page">
        <EmptyState title="Link not found">
          <p>It may have been deleted.</p>
          <Link to="/" className="button button-secondary">
            Back to links
          </Link>
        </EmptyState>
      </div>
    );
  }

  const name = link.title || link.code;
  // Filter errors go on the filter they name; the rest above the numbers. UNAUTHENTICATED is handled globally.
  const statsErrors =
    stats.error && !hasCode(stats.error, 'UNAUTHENTICATED')
      ? mapFormErrors(stats.error, [
          'range',
          'from',
          'to',
          'interval',
        ] as const satisfies readonly FilterField[])
      : null;

  return (
    <div className="page analytics">
      <Link to="/" className="back-link">
        <ArrowLeftIcon /> All links
      </Link>
      <div className="page-header analytics-header">
        <div className="analytics-title">
          <h1>
            <bdi>{name}</bdi> <StatusBadge status={link.status} />
          </h1>
          <a href={link.shortUrl} target="_blank" rel="noreferrer" className="short-url-large">
            {displayUrl(link.shortUrl)}
          </a>
        </div>
        <div className="header-actions">
          <CopyButton text={link.shortUrl} label="Copy short URL" showLabel />
          <a className="button button-secondary" href={link.shortUrl} target="_blank" rel="noreferrer">
            <ExternalIcon /> Open
          </a>
          <button type="button" className="button button-secondary" onClick={() => setDialog('edit')}>
            <EditIcon /> Edit
          </button>
          <button type="button" className="button button-secondary" onClick={() => setDialog('qr')}>
            <QrIcon /> QR code
          </button>
          <a className="button button-secondary" href={exportUrl(link.id, filters, timeZone)} download>
            <DownloadIcon /> Export CSV
          </a>
          <button type="button" className="button button-danger-outline" onClick={() => setDialog('delete')}>
            <TrashIcon /> Delete
          </button>
        </div>
      </div>

      <FilterBar value={filters} onChange={setFilters} serverErrors={statsErrors?.fields} />
      <p className="muted tz-note">Times in your time zone ({timeZone}).</p>

      {statsErrors?.form && <ErrorState message={statsErrors.form} onRetry={() => void stats.refetch()} />}

      <div className={`analytics-grid ${refreshing ? 'is-refreshing' : ''}`} aria-busy={stats.loading}>
        <SummaryCards stats={clickStats} excludeBots={filters.excludeBots} />
        <LinkPanel link={link} />

        <section className="card chart-card" aria-labelledby="chart-title">
          <h2 id="chart-title" className="card-title">
            Clicks Over Time
          </h2>
          {clickStats ? (
            <Suspense fallback={<Spinner label="Loading chart…" />}>
              <ClicksChart stats={clickStats} interval={filters.interval} showBots={!filters.excludeBots} />
            </Suspense>
          ) : stats.loading ? (
            <Spinner label="Loading analytics…" />
          ) : (
            <p className="muted">No data.</p>
          )}
        </section>

        <h2 className="section-title">Audience</h2>
        <section className="card map-card" aria-labelledby="map-title">
          <h2 id="map-title" className="card-title">
            Click Locations
          </h2>
          {clickStats ? (
            <Suspense fallback={<Spinner label="Loading map…" />}>
              <ClickMap stats={clickStats} />
            </Suspense>
          ) : (
            <Spinner label="Loading map…" />
          )}
        </section>
        <Breakdowns stats={clickStats} showBots={!filters.excludeBots} />
      </div>

      {dialog === 'edit' && <LinkFormDialog link={link} onClose={() => setDialog('none')} />}
      {dialog === 'delete' && (
        <DeleteLinkDialog
          link={link}
          onClose={() => setDialog('none')}
          onDeleted={() => void navigate('/', { replace: true })}
        />
      )}
      {dialog === 'qr' && (
        <Suspense fallback={null}>
          <QrDialog url={link.shortUrl} code={link.code} onClose={() => setDialog('none')} />
        </Suspense>
      )}
    </div>
  );
}
