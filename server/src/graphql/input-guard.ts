import { getNamedType } from 'graphql';
import type { MiddlewareFn } from 'type-graphql';
import { AppError, ErrorCode } from '../shared/errors';

interface Found {
  field: string;
  /** The item's position when the text is inside a list argument (addRecipients' `index`). */
  index?: number;
}

/** The first argument or input field (at any depth) whose text holds a NUL character. */
function fieldWithNul(value: unknown, name: string, index?: number): Found | null {
  if (typeof value === 'string') return value.includes('\u0000') ? { field: name, index } : null;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const found = fieldWithNul(value[i], name, index ?? i);
      if (found) return found;
    }
  } else if (value && typeof value === 'object' && !(value instanceof Date)) {
    for (const [key, item] of Object.entries(value)) {
      const found = fieldWithNul(item, key, index);
      if (found) return found;
    }
  }
  return null;
}

/**
 * PostgreSQL text cannot hold U+0000: a NUL in any argument (a search, an email, a key name …) made the
 * query fail with an internal error. Rejected here for every operation, naming the field.
 */
export const rejectNulCharacters: MiddlewareFn = ({ args, info }, next) => {
  if (info.path.prev === undefined) {
    // An id holding a NUL is malformed, and a malformed id answers like a missing one (NOT_FOUND or
    // null), which the services already do: only text arguments are checked here.
    const argDefs = info.parentType.getFields()[info.fieldName]?.args ?? [];
    const checked = Object.fromEntries(
      Object.entries(args as Record<string, unknown>).filter(
        ([name]) => getNamedType(argDefs.find((a) => a.name === name)?.type)?.name !== 'ID',
      ),
    );
    const found = fieldWithNul(checked, 'input');
    if (found) {
      const { field, index } = found;
      throw new AppError(ErrorCode.BAD_USER_INPUT, `${field} must not contain NUL characters`, {
        field,
        ...(index === undefined ? {} : { index }),
      });
    }
  }
  return next();
};
