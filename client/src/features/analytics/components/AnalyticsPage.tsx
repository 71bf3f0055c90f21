import { useQuery } from '@apollo/client/react';
import { lazy, Suspense, useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { CopyButton } from '../../../components/CopyButton';
import {
  ArrowLeftIcon,
  DownloadIcon,
  EditIcon,
  ExternalIcon,
  MoreIcon,
  QrIcon,
  TrashIcon,
} from '../../../components/Icons';
import { Menu } from '../../../components/Menu';
import { EmptyState, ErrorState, Skeleton, StatusBadge } from '../../../components/States';
import { displayUrl } from '../../../lib/format';
import { DeleteLinkDialog } from '../../links/components/DeleteLinkDialog';
import { LinkFormDialog } from '../../links/components/LinkFormDialog';
import { ClickStatsDocument, LinkDetailsDocument } from '../graphql/analytics';
import { exportUrl } from '../filters';
import { useAnalyticsView } from '../hooks/useAnalyticsView';
import { useRefetchOnVisible } from '../hooks/useRefetchOnVisible';
import { useDocumentTitle } from '../../../hooks/useDocumentTitle';
import { ClickAnalytics } from './ClickAnalytics';
import { LinkPanel } from './LinkPanel';

// qrcode loads only when the QR dialog opens.
const QrDialog = lazy(() => import('./QrDialog'));

type DialogKind = 'none' | 'edit' | 'delete' | 'qr';

function download(url: string) {
  const a = document.createElement('a');
  a.href = url;
  a.download = '';
  a.click();
}

export default function AnalyticsPage() {
  const { id = '' } = useParams();
  const navigate = useNavigate();
  const view = useAnalyticsView();
  const [dialog, setDialog] = useState<DialogKind>('none');

  const details = useQuery(LinkDetailsDocument, { variables: { id } });
  const link = details.data?.link;
  const stats = useQuery(ClickStatsDocument, {
    variables: { linkId: id, ...view.args },
    skip: !link,
    notifyOnNetworkStatusChange: true,
  });
  const clickStats = (stats.data ?? stats.previousData)?.clickStats;

  useRefetchOnVisible(details.refetch, stats.refetch);

  useDocumentTitle(link ? link.title || link.code : 'Analytics');

  if (details.loading && !details.data) {
    return (
      <div className="page">
        <Skeleton label="Loading link…" cards={5} rows={3} />
      </div>
    );
  }
  if (details.error) {
    return (
      <div className="page">
        <Link to="/" className="back-link">
          <ArrowLeftIcon /> All links
        </Link>
        <ErrorState message="Could not load this link." onRetry={() => void details.refetch()} />
      </div>
    );
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
  const csvUrl = exportUrl(link.id, view.filters, view.timeZone);
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
        {/* On a phone the actions fold into one menu, so the numbers come first. */}
        <div className="header-actions-menu">
          <CopyButton text={link.shortUrl} label="Copy short URL" showLabel />
          <Menu
            label="More actions"
            trigger={
              <>
                <MoreIcon /> More
              </>
            }
            items={[
              { label: 'Open', icon: <ExternalIcon />, onSelect: () => window.open(link.shortUrl, '_blank') },
              { label: 'Edit', icon: <EditIcon />, onSelect: () => setDialog('edit') },
              { label: 'QR code', icon: <QrIcon />, onSelect: () => setDialog('qr') },
              { label: 'Export CSV', icon: <DownloadIcon />, onSelect: () => download(csvUrl) },
              { label: 'Delete', icon: <TrashIcon />, danger: true, onSelect: () => setDialog('delete') },
            ]}
          />
        </div>
        <div className="header-actions header-actions-full">
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
          <a className="button button-secondary" href={csvUrl} download>
            <DownloadIcon /> Export CSV
          </a>
          <button type="button" className="button button-danger-outline" onClick={() => setDialog('delete')}>
            <TrashIcon /> Delete
          </button>
        </div>
      </div>

      <ClickAnalytics
        stats={clickStats}
        query={stats}
        view={view}
        aside={<LinkPanel link={link} />}
        since={link.createdAt}
      />

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
