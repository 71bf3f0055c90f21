import type { Express, Request } from 'express';
import type { Viewer } from '../accounts/viewer';
import type { Core } from '../core';
import type { LinkReader } from '../links/link.reader';
import { createClickExportHandler } from './click-export.route';
import { ClickStatsResolver } from './click-stats.resolver';
import { ClickStatsService } from './click-stats.service';

export const analyticsResolvers = [ClickStatsResolver] as const;

/** Click analytics (clickStats) and the CSV export, over links the caller owns. */
export function createAnalytics(
  { database }: Core,
  deps: { links: LinkReader; viewerFor: (req: Request) => Promise<Viewer | null> },
) {
  const clickStats = new ClickStatsService(database.dataSource, deps.links);
  return {
    services: { clickStats },
    routes(app: Express) {
      app.get(
        '/api/links/:id/clicks.csv',
        createClickExportHandler({ db: database.dataSource, links: deps.links, viewerFor: deps.viewerFor }),
      );
    },
  };
}
export type AnalyticsModule = ReturnType<typeof createAnalytics>;
