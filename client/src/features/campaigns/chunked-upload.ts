import { errorInfos } from '../../lib/errors';

/** The server's limit on one addRecipients (and recordDeliveries) call. */
export const MAX_ROWS_PER_CALL = 10_000;

/** Consecutive slices of at most `size` items. */
export function chunk<T>(items: readonly T[], size: number): T[][] {
  if (!Number.isInteger(size) || size < 1) throw new RangeError('chunk size must be a positive integer');
  const chunks: T[][] = [];
  for (let i = 0; i < items.length; i += size) chunks.push(items.slice(i, i + size));
  return chunks;
}

export interface UploadProgress {
  /** Rows the server has accepted so far, counted from the start of the file. */
  done: number;
  total: number;
}

export interface UploadFailure {
  /** Rows accepted before the refused chunk: a resumed upload starts here. */
  done: number;
  /** Lines of the refused chunk, none of which was imported. */
  firstLine: number;
  lastLine: number;
  /** The row the server named (`extensions.index`), when it named one. */
  line: number | null;
  field: string | null;
  message: string;
}

export type UploadResult = { ok: true; done: number } | { ok: false; failure: UploadFailure };

/**
 * Sends rows in chunks of at most 10,000, one call after another, starting at `startAt` (a resumed
 * upload). Each call is all or nothing on the server, so when one is refused the rows before it are in
 * and none of its own are; its `extensions.index` plus the chunk's offset names the line at fault.
 */
export async function sendInChunks<T extends { line: number }>(
  rows: readonly T[],
  send: (chunk: T[]) => Promise<unknown>,
  options: { startAt?: number; chunkSize?: number; onProgress?: (progress: UploadProgress) => void } = {},
): Promise<UploadResult> {
  const { startAt = 0, chunkSize = MAX_ROWS_PER_CALL, onProgress } = options;
  if (chunkSize > MAX_ROWS_PER_CALL) throw new RangeError('chunks hold at most 10,000 rows');
  let done = startAt;
  onProgress?.({ done, total: rows.length });
  for (const part of chunk(rows.slice(startAt), chunkSize)) {
    try {
      await send(part);
    } catch (error) {
      const info = errorInfos(error).find((e) => e.index !== undefined) ?? errorInfos(error)[0];
      const named = info?.index !== undefined ? part[info.index] : undefined;
      return {
        ok: false,
        failure: {
          done,
          firstLine: part[0]!.line,
          lastLine: part[part.length - 1]!.line,
          line: named?.line ?? null,
          field: info?.field ?? null,
          message: info?.message ?? 'The server refused the rows.',
        },
      };
    }
    done += part.length;
    onProgress?.({ done, total: rows.length });
  }
  return { ok: true, done };
}
