import { CombinedGraphQLErrors, ServerError } from '@apollo/client/errors';

/** The error codes the server puts in `extensions.code`. Clients switch on these, never on message text. */
export type ErrorCode =
  | 'BAD_USER_INPUT'
  | 'CODE_TAKEN'
  | 'CODE_RESERVED'
  | 'NOT_FOUND'
  | 'UNAUTHENTICATED'
  | 'FORBIDDEN'
  | 'RATE_LIMITED'
  | 'SERVICE_UNAVAILABLE'
  | 'INTERNAL_SERVER_ERROR';

export interface AppErrorInfo {
  code: string | undefined;
  field: string | undefined;
  /** The position of the refused item in a list argument (addRecipients' `extensions.index`). */
  index?: number;
  message: string;
}

/** Every GraphQL error in an Apollo error, with its code and field. */
export function errorInfos(error: unknown): AppErrorInfo[] {
  if (CombinedGraphQLErrors.is(error)) {
    return error.errors.map((e) => ({
      code: typeof e.extensions?.code === 'string' ? e.extensions.code : undefined,
      field: typeof e.extensions?.field === 'string' ? e.extensions.field : undefined,
      ...(typeof e.extensions?.index === 'number' ? { index: e.extensions.index } : {}),
      message: e.message,
    }));
  }
  if (ServerError.is(error)) {
    return [
      {
        code: undefined,
        field: undefined,
        message: `The server answered ${error.statusCode}. Please try again.`,
      },
    ];
  }
  if (error) {
    return [
      {
        code: undefined,
        field: undefined,
        message: 'Could not reach the server. Check your connection and try again.',
      },
    ];
  }
  return [];
}

export function hasCode(error: unknown, code: ErrorCode): boolean {
  return errorInfos(error).some((e) => e.code === code);
}

export interface FormErrors<F extends string> {
  fields: Partial<Record<F, string>>;
  /** Errors that belong to no field of this form. */
  form: string | null;
}

/** Friendly wording per code; the server's message is used where it already names the problem. */
const CODE_MESSAGES: Partial<Record<string, string>> = {
  CODE_TAKEN: 'This custom code is already taken. Try another one.',
  CODE_RESERVED: 'This code is reserved by Smart Links. Try another one.',
  NOT_FOUND: 'This item no longer exists.',
  FORBIDDEN: 'You are not allowed to do this.',
  RATE_LIMITED: 'Too many attempts. Wait a moment and try again.',
  SERVICE_UNAVAILABLE: 'Smart Links is briefly unavailable. Try again in a few seconds.',
  INTERNAL_SERVER_ERROR: 'Something went wrong on our side. Please try again.',
};

/**
 * Maps server errors onto the form's fields: BAD_USER_INPUT by `extensions.field`, CODE_TAKEN and
 * CODE_RESERVED onto their field (customCode); anything else becomes a form-level message.
 */
export function mapFormErrors<F extends string>(error: unknown, fields: readonly F[]): FormErrors<F> {
  const result: FormErrors<F> = { fields: {}, form: null };
  for (const info of errorInfos(error)) {
    const message =
      info.code === 'BAD_USER_INPUT' ? info.message : (CODE_MESSAGES[info.code ?? ''] ?? info.message);
    const field = fields.find((f) => f === info.field);
    if (field && !result.fields[field]) result.fields[field] = message;
    else result.form ??= message;
  }
  return result;
}
