import { existsSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { resolve } from 'node:path';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { expressMiddleware } from '@as-integrations/express5';
import express, { type NextFunction, type Request, type Response } from 'express';
import type { Viewer } from './accounts/account.service';
import { readBearer } from './accounts/session';
import { ClickWriter } from './clicks/click-writer';
import {
  createRedirectHandler,
  DatabaseLinkLookup,
  NOT_FOUND_PAGE,
  type LinkLookup,
} from './clicks/redirect.route';
import { VisitorKeys } from './clicks/visitor';
import type { Config } from './config';
import type { Database } from './db/database';
import { formatError } from './errors';
import type { Context } from './graphql/context';
import { createSchema } from './graphql/schema';
import { createLoaders } from './links/link.loaders';
import { createServices, type Services } from './services';

export const CLIENT_DIST = resolve(__dirname, '../../../client/dist');

export interface App {
  server: Server;
  services: Services;
  writer: ClickWriter;
  lookup: LinkLookup;
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
  const writer = new ClickWriter(database.dataSource, {
    onError: (error) => console.error(`Click write failed, will retry: ${(error as Error).message}`),
  });
  const lookup = new DatabaseLinkLookup(database.dataSource);

  const app = express();
  app.disable('x-powered-by');
  app.set('trust proxy', config.trustProxy);
  const server = createServer(app);

  const apollo = new ApolloServer<Context>({
    schema: await createSchema(),
    introspection: true,
    // main.ts owns shutdown: stop HTTP first, then flush clicks, then close the database.
    stopOnTerminationSignals: false,
    includeStacktraceInErrorResponses: !config.isProduction,
    formatError: (formatted, error) => formatError(formatted, error, config.isProduction),
    plugins: [ApolloServerPluginDrainHttpServer({ httpServer: server })],
  });
  await apollo.start();

  app.get('/healthz', (_req, res) => {
    res.json({ status: 'ok' });
  });
  app.get('/readyz', async (_req, res) => {
    try {
      await database.dataSource.query('SELECT 1');
      res.json({ status: 'ready' });
    } catch {
      res.status(503).json({ status: 'database unreachable' });
    }
  });

  app.use(
    '/graphql',
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
  if (existsSync(CLIENT_DIST)) {
    app.use('/app', express.static(CLIENT_DIST, { index: false, maxAge: '1h' }));
    app.get(/^\/app(\/.*)?$/, (_req, res) => {
      res.set('Cache-Control', 'no-cache').sendFile(resolve(CLIENT_DIST, 'index.html'));
    });
  }
  app.get('/', (_req, res) => res.redirect(302, '/app/'));
  app.get('/favicon.ico', (_req, res) => res.status(204).end());
  app.get('/robots.txt', (_req, res) => res.type('text/plain').send('User-agent: *\nDisallow: /\n'));

  app.get(
    '/:code',
    createRedirectHandler({
      lookup,
      writer,
      visitorKeys: new VisitorKeys(config.sessionSecret),
      secureCookies: config.publicBaseUrl.startsWith('https:'),
    }),
  );
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
      res
        .status(status)
        .json({
          errors: [
            {
              message: status === 500 ? 'Internal server error' : error.message,
              extensions: {
                code:
                  status === 413
                    ? 'PAYLOAD_TOO_LARGE'
                    : status === 500
                      ? 'INTERNAL_SERVER_ERROR'
                      : 'BAD_REQUEST',
              },
            },
          ],
        });
    },
  );

  let closing: Promise<void> | undefined;
  return {
    server,
    services,
    writer,
    lookup,
    close() {
      closing ??= (async () => {
        await apollo.stop(); // stops the HTTP server and waits for in-flight requests
        await writer.drain(15_000);
      })();
      return closing;
    },
  };
}
