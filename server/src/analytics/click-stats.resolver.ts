import { Arg, Ctx, Extensions, ID, Query, Resolver } from 'type-graphql';
import { requireViewer } from '../accounts/viewer';
import type { Context } from '../context';
import type { BudgetCost } from '../graphql/limits';
import { clickStatsCost } from './analytics-budget';
import { resolveClickRange } from './click-range';
import { ClickStats, ClickStatsFilter, Interval } from './click-stats.types';

/** A filter that does not resolve costs nothing: the resolver refuses it with BAD_USER_INPUT. */
const budgetCost: BudgetCost = (args) => {
  try {
    return clickStatsCost(
      resolveClickRange(args.filter as ClickStatsFilter | null, args.interval as Interval | null),
    );
  } catch {
    return 0;
  }
};

@Resolver()
export class ClickStatsResolver {
  @Query(() => ClickStats, {
    description:
      "A link's analytics over a range: totals, a zero-filled series in the filter's time zone, and breakdowns " +
      'that each sum to the total. NOT_FOUND for a missing or foreign link; BAD_USER_INPUT (with field) for a bad filter.',
  })
  @Extensions({ budgetCost })
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
