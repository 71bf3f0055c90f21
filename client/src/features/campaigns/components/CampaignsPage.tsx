import { NetworkStatus } from '@apollo/client';
import './campaigns.css';
import { useQuery } from '@apollo/client/react';
import { useEffect, useState } from 'react';
import { useNavigate, useSearchParams } from 'react-router';
import { PlusIcon } from '../../../components/Icons';
import { LoadMoreFooter } from '../../../components/LoadMoreFooter';
import { SearchBox } from '../../../components/SearchBox';
import { EmptyState, ErrorState, Spinner } from '../../../components/States';
import { useFragment } from '../../../gql';
import type { CampaignListItemFragment } from '../../../gql/graphql';
import { useDebouncedValue } from '../../../hooks/useDebouncedValue';
import { useDocumentTitle } from '../../../hooks/useDocumentTitle';
import { CampaignListItem, CampaignsDocument } from '../graphql/campaigns';
import { CampaignFormDialog } from './CampaignFormDialog';
import { CampaignsTable } from './CampaignsTable';
import { CampaignWorkflow } from './CampaignWorkflow';
import { DeleteCampaignDialog } from './DeleteCampaignDialog';
import { PAGE_SIZE } from '../../../lib/pages';

type DialogState =
  | { kind: 'none' }
  | { kind: 'create' }
  | { kind: 'edit'; campaign: CampaignListItemFragment }
  | { kind: 'delete'; campaign: CampaignListItemFragment };

export default function CampaignsPage() {
  const navigate = useNavigate();
  const [params, setParams] = useSearchParams();
  const [input, setInput] = useState(params.get('q') ?? '');
  const search = useDebouncedValue(input.trim(), 250);
  const [dialog, setDialog] = useState<DialogState>({ kind: 'none' });

  // The search lives in the URL (replace, not push: typing is not navigation).
  useEffect(() => {
    if ((params.get('q') ?? '') === search) return;
    setParams(search ? { q: search } : {}, { replace: true });
  }, [search, params, setParams]);

  const { data, previousData, error, networkStatus, fetchMore, refetch } = useQuery(CampaignsDocument, {
    variables: { search: search || null, first: PAGE_SIZE },
    notifyOnNetworkStatusChange: true,
  });
  // While a new search loads, keep showing the previous rows instead of a blank table.
  const connection = (data ?? previousData)?.campaigns;
  const nodes = useFragment(CampaignListItem, connection?.nodes ?? []);
  const loadingMore = networkStatus === NetworkStatus.fetchMore;
  const searching = input.trim() !== search || networkStatus === NetworkStatus.setVariables;

  useDocumentTitle('Campaigns');

  const newButton = (
    <button type="button" className="button button-primary" onClick={() => setDialog({ kind: 'create' })}>
      <PlusIcon /> New Campaign
    </button>
  );

  let body: React.ReactNode;
  if (!connection && error) {
    body = <ErrorState message="Could not load your campaigns." onRetry={() => void refetch()} />;
  } else if (!connection) {
    body = <Spinner label="Loading campaigns…" />;
  } else if (nodes.length === 0 && search) {
    body = (
      <EmptyState title={`No campaigns match “${search}”`}>
        <p>Search looks at campaign names.</p>
      </EmptyState>
    );
  } else if (nodes.length === 0) {
    body = (
      <div className="first-run">
        <div className="first-run-intro">
          <h2>Know who clicked, not just how many</h2>
          <p className="muted">
            A campaign gives every person in your send a short link of their own, so each click, delivery and
            conversion names the person. This is how it works:
          </p>
        </div>
        <CampaignWorkflow />
        <div className="first-run-action">{newButton}</div>
      </div>
    );
  } else {
    body = (
      <>
        <CampaignsTable
          campaigns={nodes}
          onOpen={(c) => void navigate(`/campaigns/${c.id}`)}
          onEdit={(campaign) => setDialog({ kind: 'edit', campaign })}
          onDelete={(campaign) => setDialog({ kind: 'delete', campaign })}
        />
        <LoadMoreFooter
          shown={nodes.length}
          total={connection.totalCount}
          hasNextPage={connection.pageInfo.hasNextPage}
          loading={loadingMore}
          onLoadMore={() => void fetchMore({ variables: { after: connection.pageInfo.endCursor } })}
        />
      </>
    );
  }

  return (
    <div className="page">
      <div className="page-header">
        <div>
          <h1>Campaigns</h1>
          <p className="muted">One short link per recipient: see who received, who clicked, who bought.</p>
        </div>
        {newButton}
      </div>
      <div className="card">
        <div className="toolbar">
          <SearchBox
            label="Search campaigns"
            placeholder="Search by name"
            value={input}
            onChange={setInput}
          />
          <span className="muted toolbar-status" role="status" aria-live="polite">
            {searching
              ? 'Searching…'
              : connection
                ? `${connection.totalCount} campaign${connection.totalCount === 1 ? '' : 's'}`
                : ''}
          </span>
        </div>
        {error && connection && (
          <ErrorState message="Could not refresh your campaigns." onRetry={() => void refetch()} />
        )}
        {body}
      </div>
      {dialog.kind === 'create' && (
        <CampaignFormDialog
          onClose={() => setDialog({ kind: 'none' })}
          onCreated={(id) => void navigate(`/campaigns/${id}`)}
        />
      )}
      {dialog.kind === 'edit' && (
        <CampaignFormDialog campaign={dialog.campaign} onClose={() => setDialog({ kind: 'none' })} />
      )}
      {dialog.kind === 'delete' && (
        <DeleteCampaignDialog campaign={dialog.campaign} onClose={() => setDialog({ kind: 'none' })} />
      )}
    </div>
  );
}
