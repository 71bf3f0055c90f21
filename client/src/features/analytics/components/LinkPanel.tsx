import { StatusBadge } from '../../../components/States';
import { graphql, useFragment, type FragmentType } from '../../../gql';
import { formatDateTime, formatNumber } from '../../../lib/format';

export const LinkPanel_link = graphql(`
  fragment LinkPanel_link on Link {
    code
    title
    status
    shortUrl
    destinationUrl
    clickCount
    createdAt
    expiresAt
  }
`);

/** The link's own facts beside its analytics. */
export function LinkPanel({ link: linkRef }: { link: FragmentType<typeof LinkPanel_link> }) {
  const link = useFragment(LinkPanel_link, linkRef);
  return (
    <section className="card link-panel" aria-labelledby="link-panel-title">
      <h2 id="link-panel-title" className="card-title">
        Link
      </h2>
      <dl className="details">
        {/* The page header already shows these four on a phone (see .header-repeat). */}
        <dt className="header-repeat">Name</dt>
        <dd className="header-repeat">{link.title || <span className="muted">Untitled</span>}</dd>
        <dt className="header-repeat">Status</dt>
        <dd className="header-repeat">
          <StatusBadge status={link.status} />
        </dd>
        <dt className="header-repeat">Short URL</dt>
        <dd className="url-cell header-repeat">
          <a href={link.shortUrl} target="_blank" rel="noreferrer">
            {link.shortUrl}
          </a>
        </dd>
        <dt>Original URL</dt>
        <dd className="url-cell">
          <a href={link.destinationUrl} target="_blank" rel="noreferrer" data-testid="destination-url">
            {link.destinationUrl}
          </a>
        </dd>
        <dt className="header-repeat">Code</dt>
        <dd className="header-repeat">
          <code>{link.code}</code>
        </dd>
        <dt>Lifetime clicks</dt>
        <dd data-testid="lifetime-clicks">{formatNumber(link.clickCount)}</dd>
        <dt>Created</dt>
        <dd>{formatDateTime(link.createdAt)}</dd>
        <dt>Expires</dt>
        <dd>{link.expiresAt ? formatDateTime(link.expiresAt) : 'Never'}</dd>
      </dl>
    </section>
  );
}
