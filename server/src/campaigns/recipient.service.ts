import type { DataSource, EntityManager } from 'typeorm';
import { badInput, notFound } from '../shared/errors';
import type { EventBus, Queryable } from '../shared/events';
import { isUuid } from '../shared/ids';
import { parseSearch } from '../db/substring-search';
import { hasControlCharacters, pageSize } from '../shared/validation';
import type { CampaignEvents } from './campaign.events';
import { linkFromRow, type Link } from '../links/link.entity';
import type { LinkReader } from '../links/link.reader';
import { generateCode, isReservedCode, validateDestinationUrl } from '../links/link.rules';
import { atIndex } from './campaign.service';
import { containsFilter } from './campaign-search';
import { addFunnelCounts } from './funnel.counts';
import { DeliveryStatus, Recipient } from './recipient.entity';

export const MAX_RECIPIENTS_PER_CALL = 10_000;

export interface RecipientValues {
  externalId: string;
  destinationUrl?: string | null;
}

export interface RecipientFilter {
  search?: string | null;
  status?: DeliveryStatus | null;
  clicked?: boolean | null;
  converted?: boolean | null;
  first?: number | null;
  after?: string | null;
}

export interface RecipientPage {
  nodes: Recipient[];
  totalCount: number;
  hasNextPage: boolean;
  endCursor: string | null;
}

/** A recipient row with its link's short code, as the CSV export writes it. */
export type ExportedRecipient = Recipient & { code: string };

const LONE_SURROGATE = /\p{Surrogate}/u;

export function validateExternalId(raw: unknown): string {
  if (typeof raw !== 'string' || raw === '') throw badInput('externalId', 'externalId is required');
  if ([...raw].length > 200) throw badInput('externalId', 'externalId must be at most 200 characters');
  if (hasControlCharacters(raw))
    throw badInput('externalId', 'externalId must not contain control characters');
  // A lone surrogate is stored as U+FFFD, so two different ids would collide in the database.
  if (LONE_SURROGATE.test(raw)) throw badInput('externalId', 'externalId must be valid Unicode text');
  return raw;
}

const encodeSeq = (seq: string) => Buffer.from(`r${seq}`).toString('base64url');
function decodeSeq(cursor: string): string {
  const raw = Buffer.from(cursor, 'base64url').toString();
  if (!/^r\d{1,18}$/.test(raw)) throw badInput('after', 'Invalid cursor');
  return raw.slice(1);
}

/** Rows of `recipients` read with plain SQL, as entities. */
export function toRecipient(row: Record<string, unknown>): Recipient {
  return Object.assign(new Recipient(), {
    id: row.id,
    seq: String(row.seq),
    campaignId: row.campaign_id,
    linkId: row.link_id,
    externalId: row.external_id,
    status: row.status,
    sentAt: row.sent_at,
    deliveredAt: row.delivered_at,
    readAt: row.read_at,
    failedAt: row.failed_at,
    firstClickedAt: row.first_clicked_at,
    clicks: Number(row.clicks),
    conversions: Number(row.conversions),
    conversionValue: Number(row.conversion_value),
  });
}

// A write of the links table outside links/ (ARCHITECTURE.md): a campaign's recipient links are made in
// bulk, in the transaction that adds their recipients. Codes for a whole call in one statement; a code
// someone else holds is skipped, and retried with a fresh code by the caller (at 62^7 codes, a collision
// among 10,000 new ones is rare).
const INSERT_LINKS = `
  INSERT INTO links (account_id, code, destination_url, campaign_id, is_recipient)
  SELECT $1, u.code, u.destination_url, $2, true FROM unnest($3::text[], $4::text[]) AS u(code, destination_url)
  ON CONFLICT (code) DO NOTHING
  RETURNING *`;

// In input order, so the identity column records upload order.
const INSERT_RECIPIENTS = `
  INSERT INTO recipients (campaign_id, link_id, external_id)
  SELECT $1, u.link_id, u.external_id
    FROM unnest($2::uuid[], $3::text[]) WITH ORDINALITY AS u(link_id, external_id, ord)
   ORDER BY u.ord
  RETURNING *`;

