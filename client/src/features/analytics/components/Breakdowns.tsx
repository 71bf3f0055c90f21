import { graphql, useFragment, type FragmentType } from '../../../gql';
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

/** The audience cards: where the clicks came from and with what. */
export function Breakdowns({ stats: statsRef, showBots }: BreakdownsProps) {
  const stats = useFragment(Breakdowns_stats, statsRef);
  return (
    <>
      <Breakdown title="Top Countries" items={stats?.countries ?? []} />
      <Breakdown title="Browsers" items={stats?.browsers ?? []} />
      <Breakdown
        title="Platforms"
        items={(stats?.platforms ?? []).map((p) => ({ ...p, name: platformName(p.name) }))}
      />
      <Breakdown title="Operating Systems" items={stats?.operatingSystems ?? []} />
      <Breakdown title="Referrers" items={stats?.referrers ?? []} />
      {showBots && (
        <Breakdown
          title="Bots by agent"
          items={stats?.botAgents ?? []}
          emptyText="No bot clicks in this period."
        />
      )}
    </>
  );
}
