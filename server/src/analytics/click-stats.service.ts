import type { DataSource } from 'typeorm';
import type { LinkReader } from '../links/link.reader';
import { resolveClickRange } from './click-range';
import { assembleStats } from './click-stats.assemble';
import { inSnapshot, readBreakdowns, readSeries } from './click-stats.queries';
import type { ClickStats, ClickStatsFilter, Interval } from './click-stats.types';

export interface ClickStatsArgs {
  filter?: ClickStatsFilter | null;
  interval?: Interval | null;
  excludeBots?: boolean | null;
}

/** Analytics over links the caller owns: one link today; the queries take any set of links. */
export class ClickStatsService {
  constructor(
    private readonly db: DataSource,
    private readonly links: LinkReader,
  ) {}

  /** The link's analytics over the filter's range; NOT_FOUND for a missing, malformed or foreign id. */
  async stats(
    accountId: string,
    linkId: string,
    args: ClickStatsArgs,
    now = Date.now(),
  ): Promise<ClickStats> {
    const range = resolveClickRange(args.filter, args.interval, now);
    // One snapshot for all reads, so that every breakdown sums to the totals even while clicks arrive.
    const { series, breakdowns } = await inSnapshot(this.db, async (q) => {
      const link = await this.links.require(accountId, linkId, q);
      return {
        series: await readSeries(q, [link.id], range),
        breakdowns: await readBreakdowns(q, [link.id], range),
      };
    });
    return assembleStats(range, series, breakdowns, args.excludeBots ?? false);
  }
}
