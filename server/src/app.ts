import { createServer, type Server } from 'node:http';
import express from 'express';
import { createAccounts } from './accounts';
import { mayWrite, type Viewer } from './accounts/viewer';
import { createAnalytics } from './analytics';
import { createCampaigns } from './campaigns';
import { createClicks, type ClicksModule } from './clicks';
import { NOT_FOUND_PAGE, type TrustFn } from './clicks/redirect.route';
import type { Config } from './config';
import type { Context, Services } from './context';
import type { AppEvents, Core } from './core';
import type { Database } from './db/database';
import { createGraphQL } from './graphql/server';
import { mountProbes } from './http/probes';
import { mountDashboard, mountFallbacks } from './http/site';
import { createLinks } from './links';
import { createMetrics, type Metrics } from './metrics';
import { createSchema } from './schema';
import { apiSecurityHeaders, corsForIntegrations } from './security/http';
import { OwnAddresses } from './security/own-addresses';
import { EventBus } from './shared/events';
import { createWebhooks } from './webhooks';

export { CLIENT_DIST } from './http/site';

export interface App {
  server: Server;
  services: Services;
  events: EventBus<AppEvents>;
  writer: ClicksModule['writer'];
  cache: ClicksModule['cache'];
  subscriber: ClicksModule['subscriber'];
  metrics: Metrics;
  /** Stops accepting, finishes in-flight requests, writes every queued click. */
  close(): Promise<void>;
}

/** The composition root: builds each domain from the shared core, then mounts their routes in order. */
export async function createApp(config: Config, database: Database): Promise<App> {
  const events = new EventBus<AppEvents>((error) => console.error('Event listener failed:', error));
  const core: Core = { config, database, events };
  const accounts = createAccounts(core);
  const links = createLinks(core);
  const clicks = await createClicks(core, { links: links.reader });
  const analytics = createAnalytics(core, { links: links.reader, viewerFor: accounts.viewerFor });
  const webhooks = createWebhooks(core, { shortUrl: (code) => links.services.links.shortUrl(code) });
  const campaigns = createCampaigns(core, {
    links: links.services.links,
    clickStats: analytics.services.clickStats,
    viewerFor: accounts.viewerFor,
  });
  // Recipient links come and go in bulk, announced once per call: the redirect cache drops their codes.
  events.on('campaign.links.changed', ({ codes }) => {
    for (const code of codes) clicks.cache.invalidate(code);
  });
  events.on('campaign.tracking.changed', ({ campaignId }) => clicks.cache.invalidateCampaign(campaignId));
  const services: Services = {
    ...accounts.services,
    ...links.services,
    ...analytics.services,
    ...webhooks.services,
    ...campaigns.services,
  };
  const metrics = createMetrics(clicks);
  webhooks.start(metrics.registry);

  const app = express();
  app.disable('x-powered-by');
  app.set('trust proxy', config.trustProxy);
  // Short-code redirects skip Express entirely (see createRedirectHandler); everything else is Express's.
  const redirect = clicks.redirect({
    trustProxy: app.get('trust proxy fn') as TrustFn,
    observe: metrics.observeRedirect,
    isOwnAuthority: (authority) => ownAddresses().isOwnAuthority(authority),
  });
  const server = createServer((req, res) => {
    if (!redirect(req, res)) app(req, res);
  });
  // Built at the first absolute-form request, when the port we listen on is known (PORT may be 0).
  let own: OwnAddresses | undefined;
  const ownAddresses = () => {
    const address = server.address();
    return (own ??= new OwnAddresses(
      config.publicBaseUrl,
      typeof address === 'object' && address ? address.port : config.port,
    ));
  };
  // A load balancer reuses idle connections to us until its own idle timeout: ours must be longer, or
  // we close one just as it sends a request on it (a reset). Headers get a little longer still.
  server.keepAliveTimeout = config.keepAliveTimeoutMs;
  server.headersTimeout = config.keepAliveTimeoutMs + 1_000;
  server.requestTimeout = Math.max(server.requestTimeout, server.headersTimeout + 1_000);
  const graphql = await createGraphQL<Context>({
    schema: await createSchema(),
    httpServer: server,
    isProduction: config.isProduction,
    // The caller is known before the body is read (signed-in callers may send larger bodies).
    mayPostLarge: async (req, res) => {
      res.locals.viewer = await accounts.viewerFor(req);
      return res.locals.viewer !== null;
    },
    context: async (req, res) => {
      // Looked up while choosing the body limit; if that failed (the database away), ask again here so
      // the failure answers SERVICE_UNAVAILABLE rather than UNAUTHENTICATED.
      const viewer =
        res.locals.viewer !== undefined
          ? (res.locals.viewer as Viewer | null)
          : await accounts.viewerFor(req);
      const accountId = viewer?.accountId ?? null;
      return {
        viewer,
        services,
        req,
        res,
        loaders: { ...links.loaders(accountId), ...campaigns.loaders(accountId) },
      };
    },
    mayWrite: (ctx) => mayWrite(ctx.viewer),
    isSignedIn: (ctx) => ctx.viewer !== null,
    // Without a viewer there is nothing to charge: the resolvers answer UNAUTHENTICATED.
    chargeBudget: async (ctx, cost) => {
      if (ctx.viewer) await analytics.budget.charge(ctx.viewer.accountId, cost);
    },
    plugins: [metrics.graphqlPlugin],
  });

  mountProbes(app, {
    ping: () => database.dataSource.query('SELECT 1'),
    registry: metrics.registry,
    writerStalledMs: () => clicks.writer.stalledForMs,
  });
  // The HTTP API beside GraphQL (the CSV export) gets the same headers and the same CORS rule.
  app.use('/api', apiSecurityHeaders(config), corsForIntegrations(config));
  app.use('/graphql', apiSecurityHeaders(config), corsForIntegrations(config), ...graphql.middleware);
  mountDashboard(app, config);
  analytics.routes(app);
  campaigns.routes(app);
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
    close() {
      closing ??= (async () => {
        await graphql.apollo.stop(); // stops the HTTP server and waits for in-flight requests
        await webhooks.close();
        await clicks.close();
      })();
      return closing;
    },
  };
}
