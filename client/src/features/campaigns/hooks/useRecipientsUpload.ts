import { useApolloClient, useMutation } from '@apollo/client/react';
import { useCallback, useEffect, useRef, useState } from 'react';
import { sendInChunks, type UploadFailure } from '../chunked-upload';
import { AddRecipientsDocument } from '../graphql/campaigns';
import { parseRecipientsCsv, type RecipientsFile } from '../recipients-csv';

// Far above any contact list a browser tab should hold in memory at once.
const MAX_FILE_BYTES = 50 * 1024 * 1024;

export type UploadState =
  | { kind: 'idle' }
  | { kind: 'reading'; fileName: string }
  | { kind: 'invalid'; fileName: string; error: string }
  | { kind: 'ready'; fileName: string; file: Extract<RecipientsFile, { ok: true }> }
  | { kind: 'sending'; fileName: string; file: Extract<RecipientsFile, { ok: true }>; done: number }
  | { kind: 'failed'; fileName: string; file: Extract<RecipientsFile, { ok: true }>; failure: UploadFailure }
  | { kind: 'finished'; fileName: string; imported: number };

/**
 * Read → check → send in chunks → refresh. A refused or lost chunk leaves the rows before it imported;
 * `resume` sends from there, and sending the whole file again is safe too (the call is idempotent).
 */
export function useRecipientsUpload(campaignId: string, campaignDestination: string | null) {
  const client = useApolloClient();
  // Not cached: ten thousand ids would only bloat the store; the table is read again afterwards.
  const [addRecipients] = useMutation(AddRecipientsDocument, { fetchPolicy: 'no-cache' });
  const [state, setState] = useState<UploadState>({ kind: 'idle' });
  const stopped = useRef(false);
  useEffect(
    () => () => {
      stopped.current = true;
    },
    [],
  );

  const choose = useCallback(
    async (picked: File) => {
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
      const file = parseRecipientsCsv(await picked.text(), { campaignDestination });
      if (!file.ok) setState({ kind: 'invalid', fileName, error: file.error });
      else setState({ kind: 'ready', fileName, file });
    },
    [campaignDestination],
  );

  const send = useCallback(
    async (fileName: string, file: Extract<RecipientsFile, { ok: true }>, startAt: number) => {
      setState({ kind: 'sending', fileName, file, done: startAt });
      const result = await sendInChunks(
        file.rows,
        async (part) => {
          // Closing the dialog stops between chunks: what was sent stays, the rest is never sent.
          if (stopped.current) throw new Error('The upload was stopped.');
          await addRecipients({
            variables: {
              campaignId,
              recipients: part.map((r) => ({ externalId: r.externalId, destinationUrl: r.destinationUrl })),
            },
          });
        },
        { startAt, onProgress: ({ done }) => setState({ kind: 'sending', fileName, file, done }) },
      );
      // The table, the counts and the campaign's analytics now include the new links.
      client.cache.evict({ id: 'ROOT_QUERY', fieldName: 'recipients' });
      client.cache.gc();
      void client.refetchQueries({ include: 'active' }).catch(() => {});
      if (result.ok) setState({ kind: 'finished', fileName, imported: file.rows.length });
      else setState({ kind: 'failed', fileName, file, failure: result.failure });
    },
    [addRecipients, campaignId, client],
  );

  const reset = useCallback(() => setState({ kind: 'idle' }), []);
  return { state, choose, send, reset };
}
