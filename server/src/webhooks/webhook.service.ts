import type { DataSource } from 'typeorm';
import { decodeCursor, encodeCursor } from '../shared/pages';
import { badInput, notFound } from '../shared/errors';
import { isUuid } from '../shared/ids';
import { cleanText, pageSize } from '../shared/validation';
import { messageBody } from './webhook-events';
import { generateWebhookSecret, type SecretBox } from './webhook-secret';
import {
  type CreatedWebhook,
  Webhook,
  WebhookDelivery,
  type WebhookDeliveryStatus,
  WebhookEventType,
  type CreateWebhookInput,
  type UpdateWebhookInput,
} from './webhook.types';
import { validateWebhookUrl } from './webhook-url';

/** Endpoints per account: every event is stored once per subscribed endpoint. */
export const MAX_WEBHOOKS_PER_ACCOUNT = 20;
const MAX_DESCRIPTION = 500;

interface WebhookRow {
  id: string;
  account_id: string;
  url: string;
  events: string[];
  enabled: boolean;
  description: string | null;
  created_at: Date;
  disabled_reason: string | null;
}
interface DeliveryRow {
  id: string;
  type: string;
  status: WebhookDeliveryStatus;
  attempts: number;
  last_response_status: number | null;
  last_error: string | null;
  created_at: Date;
  next_attempt_at: Date | null;
  delivered_at: Date | null;
}

const WEBHOOK_COLUMNS = `id, account_id, url, events, enabled, description, created_at, disabled_reason`;
const DELIVERY_COLUMNS = `id, type, status, attempts, last_response_status, last_error, created_at,
  CASE WHEN status = 'PENDING' THEN next_attempt_at END AS next_attempt_at, delivered_at`;

function toWebhook(row: WebhookRow): Webhook {
  return Object.assign(new Webhook(), {
    id: row.id,
    accountId: row.account_id,
    url: row.url,
    events: row.events as WebhookEventType[],
    enabled: row.enabled,
    description: row.description,
    createdAt: row.created_at,
    disabledReason: row.disabled_reason,
  });
}

function toDelivery(row: DeliveryRow): WebhookDelivery {
  return Object.assign(new WebhookDelivery(), {
    id: row.id,
    type: row.type,
    status: row.status,
    attempts: row.attempts,
    lastResponseStatus: row.last_response_status,
    lastError: row.last_error,
    createdAt: row.created_at,
    nextAttemptAt: row.next_attempt_at,
    deliveredAt: row.delivered_at,
  });
}

function validateEvents(events: readonly WebhookEventType[] | null | undefined): WebhookEventType[] {
  const known = new Set<string>(Object.values(WebhookEventType));
  if (!Array.isArray(events) || events.length === 0)
    throw badInput('events', 'Choose at least one event type');
  if (events.some((e) => !known.has(e))) throw badInput('events', 'Unknown event type');
  // Stored in the enum's order, once each.
  return Object.values(WebhookEventType).filter((e) => events.includes(e));
}

const validateDescription = (description: unknown): string | null =>
  cleanText(description, { field: 'description', label: 'The description', max: MAX_DESCRIPTION });

/** Managing an account's webhooks and reading their deliveries. Every query is scoped by account. */
export class WebhookService {
  constructor(
    private readonly db: DataSource,
    private readonly secrets: SecretBox,
    private readonly options: { allowPrivate: boolean; onQueued?: () => void },
  ) {}

  async list(accountId: string): Promise<Webhook[]> {
    const rows: WebhookRow[] = await this.db.query(
      `SELECT ${WEBHOOK_COLUMNS} FROM webhooks WHERE account_id = $1 ORDER BY created_at DESC, id DESC`,
      [accountId],
    );
    return rows.map(toWebhook);
  }

  async get(accountId: string, id: string): Promise<Webhook | null> {
    if (!isUuid(id)) return null;
    const rows: WebhookRow[] = await this.db.query(
      `SELECT ${WEBHOOK_COLUMNS} FROM webhooks WHERE id = $1 AND account_id = $2`,
      [id, accountId],
    );
    return rows[0] ? toWebhook(rows[0]) : null;
  }

  async create(accountId: string, input: CreateWebhookInput): Promise<CreatedWebhook> {
    const url = validateWebhookUrl(input.url, this.options.allowPrivate);
    const events = validateEvents(input.events);
    const description = validateDescription(input.description);
    const secret = generateWebhookSecret();
    // The count and the insert in one statement: concurrent creates cannot pass the limit together
    // by much, and the limit is about load, not exactness.
    const rows: WebhookRow[] = await this.db.query(
      `INSERT INTO webhooks (account_id, url, events, description, secret_sealed)
       SELECT $1, $2, $3, $4, $5
        WHERE (SELECT count(*) FROM webhooks WHERE account_id = $1) < $6
       RETURNING ${WEBHOOK_COLUMNS}`,
      [accountId, url, events, description, this.secrets.seal(secret), MAX_WEBHOOKS_PER_ACCOUNT],
    );
    if (!rows[0]) throw badInput('url', `An account can have at most ${MAX_WEBHOOKS_PER_ACCOUNT} webhooks`);
    return { webhook: toWebhook(rows[0]), secret };
  }

