import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { Context } from '../context';
import { Link } from '../links/link.entity';
import { Campaign } from './campaign.entity';
import { Recipient } from './recipient.entity';

/** What the campaign domain adds to Link. */
@Resolver(() => Link)
export class LinkCampaignResolver {
  @FieldResolver(() => Campaign, { nullable: true, description: 'The campaign holding the link, if any.' })
  campaign(@Root() link: Link, @Ctx() ctx: Context): Promise<Campaign | null> {
    return link.campaignId ? ctx.loaders.campaignById.load(link.campaignId) : Promise.resolve(null);
  }

  @FieldResolver(() => Recipient, {
    nullable: true,
    description: "The person this link was made for (a campaign's recipient link); null for a shared link.",
  })
  recipient(@Root() link: Link, @Ctx() ctx: Context): Promise<Recipient | null> {
    return link.isRecipientLink ? ctx.loaders.recipientByLinkId.load(link.id) : Promise.resolve(null);
  }
}