export class RecipientService {
  constructor(
    private readonly db: DataSource,
    private readonly links: LinkReader,
    private readonly events: EventBus<CampaignEvents>,
    private readonly publicBaseUrl: string,
  ) {}

  /**
   * Adds people to a campaign, each with a new link; all or nothing. An externalId already in the
   * campaign, or repeated in the call, answers the existing (or first) recipient and changes nothing.
   * Calls on one campaign run one at a time (the campaign row is locked), so two uploads of the same
   * list cannot both add a person.
   */
  async add(accountId: string, campaignId: string, items: RecipientValues[]): Promise<Recipient[]> {
    if (!isUuid(campaignId)) throw notFound('Campaign');
    if (!Array.isArray(items) || items.length < 1 || items.length > MAX_RECIPIENTS_PER_CALL)
      throw badInput(
        'recipients',
        `Send 1 to ${MAX_RECIPIENTS_PER_CALL.toLocaleString('en')} recipients a call`,
      );
    const externalIds = items.map((item, i) => {
      try {
        return validateExternalId(item.externalId);
      } catch (error) {
        throw atIndex(error, i);
      }
    });

    const created: string[] = [];
    const result = await this.db.transaction(async (tx) => {
      const campaigns: { destination_url: string | null }[] = await tx.query(
        `SELECT destination_url FROM campaigns WHERE id = $1 AND account_id = $2 FOR NO KEY UPDATE`,
        [campaignId, accountId],
      );
      if (!campaigns[0]) throw notFound('Campaign');
      const fallback = campaigns[0].destination_url;
      // Every item is checked, repeats included, before anything is written.
      const destinations = items.map((item, i) => {
        try {
          if (item.destinationUrl == null || item.destinationUrl.trim() === '') {
            if (fallback) return fallback;
            throw badInput('destinationUrl', "Give a destinationUrl, or set the campaign's destination URL");
          }
          return validateDestinationUrl(item.destinationUrl, this.publicBaseUrl);
        } catch (error) {
          throw atIndex(error, i);
        }
      });

      const byExternalId = new Map<string, Recipient>();
      const unique = [...new Set(externalIds)];
      const existing = (
        await tx.query<Record<string, unknown>[]>(
          `SELECT * FROM recipients WHERE campaign_id = $1 AND external_id = ANY($2::text[])`,
          [campaignId, unique],
        )
      ).map(toRecipient);
      const existingLinks = await this.links.entities(
        accountId,
        existing.map((r) => r.linkId),
        tx,
      );
      const linkById = new Map(existingLinks.map((l) => [l.id, l]));
      for (const recipient of existing) {
        recipient.loadedLink = linkById.get(recipient.linkId);
        byExternalId.set(recipient.externalId, recipient);
      }

      // The first occurrence of each new externalId, in input order.
      const fresh: { externalId: string; destinationUrl: string }[] = [];
      const seen = new Set(byExternalId.keys());
      externalIds.forEach((externalId, i) => {
        if (seen.has(externalId)) return;
        seen.add(externalId);
        fresh.push({ externalId, destinationUrl: destinations[i]! });
      });
      if (fresh.length > 0) {
        const links = await this.insertLinks(tx, accountId, campaignId, fresh, created);
        const rows: Record<string, unknown>[] = await tx.query(INSERT_RECIPIENTS, [
          campaignId,
          links.map((l) => l.id),
          fresh.map((f) => f.externalId),
        ]);
        rows.forEach((row, i) => {
          const recipient = toRecipient(row);
          recipient.loadedLink = links[i];
          byExternalId.set(recipient.externalId, recipient);
        });
        await addFunnelCounts(tx, campaignId, { recipients: rows.length });
      }
      return externalIds.map((externalId) => byExternalId.get(externalId)!);
    });
    // A new code may be remembered as unknown by the redirect cache.
    if (created.length > 0) this.events.committed('campaign.links.changed', { accountId, codes: created });
    return result;
  }

