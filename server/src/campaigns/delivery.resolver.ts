import { Arg, Ctx, ID, Mutation, Resolver } from 'type-graphql';
import { requireViewer } from '../accounts/viewer';
import type { Context } from '../context';
import { DeliveryEventInput, RecordDeliveriesResult } from './delivery.inputs';

@Resolver()
export class DeliveryResolver {
  @Mutation(() => RecordDeliveriesResult, {
    description:
      "Posts 1 to 10,000 events of a delivery report. Order-independent and idempotent: each of a recipient's " +
      'sentAt, deliveredAt, readAt, failedAt is the earliest time reported for it, and status is READ, else ' +
      'DELIVERED, else FAILED, else SENT. Unknown externalIds are skipped and listed. All or nothing: an invalid ' +
      'event fails the call with BAD_USER_INPUT naming its field and index.',
  })
  recordDeliveries(
    @Arg('campaignId', () => ID) campaignId: string,
    @Arg('events', () => [DeliveryEventInput]) events: DeliveryEventInput[],
    @Ctx() ctx: Context,
  ): Promise<RecordDeliveriesResult> {
    return ctx.services.deliveries.record(requireViewer(ctx).accountId, campaignId, events);
  }
}
