import { WebhookEventType, messageType } from './webhook.types';

/**
 * Anything that runs SQL inside the caller's transaction: a pg client, a TypeORM EntityManager or
 * QueryRunner. Events are written through the caller's own connection so that they commit (or roll
 * back) with what they describe.
 */
export interface Sql {
  query(sql: string, params?: unknown[]): Promise<unknown>;
}

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

const iso = (column: string) => `to_char(${column} AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`;

/**
 * click.recorded for every click of a just-written batch, built in SQL from the stored rows: one
 * statement in the click transaction, joined on the accounts' subscribed endpoints, so a product
 * without webhooks writes nothing and sends nothing. `data` keys follow the SPEC's order; the json
 * (not jsonb) builder keeps it.
 */
const ENQUEUE_CLICKS = `
  INSERT INTO webhook_deliveries (webhook_id, type, body, created_at)
  SELECT w.id, 'click.recorded',
         json_build_object(
           'type', 'click.recorded',
           'timestamp', ${iso('c.clicked_at')},
           'data', json_build_object('click', json_build_object(
             'id', c.id::text,
             'linkId', c.link_id,
             'code', l.code,
             'campaignId', NULL,
             'recipientExternalId', NULL,
             'clickedAt', ${iso('c.clicked_at')},
             'classification', c.classification,
             'botAgent', c.bot_agent,
             'country', NULLIF(c.country, ''),
             'region', NULLIF(c.region, ''),
             'city', NULLIF(c.city, ''),
             'browser', c.browser,
             'os', c.os,
             'platform', c.platform,
             'referrer', NULLIF(c.referrer_host, '')
           ))
         )::text,
         c.clicked_at
    FROM clicks c
    JOIN links l ON l.id = c.link_id
    JOIN webhooks w ON w.account_id = l.account_id AND w.enabled AND 'CLICK_RECORDED' = ANY (w.events)
   WHERE c.id = ANY ($1::bigint[])
   ORDER BY c.id, w.id`;

/** Stores click.recorded messages for the given stored clicks, in the caller's (the click batch's) transaction. */
export async function enqueueClickEvents(sql: Sql, clickIds: readonly string[]): Promise<void> {
  if (clickIds.length === 0) return;
  await sql.query(ENQUEUE_CLICKS, [clickIds]);
}
