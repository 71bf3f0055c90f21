import { badInput } from './errors';
import { isUuid } from './ids';

/** An opaque cursor over a (createdAt, id) ordering: every list paged newest first uses it. */
export function encodeCursor(row: { createdAt: Date; id: string }): string {
  return Buffer.from(`${row.createdAt.toISOString()}|${row.id}`).toString('base64url');
}

/** The position a cursor names, or BAD_USER_INPUT on `after`. */
export function decodeCursor(cursor: string): { createdAt: Date; id: string } {
  const [at, id] = Buffer.from(cursor, 'base64url').toString().split('|');
  const createdAt = new Date(at ?? '');
  const year = createdAt.getUTCFullYear();
  if (!id || !isUuid(id) || Number.isNaN(year) || year < 1970 || year > 9999)
    throw badInput('after', 'Invalid cursor');
  return { createdAt, id };
}
