import { useMutation } from '@apollo/client/react';
import { CheckIcon, DownloadIcon } from '../../../components/Icons';
import { displayUrl, formatNumber } from '../../../lib/format';
import { AddRecipientsDocument, recipientsCsvUrl } from '../graphql/campaigns';
import { useChunkedUpload } from '../hooks/useChunkedUpload';
import { parseRecipientsCsv } from '../recipients-csv';
import { CsvUploadDialog, type UploadWords } from './CsvUploadDialog';

interface UploadRecipientsDialogProps {
  campaignId: string;
  campaignDestination: string | null;
  onClose: () => void;
}

const people = (n: number) => `${formatNumber(n)} ${n === 1 ? 'person' : 'people'}`;

const WORDS: UploadWords = {
  count: people,
  action: 'Import',
  progress: 'Importing',
  ready: 'ready to import',
  notApplied: 'Nothing from those lines was imported.',
  appliedBefore: (n) => `The ${people(n)} before them are in the campaign.`,
  noneApplied: 'No one was imported yet.',
};

const COLUMNS = { externalId: 'external_id', destinationUrl: 'destination_url' };

/** The contact list: one short link per person. */
export function UploadRecipientsDialog({
  campaignId,
  campaignDestination,
  onClose,
}: UploadRecipientsDialogProps) {
  // Not cached: ten thousand ids would only bloat the store; the table is read again afterwards.
  const [addRecipients] = useMutation(AddRecipientsDocument, { fetchPolicy: 'no-cache' });
  const upload = useChunkedUpload({
    parse: (text) => parseRecipientsCsv(text, { campaignDestination }),
    sendChunk: async (part) => {
      await addRecipients({
        variables: {
          campaignId,
          recipients: part.map((r) => ({ externalId: r.externalId, destinationUrl: r.destinationUrl })),
        },
      });
    },
    summary: { initial: null, add: () => null },
  });

  return (
    <CsvUploadDialog
      title="Upload recipients"
      upload={upload}
      words={WORDS}
      columns={COLUMNS}
      onClose={onClose}
      format={
        <>
          <p>A CSV file with a header row:</p>
          <dl className="csv-columns">
            <dt>
              <code>external_id</code> <span className="muted">required</span>
            </dt>
            <dd>Your id for the person: a CRM id, a hashed phone number. Up to 200 characters.</dd>
            <dt>
              <code>destination_url</code> <span className="muted">optional</span>
            </dt>
            <dd>
              {campaignDestination ? (
                <>
                  This person&rsquo;s landing page; blank rows use the campaign&rsquo;s{' '}
                  <bdi>{displayUrl(campaignDestination)}</bdi>.
                </>
              ) : (
                <>This person&rsquo;s landing page. Required on every row: the campaign has no default.</>
              )}
            </dd>
          </dl>
        </>
      }
      readyNote={(file) =>
        file.repeated > 0 && (
          <p className="muted">
            {formatNumber(file.repeated)} repeated external {file.repeated === 1 ? 'id is' : 'ids are'} taken
            once, from {file.repeated === 1 ? 'its' : 'their'} first line.
          </p>
        )
      }
      finished={(state) => ({
        content: (
          <div className="upload-ready upload-done" role="status">
            <CheckIcon />
            <div>
              <p className="strong">
                Imported {people(state.file.rows.length)} from <bdi>{state.fileName}</bdi>.
              </p>
              <p>
                Everyone has a short link of their own. Download the recipients CSV and paste its{' '}
                <code>short_url</code> column into your bulk-send tool.
              </p>
            </div>
          </div>
        ),
        actions: (
          <>
            <a className="button button-secondary" href={recipientsCsvUrl(campaignId)} download>
              <DownloadIcon /> Download recipients CSV
            </a>
            <button type="button" className="button button-primary" data-autofocus onClick={onClose}>
              Done
            </button>
          </>
        ),
      })}
      note="Uploading the same file again is safe: people already in the campaign keep their link and are not added twice. An interrupted upload can be resumed or simply started over."
    />
  );
}
