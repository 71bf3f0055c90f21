import type { Express, Request } from 'express';
import type { Viewer } from '../accounts/viewer';
import type { ClickStatsService } from '../analytics/click-stats.service';
import { CAMPAIGN_SCOPE } from '../analytics/click-stats.queries';
import type { ClickStatsArgs } from '../analytics/click-stats.service';
import type { Core } from '../core';
import type { LinkReader } from '../links/link.reader';
import type { LinkService } from '../links/link.service';
import { createCampaignLoaders } from './campaign.loaders';
import { CampaignResolver } from './campaign.resolver';
import { CampaignService } from './campaign.service';
import { LinkCampaignResolver } from './link-campaign.resolver';
import { ConversionResolver } from './conversion.resolver';
import { ConversionService } from './conversion.service';
import { DeliveryResolver } from './delivery.resolver';
import { DeliveryService } from './delivery.service';
import { FunnelResolver } from './funnel.resolver';
import { FunnelService } from './funnel.service';
import { RecipientResolver } from './recipient.resolver';
import { RecipientService } from './recipient.service';
import { createRecipientsExportHandler } from './recipients-export.route';

export const campaignResolvers = [
  CampaignResolver,
  RecipientResolver,
  LinkCampaignResolver,
  FunnelResolver,
  DeliveryResolver,
  ConversionResolver,
] as const;

/**
 * Campaigns: their shared and per-recipient links, recipients, campaign-wide analytics (the analytics
 * queries over the campaign aggregates) and the recipients CSV.
 */
export function createCampaigns(
  { config, database, events }: Core,
  deps: {
    links: LinkService;
    linkReader: LinkReader;
    clickStats: ClickStatsService;
    viewerFor: (req: Request) => Promise<Viewer | null>;
  },
) {
  const db = database.dataSource;
  const campaigns = new CampaignService(db, events, config.publicBaseUrl);
  const recipients = new RecipientService(db, deps.linkReader, events, config.publicBaseUrl);
  const deliveries = new DeliveryService(db, events);
  const conversions = new ConversionService(db, deps.linkReader, events);
  const funnels = new FunnelService(db);
  // Shared links name their campaign: the links domain asks this one whether the account owns it.
  deps.links.useCampaignCheck((accountId, campaignId) => recipients.requireCampaign(accountId, campaignId));
  const campaignClickStats = {
    /** Every link of the campaign together; NOT_FOUND for a missing, malformed or foreign campaign. */
    stats(accountId: string, campaignId: string, args: ClickStatsArgs, now = Date.now()) {
      return deps.clickStats.scopeStats(args, now, async (q) => {
        await recipients.requireCampaign(accountId, campaignId, q);
        return { scope: CAMPAIGN_SCOPE, ids: [campaignId] };
      });
    },
  };
  return {
    services: { campaigns, recipients, campaignClickStats, deliveries, conversions, funnels },
    loaders: (accountId: string | null) => createCampaignLoaders(db, deps.linkReader, accountId, funnels),
    routes(app: Express) {
      app.get(
        '/api/campaigns/:id/recipients.csv',
        createRecipientsExportHandler(recipients, (code) => deps.links.shortUrl(code), deps.viewerFor),
      );
    },
  };
}
export type CampaignsModule = ReturnType<typeof createCampaigns>;
