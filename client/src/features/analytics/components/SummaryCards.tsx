import { graphql, useFragment, type FragmentType } from '../../../gql';
import { formatNumber } from '../../../lib/format';

export const SummaryCards_stats = graphql(`
  fragment SummaryCards_stats on ClickStats {
    totals {
      total
      unique
      bots
    }
  }
`);

interface SummaryCardsProps {
  /** Absent while the first answer loads: the cards show a dash. */
  stats: FragmentType<typeof SummaryCards_stats> | undefined;
  excludeBots: boolean;
}

export function SummaryCards({ stats: statsRef, excludeBots }: SummaryCardsProps) {
  const totals = useFragment(SummaryCards_stats, statsRef)?.totals;
  return (
    <section className="summary-cards" aria-label="Summary">
      <SummaryCard label="Total Clicks" value={totals?.total} hint="Every click recorded" />
      <SummaryCard label="Unique Clicks" value={totals?.unique} hint="Distinct visitors" />
      <SummaryCard
        label="Bot Clicks"
        value={totals?.bots}
        hint={excludeBots ? 'Excluded by the filter' : 'Automated traffic'}
      />
    </section>
  );
}

function SummaryCard({ label, value, hint }: { label: string; value: number | undefined; hint: string }) {
  return (
    <div className="card summary-card">
      <span className="summary-label">{label}</span>
      <span className="summary-value" data-testid={`summary-${label.split(' ')[0]!.toLowerCase()}`}>
        {value === undefined ? '—' : formatNumber(value)}
      </span>
      <span className="summary-hint muted">{hint}</span>
    </div>
  );
}
