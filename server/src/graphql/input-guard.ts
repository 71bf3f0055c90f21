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
    const found = fieldWithNul(args, 'input');
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
