import type { DataSource } from 'typeorm';
import { AppError, badInput, notFound } from '../shared/errors';
import type { EventBus } from '../shared/events';
import { isUuid } from '../shared/ids';
import { parseSearch } from '../db/substring-search';
import { decodeCursor, encodeCursor } from '../shared/pages';
import { cleanText, pageSize } from '../shared/validation';
import type { CampaignEvents } from './campaign.events';
import { validateDestinationUrl } from '../links/link.rules';
import { Campaign, Channel } from './campaign.entity';
import { containsFilter } from './campaign-search';

export interface CampaignValues {
  name?: string | null;
  channel?: Channel | null;
  destinationUrl?: string | null;
  currency?: string | null;
  conversionTracking?: boolean | null;
}

export interface CampaignPage {
  nodes: Campaign[];
  totalCount: number;
  hasNextPage: boolean;
  endCursor: string | null;
}

/** Codes ISO 4217 lists as current (and the funds codes integrations meet), checked by Intl. */
const CURRENCIES = new Set(Intl.supportedValuesOf('currency'));

export const validateCampaignName = (raw: unknown): string =>
  cleanText(raw, { field: 'name', label: 'Name', max: 200, required: true });

export function validateCurrency(raw: unknown): string {
  if (typeof raw !== 'string' || !/^[A-Za-z]{3}$/.test(raw.trim()))
    throw badInput('currency', 'Currency must be a three-letter ISO 4217 code, e.g. USD');
  const code = raw.trim().toUpperCase();
  if (!CURRENCIES.has(code)) throw badInput('currency', `${code} is not an ISO 4217 currency code`);
  return code;
}

function validateChannel(raw: unknown): Channel {
  if (typeof raw !== 'string' || !Object.hasOwn(Channel, raw))
    throw badInput('channel', `channel must be one of ${Object.keys(Channel).join(', ')}`);
  return raw as Channel;
}

function validateFlag(raw: unknown): boolean {
  if (typeof raw !== 'boolean')
    throw badInput('conversionTracking', 'conversionTracking must be true or false');
  return raw;
}

/** A BAD_USER_INPUT about item `index` of a list argument. */
export function atIndex(error: unknown, index: number): unknown {
  if (error instanceof AppError && error.code === 'BAD_USER_INPUT')
    return new AppError(error.code, `Item ${index}: ${error.message}`, { ...error.extensions, index });
  return error;
}

export class CampaignService {
  constructor(
    private readonly db: DataSource,
    private readonly events: EventBus<CampaignEvents>,
    private readonly publicBaseUrl: string,
  ) {}

  async create(accountId: string, input: CampaignValues): Promise<Campaign> {
    const rows: { id: string }[] = await this.db.query(
      `INSERT INTO campaigns (account_id, name, channel, destination_url, currency, conversion_tracking)
       VALUES ($1, $2, $3, $4, $5, $6) RETURNING id`,
      [
        accountId,
        validateCampaignName(input.name),
        input.channel == null ? Channel.OTHER : validateChannel(input.channel),
        input.destinationUrl == null || input.destinationUrl.trim() === ''
          ? null
          : validateDestinationUrl(input.destinationUrl, this.publicBaseUrl),
        input.currency == null ? 'USD' : validateCurrency(input.currency),
        input.conversionTracking == null ? false : validateFlag(input.conversionTracking),
      ],
    );
    return this.db.getRepository(Campaign).findOneByOrFail({ id: rows[0]!.id });
  }

