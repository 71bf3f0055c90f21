import type { Server } from 'node:http';
import { resolve } from 'node:path';
import express from 'express';
import { mayWrite } from './accounts/viewer';
import type { ClicksModule } from './clicks';
import { NOT_FOUND_PAGE, type TrustFn } from './clicks/redirect.route';
import type { Config } from './config';
import { createContextBuilder, type Context, type Loaders, type Services } from './context';
import type { AppEvents, Core } from './core';
import type { Database } from './db/database';
import { createDomains, type Domain } from './domains';
import { offloadPlugin, OffloadPool } from './graphql/offload';
import { createGraphQL } from './graphql/server';
import { mountProbes } from './http/probes';
import { createHttpServer } from './http/server';
import { mountDashboard, mountFallbacks } from './http/site';
import { createMetrics, type Metrics } from './metrics';
import { createSchema } from './schema';
import { apiSecurityHeaders, corsForIntegrations } from './security/http';
import { EventBus } from './shared/events';

export { CLIENT_DIST } from './http/site';

/** Queries answered on worker threads when made only of these (analytics.worker.ts). */
const OFFLOADED_FIELDS = new Set(['clickStats', 'campaignClickStats']);

export interface App {
  server: Server;
  services: Services;
  events: EventBus<AppEvents>;
  writer: ClicksModule['writer'];
  cache: ClicksModule['cache'];
  subscriber: ClicksModule['subscriber'];
  metrics: Metrics;
  /** The worker threads answering analytics queries; null when they answer on the main thread. */
  offload: OffloadPool | null;
  /** Stops accepting, finishes in-flight requests, writes every queued click. */
  close(): Promise<void>;
}

/** The composition root: builds the domains (domains.ts), then mounts GraphQL and the routes in order. */
export async function createApp(config: Config, database: Database): Promise<App> {
  const events = new EventBus<AppEvents>((error) => console.error('Event listener failed:', error));
  const core: Core = { config, database, events };
  const domains = await createDomains(core);
  const all: Domain[] = Object.values(domains);
  const services = Object.assign({}, ...all.map((d) => d.services)) as Services;
  const loaders = (accountId: string | null) =>
    Object.assign({}, ...all.map((d) => d.loaders?.(accountId))) as Loaders;
  const { accounts, analytics, clicks } = domains;
  const metrics = createMetrics(clicks);
  for (const domain of all) domain.start?.(metrics.registry);

  const app = express();
  app.disable('x-powered-by');
  // API answers are no-store: an ETag would only hash every answer (0.7 MB for the largest analytics
  // ones) on the main thread. The dashboard's files get theirs from the static file server.
  app.set('etag', false);
  app.set('trust proxy', config.trustProxy);
  // Short-code redirects skip Express entirely (see createRedirectHandler).
  const server = createHttpServer(config, app, (isOwnAuthority) =>
    clicks.redirect({
      trustProxy: app.get('trust proxy fn') as TrustFn,
      observe: metrics.observeRedirect,
      isOwnAuthority,
    }),
  );
  // The embedded database serves one connection, held by this thread.
  const offload =
    config.analyticsThreads > 0 && !database.embedded
      ? new OffloadPool({
          filename: resolve(__dirname, 'analytics.worker.js'),
          threads: config.analyticsThreads,
          workerData: { config, databaseUrl: database.url, connections: config.analyticsDbConnections },
        })
      : null;
  const graphql = await createGraphQL<Context>({
    schema: await createSchema(),
    httpServer: server,
    isProduction: config.isProduction,
    ...createContextBuilder({ viewerFor: accounts.viewerFor, services, loaders }),
    mayWrite: (ctx) => mayWrite(ctx.viewer),
    isSignedIn: (ctx) => ctx.viewer !== null,
    // Without a viewer there is nothing to charge: the resolvers answer UNAUTHENTICATED.
    chargeBudget: async (ctx, cost) => {
      if (ctx.viewer) await analytics.budget.charge(ctx.viewer.accountId, cost);
    },
    plugins: [metrics.graphqlPlugin],
    offload: offload
      ? offloadPlugin<Context>({ pool: offload, fields: OFFLOADED_FIELDS, viewer: (ctx) => ctx.viewer })
      : undefined,
  });

  mountProbes(app, {
    ping: () => database.dataSource.query('SELECT 1'),
    registry: metrics.registry,
    writerStalledMs: () => clicks.writer.stalledForMs,
  });
  // The HTTP API beside GraphQL (the CSV exports) gets the same headers and the same CORS rule.
  app.use('/api', apiSecurityHeaders(config), corsForIntegrations(config));
  app.use('/graphql', apiSecurityHeaders(config), corsForIntegrations(config), ...graphql.middleware);
  mountDashboard(app, config);
  for (const domain of all) domain.routes?.(app);
  mountFallbacks(app, NOT_FOUND_PAGE);

  let closing: Promise<void> | undefined;
  return {
    server,
    services,
    events,
    writer: clicks.writer,
    cache: clicks.cache,
    subscriber: clicks.subscriber,
    metrics,
    offload,
    close() {
      closing ??= (async () => {
        await graphql.apollo.stop(); // stops the HTTP server and waits for in-flight requests
        await offload?.close();
        // The later domains first: webhooks stop claiming before the click writer drains.
        for (const domain of [...all].reverse()) await domain.close?.();
      })();
      return closing;
    },
  };
}
