import { Arg, Ctx, ID, Query, Resolver } from 'type-graphql';
import { requireViewer, type Context } from '../graphql/context';
import { ClickStats, ClickStatsFilter, Interval } from './click-stats.types';

@Resolver()
export class ClickStatsResolver {
  @Query(() => ClickStats, { description: "A link's analytics over a range. NOT_FOUND for a missing or foreign link." })
  clickStats(
    @Arg('linkId', () => ID) linkId: string,
    @Arg('filter', () => ClickStatsFilter, { nullable: true }) filter: ClickStatsFilter | null,
    @Arg('interval', () => Interval, { nullable: true, defaultValue: Interval.DAY }) interval: Interval,
    @Arg('excludeBots', () => Boolean, { nullable: true, defaultValue: false }) excludeBots: boolean,
    @Ctx() ctx: Context,
  ): Promise<ClickStats> {
    const viewer = requireViewer(ctx);
    void viewer;
    void linkId;
    void filter;
    void interval;
    void excludeBots;
    throw new Error('clickStats is being built in the analytics issue');
  }
}
