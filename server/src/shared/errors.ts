import { GraphQLError } from 'graphql';

/** The closed set of error codes clients switch on; clients never read the message. */
export const ErrorCode = {
  BAD_USER_INPUT: 'BAD_USER_INPUT',
  CODE_TAKEN: 'CODE_TAKEN',
  CODE_RESERVED: 'CODE_RESERVED',
  NOT_FOUND: 'NOT_FOUND',
  UNAUTHENTICATED: 'UNAUTHENTICATED',
  FORBIDDEN: 'FORBIDDEN',
  RATE_LIMITED: 'RATE_LIMITED',
  /** The database cannot be reached: HTTP 503 with Retry-After, never a 500. */
  SERVICE_UNAVAILABLE: 'SERVICE_UNAVAILABLE',
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
/** `what` names the missing thing for people ("Link", "API key"); clients switch on the code. */
export const notFound = (what: string) => new AppError(ErrorCode.NOT_FOUND, `${what} not found`);
export const unauthenticated = (message = 'You must be signed in') =>
  new AppError(ErrorCode.UNAUTHENTICATED, message);
export const forbidden = (message = 'Not allowed') => new AppError(ErrorCode.FORBIDDEN, message);
export const rateLimited = (
  retryAfter: number,
  message = `Too many attempts. Try again in ${retryAfter} seconds.`,
) => new AppError(ErrorCode.RATE_LIMITED, message, { retryAfter });
/** A request refused before execution (a plugin's verdict), with the HTTP status it is sent with. */
export const requestRefused = (
  code: ErrorCode | 'GRAPHQL_VALIDATION_FAILED',
  message: string,
  status: number,
) => new AppError(code as ErrorCode, message, { http: { status } });
