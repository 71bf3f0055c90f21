import { useId, useState, type DragEvent } from 'react';
import { Dialog } from '../../../components/Dialog';
import { CheckIcon, DownloadIcon, FileIcon, UploadIcon } from '../../../components/Icons';
import { Spinner } from '../../../components/States';
import { displayUrl, formatNumber } from '../../../lib/format';
import type { UploadFailure } from '../chunked-upload';
import { recipientsCsvUrl } from '../graphql/campaigns';
import { useRecipientsUpload } from '../hooks/useRecipientsUpload';

/** Bad rows listed at once; a file with more has a systematic problem the first ones show. */
const PROBLEMS_SHOWN = 50;

interface UploadRecipientsDialogProps {
  campaignId: string;
  campaignDestination: string | null;
  onClose: () => void;
}

const people = (n: number) => `${formatNumber(n)} ${n === 1 ? 'person' : 'people'}`;

export function UploadRecipientsDialog({
  campaignId,
  campaignDestination,
  onClose,
}: UploadRecipientsDialogProps) {
  const id = useId();
  const { state, choose, send, reset } = useRecipientsUpload(campaignId, campaignDestination);
  const [dragging, setDragging] = useState(false);

  const onDrop = (event: DragEvent) => {
    event.preventDefault();
    setDragging(false);
    const file = event.dataTransfer.files[0];
    if (file) void choose(file);
  };

  const picker = (
    <label
      className={`file-drop ${dragging ? 'is-dragging' : ''}`}
      onDragOver={(e) => {
        e.preventDefault();
        setDragging(true);
      }}
      onDragLeave={() => setDragging(false)}
      onDrop={onDrop}
    >
      <input
        type="file"
        accept=".csv,text/csv,text/plain"
        data-autofocus
        aria-describedby={`${id}-format`}
        onChange={(e) => {
          const file = e.target.files?.[0];
          e.target.value = '';
          if (file) void choose(file);
        }}
      />
      <FileIcon />
      <span>
        <span className="file-drop-action">Choose a CSV file</span> or drop it here
      </span>
    </label>
  );

  const chooseAgain = (
    <button type="button" className="button button-secondary" onClick={reset}>
      Choose another file
    </button>
  );

  let content: React.ReactNode;
  let actions: React.ReactNode = (
    <button type="button" className="button button-secondary" onClick={onClose}>
      Cancel
    </button>
  );

  switch (state.kind) {
    case 'idle':
      content = picker;
      break;
    case 'reading':
      content = <Spinner label={`Reading ${state.fileName}…`} />;
      break;
    case 'invalid':
      content = (
        <>
          <div className="form-error" role="alert">
            <strong>
              <bdi>{state.fileName}</bdi> cannot be imported.
            </strong>{' '}
            {state.error}
          </div>
          {picker}
        </>
      );
      break;
    case 'ready': {
      const { file } = state;
      if (file.problems.length > 0) {
        content = (
          <>
            <div className="upload-problems" role="alert">
              <p>
                <strong>
                  <bdi>{state.fileName}</bdi> has {formatNumber(file.problems.length)}{' '}
                  {file.problems.length === 1 ? 'row' : 'rows'} to fix.
                </strong>{' '}
                Nothing has been sent. Correct them and choose the file again.
              </p>
              <ul className="problem-list" data-testid="csv-problems">
                {file.problems.slice(0, PROBLEMS_SHOWN).map((p, i) => (
                  <li key={`${p.line}-${i}`}>
                    <span className="problem-line">Line {formatNumber(p.line)}</span> {p.message}
                  </li>
                ))}
              </ul>
              {file.problems.length > PROBLEMS_SHOWN && (
                <p className="muted">…and {formatNumber(file.problems.length - PROBLEMS_SHOWN)} more.</p>
              )}
            </div>
            {picker}
          </>
        );
      } else {
        content = (
          <div className="upload-ready" role="status">
            <FileIcon />
            <div>
              <p className="strong">
                <bdi>{state.fileName}</bdi>: {people(file.rows.length)} ready to import
              </p>
              {file.repeated > 0 && (
                <p className="muted">
                  {formatNumber(file.repeated)} repeated external {file.repeated === 1 ? 'id is' : 'ids are'}{' '}
                  taken once, from {file.repeated === 1 ? 'its' : 'their'} first line.
                </p>
              )}
            </div>
          </div>
        );
        actions = (
          <>
            {chooseAgain}
            <button
              type="button"
              className="button button-primary"
              data-autofocus
              onClick={() => void send(state.fileName, file, 0)}
            >
              <UploadIcon /> Import {people(file.rows.length)}
            </button>
          </>
        );
      }
      break;
    }
    case 'sending': {
      const total = state.file.rows.length;
      content = (
        <div className="upload-progress">
          <p id={`${id}-progress`}>
            Importing <bdi>{state.fileName}</bdi>… {formatNumber(state.done)} of {formatNumber(total)}
          </p>
          <progress
            max={total}
            value={state.done}
            aria-labelledby={`${id}-progress`}
            aria-valuetext={`${formatNumber(state.done)} of ${formatNumber(total)}`}
          />
          <p className="muted">Sent in chunks of up to 10,000. Keep this window open until it finishes.</p>
        </div>
      );
      actions = null;
      break;
    }
    case 'failed': {
      const { file } = state;
      const failure = describeFailure(state.failure);
      content = (
        <div className="form-error upload-failed" role="alert">
          <p>
            <strong>
              The server refused lines {formatNumber(failure.firstLine)}–{formatNumber(failure.lastLine)}
            </strong>
            {failure.line !== null ? (
              <>
                {' '}
                because of line {formatNumber(failure.line)}
                {failure.column && (
                  <>
                    {' '}
                    (<code>{failure.column}</code>)
                  </>
                )}
                : {failure.message}
              </>
            ) : (
              <>: {failure.message}</>
            )}
          </p>
          <p>
            Nothing from those lines was imported.{' '}
            {failure.done > 0
              ? `The ${people(failure.done)} before them are in the campaign.`
              : 'No one was imported yet.'}
          </p>
          {failure.done > 0 && (
            <progress max={file.rows.length} value={failure.done} aria-label="Imported before the error" />
          )}
        </div>
      );
      actions = (
        <>
          {chooseAgain}
          <button
            type="button"
            className="button button-primary"
            onClick={() => void send(state.fileName, file, failure.done)}
          >
            Resume from line {formatNumber(file.rows[failure.done]?.line ?? failure.firstLine)}
          </button>
        </>
      );
      break;
    }
    case 'finished':
      content = (
        <div className="upload-ready upload-done" role="status">
          <CheckIcon />
          <div>
            <p className="strong">
              Imported {people(state.imported)} from <bdi>{state.fileName}</bdi>.
            </p>
            <p>
              Everyone has a short link of their own. Download the recipients CSV and paste its{' '}
              <code>short_url</code> column into your bulk-send tool.
            </p>
          </div>
        </div>
      );
      actions = (
        <>
          <a className="button button-secondary" href={recipientsCsvUrl(campaignId)} download>
            <DownloadIcon /> Download recipients CSV
          </a>
          <button type="button" className="button button-primary" data-autofocus onClick={onClose}>
            Done
          </button>
        </>
      );
      break;
  }

  return (
    <Dialog title="Upload recipients" onClose={onClose} actions={actions}>
      <div className="upload" aria-live="polite">
        {(state.kind === 'idle' || state.kind === 'invalid' || state.kind === 'ready') && (
          <div className="csv-format" id={`${id}-format`}>
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
          </div>
        )}
        {content}
        <p className="upload-note">
          Uploading the same file again is safe: people already in the campaign keep their link and are not
          added twice. An interrupted upload can be resumed or simply started over.
        </p>
      </div>
    </Dialog>
  );
}

/** The server names input fields; the marketer knows the file's columns. */
const COLUMNS: Record<string, string> = { externalId: 'external_id', destinationUrl: 'destination_url' };

function describeFailure(failure: UploadFailure) {
  return {
    ...failure,
    column: failure.field ? (COLUMNS[failure.field] ?? null) : null,
    // The line is already named; the server's "Item 1:" counts from zero and would only confuse.
    message: failure.message.replace(/^Item \d+:\s*/, ''),
  };
}
