import { Link } from 'react-router';
import { CopyButton } from '../../../components/CopyButton';
import { ChartIcon, EditIcon, MoreIcon, TrashIcon } from '../../../components/Icons';
import { Menu } from '../../../components/Menu';
import { StatusBadge } from '../../../components/States';
import { graphql, useFragment, type FragmentType } from '../../../gql';
import { displayUrl, formatDate, formatDateTime, formatNumber } from '../../../lib/format';

export const LinksTable_links = graphql(`
  fragment LinksTable_links on Link {
    id
    code
    title
    shortUrl
    destinationUrl
    status
    clickCount
    createdAt
  }
`);

type LinkRef = FragmentType<typeof LinksTable_links>;

interface LinksTableProps<T extends LinkRef> {
  links: readonly T[];
  /** Each handler gets back the item it was given, with whatever else the page selected on it. */
  onViewAnalytics: (link: T) => void;
  onEdit: (link: T) => void;
  onDelete: (link: T) => void;
  /** The link just created or saved, marked for a moment so the eye finds it. */
  highlightId?: string | null;
}

/** The product page's columns: Link, Short URL, Status, Clicks, Created, and the ⋯ menu. */
export function LinksTable<T extends LinkRef>({
  links: items,
  onViewAnalytics,
  onEdit,
  onDelete,
  highlightId = null,
}: LinksTableProps<T>) {
  const links = useFragment(LinksTable_links, items);
  return (
    <table className="links-table">
      <thead>
        <tr>
          <th scope="col">Link</th>
          <th scope="col">Short URL</th>
          <th scope="col">Status</th>
          <th scope="col" className="num">
            Clicks
          </th>
          <th scope="col">Created</th>
          <th scope="col">
            <span className="visually-hidden">Actions</span>
          </th>
        </tr>
      </thead>
      <tbody>
        {links.map((link, index) => {
          const item = items[index]!;
          const name = link.title || link.code;
          return (
            <tr
              key={link.id}
              data-testid="link-row"
              className={link.id === highlightId ? 'row-highlight' : undefined}
            >
              <td data-label="Link" className="cell-link">
                <Link to={`/links/${link.id}`} className="link-title">
                  {name}
                </Link>
                <span className="link-destination" title={link.destinationUrl}>
                  {displayUrl(link.destinationUrl)}
                </span>
              </td>
              <td data-label="Short URL" className="cell-short">
                <span className="short-url">
                  <a href={link.shortUrl} target="_blank" rel="noreferrer">
                    {displayUrl(link.shortUrl)}
                  </a>
                  <CopyButton text={link.shortUrl} label={`Copy short URL of ${name}`} />
                </span>
              </td>
              <td data-label="Status">
                <StatusBadge status={link.status} />
              </td>
              <td data-label="Clicks" className="num">
                {formatNumber(link.clickCount)}
              </td>
              <td data-label="Created">
                <time dateTime={link.createdAt} title={formatDateTime(link.createdAt)}>
                  {formatDate(link.createdAt)}
                </time>
              </td>
              <td className="cell-actions">
                <Menu
                  label={`Actions for ${name}`}
                  trigger={<MoreIcon />}
                  items={[
                    { label: 'View Analytics', icon: <ChartIcon />, onSelect: () => onViewAnalytics(item) },
                    { label: 'Edit', icon: <EditIcon />, onSelect: () => onEdit(item) },
                    { label: 'Delete', icon: <TrashIcon />, danger: true, onSelect: () => onDelete(item) },
                  ]}
                />
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
