import type { Link } from './link.entity';

/** What changed about an account's links. The deleted link's row is gone: its id and code remain. */
export interface LinkEvents {
  'link.created': { accountId: string; link: Link };
  'link.updated': { accountId: string; link: Link };
  'link.deleted': { accountId: string; link: { id: string; code: string } };
}