  async update(accountId: string, id: string, input: UpdateWebhookInput): Promise<Webhook> {
    const current = await this.get(accountId, id);
    if (!current) throw notFound('Webhook');
    const url = input.url != null ? validateWebhookUrl(input.url, this.options.allowPrivate) : current.url;
    const events = input.events != null ? validateEvents(input.events) : current.events;
    const description =
      input.description !== undefined ? validateDescription(input.description) : current.description;
    const enabled = input.enabled ?? current.enabled;
    // Turning a webhook on clears why it was turned off and restarts the count of failures in a row.
    const rows: WebhookRow[] = await this.db.query(
      `WITH updated AS (
       UPDATE webhooks
          SET url = $3, events = $4, description = $5, enabled = $6, updated_at = now(),
              disabled_reason = CASE WHEN $6 THEN NULL ELSE disabled_reason END,
              consecutive_failures = CASE WHEN $6 AND NOT enabled THEN 0 ELSE consecutive_failures END
        WHERE id = $1 AND account_id = $2
       RETURNING ${WEBHOOK_COLUMNS}
       ) SELECT * FROM updated`,
      [id, accountId, url, events, description, enabled],
    );
    if (!rows[0]) throw notFound('Webhook');
    // Re-enabled: its waiting messages are due again.
    if (enabled && !current.enabled) this.options.onQueued?.();
    return toWebhook(rows[0]);
  }

  /** Removes the webhook and its deliveries; messages not yet sent are dropped. */
  async delete(accountId: string, id: string): Promise<void> {
    if (!isUuid(id)) throw notFound('Webhook');
    const rows: unknown[] = await this.db.query(
      `WITH deleted AS (DELETE FROM webhooks WHERE id = $1 AND account_id = $2 RETURNING id) SELECT id FROM deleted`,
      [id, accountId],
    );
    if (rows.length === 0) throw notFound('Webhook');
  }

  /** A new secret; the old one stops at once (attempts from now on, retries included, use the new one). */
  async rotateSecret(accountId: string, id: string): Promise<CreatedWebhook> {
    if (!isUuid(id)) throw notFound('Webhook');
    const secret = generateWebhookSecret();
    const rows: WebhookRow[] = await this.db.query(
      `WITH rotated AS (
         UPDATE webhooks SET secret_sealed = $3, updated_at = now() WHERE id = $1 AND account_id = $2
         RETURNING ${WEBHOOK_COLUMNS}
       ) SELECT * FROM rotated`,
      [id, accountId, this.secrets.seal(secret)],
    );
    if (!rows[0]) throw notFound('Webhook');
    return { webhook: toWebhook(rows[0]), secret };
  }

  /** Queues a webhook.test message, sent like any other (even while the webhook is disabled). */
  async sendTest(accountId: string, id: string): Promise<WebhookDelivery> {
    if (!isUuid(id)) throw notFound('Webhook');
    const rows: DeliveryRow[] = await this.db.query(
      `INSERT INTO webhook_deliveries (webhook_id, type, body)
       SELECT w.id, 'webhook.test', $3 FROM webhooks w WHERE w.id = $1 AND w.account_id = $2
       RETURNING ${DELIVERY_COLUMNS}`,
      [id, accountId, messageBody('webhook.test', new Date(), { webhookId: id })],
    );
    if (!rows[0]) throw notFound('Webhook');
    this.options.onQueued?.();
    return toDelivery(rows[0]);
  }

  async deliveries(
    accountId: string,
    args: {
      webhookId: string;
      status?: WebhookDeliveryStatus | null;
      first?: number | null;
      after?: string | null;
    },
  ): Promise<{
    nodes: WebhookDelivery[];
    totalCount: number;
    hasNextPage: boolean;
    endCursor: string | null;
  }> {
    const first = pageSize(args.first);
    const cursor = args.after ? decodeCursor(args.after) : null;
    if (!(await this.get(accountId, args.webhookId))) throw notFound('Webhook');
    const status = args.status ?? null;
    const [{ count }] = (await this.db.query(
      `SELECT count(*)::int AS count FROM webhook_deliveries
        WHERE webhook_id = $1 AND ($2::text IS NULL OR status = $2)`,
      [args.webhookId, status],
    )) as [{ count: number }];
    const rows: DeliveryRow[] = await this.db.query(
      `SELECT ${DELIVERY_COLUMNS} FROM webhook_deliveries
        WHERE webhook_id = $1 AND ($2::text IS NULL OR status = $2)
          AND ($3::timestamptz IS NULL OR (created_at, id) < ($3::timestamptz, $4::uuid))
        ORDER BY created_at DESC, id DESC
        LIMIT $5`,
      [args.webhookId, status, cursor?.createdAt.toISOString() ?? null, cursor?.id ?? null, first + 1],
    );
    const nodes = rows.slice(0, first).map(toDelivery);
    const last = nodes[nodes.length - 1];
    return {
      nodes,
      totalCount: count,
      hasNextPage: rows.length > first,
      endCursor: last ? encodeCursor(last) : null,
    };
  }
}
