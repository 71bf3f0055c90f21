import { graphql, useFragment, type FragmentType } from '../../../gql';
import { formatNumber } from '../../../lib/format';
import { chatAppName } from '../display-names';

export const SummaryCards_stats = graphql(`
  fragment SummaryCards_stats on ClickStats {
    totals {
      total
      unique
      repeat
      bots
      excludedBots
      previews
    }
    linkPreviews {
      name
      clicks
    }
  }
`);

interface SummaryCardsProps {
  /** Absent while the first answer loads: the cards show a dash. */
  stats: FragmentType<typeof SummaryCards_stats> | undefined;
  excludeBots: boolean;
}

const n = (value: number | undefined) => (value === undefined ? '—' : formatNumber(value));

/**
 * Total, Unique and Bot (the product's three numbers) with the split that makes them add up: people are
 * unique + repeat, and every bot click is either counted or said to be excluded. Chat previews lead, as
 * the one sign a shared link went out.
 */
export function SummaryCards({ stats: statsRef, excludeBots }: SummaryCardsProps) {
  const stats = useFragment(SummaryCards_stats, statsRef);
  const t = stats?.totals;
  const human = t ? t.unique + t.repeat : undefined;
  const bots = t ? (excludeBots ? t.excludedBots : t.bots) : undefined;
  const chats = stats?.linkPreviews ?? [];
  return (
    <section className="summary-cards" aria-label="Summary">
      <SummaryCard
        id="total"
        label="Total Clicks"
        value={n(t?.total)}
        hint={
          !t
            ? 'Every click recorded'
            : excludeBots
              ? `People only: ${n(human)} = ${n(t.unique)} unique + ${n(t.repeat)} repeat`
              : `${n(human)} by people (${n(t.unique)} unique + ${n(t.repeat)} repeat) + ${n(t.bots)} bots`
        }
      />
      <SummaryCard
        id="unique"
        label="Unique Clicks"
        value={n(t?.unique)}
        hint="A visitor's first click; one browser is one visitor"
      />
      <SummaryCard
        id="repeat"
        label="Repeat Clicks"
        value={n(t?.repeat)}
        hint="Visitors who came back and clicked again"
      />
      <SummaryCard
        id="bot"
        label={excludeBots ? 'Bot Clicks excluded' : 'Bot Clicks'}
        value={n(bots)}
        hint={
          excludeBots
            ? 'Left out of every number on this page'
            : 'Crawlers, scripts and chat previews: never counted as people'
        }
        muted={excludeBots}
      />
      <SummaryCard
        id="chats"
        label="Seen in Chats"
        value={n(t?.previews)}
        hint={
          chats.length > 0
            ? `Previews drawn by ${chats.map((c) => `${chatAppName(c.name)} ${formatNumber(c.clicks)}`).join(', ')}: the link was shared`
            : 'A chat app drawing a preview shows the link was shared'
        }
      />
    </section>
  );
}

interface SummaryCardProps {
  id: string;
  label: string;
  value: string;
  hint: string;
  muted?: boolean;
}

function SummaryCard({ id, label, value, hint, muted = false }: SummaryCardProps) {
  return (
    <div className={`card summary-card ${muted ? 'summary-card-muted' : ''}`}>
      <span className="summary-label">{label}</span>
      <span className="summary-value" data-testid={`summary-${id}`}>
        {value}
      </span>
      <span className="summary-hint muted" data-testid={`summary-${id}-hint`}>
        {hint}
      </span>
    </div>
  );
}
