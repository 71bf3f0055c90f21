import type { DataSource, EntityManager } from 'typeorm';
import type { LinkReader } from '../links/link.reader';
import { badInput, notFound } from '../shared/errors';
import type { EventBus } from '../shared/events';
import { isUuid, uuidv7Time } from '../shared/ids';
import { cleanText } from '../shared/validation';
import { enqueueWebhookEvents } from '../webhooks/webhook-events';
import { WebhookEventType } from '../webhooks/webhook.types';
import type { CampaignEvents } from './campaign.events';
import { Conversion, type RecordConversionInput } from './conversion.types';
import { validateEventTime } from './delivery.service';
import { addFunnelCounts } from './funnel.counts';
import { validateExternalId } from './recipient.service';

/** The largest value taken: far above any order, far below where money arithmetic loses cents. */
export const MAX_CONVERSION_VALUE = 1e12;

/**
 * How long recordConversion looks for a click it does not find yet. A click is written by a batching
 * writer (every 50 ms, on whichever replica redirected it), so a conversion reported at once can arrive
 * first. Only an id minted recently (its UUIDv7 time) is waited for; any other unknown id is NOT_FOUND
 * at once.
 */
export const CLICK_WAIT = { recentMs: 2 * 60_000, aheadMs: 5_000, maxWaitMs: 3_000 };

/** Where a conversion goes: its link, and the campaign and recipient when the link has them. */
interface Attribution {
  linkId: string;
  campaignId: string | null;
  recipientId: string | null;
  externalId: string | null;
  currency: string;
  clickId: string | null;
}

const CLICK = `SELECT link_id AS "linkId", click_id::text AS "clickId" FROM clicks WHERE click_id = $1`;

// The link's recipient (if a recipient link) and campaign currency; one row even when neither exists.
const OF_LINK = `
  SELECT r.id AS "recipientId", r.external_id AS "externalId", coalesce(cp.currency, 'USD') AS currency
    FROM (SELECT 1) AS one
    LEFT JOIN recipients r ON r.link_id = $1
    LEFT JOIN campaigns cp ON cp.id = $2`;

const BY_RECIPIENT = `
  SELECT r.link_id AS "linkId", r.campaign_id AS "campaignId", r.id AS "recipientId", r.external_id AS "externalId",
         cp.currency, NULL AS "clickId"
    FROM campaigns cp LEFT JOIN recipients r ON r.campaign_id = cp.id AND r.external_id = $3
   WHERE cp.id = $1 AND cp.account_id = $2`;

const COLUMNS = `id, account_id AS "accountId", link_id AS "linkId", campaign_id AS "campaignId",
                 recipient_id AS "recipientId", click_id::text AS "clickId", name, value, currency,
                 occurred_at AS "occurredAt", created_at AS "createdAt"`;

const INSERT = `
  INSERT INTO conversions (account_id, link_id, campaign_id, recipient_id, click_id, name, value, currency,
                           occurred_at, idempotency_key)
  VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)
  ON CONFLICT (account_id, idempotency_key) WHERE idempotency_key IS NOT NULL DO NOTHING
  RETURNING ${COLUMNS}`;

type ConversionRow = Omit<Conversion, 'value'> & { value: string };
const toConversion = (row: ConversionRow): Conversion =>
  Object.assign(new Conversion(), { ...row, value: Number(row.value) });

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** PostgreSQL's foreign_key_violation: the link or recipient was deleted meanwhile. */
const isForeignKeyViolation = (error: unknown) => (error as { code?: unknown } | null)?.code === '23503';

/** Conversions: attribution by click id or recipient, idempotency keys, recipients' and funnel counters. */
export class ConversionService {
  constructor(
    private readonly db: DataSource,
    private readonly links: LinkReader,
    private readonly events: EventBus<CampaignEvents>,
  ) {}

