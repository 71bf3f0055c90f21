import type { Channel } from '../../gql/graphql';

/** The product's names for the channels, in the order the form offers them. */
export const CHANNELS: { value: Channel; label: string }[] = [
  { value: 'WHATSAPP', label: 'WhatsApp' },
  { value: 'SMS', label: 'SMS' },
  { value: 'EMAIL', label: 'Email' },
  { value: 'OTHER', label: 'Other' },
];

export const channelLabel = (channel: Channel): string =>
  CHANNELS.find((c) => c.value === channel)?.label ?? channel;
