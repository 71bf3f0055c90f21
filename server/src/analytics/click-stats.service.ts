import type { DataSource } from 'typeorm';
import { notFound } from '../shared/errors';
import type { LinkReader } from '../links/link.reader';
import { resolveClickRange } from './click-range';
import { assembleStats } from './click-stats.assemble';
import type { QueryRunner } from 'typeorm';
import { inSnapshot, LINK_SCOPE, readBreakdowns, readSeries, type ScopeRead } from './click-stats.queries';
import type { ClickStats, ClickStatsFilter, Interval } from './click-stats.types';

export interface ClickStatsArgs {
  filter?: ClickStatsFilter | null;
  interval?: Interval | null;
  excludeBots?: boolean | null;
}

/** Analytics over what the caller owns: one link, or (for the campaigns domain) a whole campaign. */
export class ClickStatsService {
  constructor(
    private readonly db: DataSource,
    private readonly links: LinkReader,
  ) {}

  /** The link's analytics over the filter's range; NOT_FOUND for a missing, malformed or foreign id. */
  stats(accountId: string, linkId: string, args: ClickStatsArgs, now = Date.now()): Promise<ClickStats> {
    return this.scopeStats(args, now, async (q) => {
      const [link] = await this.links.owned(accountId, [linkId], q);
      if (!link) throw notFound('Link');
      // A recipient link keeps no aggregates (migration Campaigns): its few clicks are read raw.
      return { scope: LINK_SCOPE, ids: [link.id], rawOnly: link.isRecipientLink };
    });
  }

  /**
   * Analytics of the scope `open` names, once it has checked the caller owns it (NOT_FOUND otherwise), in
   * one read-only snapshot, so that every breakdown sums to the totals even while clicks arrive.
   */
  async scopeStats(
    args: ClickStatsArgs,
    now: number,
    open: (q: QueryRunner) => Promise<ScopeRead>,
  ): Promise<ClickStats> {
    const range = resolveClickRange(args.filter, args.interval, now);
    const { series, breakdowns } = await inSnapshot(this.db, async (q) => {
      const read = await open(q);
      return { series: await readSeries(q, read, range), breakdowns: await readBreakdowns(q, read, range) };
    });
    return assembleStats(range, series, breakdowns, args.excludeBots ?? false);
  }
}
