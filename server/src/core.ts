import type { CampaignEvents } from './campaigns/campaign.events';
import type { ClickEvents } from './clicks/click.events';
import type { Config } from './config';
import type { Database } from './db/database';
import type { LinkEvents } from './links/link.events';
import type { EventBus } from './shared/events';

/** Every domain's events: a new domain adds its event map here. */
export type AppEvents = LinkEvents & ClickEvents & CampaignEvents;

/** What every domain is built from. */
export interface Core {
  config: Config;
  database: Database;
  events: EventBus<AppEvents>;
}
