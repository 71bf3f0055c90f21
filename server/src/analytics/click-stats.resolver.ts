import { Arg, Ctx, ID, Query, Resolver } from 'type-graphql';
import { requireViewer } from '../accounts/viewer';
import type { Context } from '../context';
import { ClickStats, ClickStatsFilter, Interval } from './click-stats.types';

@Resolver()
export class ClickStatsResolver {
  @Query(() => ClickStats, {
    description:
      "A link's analytics over a range: totals, a zero-filled series in the filter's time zone, and breakdowns " +
      'that each sum to the total. NOT_FOUND for a missing or foreign link; BAD_USER_INPUT (with field) for a bad filter.',
  })
  clickStats(
    @Arg('linkId', () => ID) linkId: string,
    @Arg('filter', () => ClickStatsFilter, { nullable: true }) filter: ClickStatsFilter | null,
    @Arg('interval', () => Interval, { nullable: true, defaultValue: Interval.DAY }) interval: Interval,
    @Arg('excludeBots', () => Boolean, { nullable: true, defaultValue: false }) excludeBots: boolean,
    @Ctx() ctx: Context,
  ): Promise<ClickStats> {
    return ctx.services.clickStats.stats(requireViewer(ctx).accountId, linkId, {
      filter,
      interval,
      excludeBots,
    });
  }
}
