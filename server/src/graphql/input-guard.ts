import type { MiddlewareFn } from 'type-graphql';
import { badInput } from '../shared/errors';

/** The name of the first argument or input field (at any depth) whose text holds a NUL character. */
function fieldWithNul(value: unknown, name: string): string | null {
  if (typeof value === 'string') return value.includes('\u0000') ? name : null;
  if (Array.isArray(value)) {
    for (const item of value) {
      const found = fieldWithNul(item, name);
      if (found) return found;
    }
  } else if (value && typeof value === 'object' && !(value instanceof Date)) {
    for (const [key, item] of Object.entries(value)) {
      const found = fieldWithNul(item, key);
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
    const field = fieldWithNul(args, 'input');
    if (field) throw badInput(field, `${field} must not contain NUL characters`);
  }
  return next();
};
