import type { DataSource } from 'typeorm';
import { badInput, notFound } from '../shared/errors';
import type { EventBus } from '../shared/events';
import type { CampaignEvents } from './campaign.events';
import { isUuid } from '../shared/ids';
import { enqueueWebhookEvents, isSubscribed } from '../webhooks/webhook-events';
import { WebhookEventType } from '../webhooks/webhook.types';
import { atIndex } from './campaign.service';
import type { DeliveryEventInput, RecordDeliveriesResult } from './delivery.inputs';
import { randomShard } from './funnel.counts';
import { DeliveryStatus } from './recipient.entity';
import { validateExternalId } from './recipient.service';

export const MAX_DELIVERY_EVENTS_PER_CALL = 10_000;
/** Clocks differ: a report may be a little ahead of ours, never more. */
export const MAX_FUTURE_MS = 5 * 60_000;
const EARLIEST = Date.UTC(1970, 0, 1);
const REPORTED = new Set<string>([
  DeliveryStatus.SENT,
  DeliveryStatus.DELIVERED,
  DeliveryStatus.READ,
  DeliveryStatus.FAILED,
]);

/** A time no later than 5 minutes from now (and not before 1970), or BAD_USER_INPUT on `field`. */
export function validateEventTime(raw: unknown, field: string, now: number): Date {
  const at = raw instanceof Date ? raw : typeof raw === 'string' ? new Date(raw) : null;
  if (!at || Number.isNaN(at.getTime())) throw badInput(field, `${field} must be an ISO-8601 date-time`);
  if (at.getTime() > now + MAX_FUTURE_MS)
    throw badInput(field, `${field} must not be more than 5 minutes in the future`);
  if (at.getTime() < EARLIEST) throw badInput(field, `${field} must not be before 1970`);
  return at;
}

/**
 * The whole report in one statement (unnest of three arrays), so a call of 10,000 events is one round
 * trip:
 * - `reported`: per externalId, the earliest time of each status in this call;
 * - `old`: the campaign's recipients among them, locked in link order (the click trigger's order);
 * - `next`: merged with what was stored — each time the earliest known, the status by precedence;
 * - `changed`: only rows that differ are written, so replaying a report writes nothing;
 * - the funnel's delivery counts move by the difference of old and new statuses.
 */
const RECORD = `
  WITH ev AS (
    SELECT e.external_id, e.status, e.at, e.n
      FROM unnest($2::text[], $3::text[], $4::timestamptz[]) WITH ORDINALITY AS e(external_id, status, at, n)
  ), reported AS (
    SELECT external_id, min(n) AS first_n, count(*) AS events,
           min(at) FILTER (WHERE status = 'SENT') AS sent_at,
           min(at) FILTER (WHERE status = 'DELIVERED') AS delivered_at,
           min(at) FILTER (WHERE status = 'READ') AS read_at,
           min(at) FILTER (WHERE status = 'FAILED') AS failed_at
      FROM ev GROUP BY external_id
  ), old AS (
    SELECT r.id, r.external_id, r.status, r.sent_at, r.delivered_at, r.read_at, r.failed_at, r.first_clicked_at
      FROM recipients r
     WHERE r.campaign_id = $1 AND r.external_id IN (SELECT external_id FROM reported)
     ORDER BY r.link_id FOR UPDATE
  ), merged AS (
    SELECT o.id, o.status AS old_status, o.delivered_at AS old_delivered_at, o.first_clicked_at,
           least(o.sent_at, p.sent_at) AS sent_at, least(o.delivered_at, p.delivered_at) AS delivered_at,
           least(o.read_at, p.read_at) AS read_at, least(o.failed_at, p.failed_at) AS failed_at
      FROM old o JOIN reported p ON p.external_id = o.external_id
  ), next AS (
    SELECT m.*, CASE WHEN m.read_at IS NOT NULL THEN 'READ'
                     WHEN m.delivered_at IS NOT NULL THEN 'DELIVERED'
                     WHEN m.failed_at IS NOT NULL THEN 'FAILED'
                     WHEN m.sent_at IS NOT NULL THEN 'SENT'
                     ELSE 'PENDING' END AS status
      FROM merged m
  ), changed AS (
    UPDATE recipients r
       SET status = n.status, sent_at = n.sent_at, delivered_at = n.delivered_at, read_at = n.read_at,
           failed_at = n.failed_at
      FROM next n
     WHERE r.id = n.id
       AND (r.status, r.sent_at, r.delivered_at, r.read_at, r.failed_at)
           IS DISTINCT FROM (n.status, n.sent_at, n.delivered_at, n.read_at, n.failed_at)
    RETURNING r.id
  ), delta AS (
    SELECT count(*) FILTER (WHERE status IN ('SENT', 'DELIVERED', 'READ'))
             - count(*) FILTER (WHERE old_status IN ('SENT', 'DELIVERED', 'READ')) AS sent,
           count(*) FILTER (WHERE status IN ('DELIVERED', 'READ'))
             - count(*) FILTER (WHERE old_status IN ('DELIVERED', 'READ')) AS delivered,
           count(*) FILTER (WHERE status = 'READ') - count(*) FILTER (WHERE old_status = 'READ') AS read,
           count(*) FILTER (WHERE status = 'FAILED') - count(*) FILTER (WHERE old_status = 'FAILED') AS failed,
           count(*) FILTER (WHERE first_clicked_at IS NOT NULL
                              AND delivered_at IS DISTINCT FROM old_delivered_at) AS moved
      FROM next
  ), counted AS (
    INSERT INTO campaign_funnel_counts AS f (campaign_id, shard, sent, delivered, read, failed, timing_version)
    SELECT $1, $5, sent, delivered, read, failed, moved FROM delta
     WHERE (sent, delivered, read, failed, moved) <> (0, 0, 0, 0, 0)
    ON CONFLICT (campaign_id, shard) DO UPDATE
      SET sent = f.sent + EXCLUDED.sent, delivered = f.delivered + EXCLUDED.delivered,
          read = f.read + EXCLUDED.read, failed = f.failed + EXCLUDED.failed,
          timing_version = f.timing_version + EXCLUDED.timing_version
  )
  SELECT (SELECT coalesce(sum(p.events), 0)::int FROM reported p JOIN old o ON o.external_id = p.external_id)
           AS accepted,
         (SELECT coalesce(array_agg(p.external_id ORDER BY p.first_n), '{}')
            FROM reported p WHERE NOT EXISTS (SELECT 1 FROM old o WHERE o.external_id = p.external_id))
           AS unknown,
         (SELECT count(*)::int FROM changed) AS changed`;

