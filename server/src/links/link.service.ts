import type { DataSource, EntityManager } from 'typeorm';
import type { EventBus } from '../shared/events';
import { isUniqueViolation, pageSize } from '../shared/validation';
import { notFound } from '../shared/errors';
import { codeTaken } from './link.errors';
import { decodeCursor, encodeCursor } from '../shared/cursor';
import { isUuid } from '../shared/ids';
import { parseSearch, searchPage } from '../db/substring-search';
import { Link } from './link.entity';
import type { LinkEvents } from './link.events';
import type { LinkReader } from './link.reader';
import {
  generateCode,
  validateCustomCode,
  validateDestinationUrl,
  validateExpiresAt,
  validateTitle,
} from './link.rules';

export interface CreateLinkValues {
  destinationUrl: string;
  title?: string | null;
  customCode?: string | null;
  expiresAt?: Date | null;
}
export interface UpdateLinkValues {
  destinationUrl?: string | null;
  title?: string | null;
  expiresAt?: Date | null;
}
export interface LinkPage {
  nodes: Link[];
  totalCount: number;
  /** True when a search matched more links than it counted (totalCount is then a lower bound). */
  totalCountCapped: boolean;
  hasNextPage: boolean;
  endCursor: string | null;
}

export class LinkService {
  constructor(
    private readonly db: DataSource,
    private readonly publicBaseUrl: string,
    readonly reader: LinkReader,
    private readonly events: EventBus<LinkEvents>,
    /** The port this process listens on: a destination there loops back to us as well. */
    private readonly listenPort = 0,
  ) {}

  /**
   * Runs a change in a transaction that also runs the event's transaction hooks (an outbox row commits
   * with the change), then tells the listeners after COMMIT.
   */
  private async change<K extends keyof LinkEvents>(
    type: K,
    work: (tx: EntityManager) => Promise<LinkEvents[K] | null>,
  ): Promise<LinkEvents[K] | null> {
    const event = await this.db.transaction(async (tx) => {
      const happened = await work(tx);
      if (happened) await this.events.inTransaction(type, happened, tx);
      return happened;
    });
    if (event) this.events.committed(type, event);
    return event;
  }

  shortUrl(code: string): string {
    return `${this.publicBaseUrl}/${code}`;
  }

  async create(accountId: string, input: CreateLinkValues): Promise<Link> {
    const destinationUrl = validateDestinationUrl(input.destinationUrl, this.publicBaseUrl, this.listenPort);
    const title = validateTitle(input.title);
    const customCode = validateCustomCode(input.customCode);
    const expiresAt = validateExpiresAt(input.expiresAt);
    for (let attempt = 0; ; attempt++) {
      const code = customCode ?? generateCode();
      try {
        const created = await this.change('link.created', async (tx) => {
          const rows: { id: string }[] = await tx.query(
            `INSERT INTO links (account_id, code, destination_url, title, expires_at)
             VALUES ($1, $2, $3, $4, $5) ON CONFLICT (code) DO NOTHING RETURNING id`,
            [accountId, code, destinationUrl, title, expiresAt],
          );
          if (rows.length === 0) return null;
          return { accountId, link: await tx.getRepository(Link).findOneByOrFail({ id: rows[0]!.id }) };
        });
        if (created) return created.link;
      } catch (error) {
        if (!isUniqueViolation(error)) throw error;
      }
      if (customCode) throw codeTaken();
      if (attempt >= 5) throw new Error('Could not generate a free short code');
    }
  }

  async update(accountId: string, id: string, input: UpdateLinkValues): Promise<Link> {
    const link = await this.reader.entity(accountId, id);
    if (!link) throw notFound('Link');
    if (input.destinationUrl !== undefined)
      link.destinationUrl = validateDestinationUrl(input.destinationUrl, this.publicBaseUrl, this.listenPort);
    if (input.title !== undefined) link.title = validateTitle(input.title);
    // Sending back the expiry a link already has is no change, even when it has passed (an edit of an
    // expired link's title); only a new expiry must lie in the future.
    if (input.expiresAt !== undefined && input.expiresAt?.getTime() !== link.expiresAt?.getTime()) {
      link.expiresAt = validateExpiresAt(input.expiresAt);
    }
    const updated = await this.change('link.updated', async (tx) => {
      const rows: { id: string }[] = await tx.query(
        `WITH updated AS (
           UPDATE links SET destination_url = $3, title = $4, expires_at = $5, updated_at = now()
            WHERE id = $1 AND account_id = $2 RETURNING id
         ) SELECT id FROM updated`,
        [link.id, accountId, link.destinationUrl, link.title, link.expiresAt],
      );
      if (rows.length === 0) return null;
      return { accountId, link: await tx.getRepository(Link).findOneByOrFail({ id: link.id }) };
    });
    if (!updated) throw notFound('Link');
    return updated.link;
  }

  /** Removes the link with all its clicks and aggregates (ON DELETE CASCADE). */
  async delete(accountId: string, id: string): Promise<void> {
    if (!isUuid(id)) throw notFound('Link');
    const deleted = await this.change('link.deleted', async (tx) => {
      const rows: { id: string; code: string }[] = await tx.query(
        `WITH deleted AS (DELETE FROM links WHERE id = $1 AND account_id = $2 RETURNING id, code)
         SELECT id, code FROM deleted`,
        [id, accountId],
      );
      return rows[0] ? { accountId, link: rows[0] } : null;
    });
    if (!deleted) throw notFound('Link');
  }

  /** Newest first, paged by an opaque (createdAt, id) cursor; search matches title, destination and code. */
  async list(
    accountId: string,
    opts: { search?: string | null; first?: number | null; after?: string | null },
  ): Promise<LinkPage> {
    const first = pageSize(opts.first);
    const search = {
      term: parseSearch(opts.search),
      columns: ['l.title', 'l.destination_url', 'l.code'],
      newestBy: 'l.created_at',
    };
    const cursor = opts.after ? decodeCursor(opts.after) : null;
    const qb = this.db
      .getRepository(Link)
      .createQueryBuilder('l')
      .where('l.account_id = :accountId', { accountId });
    const {
      rows,
      count: totalCount,
      capped: totalCountCapped,
    } = await searchPage(qb, search, {
      order: (q) => q.orderBy('l.created_at', 'DESC').addOrderBy('l.id', 'DESC'),
      take: first + 1,
      page: cursor ? (q) => q.andWhere('(l.created_at, l.id) < (:createdAt, :id)', cursor) : undefined,
    });
    const nodes = rows.slice(0, first);
    const last = nodes[nodes.length - 1];
    return {
      nodes,
      totalCount,
      totalCountCapped,
      hasNextPage: rows.length > first,
      endCursor: last ? encodeCursor(last) : null,
    };
  }
}
