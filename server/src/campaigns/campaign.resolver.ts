import { Arg, Args, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { ClickStats, ClickStatsFilter, Interval } from '../analytics/click-stats.types';
import { requireViewer } from '../accounts/viewer';
import type { Context } from '../context';
import { Campaign } from './campaign.entity';
import {
  CampaignConnection,
  CampaignsArgs,
  CreateCampaignInput,
  UpdateCampaignInput,
} from './campaign.inputs';

@Resolver(() => Campaign)
export class CampaignResolver {
  @Query(() => CampaignConnection, { description: "The account's campaigns, newest first." })
  async campaigns(
    @Args(() => CampaignsArgs) args: CampaignsArgs,
    @Ctx() ctx: Context,
  ): Promise<CampaignConnection> {
    const page = await ctx.services.campaigns.list(requireViewer(ctx).accountId, args);
    return {
      nodes: page.nodes,
      totalCount: page.totalCount,
      pageInfo: { hasNextPage: page.hasNextPage, endCursor: page.endCursor },
    };
  }

  @Query(() => Campaign, { nullable: true, description: 'A campaign by id; null when missing or not yours.' })
  campaign(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<Campaign | null> {
    return ctx.services.campaigns.get(requireViewer(ctx).accountId, id);
  }

  @Query(() => ClickStats, {
    description:
      'The analytics of every link of a campaign together (shared and recipient links), with the rules of ' +
      'clickStats. NOT_FOUND for a missing or foreign campaign.',
  })
  campaignClickStats(
    @Arg('campaignId', () => ID) campaignId: string,
    @Arg('filter', () => ClickStatsFilter, { nullable: true }) filter: ClickStatsFilter | null,
    @Arg('interval', () => Interval, { nullable: true, defaultValue: Interval.DAY }) interval: Interval,
    @Arg('excludeBots', () => Boolean, { nullable: true, defaultValue: false }) excludeBots: boolean,
    @Ctx() ctx: Context,
  ): Promise<ClickStats> {
    return ctx.services.campaignClickStats.stats(requireViewer(ctx).accountId, campaignId, {
      filter,
      interval,
      excludeBots,
    });
  }

  @Mutation(() => Campaign, { description: 'Creates a campaign.' })
  createCampaign(
    @Arg('input', () => CreateCampaignInput) input: CreateCampaignInput,
    @Ctx() ctx: Context,
  ): Promise<Campaign> {
    return ctx.services.campaigns.create(requireViewer(ctx).accountId, input);
  }

  @Mutation(() => Campaign, { description: "Changes a campaign's settings." })
  updateCampaign(
    @Arg('id', () => ID) id: string,
    @Arg('input', () => UpdateCampaignInput) input: UpdateCampaignInput,
    @Ctx() ctx: Context,
  ): Promise<Campaign> {
    return ctx.services.campaigns.update(requireViewer(ctx).accountId, id, input);
  }

  @Mutation(() => Boolean, {
    description:
      'Deletes a campaign with all its links (shared and recipient), clicks, deliveries and conversions, permanently.',
  })
  async deleteCampaign(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<boolean> {
    await ctx.services.campaigns.delete(requireViewer(ctx).accountId, id);
    return true;
  }

  @FieldResolver(() => Int, { description: 'Shared links plus recipient links.' })
  linkCount(@Root() campaign: Campaign, @Ctx() ctx: Context): Promise<number> {
    return ctx.loaders.linkCountByCampaignId.load(campaign.id);
  }

  @FieldResolver(() => Int, { description: 'People added with addRecipients.' })
  recipientCount(@Root() campaign: Campaign, @Ctx() ctx: Context): Promise<number> {
    return ctx.loaders.recipientCountByCampaignId.load(campaign.id);
  }
}
