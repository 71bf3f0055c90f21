import { useQuery } from '@apollo/client/react';
import './campaigns.css';
import { useId, useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { ArrowLeftIcon, EditIcon, TrashIcon } from '../../../components/Icons';
import { EmptyState, ErrorState, Spinner } from '../../../components/States';
import { useDocumentTitle } from '../../../hooks/useDocumentTitle';
import { displayUrl, formatDate, formatNumber } from '../../../lib/format';
import { ClickAnalytics } from '../../analytics/components/ClickAnalytics';
import { useAnalyticsView } from '../../analytics/hooks/useAnalyticsView';
import { useRefetchOnVisible } from '../../analytics/hooks/useRefetchOnVisible';
import { CampaignClickStatsDocument, CampaignDocument } from '../graphql/campaigns';
import { CampaignFormDialog } from './CampaignFormDialog';
import { CampaignFunnel } from './CampaignFunnel';
import { CampaignLinks } from './CampaignLinks';
import { ChannelBadge } from './ChannelBadge';
import { DeleteCampaignDialog } from './DeleteCampaignDialog';
import { RecipientsSection } from './RecipientsSection';
import { UploadDeliveryReportDialog } from './UploadDeliveryReportDialog';
import { UploadRecipientsDialog } from './UploadRecipientsDialog';

type DialogKind = 'none' | 'edit' | 'delete' | 'upload' | 'report';

export default function CampaignPage() {
  const { id = '' } = useParams();
  const navigate = useNavigate();
  const analyticsTitle = useId();
  const view = useAnalyticsView();
  const [dialog, setDialog] = useState<DialogKind>('none');

  const details = useQuery(CampaignDocument, { variables: { id } });
  const campaign = details.data?.campaign;
  const stats = useQuery(CampaignClickStatsDocument, {
    variables: { campaignId: id, ...view.args },
    skip: !campaign || campaign.linkCount === 0,
    notifyOnNetworkStatusChange: true,
  });
  const clickStats = (stats.data ?? stats.previousData)?.campaignClickStats;

  useRefetchOnVisible(details.refetch, stats.refetch);
  useDocumentTitle(campaign ? campaign.name : 'Campaign');

  if (details.loading && !details.data) return <Spinner label="Loading campaign…" />;
  if (details.error && !campaign) {
    return <ErrorState message="Could not load this campaign." onRetry={() => void details.refetch()} />;
  }
  if (!campaign) {
    return (
      <div className="page">
        <EmptyState title="Campaign not found">
          <p>It may have been deleted.</p>
          <Link to="/campaigns" className="button button-secondary">
            Back to campaigns
          </Link>
        </EmptyState>
      </div>
    );
  }

  return (
    <div className="page campaign-page">
      <Link to="/campaigns" className="back-link">
        <ArrowLeftIcon /> All campaigns
      </Link>
      <div className="page-header campaign-header">
        <div className="campaign-title">
          <h1>
            <bdi>{campaign.name}</bdi>
          </h1>
          <p className="campaign-meta">
            <ChannelBadge channel={campaign.channel} />
            <span>Created {formatDate(campaign.createdAt)}</span>
            {campaign.destinationUrl && (
              <span className="campaign-destination" title={campaign.destinationUrl}>
                → <bdi>{displayUrl(campaign.destinationUrl)}</bdi>
              </span>
            )}
            <span>{campaign.currency}</span>
            <span>Conversion tracking {campaign.conversionTracking ? 'on' : 'off'}</span>
          </p>
        </div>
        <div className="header-actions">
          <button type="button" className="button button-secondary" onClick={() => setDialog('edit')}>
            <EditIcon /> Edit
          </button>
          <button type="button" className="button button-danger-outline" onClick={() => setDialog('delete')}>
            <TrashIcon /> Delete
          </button>
        </div>
      </div>

      <CampaignFunnel
        campaign={campaign}
        onUploadReport={() => setDialog('report')}
        onEdit={() => setDialog('edit')}
      />

      <RecipientsSection
        campaignId={campaign.id}
        recipientCount={campaign.recipientCount}
        currency={campaign.currency}
        onUpload={() => setDialog('upload')}
        onUploadReport={() => setDialog('report')}
      />

      <CampaignLinks campaign={campaign} />

      <section className="campaign-section" aria-labelledby={analyticsTitle}>
        <div className="section-header">
          <h2 id={analyticsTitle}>Click analytics</h2>
          {campaign.linkCount > 0 && (
            <p className="muted">
              Every link of the campaign together: {formatNumber(campaign.linkCount)}{' '}
              {campaign.linkCount === 1 ? 'link' : 'links'}.
            </p>
          )}
        </div>
        {campaign.linkCount > 0 ? (
          <ClickAnalytics stats={clickStats} query={stats} view={view} since={campaign.createdAt} />
        ) : (
          <p className="card muted section-empty">
            Clicks on the campaign&rsquo;s links are counted here: who clicked, when, where and on what.
          </p>
        )}
      </section>

      {dialog === 'edit' && <CampaignFormDialog campaign={campaign} onClose={() => setDialog('none')} />}
      {dialog === 'delete' && (
        <DeleteCampaignDialog
          campaign={campaign}
          onClose={() => setDialog('none')}
          onDeleted={() => void navigate('/campaigns', { replace: true })}
        />
      )}
      {dialog === 'upload' && (
        <UploadRecipientsDialog
          campaignId={campaign.id}
          campaignDestination={campaign.destinationUrl ?? null}
          onClose={() => setDialog('none')}
        />
      )}
      {dialog === 'report' && (
        <UploadDeliveryReportDialog campaignId={campaign.id} onClose={() => setDialog('none')} />
      )}
    </div>
  );
}
