import { clickRecordedPayload, selectClickFields, type Click } from '../clicks/click';
import type { Queryable } from '../shared/events';
import { type WebhookEventType, messageType } from './webhook.types';

/**
 * Events are written through the caller's own connection (a transaction hook's `tx`, a TypeORM
 * EntityManager) so that they commit, or roll back, with what they describe.
 */
export type Sql = Pick<Queryable, 'query'>;

/** The message body: `{"type", "timestamp", "data"}`, stored once so that every attempt sends the same bytes. */
export function messageBody(type: string, timestamp: Date, data: unknown): string {
  return JSON.stringify({ type, timestamp: timestamp.toISOString(), data });
}

// One row per (event, enabled endpoint of the account subscribed to it); no endpoint, no row.
const ENQUEUE = `
  INSERT INTO webhook_deliveries (webhook_id, type, body)
  SELECT w.id, $3, b.body
    FROM webhooks w CROSS JOIN unnest($4::text[]) WITH ORDINALITY AS b(body, n)
   WHERE w.account_id = $1 AND w.enabled AND $2 = ANY (w.events)
   ORDER BY b.n, w.id`;

/**
 * Stores one message per item of `data` for every enabled webhook of the account subscribed to
 * `event`, in the caller's transaction. The API for every domain that produces events
 * (conversions, delivery reports, link changes): call it inside the transaction that writes the fact.
 */
export async function enqueueWebhookEvents(
  sql: Sql,
  accountId: string,
  event: WebhookEventType,
  data: readonly unknown[],
  occurredAt: Date = new Date(),
): Promise<void> {
  if (data.length === 0) return;
  const type = messageType(event);
  await sql.query(ENQUEUE, [accountId, event, type, data.map((d) => messageBody(type, occurredAt, d))]);
}

/**
 * Whether any enabled webhook of the account takes `event`: a producer with thousands of messages to
 * build asks first, so an account without one builds none.
 */
export async function isSubscribed(sql: Sql, accountId: string, event: WebhookEventType): Promise<boolean> {
  const rows = await sql.query(
    `SELECT 1 FROM webhooks WHERE account_id = $1 AND enabled AND $2 = ANY (events) LIMIT 1`,
    [accountId, event],
  );
  return rows.length > 0;
}

/** `data.link` of link.created and link.updated. */
export interface LinkEventLink {
  id: string;
  code: string;
  destinationUrl: string;
  title: string | null;
  expiresAt: Date | null;
  createdAt: Date;
  updatedAt: Date;
  campaignId?: string | null;
}

export function linkEventData(link: LinkEventLink, shortUrl: string) {
  return {
    link: {
      id: link.id,
      code: link.code,
      shortUrl,
      destinationUrl: link.destinationUrl,
      title: link.title,
      expiresAt: link.expiresAt?.toISOString() ?? null,
      campaignId: link.campaignId ?? null,
      createdAt: link.createdAt.toISOString(),
      updatedAt: link.updatedAt.toISOString(),
    },
  };
}

// Every field of the model: clickRecordedPayload picks what the message carries.
const CLICK_FIELDS = [
  'id',
  'clickId',
  'linkId',
  'clickedAt',
  'classification',
  'country',
  'region',
  'city',
  'latitude',
  'longitude',
  'browser',
  'browserVersion',
  'os',
  'platform',
  'referrerHost',
  'botAgent',
  'ipPrefix',
  'userAgent',
] as const satisfies readonly (keyof Click)[];

/**
 * The batch's clicks whose account has an enabled webhook subscribed to click.recorded, with those
 * webhooks: an account without one joins nothing, so its clicks cost this one indexed query.
 */
const SUBSCRIBED_CLICKS = `
  SELECT ${selectClickFields(CLICK_FIELDS)}, l.code AS "code", l.campaign_id AS "campaignId",
         r.external_id AS "recipientExternalId", array_agg(w.id ORDER BY w.id)::text[] AS "webhookIds"
    FROM clicks c
    JOIN links l ON l.id = c.link_id
    JOIN webhooks w ON w.account_id = l.account_id AND w.enabled AND 'CLICK_RECORDED' = ANY (w.events)
    LEFT JOIN recipients r ON r.link_id = l.id
   WHERE c.id = ANY ($1::bigint[])
   GROUP BY c.id, l.code, l.campaign_id, r.external_id
   ORDER BY c.id`;

const INSERT_MESSAGES = `
  INSERT INTO webhook_deliveries (webhook_id, type, body, created_at)
  SELECT m.webhook_id, $1, m.body, m.created_at
    FROM unnest($2::uuid[], $3::text[], $4::timestamptz[]) AS m(webhook_id, body, created_at)`;

/**
 * Stores click.recorded messages for the given stored clicks, in the caller's (the click batch's)
 * transaction. The payload is the click model's (clickRecordedPayload); the message time is the click's.
 */
export async function enqueueClickEvents(sql: Queryable, clickIds: readonly string[]): Promise<void> {
  if (clickIds.length === 0) return;
  const rows = await sql.query<
    Click & {
      code: string;
      campaignId: string | null;
      recipientExternalId: string | null;
      webhookIds: string[];
    }
  >(SUBSCRIBED_CLICKS, [clickIds]);
  if (rows.length === 0) return;
  const webhookIds: string[] = [];
  const bodies: string[] = [];
  const times: string[] = [];
  for (const row of rows) {
    const clickedAt = new Date(row.clickedAt);
    const click = clickRecordedPayload(
      { ...row, clickedAt },
      { code: row.code, campaignId: row.campaignId, recipientExternalId: row.recipientExternalId },
    );
    const body = messageBody('click.recorded', clickedAt, { click });
    for (const webhookId of row.webhookIds) {
      webhookIds.push(webhookId);
      bodies.push(body);
      times.push(clickedAt.toISOString());
    }
  }
  await sql.query(INSERT_MESSAGES, ['click.recorded', webhookIds, bodies, times]);
}
