import { randomUUID } from 'node:crypto';
import type { lookup as dnsLookup } from 'node:dns';
import type { DataSource } from 'typeorm';
import type { SecretBox } from './webhook-secret';
import { sendWebhook, type AttemptResult } from './webhook-sender';

export interface DispatcherOptions {
  /** Seconds to wait before each retry; attempts = 1 + retryDelays.length. */
  retryDelays: number[];
  /** Deliveries ending FAILED in a row that disable a webhook. */
  maxConsecutiveFailures: number;
  allowPrivate: boolean;
  timeoutMs?: number;
  /** How often the outbox is polled for due messages (other replicas' events, retries). */
  pollIntervalMs?: number;
  /** Attempts in flight per webhook in this process, so one slow receiver cannot starve the others. */
  perWebhookConcurrency?: number;
  /** Attempts in flight in this process. */
  maxInFlight?: number;
  resolve?: typeof dnsLookup;
  /** Told of each delivered message's lag, from the event to the receiver's 2xx. */
  observeLag?: (seconds: number) => void;
  onError?: (error: unknown) => void;
}

export interface DispatcherStats {
  succeeded: number;
  /** Failed attempts that will be retried. */
  retrying: number;
  /** Messages whose last attempt failed. */
  failed: number;
  inFlight: number;
}

interface Claimed {
  id: string;
  webhook_id: string;
  body: string;
  attempts: number;
  created_at: Date;
  url: string;
  secret_sealed: string;
  consecutive_failures: number;
}

interface Outcome {
  claim: Claimed;
  token: string;
  result: AttemptResult;
  at: Date;
}

/*
 * The claim: per webhook, its oldest due messages up to the free slots this process has for it, locked
 * with SKIP LOCKED so that a replica claiming at the same moment takes other rows. A claim moves
 * next_attempt_at past the attempt's longest possible duration (a lease) and stamps a token: should this
 * process die mid-attempt, the message falls due again when the lease ends, and only the claimer's
 * result is ever recorded. Test messages go out even to a disabled webhook.
 */
const CLAIM = `
  WITH free AS (SELECT * FROM unnest($3::uuid[], $4::int[]) AS f(webhook_id, slots)),
  picked AS (
    SELECT d.id, d.next_attempt_at
      FROM webhooks w
      LEFT JOIN free f ON f.webhook_id = w.id
      CROSS JOIN LATERAL (
        SELECT d.id, d.next_attempt_at FROM webhook_deliveries d
         WHERE d.webhook_id = w.id AND d.status = 'PENDING' AND d.next_attempt_at <= now()
           AND (w.enabled OR d.type = 'webhook.test')
         ORDER BY d.next_attempt_at
         LIMIT COALESCE(f.slots, $5)
      ) d
     WHERE COALESCE(f.slots, $5) > 0
     ORDER BY d.next_attempt_at
     LIMIT $2
  ),
  locked AS (
    SELECT d.id FROM webhook_deliveries d
     WHERE d.id IN (SELECT id FROM picked) AND d.status = 'PENDING' AND d.next_attempt_at <= now()
       FOR UPDATE OF d SKIP LOCKED
  ),
  claimed AS (
    UPDATE webhook_deliveries d
       SET next_attempt_at = now() + $6::int * interval '1 millisecond', claim_token = $1
      FROM webhooks w
     WHERE d.id IN (SELECT id FROM locked) AND w.id = d.webhook_id
    RETURNING d.id, d.webhook_id, d.body, d.attempts, d.created_at, w.url, w.secret_sealed,
              w.consecutive_failures
  )
  SELECT * FROM claimed`;

// (UPDATEs are wrapped in WITH … SELECT: TypeORM's query() answers a bare UPDATE with [rows, count].)
const RECORD = `
  WITH recorded AS (
  UPDATE webhook_deliveries d
     SET attempts = d.attempts + 1,
         status = r.status,
         last_response_status = r.http_status,
         last_error = r.error,
         next_attempt_at = CASE WHEN r.status = 'PENDING' THEN r.at + r.delay_ms * interval '1 millisecond' END,
         delivered_at = CASE WHEN r.status = 'SUCCEEDED' THEN r.at END,
         claim_token = NULL
    FROM unnest($1::uuid[], $2::uuid[], $3::text[], $4::int[], $5::text[], $6::float8[], $7::timestamptz[])
      AS r(id, token, status, http_status, error, delay_ms, at)
   WHERE d.id = r.id AND d.claim_token = r.token
  RETURNING d.id
  ) SELECT id FROM recorded`;