  async update(accountId: string, id: string, input: CampaignValues): Promise<Campaign> {
    const campaign = await this.get(accountId, id);
    if (!campaign) throw notFound('Campaign');
    const tracking = campaign.conversionTracking;
    if (input.name != null) campaign.name = validateCampaignName(input.name);
    if (input.channel != null) campaign.channel = validateChannel(input.channel);
    if (input.destinationUrl !== undefined)
      campaign.destinationUrl =
        input.destinationUrl === null || input.destinationUrl.trim() === ''
          ? null
          : validateDestinationUrl(input.destinationUrl, this.publicBaseUrl);
    if (input.currency != null) campaign.currency = validateCurrency(input.currency);
    if (input.conversionTracking != null)
      campaign.conversionTracking = validateFlag(input.conversionTracking);
    const rows: unknown[] = await this.db.query(
      // In a CTE: TypeORM answers a bare UPDATE with [rows, count], not rows.
      `WITH updated AS (
         UPDATE campaigns SET name = $3, channel = $4, destination_url = $5, currency = $6, conversion_tracking = $7,
                updated_at = now()
          WHERE id = $1 AND account_id = $2 RETURNING id
       ) SELECT id FROM updated`,
      [
        id,
        accountId,
        campaign.name,
        campaign.channel,
        campaign.destinationUrl,
        campaign.currency,
        campaign.conversionTracking,
      ],
    );
    if (rows.length === 0) throw notFound('Campaign');
    if (campaign.conversionTracking !== tracking)
      this.events.committed('campaign.tracking.changed', { accountId, campaignId: id });
    return this.db.getRepository(Campaign).findOneByOrFail({ id });
  }

  /**
   * Removes the campaign with every link (shared and recipient), click, aggregate and recipient, in one
   * transaction: the links go first so their codes are known, then the campaign (its aggregates and
   * recipients by ON DELETE CASCADE).
   */
  async delete(accountId: string, id: string): Promise<void> {
    if (!isUuid(id)) throw notFound('Campaign');
    const codes = await this.db.transaction(async (tx) => {
      const found: unknown[] = await tx.query(
        `SELECT 1 FROM campaigns WHERE id = $1 AND account_id = $2 FOR UPDATE`,
        [id, accountId],
      );
      if (found.length === 0) throw notFound('Campaign');
      const deleted: { code: string }[] = await tx.query(
        `WITH deleted AS (DELETE FROM links WHERE campaign_id = $1 AND account_id = $2 RETURNING code)
         SELECT code FROM deleted`,
        [id, accountId],
      );
      await tx.query(`DELETE FROM campaigns WHERE id = $1 AND account_id = $2`, [id, accountId]);
      return deleted.map((r) => r.code);
    });
    this.events.committed('campaign.links.changed', { accountId, codes });
  }

  async get(accountId: string, id: string): Promise<Campaign | null> {
    if (!isUuid(id)) return null;
    return this.db.getRepository(Campaign).findOne({ where: { id, accountId } });
  }

  /** The campaign, or NOT_FOUND for a missing, malformed or foreign id. */
  async require(accountId: string, id: string): Promise<Campaign> {
    const campaign = await this.get(accountId, id);
    if (!campaign) throw notFound('Campaign');
    return campaign;
  }

  /** Newest first, paged by (createdAt, id); search is a case-insensitive substring of the name. */
  async list(
    accountId: string,
    opts: { search?: string | null; first?: number | null; after?: string | null },
  ): Promise<CampaignPage> {
    const first = pageSize(opts.first);
    const search = parseSearch(opts.search);
    const qb = this.db
      .getRepository(Campaign)
      .createQueryBuilder('c')
      .where('c.account_id = :accountId', { accountId });
    if (search) qb.andWhere(...containsFilter('c.name', 'search', search));
    const totalCount = await qb.clone().getCount();
    if (opts.after) qb.andWhere('(c.created_at, c.id) < (:createdAt, :id)', decodeCursor(opts.after));
    const rows = await qb
      .orderBy('c.created_at', 'DESC')
      .addOrderBy('c.id', 'DESC')
      .take(first + 1)
      .getMany();
    const nodes = rows.slice(0, first);
    const last = nodes[nodes.length - 1];
    return {
      nodes,
      totalCount,
      hasNextPage: rows.length > first,
      endCursor: last ? encodeCursor(last) : null,
    };
  }
}
