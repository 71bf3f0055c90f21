import { existsSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { resolve } from 'node:path';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { expressMiddleware } from '@as-integrations/express5';
import express, { type NextFunction, type Request, type Response } from 'express';
import type { Viewer } from './accounts/account.service';
import { readBearer } from './accounts/session';
import { createClickExportHandler } from './analytics/click-export.route';
import { enrichClick, type RawClick } from './clicks/click-capture';
import { ClickWriter } from './clicks/click-writer';
import { DatabaseLinkLookup, LinkCache, LinkChangeSubscriber } from './clicks/link-cache';
import { createRedirectHandler, memoizeTrust, NOT_FOUND_PAGE, type TrustFn } from './clicks/redirect.route';
import { VisitorKeys } from './clicks/visitor';
import type { Config } from './config';
import type { Database } from './db/database';
import { NotFoundThrottle } from './clicks/not-found-throttle';
import { formatError, httpErrorBody } from './errors';
import { accessPlugin } from './graphql/access';
import type { Context } from './graphql/context';
import { costLimitPlugin, GRAPHQL_LIMITS, limitRules } from './graphql/limits';
import { createSchema } from './graphql/schema';
import { createLoaders } from './links/link.loaders';
import { createMetrics, type Metrics } from './metrics';
import {
  apiSecurityHeaders,
  corsForIntegrations,
  REDIRECT_PAGE_HEADERS,
  spaSecurityHeaders,
} from './security/http';
import { createServices, type Services } from './services';

export const CLIENT_DIST = resolve(__dirname, '../../../client/dist');

export interface App {
  server: Server;
  services: Services;
  writer: ClickWriter<RawClick>;
  cache: LinkCache;
  /** Hears other replicas' link changes (absent on the embedded database, which is single-process). */
  subscriber: LinkChangeSubscriber | null;
  metrics: Metrics;
  /** Stops accepting, finishes in-flight requests, writes every queued click. */
  close(): Promise<void>;
}

async function viewerFor(req: Request, services: Services): Promise<Viewer | null> {
  const bearer = readBearer(req);
  if (bearer) return services.accounts.viewerFromApiKey(bearer);
  const token = services.sessions.read(req);
  return token ? services.accounts.viewerFromSession(token) : null;
}

export async function createApp(config: Config, database: Database): Promise<App> {
  const services = createServices(database.dataSource, config);
  const visitorKeys = new VisitorKeys(config.sessionSecret);
  const writer = new ClickWriter<RawClick>(database.pool, {
    prepare: (raw) => enrichClick(raw, visitorKeys),
    onError: (error) => console.error(`Click write failed, will retry: ${(error as Error).message}`),
  });
  const cache = new LinkCache(new DatabaseLinkLookup(database.dataSource));
  // This process's edits drop the entry at once; other replicas hear of them through LISTEN/NOTIFY.
  services.links.onChange(({ code }) => cache.invalidate(code));
  const subscriber = database.embedded
    ? null
    : new LinkChangeSubscriber(database.url, {
        onChange: (code) => cache.invalidate(code),
        onResync: () => cache.clear(),
        onError: (error) => console.error(`Link change listener: ${error.message}; reconnecting`),
      });
  subscriber?.start();
  const metrics = createMetrics({ writer, cache, subscriber });

  const app = express();
  app.disable('x-powered-by');
  app.set('trust proxy', config.trustProxy);
  const notFoundThrottle = new NotFoundThrottle();
  const redirect = createRedirectHandler({
    cache,
    writer,
    trustProxy: memoizeTrust(app.get('trust proxy fn') as TrustFn, config.trustProxy),
    secureCookies: config.publicBaseUrl.startsWith('https:'),
    observe: metrics.observeRedirect,
    // Guessing codes: a burst of unknown ones from one address is answered 429 (valid codes never are).
    onNotFound: (ip, _req, res) => notFoundThrottle.rejected(ip, res),
    pageHeaders: REDIRECT_PAGE_HEADERS,
  });
  // Short-code redirects skip Express entirely (see createRedirectHandler); everything else is Express's.
  const server = createServer((req, res) => {
    if (!redirect(req, res)) app(req, res);
  });

  const schema = await createSchema();
  const apollo = new ApolloServer<Context>({
    schema,
    // Kept on for Apollo itself: accessPlugin decides per caller (off for anonymous callers in production).
    introspection: true,
    // main.ts owns shutdown: stop HTTP first, then flush clicks, then close the database.
    stopOnTerminationSignals: false,
    includeStacktraceInErrorResponses: !config.isProduction,
    // No "Did you mean …?" hints that would spell out the schema to a caller who may not introspect it.
    hideSchemaDetailsFromClientErrors: config.isProduction,
    formatError: (formatted, error) => formatError(formatted, error, config.isProduction),
    // Defaults made explicit, as they are security decisions: CSRF prevention on, HTTP batching off.
    csrfPrevention: true,
    allowBatchedHttpRequests: false,
    parseOptions: { maxTokens: GRAPHQL_LIMITS.maxTokens },
    validationRules: limitRules(),
    plugins: [
      ApolloServerPluginDrainHttpServer({ httpServer: server }),
      metrics.graphqlPlugin,
      accessPlugin({ isProduction: config.isProduction }),
      costLimitPlugin(schema),
      ...(config.isProduction ? [ApolloServerPluginLandingPageDisabled()] : []),
    ],
  });
  await apollo.start();

  app.get('/healthz', (_req, res) => {
    res.json({ status: 'ok' });
  });
  app.get('/readyz', async (_req, res) => {
    res.set('Cache-Control', 'no-store');
    // A vanished database must not hang the probe (connects wait on the pool and on TCP timeouts).
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error('timeout')), 1_000);
    });
    try {
      await Promise.race([database.dataSource.query('SELECT 1'), timeout]);
      res.json({ status: 'ready' });
    } catch {
      res.status(503).json({ status: 'database unreachable' });
    } finally {
      clearTimeout(timer);
    }
  });
  app.get('/metrics', async (_req, res) => {
    res.set('Content-Type', metrics.registry.contentType).send(await metrics.registry.metrics());
  });

  // The HTTP API beside GraphQL (the CSV export) gets the same headers and the same CORS rule.
  app.use('/api', apiSecurityHeaders(config), corsForIntegrations(config));
  app.use(
    '/graphql',
    apiSecurityHeaders(config),
    corsForIntegrations(config),
    express.json({ limit: '100kb' }),
    expressMiddleware(apollo, {
      context: async ({ req, res }) => {
        const viewer = await viewerFor(req, services);
        return {
          viewer,
          services,
          req,
          res,
          loaders: createLoaders(database.dataSource, viewer?.accountId ?? null),
        };
      },
    }),
  );

  // The dashboard lives under /app so that every other one-segment path can be a short code.
  app.use('/app', spaSecurityHeaders(config));
  if (existsSync(CLIENT_DIST)) {
    app.use('/app', express.static(CLIENT_DIST, { index: false, maxAge: '1h' }));
    app.get(/^\/app(\/.*)?$/, (_req, res) => {
      res.set('Cache-Control', 'no-cache').sendFile(resolve(CLIENT_DIST, 'index.html'));
    });
  }
  app.get(
    '/api/links/:id/clicks.csv',
    createClickExportHandler(services.clickStats, (req) => viewerFor(req, services)),
  );
  app.get('/', (_req, res) => res.redirect(302, '/app/'));
  app.get('/favicon.ico', (_req, res) => res.status(204).end());
  app.get('/robots.txt', (_req, res) => res.type('text/plain').send('User-agent: *\nDisallow: /\n'));
  app.use((_req, res) => {
    res.status(404).type('html').send(NOT_FOUND_PAGE);
  });
  app.use(
    (
      error: Error & { status?: number; type?: string },
      _req: Request,
      res: Response,
      _next: NextFunction,
    ) => {
      const status = error.status && error.status >= 400 && error.status < 500 ? error.status : 500;
      if (status === 500) console.error(error);
      res.status(status).json(httpErrorBody(status));
    },
  );

  let closing: Promise<void> | undefined;
  return {
    server,
    services,
    writer,
    cache,
    subscriber,
    metrics,
    close() {
      closing ??= (async () => {
        await apollo.stop(); // stops the HTTP server and waits for in-flight requests
        await subscriber?.stop();
        const written = await writer.drain(15_000);
        if (!written) console.error(`Shutting down with ${writer.pending} clicks not written`);
      })();
      return closing;
    },
  };
}