// Deliveries that ended FAILED in a row, per webhook; the count restarts at a success. Reaching the
// limit disables the webhook (once: the reason of the first disabling stays).
const COUNT_FAILURES = `
  UPDATE webhooks w
     SET consecutive_failures = CASE WHEN u.reset THEN u.failed ELSE w.consecutive_failures + u.failed END,
         enabled = w.enabled AND (CASE WHEN u.reset THEN u.failed ELSE w.consecutive_failures + u.failed END) < $4,
         disabled_reason = CASE
           WHEN w.enabled AND (CASE WHEN u.reset THEN u.failed ELSE w.consecutive_failures + u.failed END) >= $4
           THEN u.reason ELSE w.disabled_reason END,
         updated_at = CASE
           WHEN w.enabled AND (CASE WHEN u.reset THEN u.failed ELSE w.consecutive_failures + u.failed END) >= $4
           THEN now() ELSE w.updated_at END
    FROM unnest($1::uuid[], $2::boolean[], $3::int[], $5::text[]) AS u(id, reset, failed, reason)
   WHERE w.id = u.id`;

/**
 * Sends the outbox: claims due messages, posts them with bounded concurrency, records each attempt's
 * outcome in batches, schedules retries and disables webhooks that keep failing. Every replica runs
 * one; the claim keeps them from sending the same attempt twice.
 */
export class WebhookDispatcher {
  readonly stats: DispatcherStats = { succeeded: 0, retrying: 0, failed: 0, inFlight: 0 };
  private readonly timeoutMs: number;
  private readonly pollIntervalMs: number;
  private readonly perWebhook: number;
  private readonly maxInFlight: number;
  private readonly leaseMs: number;
  private readonly inFlightByWebhook = new Map<string, number>();
  private readonly sending = new Set<Promise<void>>();
  private outcomes: Outcome[] = [];
  private timer: NodeJS.Timeout | null = null;
  private timerDue = 0;
  private running: Promise<void> | null = null;
  private again = false;
  private stopped = true;
  private failingSince = 0;

  constructor(
    private readonly db: DataSource,
    private readonly secrets: SecretBox,
    readonly options: DispatcherOptions,
  ) {
    this.timeoutMs = options.timeoutMs ?? 10_000;
    this.pollIntervalMs = options.pollIntervalMs ?? 500;
    this.perWebhook = options.perWebhookConcurrency ?? 32;
    this.maxInFlight = options.maxInFlight ?? 256;
    // Longer than any attempt (timeout) plus the wait to record it.
    this.leaseMs = this.timeoutMs + 20_000;
  }

  start(): void {
    this.stopped = false;
    this.schedule(0);
  }

  /** Messages were just stored in this process: look now rather than at the next poll. */
  nudge(): void {
    if (!this.stopped) this.schedule(0);
  }

  /** Claims nothing more; waits for attempts in flight and records them. */
  async stop(timeoutMs = this.timeoutMs + 2_000): Promise<void> {
    this.stopped = true;
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    const deadline = Date.now() + timeoutMs;
    // A claim under way launches its attempts: wait for it first, then for every attempt in flight.
    await this.running;
    while (this.sending.size > 0 && Date.now() < deadline) {
      let timer: NodeJS.Timeout | undefined;
      await Promise.race([
        Promise.allSettled([...this.sending]),
        new Promise((r) => (timer = setTimeout(r, deadline - Date.now()))),
      ]);
      clearTimeout(timer);
    }
    await this.record().catch((error: unknown) => this.options.onError?.(error));
  }

  private schedule(delayMs: number): void {
    if (this.running) {
      if (delayMs < this.pollIntervalMs) this.again = true;
      return;
    }
    const due = Date.now() + delayMs;
    if (this.timer && this.timerDue <= due) return;
    if (this.timer) clearTimeout(this.timer);
    this.timerDue = due;
    this.timer = setTimeout(() => {
      this.timer = null;
      this.running = this.tick().finally(() => {
        this.running = null;
        if (this.stopped) return;
        const again = this.again;
        this.again = false;
        // Back off while the database is away, up to 5 s.
        const backoff = this.failingSince ? Math.min(5_000, 250 * 2 ** this.failingSince) : 0;
        this.schedule(backoff || (again ? 0 : this.pollIntervalMs));
      });
    }, delayMs);
    this.timer.unref();
  }

  private async tick(): Promise<void> {
    try {
      await this.record();
      if (!this.stopped) await this.claimAndSend();
      this.failingSince = 0;
    } catch (error) {
      this.failingSince++;
      this.options.onError?.(error);
    }
  }

  private async claimAndSend(): Promise<void> {
    const room = this.maxInFlight - this.stats.inFlight;
    if (room <= 0) return;
    const busy = [...this.inFlightByWebhook.entries()];
    const token = randomUUID();
    const claimed: Claimed[] = await this.db.query(CLAIM, [
      token,
      room,
      busy.map(([id]) => id),
      busy.map(([, n]) => Math.max(0, this.perWebhook - n)),
      this.perWebhook,
      this.leaseMs,
    ]);
    for (const claim of claimed) this.launch(claim, token);
    // A full claim means more may be due at once.
    if (claimed.length === room) this.again = true;
  }