  /**
   * Records a conversion. With an idempotency key the account used before, answers that conversion and
   * writes nothing — also under a race: concurrent calls with one key wait on the unique index, and all
   * but the first find its row.
   */
  async record(accountId: string, input: RecordConversionInput, now = Date.now()): Promise<Conversion> {
    const name = cleanText(input.name, { field: 'name', label: 'Name', max: 100, required: true });
    const value = input.value ?? 0;
    if (typeof value !== 'number' || !Number.isFinite(value) || value < 0)
      throw badInput('value', 'value must be a number ≥ 0');
    if (value > MAX_CONVERSION_VALUE) throw badInput('value', 'value must be at most 1,000,000,000,000');
    const occurredAt =
      input.occurredAt == null ? new Date(now) : validateEventTime(input.occurredAt, 'occurredAt', now);
    const key =
      input.idempotencyKey == null
        ? null
        : cleanText(input.idempotencyKey, {
            field: 'idempotencyKey',
            label: 'idempotencyKey',
            max: 200,
            required: true,
          });
    const byClick = input.clickId != null && input.clickId !== '';
    if (!byClick) {
      if (input.campaignId == null && input.externalId == null)
        throw badInput('clickId', 'Give clickId (the sl_cid parameter), or campaignId and externalId');
      if (input.externalId == null) throw badInput('externalId', 'externalId is required with campaignId');
      if (input.campaignId == null) throw badInput('campaignId', 'campaignId is required with externalId');
      validateExternalId(input.externalId);
    }

    if (key !== null) {
      const first = await this.byKey(this.db.manager, accountId, key);
      if (first) return first;
    }
    const target = byClick
      ? await this.attributeByClick(accountId, input.clickId!, now)
      : await this.attributeByRecipient(accountId, input.campaignId!, input.externalId!);

    let recorded = false;
    const conversion = await this.db
      .transaction(async (tx) => {
        const rows = await tx.query<ConversionRow[]>(INSERT, [
          accountId,
          target.linkId,
          target.campaignId,
          target.recipientId,
          target.clickId,
          name,
          String(value),
          target.currency,
          occurredAt.toISOString(),
          key,
        ]);
        if (!rows[0]) {
          // Another call with this key committed first: its conversion is the answer.
          const first = await this.byKey(tx, accountId, key!);
          if (!first) throw new Error('Idempotency key conflict without a conversion');
          return first;
        }
        const conversion = toConversion(rows[0]);
        let converted = 0;
        if (target.recipientId) {
          const [person] = await tx.query<{ conversions: number }[]>(
            // In a CTE: TypeORM answers a bare UPDATE with [rows, count], not rows.
            `WITH updated AS (
               UPDATE recipients SET conversions = conversions + 1, conversion_value = conversion_value + $2
                WHERE id = $1 RETURNING conversions
             ) SELECT conversions FROM updated`,
            [target.recipientId, String(value)],
          );
          if (person?.conversions === 1) converted = 1;
        }
        if (target.campaignId)
          await addFunnelCounts(tx, target.campaignId, { conversions: 1, conversionValue: value, converted });
        await enqueueWebhookEvents(tx, accountId, WebhookEventType.CONVERSION_RECORDED, [
          {
            conversion: {
              id: conversion.id,
              name: conversion.name,
              value: conversion.value,
              currency: conversion.currency,
              occurredAt: conversion.occurredAt.toISOString(),
              linkId: conversion.linkId,
              clickId: conversion.clickId,
              campaignId: conversion.campaignId,
              recipientExternalId: target.externalId,
            },
          },
        ]);
        recorded = true;
        return conversion;
      })
      .catch((error: unknown) => {
        if (isForeignKeyViolation(error)) throw notFound(byClick ? 'Click' : 'Recipient');
        throw error;
      });
    if (recorded) this.events.committed('campaign.events.recorded', { accountId });
    return conversion;
  }

  private async byKey(q: EntityManager, accountId: string, key: string): Promise<Conversion | null> {
    const rows = await q.query<ConversionRow[]>(
      `SELECT ${COLUMNS} FROM conversions WHERE account_id = $1 AND idempotency_key = $2`,
      [accountId, key],
    );
    return rows[0] ? toConversion(rows[0]) : null;
  }

  /**
   * The click's link (and recipient). A click id minted in the last minutes and not found yet may still
   * be in a writer's queue: it is looked for again, with growing pauses, for up to 3 s.
   */
  private async attributeByClick(accountId: string, clickId: string, now: number): Promise<Attribution> {
    if (!isUuid(clickId)) throw notFound('Click');
    const id = clickId.toLowerCase();
    const find = async () => (await this.db.query<{ linkId: string; clickId: string }[]>(CLICK, [id]))[0];
    let found = await find();
    const minted = uuidv7Time(id);
    if (
      !found &&
      minted !== null &&
      minted > now - CLICK_WAIT.recentMs &&
      minted < now + CLICK_WAIT.aheadMs
    ) {
      const deadline = Date.now() + CLICK_WAIT.maxWaitMs;
      for (let pause = 50; !found && Date.now() < deadline; pause = Math.min(pause * 2, 800)) {
        await sleep(Math.min(pause, Math.max(0, deadline - Date.now())));
        found = await find();
      }
    }
    if (!found) throw notFound('Click');
    // Another account's click is as unknown as a missing one.
    const [link] = await this.links.owned(accountId, [found.linkId]);
    if (!link) throw notFound('Click');
    const [rest] = await this.db.query<Pick<Attribution, 'recipientId' | 'externalId' | 'currency'>[]>(
      OF_LINK,
      [link.id, link.campaignId],
    );
    return { linkId: link.id, campaignId: link.campaignId, clickId: found.clickId, ...rest! };
  }

  private async attributeByRecipient(
    accountId: string,
    campaignId: string,
    externalId: string,
  ): Promise<Attribution> {
    if (!isUuid(campaignId)) throw notFound('Campaign');
    const [row] = await this.db.query<(Omit<Attribution, 'linkId'> & { linkId: string | null })[]>(
      BY_RECIPIENT,
      [campaignId, accountId, externalId],
    );
    if (!row) throw notFound('Campaign');
    if (!row.linkId) throw notFound('Recipient');
    return { ...row, linkId: row.linkId };
  }
}
