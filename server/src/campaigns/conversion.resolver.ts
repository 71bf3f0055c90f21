import { Arg, Ctx, FieldResolver, Mutation, Resolver, Root } from 'type-graphql';
import { requireViewer } from '../accounts/viewer';
import type { Context } from '../context';
import { Link } from '../links/link.entity';
import { notFound } from '../shared/errors';
import { Campaign } from './campaign.entity';
import { Conversion, RecordConversionInput } from './conversion.types';
import { Recipient } from './recipient.entity';

@Resolver(() => Conversion)
export class ConversionResolver {
  @Mutation(() => Conversion, {
    description:
      'Records a conversion, attributed by clickId (the sl_cid the redirect added), else by campaignId + externalId. ' +
      'With an idempotencyKey already used by the account, answers that first conversion and records nothing.',
  })
  recordConversion(
    @Arg('input', () => RecordConversionInput) input: RecordConversionInput,
    @Ctx() ctx: Context,
  ): Promise<Conversion> {
    return ctx.services.conversions.record(requireViewer(ctx).accountId, input);
  }

  @FieldResolver(() => Link, { description: 'The link the conversion is attributed to.' })
  async link(@Root() conversion: Conversion, @Ctx() ctx: Context): Promise<Link> {
    const link = await ctx.loaders.linkById.load(conversion.linkId);
    if (!link) throw notFound('Link');
    return link;
  }

  @FieldResolver(() => Recipient, {
    nullable: true,
    description: 'The recipient, when the link is a recipient link.',
  })
  async recipient(@Root() conversion: Conversion, @Ctx() ctx: Context): Promise<Recipient | null> {
    return conversion.recipientId ? ctx.loaders.recipientByLinkId.load(conversion.linkId) : null;
  }

  @FieldResolver(() => Campaign, { nullable: true, description: 'The campaign of its link, if any.' })
  async campaign(@Root() conversion: Conversion, @Ctx() ctx: Context): Promise<Campaign | null> {
    return conversion.campaignId ? ctx.loaders.campaignById.load(conversion.campaignId) : null;
  }
}
