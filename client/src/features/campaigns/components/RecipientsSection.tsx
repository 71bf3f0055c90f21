import { NetworkStatus } from '@apollo/client';
import { useQuery } from '@apollo/client/react';
import { useId, useState } from 'react';
import { DownloadIcon, UploadIcon } from '../../../components/Icons';
import { SearchBox } from '../../../components/SearchBox';
import { EmptyState, ErrorState, Spinner } from '../../../components/States';
import type { DeliveryStatus } from '../../../gql/graphql';
import { useDebouncedValue } from '../../../hooks/useDebouncedValue';
import { formatNumber } from '../../../lib/format';
import { RecipientsDocument, recipientsCsvUrl } from '../graphql/campaigns';
import { CampaignWorkflow } from './CampaignWorkflow';
import { DELIVERY_STATUSES, RecipientsTable } from './RecipientsTable';
import { PAGE_SIZE } from '../../../lib/pages';

type YesNo = '' | 'yes' | 'no';
const asBoolean = (v: YesNo): boolean | null => (v === '' ? null : v === 'yes');

interface RecipientsSectionProps {
  campaignId: string;
  recipientCount: number;
  /** Conversion values are in the campaign's currency. */
  currency: string;
  onUpload: () => void;
  onUploadReport: () => void;
}

/** The recipients table with its filters, paging and the CSV download. */
export function RecipientsSection({
  campaignId,
  recipientCount,
  currency,
  onUpload,
  onUploadReport,
}: RecipientsSectionProps) {
  const id = useId();
  const [input, setInput] = useState('');
  const search = useDebouncedValue(input.trim(), 250);
  const [status, setStatus] = useState<DeliveryStatus | ''>('');
  const [clicked, setClicked] = useState<YesNo>('');
  const [converted, setConverted] = useState<YesNo>('');
  const filtered = Boolean(search || status || clicked || converted);
  // Pages by cursor: the cursors of the pages before this one, so Previous needs no offset. A change of
  // filter starts again at the first page.
  const filterKey = JSON.stringify([search, status, clicked, converted]);
  const [paging, setPaging] = useState<{ key: string; cursors: (string | null)[] }>({
    key: filterKey,
    cursors: [null],
  });
  const cursors = paging.key === filterKey ? paging.cursors : [null];
  const pageIndex = cursors.length - 1;

  const { data, previousData, error, networkStatus, refetch } = useQuery(RecipientsDocument, {
    variables: {
      campaignId,
      search: search || null,
      status: status || null,
      clicked: asBoolean(clicked),
      converted: asBoolean(converted),
      first: PAGE_SIZE,
      after: cursors[pageIndex] ?? null,
    },
    skip: recipientCount === 0,
    notifyOnNetworkStatusChange: true,
  });
  const connection = (data ?? previousData)?.recipients;
  const busy = input.trim() !== search || networkStatus === NetworkStatus.setVariables;

  const clear = () => {
    setInput('');
    setStatus('');
    setClicked('');
    setConverted('');
  };

  const heading = (
    <div className="section-header">
      <h2 id={`${id}-title`}>Recipients</h2>
      <div className="header-actions">
        <button type="button" className="button button-primary" onClick={onUpload}>
          <UploadIcon /> Upload recipients
        </button>
        {recipientCount > 0 && (
          <>
            <button type="button" className="button button-secondary" onClick={onUploadReport}>
              <UploadIcon /> Upload delivery report
            </button>
            <a className="button button-secondary" href={recipientsCsvUrl(campaignId)} download>
              <DownloadIcon /> Download recipients CSV
            </a>
          </>
        )}
      </div>
    </div>
  );

  if (recipientCount === 0) {
    return (
      <section className="campaign-section" aria-labelledby={`${id}-title`}>
        {heading}
        <div className="card first-run first-run-compact">
          <div className="first-run-intro">
            <h3>No recipients yet</h3>
            <p className="muted">
              Upload your contact list to give every person a short link of their own. Then:
            </p>
          </div>
          <CampaignWorkflow from={2} />
        </div>
      </section>
    );
  }

  let body: React.ReactNode;
  if (!connection && error) {
    body = <ErrorState message="Could not load the recipients." onRetry={() => void refetch()} />;
  } else if (!connection) {
    body = <Spinner label="Loading recipients…" />;
  } else if (connection.nodes.length === 0) {
    body = (
      <EmptyState title="No recipients match these filters">
        <button type="button" className="button button-secondary" onClick={clear}>
          Clear filters
        </button>
      </EmptyState>
    );
  } else {
    body = (
      <>
        <RecipientsTable recipients={connection.nodes} currency={currency} />
        <div className="table-footer">
          <span className="muted" data-testid="recipients-range">
            {formatNumber(pageIndex * PAGE_SIZE + 1)}–
            {formatNumber(pageIndex * PAGE_SIZE + connection.nodes.length)} of{' '}
            {formatNumber(connection.totalCount)}
          </span>
          {(pageIndex > 0 || connection.pageInfo.hasNextPage) && (
            <nav className="pager" aria-label="Recipients pages">
              <button
                type="button"
                className="button button-secondary button-small"
                disabled={pageIndex === 0 || busy}
                onClick={() => setPaging({ key: filterKey, cursors: cursors.slice(0, -1) })}
              >
                Previous
              </button>
              <button
                type="button"
                className="button button-secondary button-small"
                disabled={!connection.pageInfo.hasNextPage || busy}
                onClick={() =>
                  setPaging({ key: filterKey, cursors: [...cursors, connection.pageInfo.endCursor ?? null] })
                }
              >
                Next
              </button>
            </nav>
          )}
        </div>
      </>
    );
  }

  return (
    <section className="campaign-section" aria-labelledby={`${id}-title`}>
      {heading}
      <div className="card">
        <div className="toolbar recipients-toolbar">
          <SearchBox
            label="Search recipients"
            placeholder="Search by external ID"
            value={input}
            onChange={setInput}
          />
          <div className="toolbar-filters" role="group" aria-label="Filter recipients">
            <select
              className="select-filter"
              aria-label="Delivery status"
              value={status}
              onChange={(e) => setStatus(e.target.value as DeliveryStatus | '')}
            >
              <option value="">All statuses</option>
              {DELIVERY_STATUSES.map((s) => (
                <option key={s.value} value={s.value}>
                  {s.label}
                </option>
              ))}
            </select>
            <YesNoFilter label="Clicked" value={clicked} onChange={setClicked} />
            <YesNoFilter label="Converted" value={converted} onChange={setConverted} />
            {filtered && (
              <button type="button" className="button button-ghost button-small" onClick={clear}>
                Clear
              </button>
            )}
          </div>
          <span className="muted toolbar-status" role="status" aria-live="polite">
            {busy
              ? 'Searching…'
              : connection
                ? `${formatNumber(connection.totalCount)} of ${formatNumber(recipientCount)}`
                : ''}
          </span>
        </div>
        {error && connection && (
          <ErrorState message="Could not refresh the recipients." onRetry={() => void refetch()} />
        )}
        {body}
      </div>
    </section>
  );
}

/** Clicked / Converted: either, yes or no. */
function YesNoFilter({
  label,
  value,
  onChange,
}: {
  label: string;
  value: YesNo;
  onChange: (v: YesNo) => void;
}) {
  return (
    <select
      className="select-filter"
      aria-label={label}
      value={value}
      onChange={(e) => onChange(e.target.value as YesNo)}
    >
      <option value="">{label} or not</option>
      <option value="yes">{label}</option>
      <option value="no">Not {label.toLowerCase()}</option>
    </select>
  );
}
