import type { WebhookEventType } from '../../../gql/graphql';

/** Every event type, in the order the form lists them, with the wire name receivers see. */
export const WEBHOOK_EVENTS: { value: WebhookEventType; label: string; type: string; hint: string }[] = [
  {
    value: 'CLICK_RECORDED',
    label: 'Click recorded',
    type: 'click.recorded',
    hint: 'Every click, bots included',
  },
  {
    value: 'CONVERSION_RECORDED',
    label: 'Conversion recorded',
    type: 'conversion.recorded',
    hint: 'A conversion reported by your site',
  },
  {
    value: 'DELIVERY_RECORDED',
    label: 'Delivery recorded',
    type: 'delivery.recorded',
    hint: 'A delivery report event of a campaign',
  },
  { value: 'LINK_CREATED', label: 'Link created', type: 'link.created', hint: 'A short link was created' },
  { value: 'LINK_UPDATED', label: 'Link updated', type: 'link.updated', hint: 'A link was edited' },
  { value: 'LINK_DELETED', label: 'Link deleted', type: 'link.deleted', hint: 'A link was deleted' },
];

export const eventLabel = (value: WebhookEventType): string =>
  WEBHOOK_EVENTS.find((e) => e.value === value)?.label ?? value;
