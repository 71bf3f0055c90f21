import { NetworkStatus } from '@apollo/client';
import { useQuery } from '@apollo/client/react';
import { useId, useState } from 'react';
import { useNavigate } from 'react-router';
import { PlusIcon } from '../../../components/Icons';
import { LoadMoreFooter } from '../../../components/LoadMoreFooter';
import { ErrorState, Spinner } from '../../../components/States';
import { useFragment } from '../../../gql';
import type { LinkListItemFragment } from '../../../gql/graphql';
import { DeleteLinkDialog } from '../../links/components/DeleteLinkDialog';
import { LinkFormDialog } from '../../links/components/LinkFormDialog';
import { LinksTable } from '../../links/components/LinksTable';
import { LinkListItem, LinksDocument } from '../../links/graphql/links';
import { PAGE_SIZE } from '../../../lib/pages';

type DialogState =
  | { kind: 'none' }
  | { kind: 'create' }
  | { kind: 'edit'; link: LinkListItemFragment }
  | { kind: 'delete'; link: LinkListItemFragment };

/** The campaign's shared links: one link for everyone, listed and made with the links' own table and form. */
export function CampaignLinks({
  campaign,
}: {
  campaign: { id: string; name: string; conversionTracking: boolean };
}) {
  const id = useId();
  const navigate = useNavigate();
  const [dialog, setDialog] = useState<DialogState>({ kind: 'none' });
  const { data, error, networkStatus, fetchMore, refetch } = useQuery(LinksDocument, {
    variables: { campaignId: campaign.id, first: PAGE_SIZE },
    notifyOnNetworkStatusChange: true,
  });
  const connection = data?.links;
  const nodes = useFragment(LinkListItem, connection?.nodes ?? []);
  const loadingMore = networkStatus === NetworkStatus.fetchMore;

  let body: React.ReactNode;
  if (!connection && error) {
    body = <ErrorState message="Could not load the shared links." onRetry={() => void refetch()} />;
  } else if (!connection) {
    body = <Spinner label="Loading shared links…" />;
  } else if (nodes.length === 0) {
    body = (
      <p className="muted section-empty">
        No shared links. Add one for a message that goes to everyone alike, such as a public post or a
        broadcast list; its clicks count in this campaign&rsquo;s analytics.
      </p>
    );
  } else {
    body = (
      <>
        <LinksTable
          links={nodes}
          onViewAnalytics={(link) => void navigate(`/links/${link.id}`)}
          onEdit={(link) => setDialog({ kind: 'edit', link })}
          onDelete={(link) => setDialog({ kind: 'delete', link })}
        />
        {connection.pageInfo.hasNextPage && (
          <LoadMoreFooter
            shown={nodes.length}
            total={connection.totalCount}
            hasNextPage
            loading={loadingMore}
            onLoadMore={() => void fetchMore({ variables: { after: connection.pageInfo.endCursor } })}
          />
        )}
      </>
    );
  }

  return (
    <section className="campaign-section" aria-labelledby={`${id}-title`}>
      <div className="section-header">
        <h2 id={`${id}-title`}>Shared links</h2>
        <div className="header-actions">
          <button
            type="button"
            className="button button-secondary"
            onClick={() => setDialog({ kind: 'create' })}
          >
            <PlusIcon /> New shared link
          </button>
        </div>
      </div>
      <div className="card">{body}</div>
      {dialog.kind === 'create' && (
        <LinkFormDialog campaign={campaign} onClose={() => setDialog({ kind: 'none' })} />
      )}
      {dialog.kind === 'edit' && (
        <LinkFormDialog link={dialog.link} onClose={() => setDialog({ kind: 'none' })} />
      )}
      {dialog.kind === 'delete' && (
        <DeleteLinkDialog link={dialog.link} onClose={() => setDialog({ kind: 'none' })} />
      )}
    </section>
  );
}
