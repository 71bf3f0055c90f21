import { ArgsType, Field, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { PageInfo } from '../links/link.inputs';
import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE } from '../shared/validation';

/** Event types an endpoint can subscribe to; each is sent as the lower-case dotted name (`click.recorded`). */
export enum WebhookEventType {
  CLICK_RECORDED = 'CLICK_RECORDED',
  CONVERSION_RECORDED = 'CONVERSION_RECORDED',
  DELIVERY_RECORDED = 'DELIVERY_RECORDED',
  LINK_CREATED = 'LINK_CREATED',
  LINK_UPDATED = 'LINK_UPDATED',
  LINK_DELETED = 'LINK_DELETED',
}
registerEnumType(WebhookEventType, {
  name: 'WebhookEventType',
  description:
    'An event an endpoint can subscribe to. The message `type` is the dotted lower-case name: CLICK_RECORDED is `click.recorded`.',
});

/** The wire name of an event type: CLICK_RECORDED → click.recorded. */
export const messageType = (event: WebhookEventType): string => event.toLowerCase().replace('_', '.');

export enum WebhookDeliveryStatus {
  PENDING = 'PENDING',
  SUCCEEDED = 'SUCCEEDED',
  FAILED = 'FAILED',
}
registerEnumType(WebhookDeliveryStatus, {
  name: 'WebhookDeliveryStatus',
  description:
    'PENDING until an attempt succeeds (SUCCEEDED) or the last retry fails (FAILED). Retries follow WEBHOOK_RETRY_DELAYS.',
});

@ObjectType({ description: 'An endpoint told of events as they happen, in the Standard Webhooks format.' })
export class Webhook {
  @Field(() => ID, { description: 'Webhook id.' })
  id: string;

  accountId: string;

  @Field({
    description: 'Where messages are POSTed: https (http only where the server allows private receivers).',
  })
  url: string;

  @Field(() => [WebhookEventType], { description: 'The event types sent to this endpoint.' })
  events: WebhookEventType[];

  @Field({
    description:
      'Whether events are stored and sent. Turned off by the server after too many failed deliveries in a row (see disabledReason).',
  })
  enabled: boolean;

  @Field(() => String, { nullable: true, description: 'A note for your reference.' })
  description: string | null;

  @Field({ description: 'When the webhook was created.' })
  createdAt: Date;

  @Field(() => String, {
    nullable: true,
    description: 'Why the server disabled the webhook; null while enabled or when you disabled it.',
  })
  disabledReason: string | null;
}

@ObjectType({
  description: 'A newly created (or re-keyed) webhook with its signing secret, shown only this once.',
})
export class CreatedWebhook {
  @Field(() => Webhook, { description: 'The webhook.' })
  webhook: Webhook;

  @Field({
    description:
      '"whsec_" + base64: verify the webhook-signature header with it (any Standard Webhooks library does). Store it now: it cannot be shown again.',
  })
  secret: string;
}

@ObjectType({ description: 'One message to one webhook, with the state of its attempts.' })
export class WebhookDelivery {
  @Field(() => ID, {
    description:
      'The message id: the webhook-id header, the same on every retry. Receivers deduplicate on it.',
  })
  id: string;

  @Field({ description: 'The message type, e.g. click.recorded or webhook.test.' })
  type: string;

  @Field(() => WebhookDeliveryStatus, { description: 'Where the message stands.' })
  status: WebhookDeliveryStatus;

  @Field(() => Int, { description: 'Attempts made so far.' })
  attempts: number;

  @Field(() => Int, { nullable: true, description: "The HTTP status of the last attempt's answer, if any." })
  lastResponseStatus: number | null;

  @Field(() => String, {
    nullable: true,
    description: 'Why the last attempt failed (timeout, refused connection, blocked address …).',
  })
  lastError: string | null;

  @Field({ description: 'When the event happened and the message was stored.' })
  createdAt: Date;

  @Field(() => Date, { nullable: true, description: 'When the next attempt is due; null once finished.' })
  nextAttemptAt: Date | null;

  @Field(() => Date, {
    nullable: true,
    description: 'When a 2xx answer was received; null unless SUCCEEDED.',
  })
  deliveredAt: Date | null;
}

@ObjectType({ description: "A page of a webhook's deliveries, newest first." })
export class WebhookDeliveryConnection {
  @Field(() => [WebhookDelivery], { description: 'The deliveries on this page.' })
  nodes: WebhookDelivery[];

  @Field(() => Int, { description: 'Deliveries matching the filter, over all pages.' })
  totalCount: number;

  @Field(() => PageInfo, { description: 'Where this page ends.' })
  pageInfo: PageInfo;
}

@InputType({ description: 'A new webhook endpoint.' })
export class CreateWebhookInput {
  @Field({
    description:
      'Absolute https URL, at most 2,048 characters, no credentials, not a private, loopback or link-local address.',
  })
  url: string;

  @Field(() => [WebhookEventType], { description: 'At least one event type.' })
  events: WebhookEventType[];

  @Field(() => String, { nullable: true, description: 'Optional note, at most 500 characters.' })
  description?: string | null;
}

@InputType({ description: 'Changes to a webhook. Omitted fields stay as they are.' })
export class UpdateWebhookInput {
  @Field(() => String, { nullable: true, description: 'New endpoint URL (same rules as at creation).' })
  url?: string | null;

  @Field(() => [WebhookEventType], { nullable: true, description: 'New event types, at least one.' })
  events?: WebhookEventType[] | null;

  @Field(() => Boolean, {
    nullable: true,
    description: 'false stops storing and sending events; true resumes (and clears disabledReason).',
  })
  enabled?: boolean | null;

  @Field(() => String, { nullable: true, description: 'New note; null or blank clears it.' })
  description?: string | null;
}

@ArgsType()
export class WebhookDeliveriesArgs {
  @Field(() => ID, { description: 'The webhook.' })
  webhookId: string;

  @Field(() => WebhookDeliveryStatus, { nullable: true, description: 'Only deliveries in this status.' })
  status?: WebhookDeliveryStatus | null;

  @Field(() => Int, {
    nullable: true,
    defaultValue: DEFAULT_PAGE_SIZE,
    description: `Page size, 1 to ${MAX_PAGE_SIZE}.`,
  })
  first?: number | null;

  @Field(() => String, { nullable: true, description: 'Cursor from a previous page (pageInfo.endCursor).' })
  after?: string | null;
}