  /** Inserts one link per item with generated codes; answers them in item order. */
  private async insertLinks(
    tx: EntityManager,
    accountId: string,
    campaignId: string,
    items: { destinationUrl: string }[],
    created: string[],
  ): Promise<Link[]> {
    const links: Link[] = new Array<Link>(items.length);
    let todo = items.map((_, i) => i);
    for (let attempt = 0; todo.length > 0; attempt++) {
      if (attempt >= 8) throw new Error('Could not generate free short codes');
      const codes = new Map<string, number>();
      for (const i of todo) {
        let code = generateCode();
        while (codes.has(code) || isReservedCode(code)) code = generateCode();
        codes.set(code, i);
      }
      const rows: Record<string, unknown>[] = await tx.query(INSERT_LINKS, [
        accountId,
        campaignId,
        [...codes.keys()],
        [...codes.values()].map((i) => items[i]!.destinationUrl),
      ]);
      for (const row of rows) {
        const link = linkFromRow(row);
        links[codes.get(link.code)!] = link;
        created.push(link.code);
        codes.delete(link.code);
      }
      todo = [...codes.values()];
    }
    return links;
  }

  /** In upload order, paged by the upload sequence. NOT_FOUND for a missing or foreign campaign. */
  async list(accountId: string, campaignId: string, filter: RecipientFilter): Promise<RecipientPage> {
    const first = pageSize(filter.first);
    const search = parseSearch(filter.search);
    if (filter.status != null && !Object.hasOwn(DeliveryStatus, filter.status))
      throw badInput('status', 'Unknown delivery status');
    await this.requireCampaign(accountId, campaignId);
    const qb = this.db
      .getRepository(Recipient)
      .createQueryBuilder('r')
      .where('r.campaign_id = :campaignId', { campaignId });
    if (search) qb.andWhere(...containsFilter('r.external_id', 'search', search));
    if (filter.status != null) qb.andWhere('r.status = :status', { status: filter.status });
    if (filter.clicked != null) qb.andWhere(filter.clicked ? 'r.clicks > 0' : 'r.clicks = 0');
    if (filter.converted != null) qb.andWhere(filter.converted ? 'r.conversions > 0' : 'r.conversions = 0');
    const totalCount = await qb.clone().getCount();
    if (filter.after) qb.andWhere('r.seq > :seq', { seq: decodeSeq(filter.after) });
    const rows = await qb
      .orderBy('r.seq', 'ASC')
      .take(first + 1)
      .getMany();
    const nodes = rows.slice(0, first);
    const last = nodes[nodes.length - 1];
    return {
      nodes,
      totalCount,
      hasNextPage: rows.length > first,
      endCursor: last ? encodeSeq(last.seq) : null,
    };
  }

  /**
   * Every recipient with their short code, in upload order, in pages read by keyset: memory stays flat
   * for any campaign size. NOT_FOUND (before anything is yielded) for a missing or foreign campaign.
   */
  async *export(accountId: string, campaignId: string, pageSize = 5000): AsyncGenerator<ExportedRecipient[]> {
    await this.requireCampaign(accountId, campaignId);
    let after = '0';
    for (;;) {
      const rows: Record<string, unknown>[] = await this.db.query(
        `SELECT * FROM recipients WHERE campaign_id = $1 AND seq > $2 ORDER BY seq LIMIT $3`,
        [campaignId, after, pageSize],
      );
      if (rows.length === 0) return;
      const recipients = rows.map(toRecipient);
      const owned = await this.links.owned(
        accountId,
        recipients.map((r) => r.linkId),
      );
      const codes = new Map(owned.map((l) => [l.id, l.code]));
      // A recipient's link is deleted only with its campaign, so every one has its code.
      yield recipients.map((r) => Object.assign(r, { code: codes.get(r.linkId)! }));
      after = String(rows[rows.length - 1]!.seq);
      if (rows.length < pageSize) return;
    }
  }

  /** NOT_FOUND unless the campaign exists and is the account's; `q` reads inside a caller's transaction. */
  async requireCampaign(accountId: string, campaignId: string, q: Queryable = this.db): Promise<void> {
    if (!isUuid(campaignId)) throw notFound('Campaign');
    const rows = await q.query(`SELECT 1 FROM campaigns WHERE id = $1 AND account_id = $2`, [
      campaignId,
      accountId,
    ]);
    if (rows.length === 0) throw notFound('Campaign');
  }
}
