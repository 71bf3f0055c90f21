import { useQuery } from '@apollo/client/react';
import { useId } from 'react';
import { ErrorState, Spinner } from '../../../components/States';
import { graphql, useFragment, type FragmentType } from '../../../gql';
import { formatNumber } from '../../../lib/format';
import { useRefetchOnVisible } from '../../analytics/hooks/useRefetchOnVisible';
import { formatDuration, formatMoney, formatShare, funnelSteps } from '../funnel';
import { CampaignFunnelDocument } from '../graphql/campaigns';

export const CampaignFunnel_campaign = graphql(`
  fragment CampaignFunnel_campaign on Campaign {
    id
    channel
    currency
    conversionTracking
  }
`);

export const CampaignFunnel_funnel = graphql(`
  fragment CampaignFunnel_funnel on CampaignFunnel {
    recipients
    sent
    delivered
    read
    failed
    clicked
    converted
    conversions
    conversionValue
    medianSecondsToClick
  }
`);

interface CampaignFunnelProps {
  campaign: FragmentType<typeof CampaignFunnel_campaign>;
  onUploadReport: () => void;
  onEdit: () => void;
}

/**
 * The campaign end to end: Recipients → Sent → Delivered → (Read) → Clicked → Converted, each step a
 * count of people with its share of the recipients and of the step before. The bars are drawn to the
 * recipients' scale, so a short bar is a small share, never a stretched one.
 */
export function CampaignFunnel({ campaign: ref, onUploadReport, onEdit }: CampaignFunnelProps) {
  const campaign = useFragment(CampaignFunnel_campaign, ref);
  const titleId = useId();
  const query = useQuery(CampaignFunnelDocument, { variables: { campaignId: campaign.id } });
  useRefetchOnVisible(query.refetch);
  const funnel = useFragment(CampaignFunnel_funnel, query.data?.funnel);

  let body: React.ReactNode;
  if (!funnel && query.error) {
    body = <ErrorState message="Could not load the funnel." onRetry={() => void query.refetch()} />;
  } else if (!funnel) {
    body = <Spinner label="Loading the funnel…" />;
  } else {
    const steps = funnelSteps(funnel, campaign.channel);
    const reported = funnel.sent + funnel.failed > 0;
    const above = steps.findIndex((step) => step.ofPrevious !== null && step.ofPrevious > 1);
    body = (
      <>
        <ol className="funnel-steps">
          {steps.map((step, i) => (
            <li
              key={step.key}
              className={`funnel-step funnel-step-${step.key}`}
              data-testid={`funnel-${step.key}`}
            >
              {/* The hidden punctuation makes the row read as a sentence, not "15075%". */}
              <span className="funnel-label">
                {step.label}
                <span className="visually-hidden">: </span>
              </span>
              <span className="funnel-value">
                <span data-testid="funnel-count">{formatNumber(step.count)}</span>
                <span className="visually-hidden">, </span>
              </span>
              <span className="funnel-bar" aria-hidden="true">
                <span style={{ width: `${Math.min(1, step.ofRecipients ?? 0) * 100}%` }} />
              </span>
              <span className="funnel-shares">
                {i === 0 ? (
                  <span className="muted">everyone in the campaign</span>
                ) : (
                  <>
                    <span data-testid="funnel-of-recipients">
                      <strong>{formatShare(step.ofRecipients)}</strong> of recipients
                      {i > 1 && <span className="visually-hidden">, </span>}
                    </span>
                    {i > 1 && (
                      <span className="muted" data-testid="funnel-of-previous">
                        {formatShare(step.ofPrevious)} of {steps[i - 1]!.label.toLowerCase()}
                      </span>
                    )}
                  </>
                )}
              </span>
            </li>
          ))}
        </ol>
        {above > 0 && (
          <p className="funnel-aside muted" data-testid="funnel-above">
            {steps[above]!.label} is above {steps[above - 1]!.label.toLowerCase()}:{' '}
            {steps[above - 1]!.key === 'read'
              ? 'people who turned read receipts off are never reported as read.'
              : 'the delivery report does not cover everyone who acted yet.'}
          </p>
        )}
        <dl className="funnel-facts">
          <div className="funnel-fact">
            <dt>Median time to click</dt>
            <dd data-testid="funnel-median">
              {funnel.medianSecondsToClick === null || funnel.medianSecondsToClick === undefined
                ? '—'
                : formatDuration(funnel.medianSecondsToClick)}
            </dd>
            <dd className="funnel-fact-hint">from delivery to first click</dd>
          </div>
          <div className="funnel-fact">
            <dt>Conversion value</dt>
            <dd data-testid="funnel-value">{formatMoney(funnel.conversionValue, campaign.currency)}</dd>
            <dd className="funnel-fact-hint">
              {formatNumber(funnel.conversions)} {funnel.conversions === 1 ? 'conversion' : 'conversions'}
            </dd>
          </div>
          <div className="funnel-fact">
            <dt>Failed</dt>
            <dd data-testid="funnel-failed">{formatNumber(funnel.failed)}</dd>
            <dd className="funnel-fact-hint">
              {funnel.recipients > 0
                ? `${formatShare(funnel.failed / funnel.recipients)} of recipients`
                : 'not delivered'}
            </dd>
          </div>
        </dl>
        {funnel.recipients > 0 && !reported && (
          <div className="funnel-note">
            <p>
              <strong>No delivery report yet.</strong> Sent, Delivered
              {campaign.channel === 'WHATSAPP' ? ' and Read' : ''} fill in from your messaging
              platform&rsquo;s report.
            </p>
            <button type="button" className="button button-secondary button-small" onClick={onUploadReport}>
              Upload delivery report
            </button>
          </div>
        )}
        {!campaign.conversionTracking && funnel.conversions === 0 && (
          <div className="funnel-note">
            <p>
              <strong>Conversion tracking is off.</strong> Turn it on so your site can report each sale back
              to the click, and the person, that brought it.
            </p>
            <button type="button" className="button button-secondary button-small" onClick={onEdit}>
              Turn on conversion tracking
            </button>
          </div>
        )}
      </>
    );
  }

  return (
    <section
      className="card funnel"
      aria-labelledby={titleId}
      data-testid="campaign-funnel"
      aria-busy={!funnel && !query.error}
    >
      <h2 id={titleId} className="card-title">
        Funnel
      </h2>
      {body}
    </section>
  );
}
