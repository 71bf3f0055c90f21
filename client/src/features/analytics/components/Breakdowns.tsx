import { useId, useState } from 'react';
import { graphql, useFragment, type FragmentType } from '../../../gql';
import { Segmented } from '../../../components/Segmented';
import { platformName } from '../display-names';
import { Breakdown } from './Breakdown';

export const Breakdowns_stats = graphql(`
  fragment Breakdowns_stats on ClickStats {
    countries {
      code
      name
      clicks
    }
    browsers {
      name
      clicks
    }
    platforms {
      name
      clicks
    }
    operatingSystems {
      name
      clicks
    }
    referrers {
      name
      clicks
    }
    botAgents {
      name
      clicks
    }
  }
`);

interface BreakdownsProps {
  stats: FragmentType<typeof Breakdowns_stats> | undefined;
  /** Bots by agent is shown only while bots are counted. */
  showBots: boolean;
}

/**
 * The audience cards: where the clicks came from and with what. A phone shows one card at a time,
 * picked from a row of buttons above it; wider screens show them all and no buttons.
 */
export function Breakdowns({ stats: statsRef, showBots }: BreakdownsProps) {
  const stats = useFragment(Breakdowns_stats, statsRef);
  const id = useId();
  const [current, setCurrent] = useState('countries');
  const cards = [
    { key: 'countries', short: 'Countries', title: 'Top Countries', items: stats?.countries ?? [] },
    { key: 'browsers', short: 'Browsers', title: 'Browsers', items: stats?.browsers ?? [] },
    {
      key: 'platforms',
      short: 'Platforms',
      title: 'Platforms',
      items: (stats?.platforms ?? []).map((p) => ({ ...p, name: platformName(p.name) })),
    },
    { key: 'os', short: 'OS', title: 'Operating Systems', items: stats?.operatingSystems ?? [] },
    { key: 'referrers', short: 'Referrers', title: 'Referrers', items: stats?.referrers ?? [] },
    ...(showBots
      ? [
          {
            key: 'bots',
            short: 'Bots',
            title: 'Bots by agent',
            items: stats?.botAgents ?? [],
            emptyText: 'No bot clicks in this period.',
          },
        ]
      : []),
  ];
  const shown = cards.some((c) => c.key === current) ? current : 'countries';
  return (
    <>
      <Segmented
        className="breakdown-switch"
        label="Audience breakdown"
        options={cards.map((card) => ({ key: card.key, label: card.short, controls: `${id}-${card.key}` }))}
        value={shown}
        onChange={setCurrent}
      />
      {cards.map((card) => (
        <Breakdown
          key={card.key}
          id={`${id}-${card.key}`}
          current={card.key === shown}
          title={card.title}
          items={card.items}
          emptyText={card.emptyText}
        />
      ))}
    </>
  );
}
