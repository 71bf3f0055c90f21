import type { GraphQLFormattedError } from 'graphql';
import { unwrapResolverError } from '@apollo/server/errors';
import { AppError, ErrorCode } from '../shared/errors';
import { isDatabaseUnavailable, serviceUnavailable } from './unavailable';

const KNOWN_CODES = new Set<string>(Object.values(ErrorCode));
const GRAPHQL_CODES = new Set([
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_REQUEST',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
  'OPERATION_RESOLUTION_FAILURE',
]);

/**
 * Our own errors pass through as they are; Apollo's request errors keep their code; anything else
 * (a bug, a database failure) becomes a bare INTERNAL_SERVER_ERROR so no SQL or stack leaks out.
 */
export function formatError(
  formatted: GraphQLFormattedError,
  error: unknown,
  isProduction: boolean,
): GraphQLFormattedError {
  let original = unwrapResolverError(error);
  const code = formatted.extensions?.code as string | undefined;
  // The database is away: a coded, retryable answer (unavailablePlugin makes it a 503), not a 500.
  if (!(original instanceof AppError) && isDatabaseUnavailable(original)) original = serviceUnavailable();
  if (original instanceof AppError) {
    // `http` (a status for Apollo) is consumed by Apollo and not for clients.
    const { http: _http, ...extensions } = original.extensions;
    return {
      message: original.message,
      path: formatted.path,
      locations: formatted.locations,
      extensions,
    };
  }
  if (
    code &&
    (GRAPHQL_CODES.has(code) || (KNOWN_CODES.has(code) && code !== ErrorCode.INTERNAL_SERVER_ERROR))
  ) {
    // A client's mistake never comes with a stack trace, in development either.
    const { stacktrace: _stack, ...extensions } = formatted.extensions ?? {};
    return { ...formatted, extensions };
  }
  // The stack, not the whole object: a database error also carries the query's parameters (personal data).
  console.error(original instanceof Error ? (original.stack ?? original.message) : original);
  if (!isProduction) return formatted;
  return {
    message: 'Internal server error',
    path: formatted.path,
    extensions: { code: ErrorCode.INTERNAL_SERVER_ERROR },
  };
}
