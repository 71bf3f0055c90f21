import { useId } from 'react';
import { formatNumber, percent } from '../../../lib/format';

interface BreakdownProps {
  title: string;
  items: readonly { name: string; clicks: number; code?: string | null }[];
  emptyText?: string;
}

/** A ranked list with proportional bars; the shares are of this breakdown's own sum. */
export function Breakdown({ title, items, emptyText = 'No clicks in this period.' }: BreakdownProps) {
  const total = items.reduce((sum, item) => sum + item.clicks, 0);
  const max = Math.max(1, ...items.map((i) => i.clicks));
  // A title has spaces, and aria-labelledby splits on them: the heading needs a real id.
  const titleId = useId();
  return (
    <section className="card breakdown" aria-labelledby={titleId}>
      <h2 id={titleId} className="card-title">
        {title}
      </h2>
      {items.length === 0 ? (
        <p className="muted">{emptyText}</p>
      ) : (
        <ol className="breakdown-list">
          {items.map((item) => (
            <li key={`${item.code ?? ''}${item.name}`}>
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
    </section>
  );
}
