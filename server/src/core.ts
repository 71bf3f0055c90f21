import type { Config } from './config';
import type { Database } from './db/database';
import type { AppEvents } from './domains';
import type { EventBus } from './shared/events';

export type { AppEvents } from './domains';

/** What every domain is built from. */
export interface Core {
  config: Config;
  database: Database;
  events: EventBus<AppEvents>;
}
