import type { DataSource } from 'typeorm';
import { AccountService } from './accounts/account.service';
import { SessionCookies } from './accounts/session';
import { ClickStatsService } from './analytics/click-stats.service';
import type { Config } from './config';
import { LinkService } from './links/link.service';

/** Every service, built once per process and shared by the GraphQL resolvers and the HTTP routes. */
export function createServices(db: DataSource, config: Config) {
  return {
    db,
    config,
    accounts: new AccountService(db, {
      signUpEnabled: config.signUpEnabled,
      signUpsPerHour: config.signUpsPerHour,
    }),
    links: new LinkService(db, config.publicBaseUrl, config.port),
    sessions: new SessionCookies(config),
    clickStats: new ClickStatsService(db),
  };
}
export type Services = ReturnType<typeof createServices>;