/** Delivery reports: recipients' status and send/deliver/read/fail times, and the funnel's counts. */
export class DeliveryService {
  constructor(
    private readonly db: DataSource,
    private readonly events: EventBus<CampaignEvents>,
  ) {}

  /**
   * Applies a report, all or nothing. Calls on one campaign run one at a time (the campaign row is
   * locked, as addRecipients does), so the funnel's counts move by exactly what each call changed.
   */
  async record(
    accountId: string,
    campaignId: string,
    events: DeliveryEventInput[],
    now = Date.now(),
  ): Promise<RecordDeliveriesResult & { changed: number }> {
    if (!isUuid(campaignId)) throw notFound('Campaign');
    if (!Array.isArray(events) || events.length < 1 || events.length > MAX_DELIVERY_EVENTS_PER_CALL)
      throw badInput(
        'events',
        `Send 1 to ${MAX_DELIVERY_EVENTS_PER_CALL.toLocaleString('en')} events a call`,
      );
    const externalIds: string[] = new Array<string>(events.length);
    const statuses: string[] = new Array<string>(events.length);
    const times: string[] = new Array<string>(events.length);
    events.forEach((event, i) => {
      try {
        externalIds[i] = validateExternalId(event?.externalId);
        if (typeof event.status !== 'string' || !REPORTED.has(event.status))
          throw badInput('status', 'status must be SENT, DELIVERED, READ or FAILED');
        statuses[i] = event.status;
        times[i] = validateEventTime(event.at, 'at', now).toISOString();
      } catch (error) {
        throw atIndex(error, i);
      }
    });

    const result = await this.db.transaction(async (tx) => {
      const found: unknown[] = await tx.query(
        `SELECT 1 FROM campaigns WHERE id = $1 AND account_id = $2 FOR NO KEY UPDATE`,
        [campaignId, accountId],
      );
      if (found.length === 0) throw notFound('Campaign');
      const [row] = await tx.query<{ accepted: number; unknown: string[]; changed: number }[]>(RECORD, [
        campaignId,
        externalIds,
        statuses,
        times,
        randomShard(),
      ]);
      const { accepted, unknown, changed } = row!;
      // One message per accepted event, replays included (receivers deduplicate on their content).
      if (accepted > 0 && (await isSubscribed(tx, accountId, WebhookEventType.DELIVERY_RECORDED))) {
        const skipped = new Set(unknown);
        const data = [];
        for (let i = 0; i < events.length; i++)
          if (!skipped.has(externalIds[i]!))
            data.push({
              delivery: { campaignId, externalId: externalIds[i], status: statuses[i], at: times[i] },
            });
        await enqueueWebhookEvents(tx, accountId, WebhookEventType.DELIVERY_RECORDED, data);
      }
      return { accepted, unknownExternalIds: unknown, changed };
    });
    this.events.committed('campaign.events.recorded', { accountId });
    return result;
  }
}
