import { Arg, Args, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { notFound } from '../shared/errors';
import { requireViewer } from '../accounts/viewer';
import type { Context } from '../context';
import { Link } from '../links/link.entity';
import { RecipientConnection, RecipientInput, RecipientsArgs } from './campaign.inputs';
import { Recipient } from './recipient.entity';

@Resolver(() => Recipient)
export class RecipientResolver {
  @Query(() => RecipientConnection, {
    description:
      "A campaign's recipients in upload order, filtered and searched. NOT_FOUND for a missing or foreign campaign.",
  })
  async recipients(
    @Args(() => RecipientsArgs) args: RecipientsArgs,
    @Ctx() ctx: Context,
  ): Promise<RecipientConnection> {
    const page = await ctx.services.recipients.list(requireViewer(ctx).accountId, args.campaignId, args);
    return {
      nodes: page.nodes,
      totalCount: page.totalCount,
      pageInfo: { hasNextPage: page.hasNextPage, endCursor: page.endCursor },
    };
  }

  @Mutation(() => [Recipient], {
    description:
      'Adds 1 to 10,000 people to a campaign, each with a new short link; answers in input order. Idempotent by ' +
      'externalId (an existing or repeated one answers the existing recipient). All or nothing: an invalid item ' +
      'fails the call with BAD_USER_INPUT naming its field and index.',
  })
  addRecipients(
    @Arg('campaignId', () => ID) campaignId: string,
    @Arg('recipients', () => [RecipientInput]) recipients: RecipientInput[],
    @Ctx() ctx: Context,
  ): Promise<Recipient[]> {
    return ctx.services.recipients.add(requireViewer(ctx).accountId, campaignId, recipients);
  }

  @FieldResolver(() => Link, { description: "The person's own short link." })
  async link(@Root() recipient: Recipient, @Ctx() ctx: Context): Promise<Link> {
    const link = recipient.loadedLink ?? (await ctx.loaders.linkById.load(recipient.linkId));
    if (!link) throw notFound('Link');
    return link;
  }
}
