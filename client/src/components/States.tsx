import type { ReactNode } from 'react';

export function Spinner({ label = 'Loading…' }: { label?: string }) {
  return (
    <div className="loading" role="status">
      <span className="spinner" aria-hidden="true" />
      <span>{label}</span>
    </div>
  );
}

/**
 * Grey placeholders in the shape of what is coming, so the page does not jump when it arrives; the
 * label is what a screen reader hears.
 */
export function Skeleton({
  label = 'Loading…',
  rows = 4,
  cards = 0,
}: {
  label?: string;
  rows?: number;
  cards?: number;
}) {
  return (
    <div className="skeleton" role="status" data-testid="skeleton">
      <span className="visually-hidden">{label}</span>
      {cards > 0 && (
        <div className="skeleton-cards" aria-hidden="true">
          {Array.from({ length: cards }, (_, i) => (
            <span key={i} className="skeleton-block skeleton-card" />
          ))}
        </div>
      )}
      <div className="skeleton-rows" aria-hidden="true">
        {Array.from({ length: rows }, (_, i) => (
          <span key={i} className="skeleton-block skeleton-row" />
        ))}
      </div>
    </div>
  );
}

export function ErrorState({ message, onRetry }: { message: string; onRetry?: () => void }) {
  return (
    <div className="state state-error" role="alert">
      <p>{message}</p>
      {onRetry && (
        <button type="button" className="button button-secondary" onClick={onRetry}>
          Try again
        </button>
      )}
    </div>
  );
}

export function EmptyState({ title, children }: { title: string; children?: ReactNode }) {
  return (
    <div className="state state-empty">
      <h2>{title}</h2>
      {children}
    </div>
  );
}

export function StatusBadge({ status }: { status: 'ACTIVE' | 'EXPIRED' }) {
  return (
    <span className={`badge ${status === 'ACTIVE' ? 'badge-active' : 'badge-expired'}`}>
      {status === 'ACTIVE' ? 'Active' : 'Expired'}
    </span>
  );
}
