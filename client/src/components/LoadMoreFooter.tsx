interface LoadMoreFooterProps {
  shown: number;
  /** A count, or a label such as "1000+" when the count is capped. */
  total: number | string;
  hasNextPage: boolean;
  loading: boolean;
  onLoadMore: () => void;
}

/** "Showing 25 of 80" under a list, and Load more while there is a next page. */
export function LoadMoreFooter({ shown, total, hasNextPage, loading, onLoadMore }: LoadMoreFooterProps) {
  return (
    <div className="table-footer">
      <span className="muted">
        Showing {shown} of {total}
      </span>
      {hasNextPage && (
        <button type="button" className="button button-secondary" disabled={loading} onClick={onLoadMore}>
          {loading ? 'Loading…' : 'Load more'}
        </button>
      )}
    </div>
  );
}
