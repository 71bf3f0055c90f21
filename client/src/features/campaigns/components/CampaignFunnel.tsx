import { useId } from 'react';
import { graphql, useFragment, type FragmentType } from '../../../gql';
import { formatNumber } from '../../../lib/format';

export const CampaignFunnel_campaign = graphql(`
  fragment CampaignFunnel_campaign on Campaign {
    recipientCount
  }
`);

/**
 * The funnel: Recipients → Sent → Delivered → (Read) → Clicked → Converted. Only its first step has
 * numbers until delivery reports and conversions are recorded; the others are not drawn rather than
 * drawn as zeros.
 */
export function CampaignFunnel({
  campaign: ref,
}: {
  campaign: FragmentType<typeof CampaignFunnel_campaign>;
}) {
  const { recipientCount } = useFragment(CampaignFunnel_campaign, ref);
  const titleId = useId();
  return (
    <section className="card funnel" aria-labelledby={titleId} data-testid="campaign-funnel">
      <h2 id={titleId} className="card-title">
        Funnel
      </h2>
      <ol className="funnel-steps">
        <li className="funnel-step">
          <span className="funnel-label">Recipients</span>
          <span className="funnel-value" data-testid="funnel-recipients">
            {formatNumber(recipientCount)}
          </span>
          <span className="funnel-bar" aria-hidden="true">
            <span style={{ width: recipientCount > 0 ? '100%' : '0%' }} />
          </span>
        </li>
      </ol>
      <p className="muted funnel-note">
        Sent, delivered, clicked and converted follow here as delivery reports and conversions are recorded.
      </p>
    </section>
  );
}