  private launch(claim: Claimed, token: string): void {
    this.stats.inFlight++;
    this.inFlightByWebhook.set(claim.webhook_id, (this.inFlightByWebhook.get(claim.webhook_id) ?? 0) + 1);
    const secret = this.secrets.open(claim.secret_sealed);
    const attempt: Promise<AttemptResult> = secret
      ? sendWebhook({
          url: claim.url,
          id: claim.id,
          body: claim.body,
          secret,
          allowPrivate: this.options.allowPrivate,
          timeoutMs: this.timeoutMs,
          resolve: this.options.resolve,
        })
      : Promise.resolve({
          ok: false,
          status: null,
          error: 'The signing secret cannot be read (SESSION_SECRET changed?): rotate the secret',
        });
    const done = attempt
      .catch((error: unknown) => ({ ok: false, status: null, error: String(error) }) as AttemptResult)
      .then((result) => {
        this.outcomes.push({ claim, token, result, at: new Date() });
        this.stats.inFlight--;
        const left = (this.inFlightByWebhook.get(claim.webhook_id) ?? 1) - 1;
        if (left > 0) this.inFlightByWebhook.set(claim.webhook_id, left);
        else this.inFlightByWebhook.delete(claim.webhook_id);
        this.sending.delete(done);
        // Record soon, in a batch with the others finishing now.
        // Record (and claim more) at once: outcomes arriving while a tick runs are batched into the next.
        if (!this.stopped) this.schedule(0);
      });
    this.sending.add(done);
  }

  /** Writes the outcomes gathered so far in two statements; kept for the next try if the database is away. */
  private async record(): Promise<void> {
    if (this.outcomes.length === 0) return;
    const batch = this.outcomes;
    this.outcomes = [];
    const delays = this.options.retryDelays;
    const rows = batch.map(({ claim, token, result, at }) => {
      const attempt = claim.attempts + 1;
      const status = result.ok ? 'SUCCEEDED' : attempt > delays.length ? 'FAILED' : 'PENDING';
      return {
        claim,
        token,
        result,
        at,
        status,
        delayMs: status === 'PENDING' ? delays[attempt - 1]! * 1000 : 0,
      };
    });
    const params = [
      rows.map((r) => r.claim.id),
      rows.map((r) => r.token),
      rows.map((r) => r.status),
      rows.map((r) => r.result.status),
      rows.map((r) => r.result.error?.slice(0, 500) ?? null),
      rows.map((r) => r.delayMs),
      rows.map((r) => r.at.toISOString()),
    ];
    // The failure count changes only when a delivery ended FAILED, or succeeded after failures.
    const countChanges = rows.some(
      (r) => r.status === 'FAILED' || (r.status === 'SUCCEEDED' && r.claim.consecutive_failures > 0),
    );
    let mine = new Set<string>();
    try {
      if (!countChanges) {
        const updated: { id: string }[] = await this.db.query(RECORD, params);
        mine = new Set(updated.map((u) => u.id));
      } else
        await this.db.transaction(async (m) => {
          const updated: { id: string }[] = await m.query(RECORD, params);
          mine = new Set(updated.map((u) => u.id));
          await this.countFailures(
            m,
            rows.filter((r) => mine.has(r.claim.id)),
          );
        });
    } catch (error) {
      this.outcomes = batch.concat(this.outcomes);
      throw error;
    }
    for (const row of rows) {
      if (!mine.has(row.claim.id)) continue;
      if (row.status === 'SUCCEEDED') {
        this.stats.succeeded++;
        this.options.observeLag?.((row.at.getTime() - new Date(row.claim.created_at).getTime()) / 1000);
      } else if (row.status === 'FAILED') this.stats.failed++;
      else this.stats.retrying++;
    }
  }

  /** Deliveries that ended FAILED in a row, per webhook, in the order they finished. */
  private async countFailures(
    sql: { query(sql: string, params?: unknown[]): Promise<unknown> },
    rows: { claim: Claimed; status: string; result: AttemptResult }[],
  ): Promise<void> {
    const perWebhook = new Map<string, { reset: boolean; failed: number; lastError: string }>();
    for (const row of rows) {
      if (row.status === 'PENDING') continue;
      const entry = perWebhook.get(row.claim.webhook_id) ?? { reset: false, failed: 0, lastError: '' };
      if (row.status === 'SUCCEEDED') {
        entry.reset = true;
        entry.failed = 0;
      } else {
        entry.failed++;
        entry.lastError = row.result.error ?? '';
      }
      perWebhook.set(row.claim.webhook_id, entry);
    }
    if (perWebhook.size === 0) return;
    const max = this.options.maxConsecutiveFailures;
    const entries = [...perWebhook.entries()];
    await sql.query(COUNT_FAILURES, [
      entries.map(([id]) => id),
      entries.map(([, e]) => e.reset),
      entries.map(([, e]) => e.failed),
      max,
      entries.map(([, e]) =>
        `Disabled after ${max} deliveries in a row failed (last error: ${e.lastError})`.slice(0, 500),
      ),
    ]);
  }
}
