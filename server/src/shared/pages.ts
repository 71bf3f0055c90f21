import { badInput } from './errors';
import { isUuid } from './ids';

/** Newest-first pages of any table are keyed by (created_at, id), in an opaque cursor. */
export function encodeCursor(row: { createdAt: Date; id: string }): string {
  return Buffer.from(`${row.createdAt.toISOString()}|${row.id}`).toString('base64url');
}

export function decodeCursor(cursor: string): { createdAt: Date; id: string } {
  const [at, id] = Buffer.from(cursor, 'base64url').toString().split('|');
  const createdAt = new Date(at ?? '');
  const year = createdAt.getUTCFullYear();
  if (!id || !isUuid(id) || Number.isNaN(year) || year < 1970 || year > 9999)
    throw badInput('after', 'Invalid cursor');
  return { createdAt, id };
}

/** A LIKE pattern's text taken literally. */
export const escapeLike = (s: string) => s.replace(/[\\%_]/g, (c) => `\\${c}`);
