import { Arg, Args, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { requireViewer } from '../accounts/viewer';
import type { Context } from '../context';
import { Link, LinkStatus, linkStatus } from './link.entity';
import { CreateLinkInput, LinkConnection, LinksArgs, UpdateLinkInput } from './link.inputs';

@Resolver(() => Link)
export class LinkResolver {
  @Query(() => LinkConnection, {
    description:
      "The account's shared links, newest first; recipient links are never listed (see recipients).",
  })
  async links(@Args(() => LinksArgs) args: LinksArgs, @Ctx() ctx: Context): Promise<LinkConnection> {
    const page = await ctx.services.links.list(requireViewer(ctx).accountId, args);
    return {
      nodes: page.nodes,
      totalCount: page.totalCount,
      totalCountCapped: page.totalCountCapped,
      pageInfo: { hasNextPage: page.hasNextPage, endCursor: page.endCursor },
    };
  }

  @Query(() => Link, { nullable: true, description: 'A link by id; null when missing or not yours.' })
  link(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<Link | null> {
    return ctx.services.links.reader.entity(requireViewer(ctx).accountId, id);
  }

  @Query(() => Link, {
    nullable: true,
    description: 'A link by its short code (case-sensitive); null when missing or not yours.',
  })
  linkByCode(@Arg('code', () => String) code: string, @Ctx() ctx: Context): Promise<Link | null> {
    return ctx.services.links.reader.entityByCode(requireViewer(ctx).accountId, code);
  }

  @Mutation(() => Link, { description: 'Creates a short link.' })
  createLink(
    @Arg('input', () => CreateLinkInput) input: CreateLinkInput,
    @Ctx() ctx: Context,
  ): Promise<Link> {
    return ctx.services.links.create(requireViewer(ctx).accountId, input);
  }

  @Mutation(() => Link, {
    description: "Changes a link's destination, title or expiration. The code never changes.",
  })
  updateLink(
    @Arg('id', () => ID) id: string,
    @Arg('input', () => UpdateLinkInput) input: UpdateLinkInput,
    @Ctx() ctx: Context,
  ): Promise<Link> {
    return ctx.services.links.update(requireViewer(ctx).accountId, id, input);
  }

  @Mutation(() => Boolean, {
    description: 'Deletes a link and all of its analytics, permanently. Its code then answers 404.',
  })
  async deleteLink(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<boolean> {
    await ctx.services.links.delete(requireViewer(ctx).accountId, id);
    return true;
  }

  @FieldResolver(() => String, { description: 'The full short URL to share.' })
  shortUrl(@Root() link: Link, @Ctx() ctx: Context): string {
    return ctx.services.links.shortUrl(link.code);
  }

  @FieldResolver(() => LinkStatus, {
    description: 'ACTIVE while the link redirects, EXPIRED after its expiration date.',
  })
  status(@Root() link: Link): LinkStatus {
    return linkStatus(link);
  }

  @FieldResolver(() => Int, { description: "Every click recorded over the link's life, bots included." })
  clickCount(@Root() link: Link, @Ctx() ctx: Context): Promise<number> {
    return ctx.loaders.clickCountByLinkId.load(link.id);
  }
}
