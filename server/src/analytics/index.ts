import type { Express, Request } from 'express';
import type { Viewer } from '../accounts/viewer';
import type { Core } from '../core';
import type { LinkReader } from '../links/link.reader';
import { AnalyticsBudget } from './analytics-budget';
import { createClickExportHandler } from './click-export.route';
import { ClickStatsResolver } from './click-stats.resolver';
import { ClickStatsService } from './click-stats.service';

export const analyticsResolvers = [ClickStatsResolver] as const;

/** Click analytics (clickStats) and the CSV export, over links the caller owns. */
export function createAnalytics(
  { config, database }: Core,
  deps: { links: LinkReader; viewerFor: (req: Request) => Promise<Viewer | null> },
) {
  const budget = new AnalyticsBudget(config.analyticsBudgetPerMinute);
  const clickStats = new ClickStatsService(database.dataSource, deps.links);
  return {
    services: { clickStats },
    /** Charged per GraphQL request, before execution, for the clickStats fields it holds. */
    budget,
    routes(app: Express) {
      app.get(
        '/api/links/:id/clicks.csv',
        createClickExportHandler({ db: database.dataSource, links: deps.links, viewerFor: deps.viewerFor }),
      );
    },
  };
}
export type AnalyticsModule = ReturnType<typeof createAnalytics>;
