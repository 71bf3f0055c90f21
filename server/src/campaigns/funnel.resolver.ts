import { Arg, Ctx, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import { requireViewer } from '../accounts/viewer';
import type { Context } from '../context';
import { Campaign } from './campaign.entity';
import { CampaignFunnel } from './funnel.types';

@Resolver(() => Campaign)
export class FunnelResolver {
  @Query(() => CampaignFunnel, {
    description:
      "A campaign's funnel: recipients, sent, delivered, read, failed, clicked, converted, conversions, clicks and " +
      'median time to click. NOT_FOUND for a missing or foreign campaign.',
  })
  funnel(@Arg('campaignId', () => ID) campaignId: string, @Ctx() ctx: Context): Promise<CampaignFunnel> {
    return ctx.services.funnels.funnel(requireViewer(ctx).accountId, campaignId);
  }

  @FieldResolver(() => CampaignFunnel, {
    name: 'funnel',
    description:
      "The campaign's funnel (the same as funnel(campaignId)); a page of campaigns reads theirs together.",
  })
  campaignFunnel(@Root() campaign: Campaign, @Ctx() ctx: Context): Promise<CampaignFunnel> {
    return ctx.loaders.funnelByCampaignId.load(campaign.id);
  }
}
