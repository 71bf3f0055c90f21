import type { Request, Response } from 'express';
import type { AccountsModule } from './accounts';
import type { Viewer } from './accounts/viewer';
import type { AnalyticsModule } from './analytics';
import type { CampaignsModule } from './campaigns';
import type { CampaignLoaders } from './campaigns/campaign.loaders';
import type { LinksModule } from './links';
import type { Loaders } from './links/link.loaders';
import type { WebhooksModule } from './webhooks';

/** Every domain's services, shared by the GraphQL resolvers and the HTTP routes. */
export type Services = AccountsModule['services'] &
  LinksModule['services'] &
  AnalyticsModule['services'] &
  WebhooksModule['services'] &
  CampaignsModule['services'];

/** What a resolver gets: built per request by the composition root (app.ts). */
export interface Context {
  viewer: Viewer | null;
  loaders: Loaders & CampaignLoaders;
  services: Services;
  req: Request;
  res: Response;
}
