import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { unwrapResolverError } from '@apollo/server/errors';

/** The closed set of error codes clients switch on (SPEC: errors). */
export const ErrorCode = {
  BAD_USER_INPUT: 'BAD_USER_INPUT',
  CODE_TAKEN: 'CODE_TAKEN',
  CODE_RESERVED: 'CODE_RESERVED',
  NOT_FOUND: 'NOT_FOUND',
  UNAUTHENTICATED: 'UNAUTHENTICATED',
  FORBIDDEN: 'FORBIDDEN',
  RATE_LIMITED: 'RATE_LIMITED',
  INTERNAL_SERVER_ERROR: 'INTERNAL_SERVER_ERROR',
} as const;
export type ErrorCode = (typeof ErrorCode)[keyof typeof ErrorCode];

export class AppError extends GraphQLError {
  constructor(code: ErrorCode, message: string, extra: Record<string, unknown> = {}) {
    super(message, { extensions: { code, ...extra } });
  }
  get code(): ErrorCode {
    return this.extensions.code as ErrorCode;
  }
}

export const badInput = (field: string, message: string) =>
  new AppError(ErrorCode.BAD_USER_INPUT, message, { field });
export const notFound = (what = 'Link') => new AppError(ErrorCode.NOT_FOUND, `${what} not found`);
export const unauthenticated = (message = 'You must be signed in') =>
  new AppError(ErrorCode.UNAUTHENTICATED, message);
export const forbidden = (message = 'Not allowed') => new AppError(ErrorCode.FORBIDDEN, message);
export const codeTaken = () =>
  new AppError(ErrorCode.CODE_TAKEN, 'This custom code is already taken', { field: 'customCode' });
export const rateLimited = (retryAfter: number) =>
  new AppError(ErrorCode.RATE_LIMITED, `Too many attempts. Try again in ${retryAfter} seconds.`, {
    retryAfter,
  });
/** A request refused before execution (a plugin's verdict), with the HTTP status it is sent with. */
export const requestRefused = (
  code: ErrorCode | 'GRAPHQL_VALIDATION_FAILED',
  message: string,
  status: number,
) => new AppError(code as ErrorCode, message, { http: { status } });
export const codeReserved = () =>
  new AppError(ErrorCode.CODE_RESERVED, 'This custom code is reserved', { field: 'customCode' });

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
 * The input field a variable-coercion error is about, from graphql-js's message
 * (`… at "input.expiresAt"; …` or `Field "destinationUrl" of required type …`), so that schema-level
 * input errors name their field like the services' own errors do.
 */
function coercedField(message: string): string | null {
  const path =
    /^Variable "\$(\w+)" got invalid value .* at "\1((?:\.\w+|\[\d+\])+)"; /s.exec(message)?.[2] ??
    /; Field "([\w.]+)" of required type/.exec(message)?.[1];
  if (!path) return null;
  const last = path
    .replace(/\[\d+\]/g, '')
    .split('.')
    .pop();
  return last && /^\w+$/.test(last) ? last : null;
}

/**
 * Our own errors pass through as they are; Apollo's request errors keep their code; anything else
 * (a bug, a database failure) becomes a bare INTERNAL_SERVER_ERROR so no SQL or stack leaks out.
 */
export function formatError(
  formatted: GraphQLFormattedError,
  error: unknown,
  isProduction: boolean,
): GraphQLFormattedError {
  const original = unwrapResolverError(error);
  const code = formatted.extensions?.code as string | undefined;
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
    // A client's mistake never comes with a stack trace, in development either (SPEC: quality bars).
    const { stacktrace: _stack, ...extensions } = formatted.extensions ?? {};
    const field =
      code === ErrorCode.BAD_USER_INPUT && !extensions.field ? coercedField(formatted.message) : null;
    return { ...formatted, extensions: field ? { ...extensions, field } : extensions };
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

/**
 * The JSON body for a request refused before GraphQL runs (Express or body-parser: too large, malformed
 * JSON, wrong charset), in the same shape as GraphQL errors. Fixed messages: a parser's text is internal.
 */
export function httpErrorBody(status: number): { errors: GraphQLFormattedError[] } {
  const [code, message] =
    status === 413
      ? ['PAYLOAD_TOO_LARGE', 'Request body too large (at most 100 kB)']
      : status === 415
        ? ['BAD_REQUEST', 'Unsupported content type or charset']
        : status >= 400 && status < 500
          ? ['BAD_REQUEST', 'Malformed request (the body must be valid JSON)']
          : [ErrorCode.INTERNAL_SERVER_ERROR, 'Internal server error'];
  return { errors: [{ message, extensions: { code } }] };
}

const UUID_RE = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
/** Ids are UUIDs; anything else is treated as a missing id, never passed to SQL. */
export const isUuid = (value: unknown): value is string => typeof value === 'string' && UUID_RE.test(value);
