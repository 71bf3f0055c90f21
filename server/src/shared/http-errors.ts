import type { GraphQLFormattedError } from 'graphql';
import { ErrorCode } from './errors';

/**
 * The JSON body for a request refused before GraphQL runs (Express or body-parser: too large, malformed
 * JSON, wrong charset), in the same shape as GraphQL errors. Fixed messages: a parser's text is internal.
 */
export function httpErrorBody(status: number): { errors: GraphQLFormattedError[] } {
  const [code, message] =
    status === 413
      ? ['PAYLOAD_TOO_LARGE', 'Request body too large (at most 100 kB, 16 MB when signed in)']
      : status === 415
        ? ['BAD_REQUEST', 'Unsupported content type or charset']
        : status >= 400 && status < 500
          ? ['BAD_REQUEST', 'Malformed request (the body must be valid JSON)']
          : [ErrorCode.INTERNAL_SERVER_ERROR, 'Internal server error'];
  return { errors: [{ message, extensions: { code } }] };
}
