import { useApolloClient } from '@apollo/client/react';
import { useCallback, useEffect, useRef, useState } from 'react';
import { sendInChunks, type UploadFailure } from '../chunked-upload';
import type { CsvProblem } from '../csv';

// Far above any file a browser tab should hold in memory at once.
const MAX_FILE_BYTES = 50 * 1024 * 1024;

/** A checked file: the rows to send (each with its line) and the bad rows, which block sending. */
export interface CheckedFile<Row extends { line: number }> {
  ok: true;
  rows: Row[];
  problems: CsvProblem[];
}

export type UploadState<F, S> =
  | { kind: 'idle' }
  | { kind: 'reading'; fileName: string }
  | { kind: 'invalid'; fileName: string; error: string }
  | { kind: 'ready'; fileName: string; file: F }
  | { kind: 'sending'; fileName: string; file: F; done: number; summary: S }
  | { kind: 'failed'; fileName: string; file: F; failure: UploadFailure; summary: S }
  | { kind: 'finished'; fileName: string; file: F; summary: S };

/** A row of a checked file. */
export type RowOf<F extends CheckedFile<{ line: number }>> = F['rows'][number];

export interface ChunkedUploadOptions<F extends CheckedFile<{ line: number }>, R, S> {
  /** Reads and checks the text as the server would, so bad rows are named before anything is sent. */
  parse: (text: string) => F | { ok: false; error: string };
  /** One call of at most 10,000 rows; all or nothing on the server. */
  sendChunk: (rows: RowOf<F>[]) => Promise<R>;
  /** What the calls answered, added up over the chunks (kept across a resume). */
  summary: { initial: S; add: (summary: S, answer: R) => S };
}

/**
 * Read → check → send in chunks → refresh, for every CSV the campaign page takes. A refused or lost
 * chunk leaves the rows before it applied; `send(…, startAt)` resumes from there, and sending the whole
 * file again is safe too (the calls are idempotent).
 */
export function useChunkedUpload<F extends CheckedFile<{ line: number }>, R, S>(
  options: ChunkedUploadOptions<F, R, S>,
) {
  const client = useApolloClient();
  const [state, setState] = useState<UploadState<F, S>>({ kind: 'idle' });
  // The latest options without re-creating the callbacks on every render.
  const latest = useRef(options);
  latest.current = options;
  const stopped = useRef(false);
  useEffect(() => {
    stopped.current = false;
    return () => {
      stopped.current = true;
    };
  }, []);

  const choose = useCallback(async (picked: File) => {
    const fileName = picked.name;
    if (picked.size > MAX_FILE_BYTES) {
      setState({
        kind: 'invalid',
        fileName,
        error: 'The file is larger than 50 MB. Split it and upload the parts.',
      });
      return;
    }
    setState({ kind: 'reading', fileName });
    const file = latest.current.parse(await picked.text());
    if (!file.ok) setState({ kind: 'invalid', fileName, error: file.error });
    else setState({ kind: 'ready', fileName, file });
  }, []);

  const send = useCallback(
    async (fileName: string, file: F, startAt = 0, before?: S) => {
      const { sendChunk, summary: sum } = latest.current;
      let summary = startAt > 0 && before !== undefined ? before : sum.initial;
      setState({ kind: 'sending', fileName, file, done: startAt, summary });
      const result = await sendInChunks<RowOf<F>>(
        file.rows,
        async (part) => {
          // Closing the dialog stops between chunks: what was sent stays, the rest is never sent.
          if (stopped.current) throw new Error('The upload was stopped.');
          summary = sum.add(summary, await sendChunk(part));
        },
        { startAt, onProgress: ({ done }) => setState({ kind: 'sending', fileName, file, done, summary }) },
      );
      // The table, the funnel, the counts and the analytics now include what was sent. Recipients are
      // not kept in the store (ten thousand rows would only bloat it): the table is read again.
      client.cache.evict({ id: 'ROOT_QUERY', fieldName: 'recipients' });
      client.cache.gc();
      void client.refetchQueries({ include: 'active' }).catch(() => {});
      if (result.ok) setState({ kind: 'finished', fileName, file, summary });
      else setState({ kind: 'failed', fileName, file, failure: result.failure, summary });
    },
    [client],
  );

  const reset = useCallback(() => setState({ kind: 'idle' }), []);
  return { state, choose, send, reset };
}
