import { hasUnsafeCharacters } from '../security/text';

export { hasControlCharacters } from '../security/text';
import { badInput } from './errors';

/** Pages of any list: `first` defaults to this and is at most MAX_PAGE_SIZE. */
export const DEFAULT_PAGE_SIZE = 25;
export const MAX_PAGE_SIZE = 100;

/** `first` of a paged list, or BAD_USER_INPUT on `first`. */
export function pageSize(first: number | null | undefined): number {
  const size = first ?? DEFAULT_PAGE_SIZE;
  if (!Number.isInteger(size) || size < 1 || size > MAX_PAGE_SIZE)
    throw badInput('first', `first must be between 1 and ${MAX_PAGE_SIZE}`);
  return size;
}

/**
 * A person's short text (a title, an account or key name): trimmed, no control or text-direction characters, at most `max`
 * characters (counted as code points, so an emoji is one). Empty text is null, or BAD_USER_INPUT when
 * `required`. `label` starts the messages ("Title must be at most 200 characters").
 */
export function cleanText(
  raw: unknown,
  rule: { field: string; label: string; max: number; required: true },
): string;
export function cleanText(
  raw: unknown,
  rule: { field: string; label: string; max: number; required?: false },
): string | null;
export function cleanText(
  raw: unknown,
  rule: { field: string; label: string; max: number; required?: boolean },
): string | null {
  if (raw === null || raw === undefined || (rule.required && typeof raw !== 'string')) {
    if (rule.required) throw badInput(rule.field, `${rule.label} is required`);
    return null;
  }
  if (typeof raw !== 'string') throw badInput(rule.field, `${rule.label} must be text`);
  const text = raw.trim();
  if (text === '') {
    if (rule.required) throw badInput(rule.field, `${rule.label} is required`);
    return null;
  }
  if (hasUnsafeCharacters(text))
    throw badInput(rule.field, `${rule.label} must not contain control or text-direction characters`);
  if ([...text].length > rule.max)
    throw badInput(rule.field, `${rule.label} must be at most ${rule.max} characters`);
  return text;
}

/** Emails compare trimmed and lower-cased: the one form they are stored and looked up in. */
export const normaliseEmail = (raw: unknown): string =>
  typeof raw === 'string' ? raw.trim().toLowerCase() : '';

/** PostgreSQL's unique_violation: the database, not a read before the write, decides uniqueness. */
export const isUniqueViolation = (error: unknown): boolean =>
  (error as { code?: unknown } | null)?.code === '23505';
