import type { Channel } from '../../../gql/graphql';
import { channelLabel } from '../channels';

export function ChannelBadge({ channel }: { channel: Channel }) {
  return <span className={`channel channel-${channel.toLowerCase()}`}>{channelLabel(channel)}</span>;
}
