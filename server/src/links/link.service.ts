import type { DataSource, EntityManager } from 'typeorm';
import type { EventBus } from '../shared/events';
import { isUniqueViolation, pageSize } from '../shared/validation';
import { badInput, notFound } from '../shared/errors';
import { codeTaken } from './link.errors';
import { isUuid } from '../shared/ids';
import { LINK_SEARCH_TEXT } from '../db/migrations/1765330000000-LinkSearchWords';
import { parseSearch, searchPage } from '../db/substring-search';
import { decodeCursor, encodeCursor } from '../shared/pages';
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
  campaignId?: string | null;
  conversionTracking?: boolean | null;
}
export interface UpdateLinkValues {
  destinationUrl?: string | null;
  title?: string | null;
  expiresAt?: Date | null;
  campaignId?: string | null;
  conversionTracking?: boolean | null;
}
export interface LinkPage {
  nodes: Link[];
  totalCount: number;
  /** True when a search matched more links than it counted (totalCount is then a lower bound). */
  totalCountCapped: boolean;
  hasNextPage: boolean;
  endCursor: string | null;
}

function validateFlag(field: string, raw: unknown): boolean | null {
  if (raw === null || raw === undefined) return null;
  if (typeof raw !== 'boolean') throw badInput(field, `${field} must be true or false`);
  return raw;
}

/** NOT_FOUND unless the campaign exists and is the account's: supplied by the campaigns domain. */
export type CampaignCheck = (accountId: string, campaignId: string) => Promise<void>;
const isForeignKeyViolation = (error: unknown) => (error as { code?: unknown } | null)?.code === '23503';

export class LinkService {
  private campaignCheck: CampaignCheck = () => Promise.reject(notFound('Campaign'));

  /** The campaigns domain says which campaigns an account owns (links sit below it and never read it). */
  useCampaignCheck(check: CampaignCheck): void {
    this.campaignCheck = check;
  }

  private async campaignOf(accountId: string, campaignId: unknown): Promise<string> {
    if (!isUuid(campaignId)) throw notFound('Campaign');
    await this.campaignCheck(accountId, campaignId);
    return campaignId;
  }

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
    const conversionTracking = validateFlag('conversionTracking', input.conversionTracking) ?? false;
    const campaignId = input.campaignId == null ? null : await this.campaignOf(accountId, input.campaignId);
    for (let attempt = 0; ; attempt++) {
      const code = customCode ?? generateCode();
      try {
        const created = await this.change('link.created', async (tx) => {
          const rows: { id: string }[] = await tx.query(
            `INSERT INTO links (account_id, code, destination_url, title, expires_at, campaign_id, conversion_tracking)
             VALUES ($1, $2, $3, $4, $5, $6, $7) ON CONFLICT (code) DO NOTHING RETURNING id`,
            [accountId, code, destinationUrl, title, expiresAt, campaignId, conversionTracking],
          );
          if (rows.length === 0) return null;
          return { accountId, link: await tx.getRepository(Link).findOneByOrFail({ id: rows[0]!.id }) };
        });
        if (created) return created.link;
      } catch (error) {
        // The campaign was deleted since it was checked.
        if (isForeignKeyViolation(error)) throw notFound('Campaign');
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
    const conversionTracking = validateFlag('conversionTracking', input.conversionTracking);
    if (conversionTracking !== null) link.conversionTracking = conversionTracking;
    if (input.campaignId !== undefined && input.campaignId !== link.campaignId) {
      if (link.isRecipientLink) throw badInput('campaignId', "A recipient link's campaign cannot change");
      link.campaignId = input.campaignId === null ? null : await this.campaignOf(accountId, input.campaignId);
    }
    const updated = await this.change('link.updated', async (tx) => {
      const rows: { id: string }[] = await tx.query(
        `WITH updated AS (
           UPDATE links SET destination_url = $3, title = $4, expires_at = $5, campaign_id = $6,
                  conversion_tracking = $7, updated_at = now()
            WHERE id = $1 AND account_id = $2 RETURNING id
         ) SELECT id FROM updated`,
        [
          link.id,
          accountId,
          link.destinationUrl,
          link.title,
          link.expiresAt,
          link.campaignId,
          link.conversionTracking,
        ],
      );
      if (rows.length === 0) return null;
      return { accountId, link: await tx.getRepository(Link).findOneByOrFail({ id: link.id }) };
    }).catch((error: unknown) => {
      if (isForeignKeyViolation(error)) throw notFound('Campaign');
      throw error;
    });
    if (!updated) throw notFound('Link');
    return updated.link;
  }

  /** Removes the link with all its clicks and aggregates (ON DELETE CASCADE). */
  async delete(accountId: string, id: string): Promise<void> {
    if (!isUuid(id)) throw notFound('Link');
    const deleted = await this.change('link.deleted', async (tx) => {
      const rows: { id: string; code: string }[] = await tx.query(
        `WITH deleted AS (DELETE FROM links WHERE id = $1 AND account_id = $2 AND NOT is_recipient RETURNING id, code)
         SELECT id, code FROM deleted`,
        [id, accountId],
      );
      return rows[0] ? { accountId, link: rows[0] } : null;
    });
    if (!deleted) {
      if ((await this.reader.entity(accountId, id))?.isRecipientLink)
        throw badInput('id', 'A recipient link cannot be deleted alone; delete its campaign instead');
      throw notFound('Link');
    }
  }

  private async sharedLinkCount(accountId: string): Promise<number> {
    const [row] = (await this.db.query(`SELECT links FROM shared_link_counts WHERE account_id = $1`, [
      accountId,
    ])) as { links: string }[];
    return Number(row?.links ?? 0);
  }

  /** Newest first, paged by an opaque (createdAt, id) cursor; search matches title, destination and code. */
  async list(
    accountId: string,
    opts: {
      search?: string | null;
      first?: number | null;
      after?: string | null;
      campaignId?: string | null;
    },
  ): Promise<LinkPage> {
    const first = pageSize(opts.first);
    const search = {
      term: parseSearch(opts.search),
      columns: ['l.title', 'l.destination_url', 'l.code'],
      newestBy: 'l.created_at',
      words: `search_words(${LINK_SEARCH_TEXT})`,
    };
    const cursor = opts.after ? decodeCursor(opts.after) : null;
    const qb = this.db
      .getRepository(Link)
      .createQueryBuilder('l')
      .where('l.account_id = :accountId', { accountId })
      // Shared links only: a campaign's recipient links would bury them.
      .andWhere('NOT l.is_recipient');
    if (opts.campaignId != null) {
      const campaignId = await this.campaignOf(accountId, opts.campaignId);
      qb.andWhere('l.campaign_id = :campaignId', { campaignId });
    }
    const {
      rows,
      count: totalCount,
      capped: totalCountCapped,
    } = await searchPage(qb, search, {
      order: (q) => q.orderBy('l.created_at', 'DESC').addOrderBy('l.id', 'DESC'),
      take: first + 1,
      page: cursor ? (q) => q.andWhere('(l.created_at, l.id) < (:createdAt, :id)', cursor) : undefined,
      // Every shared link of the account: kept by triggers (migration SharedLinkCounts), not counted.
      total: opts.campaignId == null ? () => this.sharedLinkCount(accountId) : undefined,
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
