import type { ApolloServerPlugin, BaseContext } from '@apollo/server';
import { unwrapResolverError } from '@apollo/server/errors';
import { DatabaseUnreachableError } from '../db/connection-errors';
import { AppError, ErrorCode } from '../shared/errors';

/** Seconds a client is told to wait while the database is away. */
export const RETRY_AFTER_SECONDS = 5;

// Connection-level failures: the database cannot be reached, or it is shutting down or starting up
// (SQLSTATE 57P01-57P03); the driver's code-less ones arrive as DatabaseUnreachableError (db/connection-errors.ts).
const NETWORK_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'EHOSTUNREACH',
  'ENOTFOUND',
  'EPIPE',
]);
const SQLSTATE_CLASSES = ['08', '57P']; // connection exception; operator intervention (shutdown, cannot connect now)

/** Whether an error (or what it wraps) says the database cannot be reached right now. */
export function isDatabaseUnavailable(error: unknown): boolean {
  for (let e = error, depth = 0; e && typeof e === 'object' && depth < 5; depth++) {
    if (e instanceof DatabaseUnreachableError) return true;
    const { code } = e as { code?: unknown };
    if (typeof code === 'string') {
      if (NETWORK_CODES.has(code)) return true;
      if (/^[0-9A-Z]{5}$/.test(code) && SQLSTATE_CLASSES.some((prefix) => code.startsWith(prefix)))
        return true;
    }
    const inner = e as { driverError?: unknown; cause?: unknown; originalError?: unknown };
    e = inner.driverError ?? inner.cause ?? inner.originalError;
  }
  return false;
}

/** SERVICE_UNAVAILABLE, sent with HTTP 503 and Retry-After: a client may retry after that many seconds. */
export const serviceUnavailable = () =>
  new AppError(ErrorCode.SERVICE_UNAVAILABLE, 'The service is temporarily unavailable. Try again shortly.', {
    retryAfter: RETRY_AFTER_SECONDS,
    http: { status: 503, headers: new Map([['retry-after', String(RETRY_AFTER_SECONDS)]]) },
  });

/** A database failure in a resolver becomes SERVICE_UNAVAILABLE (formatError) and the answer a 503. */
export function unavailablePlugin<C extends BaseContext>(): ApolloServerPlugin<C> {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ errors, response }) {
          if (!errors?.some((error) => isDatabaseUnavailable(unwrapResolverError(error)))) return;
          response.http.status = 503;
          response.http.headers.set('retry-after', String(RETRY_AFTER_SECONDS));
        },
      };
    },
  };
}
