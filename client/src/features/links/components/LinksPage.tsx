import { NetworkStatus } from '@apollo/client';
import { useQuery } from '@apollo/client/react';
import { useEffect, useState } from 'react';
import { useNavigate, useSearchParams } from 'react-router';
import { PlusIcon } from '../../../components/Icons';
import { LoadMoreFooter } from '../../../components/LoadMoreFooter';
import { SearchBox } from '../../../components/SearchBox';
import { EmptyState, ErrorState, Skeleton } from '../../../components/States';
import type { LinkListItemFragment } from '../../../gql/graphql';
import { useDebouncedValue } from '../../../hooks/useDebouncedValue';
import { useDocumentTitle } from '../../../hooks/useDocumentTitle';
import { PreviewNote } from '../../../components/Preview';
import { useFragment } from '../../../gql';
import { LinkListItem, LinksDocument } from '../graphql/links';
import { DeleteLinkDialog } from './DeleteLinkDialog';
import { LinkFormDialog } from './LinkFormDialog';
import { LinksTable } from './LinksTable';
import { PAGE_SIZE } from '../../../lib/pages';

/** A search counts only its first matches: "1000+" rather than a number that looks exact. */
const totalLabel = (c: { totalCount: number; totalCountCapped: boolean }) =>
  `${c.totalCount}${c.totalCountCapped ? '+' : ''}`;

type DialogState =
  | { kind: 'none' }
  | { kind: 'create' }
  | { kind: 'edit'; link: LinkListItemFragment }
  | { kind: 'delete'; link: LinkListItemFragment };

export function LinksPage() {
  const navigate = useNavigate();
  const [params, setParams] = useSearchParams();
  const [input, setInput] = useState(params.get('q') ?? '');
  const search = useDebouncedValue(input.trim(), 250);
  const [dialog, setDialog] = useState<DialogState>({ kind: 'none' });
  const [highlightId, setHighlightId] = useState<string | null>(null);

  // The search lives in the URL (replace, not push: typing is not navigation).
  useEffect(() => {
    if ((params.get('q') ?? '') === search) return;
    setParams(search ? { q: search } : {}, { replace: true });
  }, [search, params, setParams]);

  const { data, previousData, error, networkStatus, fetchMore, refetch } = useQuery(LinksDocument, {
    variables: { search: search || null, first: PAGE_SIZE },
    notifyOnNetworkStatusChange: true,
  });
  // While a new search loads, keep showing the previous rows instead of a blank table.
  const connection = (data ?? previousData)?.links;
  const nodes = useFragment(LinkListItem, connection?.nodes ?? []);
  const loadingMore = networkStatus === NetworkStatus.fetchMore;
  const searching = input.trim() !== search || networkStatus === NetworkStatus.setVariables;

  useDocumentTitle('Links');

  let body: React.ReactNode;
  if (!connection && error) {
    body = <ErrorState message="Could not load your links." onRetry={() => void refetch()} />;
  } else if (!connection) {
    body = <Skeleton label="Loading links…" rows={5} />;
  } else if (nodes.length === 0) {
    body = search ? (
      <EmptyState title={`No links match “${search}”`}>
        <p>Search looks at titles, destination URLs and codes.</p>
      </EmptyState>
    ) : (
      <EmptyState title="No links yet">
        {/* One New Link button on the screen: the header's. */}
        <p>Create a short link with New Link, share it in a campaign, and every click is counted here.</p>
      </EmptyState>
    );
  } else {
    body = (
      <>
        <LinksTable
          links={nodes}
          onViewAnalytics={(link) => void navigate(`/links/${link.id}`)}
          onEdit={(link) => setDialog({ kind: 'edit', link })}
          onDelete={(link) => setDialog({ kind: 'delete', link })}
          highlightId={highlightId}
        />
        <LoadMoreFooter
          shown={nodes.length}
          total={totalLabel(connection)}
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
          <h1>Smart Links</h1>
          <p className="muted">
            Trackable short links for your campaigns. <PreviewNote />
          </p>
        </div>
        <button type="button" className="button button-primary" onClick={() => setDialog({ kind: 'create' })}>
          <PlusIcon /> New Link
        </button>
      </div>
      <div className="card">
        <div className="toolbar">
          <SearchBox
            label="Search links"
            placeholder="Search by name or URL"
            value={input}
            onChange={setInput}
          />
          <span className="muted toolbar-status" role="status" aria-live="polite">
            {searching
              ? 'Searching…'
              : connection
                ? `${totalLabel(connection)} link${connection.totalCount === 1 && !connection.totalCountCapped ? '' : 's'}`
                : ''}
          </span>
        </div>
        {error && connection && (
          <ErrorState message="Could not refresh your links." onRetry={() => void refetch()} />
        )}
        {body}
      </div>
      {dialog.kind === 'create' && (
        <LinkFormDialog onClose={() => setDialog({ kind: 'none' })} onSaved={setHighlightId} />
      )}
      {dialog.kind === 'edit' && (
        <LinkFormDialog
          link={dialog.link}
          onClose={() => setDialog({ kind: 'none' })}
          onSaved={setHighlightId}
        />
      )}
      {dialog.kind === 'delete' && (
        <DeleteLinkDialog link={dialog.link} onClose={() => setDialog({ kind: 'none' })} />
      )}
    </div>
  );
}
