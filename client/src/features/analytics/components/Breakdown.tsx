import { useId, useState } from 'react';
import { formatNumber, percent } from '../../../lib/format';

/** Rows a phone shows before "Show all": the top of each list, not a long scroll. */
export const PHONE_TOP_ROWS = 5;

interface BreakdownProps {
  /** The section's id, for the phone's card picker. */
  id?: string;
  /** The card a phone shows (the others wait behind the picker). */
  current?: boolean;
  title: string;
  items: readonly { name: string; clicks: number; code?: string | null }[];
  emptyText?: string;
}

/**
 * A ranked list with proportional bars; the shares are of this breakdown's own sum. On a phone only
 * the top rows show until "Show all" (the stylesheet hides the rest; wider screens show every row).
 */
export function Breakdown({
  id,
  current = true,
  title,
  items,
  emptyText = 'No clicks in this period.',
}: BreakdownProps) {
  const total = items.reduce((sum, item) => sum + item.clicks, 0);
  const max = Math.max(1, ...items.map((i) => i.clicks));
  const [expanded, setExpanded] = useState(false);
  // A title has spaces, and aria-labelledby splits on them: the heading needs a real id.
  const titleId = useId();
  const listId = useId();
  const more = items.length - PHONE_TOP_ROWS;
  return (
    <section
      id={id}
      className={`card breakdown ${expanded ? 'is-expanded' : ''} ${current ? 'is-current' : ''}`}
      aria-labelledby={titleId}
    >
      <h2 id={titleId} className="card-title">
        {title}
      </h2>
      {items.length === 0 ? (
        <p className="muted">{emptyText}</p>
      ) : (
        <ol className="breakdown-list" id={listId}>
          {items.map((item, index) => (
            <li
              key={`${item.code ?? ''}${item.name}`}
              className={index >= PHONE_TOP_ROWS ? 'breakdown-more' : undefined}
            >
              <div className="breakdown-row">
                <span className="breakdown-name">
                  {item.code && <span className="country-code">{item.code}</span>}
                  {item.name}
                </span>
                <span className="breakdown-value">
                  {formatNumber(item.clicks)} <span className="muted">· {percent(item.clicks, total)}</span>
                </span>
              </div>
              <div className="bar" aria-hidden="true">
                <span style={{ width: `${(item.clicks / max) * 100}%` }} />
              </div>
            </li>
          ))}
        </ol>
      )}
      {more > 0 && (
        <button
          type="button"
          className="breakdown-toggle"
          aria-expanded={expanded}
          aria-controls={listId}
          onClick={() => setExpanded((open) => !open)}
        >
          {expanded ? `Show top ${PHONE_TOP_ROWS}` : `Show all ${items.length}`}
        </button>
      )}
    </section>
  );
}
