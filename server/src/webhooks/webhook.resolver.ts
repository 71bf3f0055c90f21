import { Arg, Args, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import { requireViewer } from '../accounts/viewer';
import type { Context } from '../context';
import {
  CreatedWebhook,
  CreateWebhookInput,
  UpdateWebhookInput,
  Webhook,
  WebhookDeliveriesArgs,
  WebhookDelivery,
  WebhookDeliveryConnection,
} from './webhook.types';

@Resolver(() => Webhook)
export class WebhookResolver {
  @Query(() => [Webhook], { description: "The account's webhooks, newest first." })
  webhooks(@Ctx() ctx: Context): Promise<Webhook[]> {
    return ctx.services.webhooks.list(requireViewer(ctx).accountId);
  }

  @Query(() => WebhookDeliveryConnection, {
    description:
      "A webhook's messages and their attempts, newest first. A missing or foreign id is NOT_FOUND.",
  })
  async webhookDeliveries(
    @Args(() => WebhookDeliveriesArgs) args: WebhookDeliveriesArgs,
    @Ctx() ctx: Context,
  ): Promise<WebhookDeliveryConnection> {
    const page = await ctx.services.webhooks.deliveries(requireViewer(ctx).accountId, args);
    return {
      nodes: page.nodes,
      totalCount: page.totalCount,
      pageInfo: { hasNextPage: page.hasNextPage, endCursor: page.endCursor },
    };
  }

  @Mutation(() => CreatedWebhook, {
    description: 'Creates a webhook. Its signing secret is returned only here (and by rotateWebhookSecret).',
  })
  createWebhook(
    @Arg('input', () => CreateWebhookInput) input: CreateWebhookInput,
    @Ctx() ctx: Context,
  ): Promise<CreatedWebhook> {
    return ctx.services.webhooks.create(requireViewer(ctx).accountId, input);
  }

  @Mutation(() => Webhook, {
    description: "Changes a webhook's URL, events, description, or turns it on or off.",
  })
  updateWebhook(
    @Arg('id', () => ID) id: string,
    @Arg('input', () => UpdateWebhookInput) input: UpdateWebhookInput,
    @Ctx() ctx: Context,
  ): Promise<Webhook> {
    return ctx.services.webhooks.update(requireViewer(ctx).accountId, id, input);
  }

  @Mutation(() => Boolean, {
    description: 'Deletes a webhook and its delivery log; unsent messages are dropped.',
  })
  async deleteWebhook(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<boolean> {
    await ctx.services.webhooks.delete(requireViewer(ctx).accountId, id);
    return true;
  }

  @Mutation(() => CreatedWebhook, {
    description: 'Replaces the signing secret; the old one stops at once. The new secret is shown only here.',
  })
  rotateWebhookSecret(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<CreatedWebhook> {
    return ctx.services.webhooks.rotateSecret(requireViewer(ctx).accountId, id);
  }

  @Mutation(() => WebhookDelivery, {
    description: 'Queues a "webhook.test" message to the webhook (sent even while it is disabled).',
  })
  sendTestWebhook(@Arg('id', () => ID) id: string, @Ctx() ctx: Context): Promise<WebhookDelivery> {
    return ctx.services.webhooks.sendTest(requireViewer(ctx).accountId, id);
  }
}
