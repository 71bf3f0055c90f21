import { badInput, isUuid } from '../errors';

/** An opaque cursor over a (createdAt, id) ordering: lists that page newest first share it. */
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

export const MAX_PAGE_SIZE = 100;

/** A connection's `first`: 25 when omitted, 1 to MAX_PAGE_SIZE. */
export function pageSize(first: number | null | undefined): number {
  const size = first ?? 25;
  if (!Number.isInteger(size) || size < 1 || size > MAX_PAGE_SIZE)
    throw badInput('first', `first must be between 1 and ${MAX_PAGE_SIZE}`);
  return size;
}
