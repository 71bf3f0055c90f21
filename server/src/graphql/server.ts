import type { Server } from 'node:http';
import { ApolloServer, type ApolloServerPlugin, type BaseContext } from '@apollo/server';
import {
  ApolloServerPluginCacheControlDisabled,
  ApolloServerPluginLandingPageDisabled,
} from '@apollo/server/plugin/disabled';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { expressMiddleware } from '@as-integrations/express5';
import express, { type NextFunction, type Request, type RequestHandler, type Response } from 'express';
import type { GraphQLSchema } from 'graphql';
import { accessPlugin } from './access';
import { formatError } from './format-error';
import { costLimitPlugin, GRAPHQL_LIMITS, limitRules, type ChargeBudget } from './limits';
import { stringifyResult } from './offload';
import { variableErrorFieldsPlugin } from './variable-errors';
import { isDatabaseUnavailable, serviceUnavailable, unavailablePlugin } from './unavailable';

export interface GraphQLOptions<C extends BaseContext> {
  schema: GraphQLSchema;
  httpServer: Server;
  isProduction: boolean;
  /** Builds a request's context (the caller, per-request loaders, services). */
  context: (req: Request, res: Response) => Promise<C>;
  /** Whether the caller may run mutations (see accessPlugin). */
  mayWrite: (context: C) => boolean;
  /** Whether the caller is signed in (introspection in production). */
  isSignedIn: (context: C) => boolean;
  plugins?: ApolloServerPlugin<C>[];
  /**
   * Whether the caller may send a large body (16 MB: a 10,000-recipient upload) rather than 100 kB; run
   * before the body is read, so anonymous callers never get the large limit.
   */
  mayPostLarge?: (req: Request, res: Response) => Promise<boolean>;
  /** Spends the budgeted cost of a request's expensive fields for its caller (see BudgetCost). */
  chargeBudget?: ChargeBudget<C>;
  /** Answers some operations on worker threads (offloadPlugin). */
  offload?: ApolloServerPlugin<C>;
}

/** Answers carry account data: never stored by a browser or a proxy. */
const noStore: RequestHandler = (_req, res, next) => {
  res.set('Cache-Control', 'no-store');
  next();
};

/** Apollo with the server's limits, access rules and error formatting; returns the /graphql middleware. */
export async function createGraphQL<C extends BaseContext>(
  options: GraphQLOptions<C>,
): Promise<{ apollo: ApolloServer<C>; middleware: RequestHandler[] }> {
  const { schema, isProduction } = options;
  const apollo = new ApolloServer<C>({
    schema,
    // Kept on for Apollo itself: accessPlugin decides per caller (off for anonymous callers in production).
    introspection: true,
    // main.ts owns shutdown: stop HTTP first, then flush clicks, then close the database.
    stopOnTerminationSignals: false,
    includeStacktraceInErrorResponses: !isProduction,
    // No "Did you mean …?" hints that would spell out the schema to a caller who may not introspect it.
    hideSchemaDetailsFromClientErrors: isProduction,
    formatError: (formatted, error) => formatError(formatted, error, isProduction),
    // Defaults made explicit, as they are security decisions: CSRF prevention on, HTTP batching off.
    csrfPrevention: true,
    allowBatchedHttpRequests: false,
    parseOptions: { maxTokens: GRAPHQL_LIMITS.maxTokens },
    // Answers made on a worker thread arrive as text (offload.ts).
    stringifyResult,
    validationRules: limitRules(),
    plugins: [
      ApolloServerPluginDrainHttpServer({ httpServer: options.httpServer }),
      unavailablePlugin<C>(),
      // No response here is cacheable (see noStore), and the cache-control plugin wraps every field's
      // resolver: thousands of calls for a year of buckets or a 10,000-recipient addRecipients.
      ApolloServerPluginCacheControlDisabled(),
      ...(options.plugins ?? []),
      accessPlugin({ isProduction, mayWrite: options.mayWrite, isSignedIn: options.isSignedIn }),
      costLimitPlugin<C>(schema, options.chargeBudget),
      variableErrorFieldsPlugin<C>(),
      // Last: runs only once access is checked and the budget charged.
      ...(options.offload ? [options.offload] : []),
      ...(isProduction ? [ApolloServerPluginLandingPageDisabled()] : []),
    ],
  });
  await apollo.start();
  return {
    apollo,
    middleware: [
      noStore,
      bodyParser(options.mayPostLarge),
      expressMiddleware(apollo, {
        // Reading the caller's session needs the database: when it is away, say so with a 503.
        context: ({ req, res }) =>
          options.context(req, res).catch((error: unknown) => {
            throw isDatabaseUnavailable(error) ? serviceUnavailable() : error;
          }),
      }),
    ],
  };
}

function bodyParser(mayPostLarge?: (req: Request, res: Response) => Promise<boolean>): RequestHandler {
  const small = express.json({ limit: '100kb' });
  if (!mayPostLarge) return small;
  const large = express.json({ limit: '16mb' });
  return (req: Request, res: Response, next: NextFunction) => {
    // A caller we cannot identify (the database away) gets the small limit; reading the context then
    // answers SERVICE_UNAVAILABLE with a 503, as for any request.
    mayPostLarge(req, res)
      .catch(() => false)
      .then((yes) => (yes ? large : small)(req, res, next), next);
  };
}
