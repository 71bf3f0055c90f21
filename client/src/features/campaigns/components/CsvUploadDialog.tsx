import { useId, useState, type DragEvent, type ReactNode } from 'react';
import { Dialog } from '../../../components/Dialog';
import { FileIcon, UploadIcon } from '../../../components/Icons';
import { Spinner } from '../../../components/States';
import { formatNumber } from '../../../lib/format';
import type { UploadFailure } from '../chunked-upload';
import type { CheckedFile, UploadState } from '../hooks/useChunkedUpload';

/** Bad rows listed at once; a file with more has a systematic problem the first ones show. */
const PROBLEMS_SHOWN = 50;

/** The words that differ between the files the campaign page takes. */
export interface UploadWords {
  /** "3 people", "1 event". */
  count: (n: number) => string;
  /** "Import" / "Send": the button, and "Importing…" while it runs. */
  action: string;
  progress: string;
  /** "ready to import". */
  ready: string;
  /** After a refused chunk: what the rows before it did, or that none got through. */
  appliedBefore: (n: number) => string;
  noneApplied: string;
  notApplied: string;
}

interface CsvUploadDialogProps<F extends CheckedFile<{ line: number }>, S> {
  title: string;
  upload: {
    state: UploadState<F, S>;
    choose: (file: File) => Promise<void>;
    send: (fileName: string, file: F, startAt?: number, before?: S) => Promise<void>;
    reset: () => void;
  };
  words: UploadWords;
  /** The columns the file needs, shown until it is sent. */
  format: ReactNode;
  /** The server names input fields; the marketer knows the file's columns. */
  columns: Record<string, string>;
  /** More about a checked file (repeated ids …). */
  readyNote?: (file: F) => ReactNode;
  /** The outcome, with the footer's buttons. */
  finished: (state: Extract<UploadState<F, S>, { kind: 'finished' }>) => {
    content: ReactNode;
    actions: ReactNode;
  };
  note: ReactNode;
  onClose: () => void;
}

/**
 * The CSV upload dialogs of the campaign page: choose or drop a file, see the bad rows by line before
 * anything is sent, follow the progress of the chunks, resume after a refused one.
 */
export function CsvUploadDialog<F extends CheckedFile<{ line: number }>, S>({
  title,
  upload,
  words,
  format,
  columns,
  readyNote,
  finished,
  note,
  onClose,
}: CsvUploadDialogProps<F, S>) {
  const id = useId();
  const { state, choose, send, reset } = upload;
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

  let content: ReactNode;
  let actions: ReactNode = (
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
              <bdi>{state.fileName}</bdi> cannot be used.
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
                <bdi>{state.fileName}</bdi>: {words.count(file.rows.length)} {words.ready}
              </p>
              {readyNote?.(file)}
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
              <UploadIcon /> {words.action} {words.count(file.rows.length)}
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
            {words.progress} <bdi>{state.fileName}</bdi>… {formatNumber(state.done)} of {formatNumber(total)}
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
      const { file, summary } = state;
      const failure = describeFailure(state.failure, columns);
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
            {words.notApplied} {failure.done > 0 ? words.appliedBefore(failure.done) : words.noneApplied}
          </p>
          {failure.done > 0 && (
            <progress max={file.rows.length} value={failure.done} aria-label="Sent before the error" />
          )}
        </div>
      );
      actions = (
        <>
          {chooseAgain}
          <button
            type="button"
            className="button button-primary"
            onClick={() => void send(state.fileName, file, failure.done, summary)}
          >
            Resume from line {formatNumber(file.rows[failure.done]?.line ?? failure.firstLine)}
          </button>
        </>
      );
      break;
    }
    case 'finished':
      ({ content, actions } = finished(state));
      break;
  }

  return (
    <Dialog title={title} onClose={onClose} actions={actions}>
      <div className="upload" aria-live="polite">
        {(state.kind === 'idle' || state.kind === 'invalid' || state.kind === 'ready') && (
          <div className="csv-format" id={`${id}-format`}>
            {format}
          </div>
        )}
        {content}
        <p className="upload-note">{note}</p>
      </div>
    </Dialog>
  );
}

function describeFailure(failure: UploadFailure, columns: Record<string, string>) {
  return {
    ...failure,
    column: failure.field ? (columns[failure.field] ?? null) : null,
    // The line is already named; the server's "Item 1:" counts from zero and would only confuse.
    message: failure.message.replace(/^Item \d+:\s*/, ''),
  };
}
