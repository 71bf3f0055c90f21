import { useMutation } from '@apollo/client/react';
import { CheckIcon } from '../../../components/Icons';
import { CopyButton } from '../../../components/CopyButton';
import { formatNumber } from '../../../lib/format';
import { parseDeliveryReportCsv } from '../delivery-report-csv';
import { RecordDeliveriesDocument } from '../graphql/campaigns';
import { useChunkedUpload } from '../hooks/useChunkedUpload';
import { CsvUploadDialog, type UploadWords } from './CsvUploadDialog';

/** Unknown ids listed at once; the copy button takes them all. */
const UNKNOWN_SHOWN = 50;

const events = (n: number) => `${formatNumber(n)} ${n === 1 ? 'event' : 'events'}`;

const WORDS: UploadWords = {
  count: events,
  action: 'Send',
  progress: 'Sending',
  ready: 'ready to send',
  notApplied: 'Nothing from those lines was recorded.',
  appliedBefore: (n) => `The ${events(n)} before them are recorded.`,
  noneApplied: 'No event was recorded yet.',
};

const COLUMNS = { externalId: 'external_id', status: 'status', at: 'at' };

interface Summary {
  accepted: number;
  /** External ids not in the campaign, each once, in report order. */
  unknown: string[];
}

function addAnswer(summary: Summary, answer: { accepted: number; unknownExternalIds: string[] }): Summary {
  const unknown = [...summary.unknown];
  const seen = new Set(unknown);
  for (const id of answer.unknownExternalIds) {
    if (!seen.has(id)) {
      seen.add(id);
      unknown.push(id);
    }
  }
  return { accepted: summary.accepted + answer.accepted, unknown };
}

interface UploadDeliveryReportDialogProps {
  campaignId: string;
  onClose: () => void;
}

/** The messaging platform's delivery report: sent, delivered, read and failed, per person. */
export function UploadDeliveryReportDialog({ campaignId, onClose }: UploadDeliveryReportDialogProps) {
  const [recordDeliveries] = useMutation(RecordDeliveriesDocument, { fetchPolicy: 'no-cache' });
  const upload = useChunkedUpload({
    parse: (text) => parseDeliveryReportCsv(text),
    sendChunk: async (part) => {
      const result = await recordDeliveries({
        variables: {
          campaignId,
          events: part.map((e) => ({ externalId: e.externalId, status: e.status, at: e.at })),
        },
      });
      if (!result.data) throw new Error('The server did not answer the report.');
      return result.data.recordDeliveries;
    },
    summary: { initial: { accepted: 0, unknown: [] } as Summary, add: addAnswer },
  });

  return (
    <CsvUploadDialog
      title="Upload delivery report"
      upload={upload}
      words={WORDS}
      columns={COLUMNS}
      onClose={onClose}
      format={
        <>
          <p>The report from your messaging platform, as a CSV file with a header row:</p>
          <dl className="csv-columns">
            <dt>
              <code>external_id</code>
            </dt>
            <dd>The person, as in the recipients file.</dd>
            <dt>
              <code>status</code>
            </dt>
            <dd>
              <code>SENT</code>, <code>DELIVERED</code>, <code>READ</code> or <code>FAILED</code>. One row per
              event: a message sent, then delivered, then read is three rows.
            </dd>
            <dt>
              <code>at</code>
            </dt>
            <dd>
              When it happened, ISO-8601 with a time zone: <code>2026-03-01T09:30:00Z</code>.
            </dd>
          </dl>
        </>
      }
      finished={(state) => {
        const { accepted, unknown } = state.summary;
        return {
          content: (
            <div className="upload-report">
              <div
                className={`upload-ready ${accepted === 0 ? 'upload-warning' : 'upload-done'}`}
                role="status"
              >
                <CheckIcon />
                <div>
                  <p className="strong" data-testid="report-accepted">
                    Recorded {events(accepted)} from <bdi>{state.fileName}</bdi>.
                  </p>
                  <p>
                    {unknown.length === 0
                      ? 'Every external id is in the campaign. The funnel and the recipients now show the new statuses.'
                      : 'The funnel and the recipients now show the new statuses.'}
                  </p>
                </div>
              </div>
              {unknown.length > 0 && (
                <div className="unknown-ids" data-testid="report-unknown">
                  <div className="unknown-ids-header">
                    <p>
                      <strong>
                        {formatNumber(unknown.length)} external {unknown.length === 1 ? 'id is' : 'ids are'}{' '}
                        not in this campaign
                      </strong>{' '}
                      and {unknown.length === 1 ? 'its events were' : 'their events were'} skipped. Check the
                      report is this campaign&rsquo;s, or upload these people as recipients first.
                    </p>
                    <CopyButton
                      text={unknown.join('\n')}
                      label="Copy the unknown external ids"
                      showLabel
                      className="button-small"
                    />
                  </div>
                  <ul className="unknown-list">
                    {unknown.slice(0, UNKNOWN_SHOWN).map((id) => (
                      <li key={id}>
                        <bdi className="external-id">{id}</bdi>
                      </li>
                    ))}
                  </ul>
                  {unknown.length > UNKNOWN_SHOWN && (
                    <p className="muted">…and {formatNumber(unknown.length - UNKNOWN_SHOWN)} more.</p>
                  )}
                </div>
              )}
            </div>
          ),
          actions: (
            <button type="button" className="button button-primary" data-autofocus onClick={onClose}>
              Done
            </button>
          ),
        };
      }}
      note="Reports can arrive late, twice or out of order: each status keeps its earliest time, so uploading the same report again changes nothing. An interrupted upload can be resumed or simply started over."
    />
  );
}
