import { randomUUID } from 'node:crypto';
import type { Pool } from 'pg';
import type { EventBus } from '../shared/events';
import {
  asStored,
  INSERT_CLICKS_SQL,
  insertClicksParams,
  type CapturedClick,
  type Classification,
} from './click';
import { AGGREGATED_BY_WRITER, aggregateBatch, LINK_AGGREGATES, writeAggregates } from './click-aggregates';
import type { ClickEvents, RecordedClick } from './click.events';

export interface ClickWriterOptions<Q> {
  /** Flush when this many clicks are queued… */
  maxBatch?: number;
  /** …or this long after the first one arrived, whichever comes first. */
  flushIntervalMs?: number;
  /**
   * Past this many queued clicks (a long database outage), new clicks are dropped and counted in
   * `stats.dropped`. Each queued click holds its header strings, ~0.5 KB, so 250,000 is ~125 MB.
   */
  maxQueued?: number;
  /** Turns a queued item into the stored click, at write time (off the redirect's response path). */
  prepare?: (item: Q) => CapturedClick;
  onError?: (error: unknown) => void;
  /** Told of every batch: inside its transaction (hooks) and after its COMMIT (listeners). */
  events?: EventBus<ClickEvents>;
}

export interface ClickWriterStats {
  queued: number;
  written: number;
  dropped: number;
  failedFlushes: number;
}

export const DEFAULT_MAX_QUEUED_CLICKS = 250_000;

// A batch's id is claimed in its own transaction, so a retry after a lost COMMIT acknowledgement
// (the connection died between commit and reply) finds it and writes nothing twice.
const CLAIM_BATCH = `INSERT INTO click_batches (id) VALUES ($1) ON CONFLICT DO NOTHING RETURNING id`;
const PRUNE_BATCHES = `DELETE FROM click_batches WHERE written_at < now() - interval '1 day'`;

// The batch's links, locked against deletion until commit: clicks of a link deleted meanwhile are
// skipped, not an error, and the aggregates count exactly the clicks inserted.
const LOCK_LINKS = `SELECT id FROM links WHERE id = ANY($1::uuid[]) ORDER BY id FOR KEY SHARE`;

const INSERT_VISITORS = `
  INSERT INTO link_visitors (link_id, visitor)
  SELECT u.link_id, u.visitor FROM unnest($1::uuid[], $2::text[]) AS u(link_id, visitor)
  ON CONFLICT DO NOTHING
  RETURNING link_id, visitor`;

/**
 * Queues clicks in memory and writes them in multi-row statements, so a redirect never waits on the
 * database. Uniqueness is decided inside the write transaction by the link_visitors primary key: of
 * all clicks racing for one (link, visitor) — in one batch, or in batches of other writers and
 * processes — exactly one inserts the key and is UNIQUE. A failed batch (database away, pool timeout,
 * deadlock) is rolled back whole and retried with backoff; the queue is kept meanwhile, up to
 * `maxQueued`.
 */
export class ClickWriter<Q = CapturedClick> {
  private queue: Q[] = [];
  private timer: NodeJS.Timeout | null = null;
  private flushing: Promise<void> | null = null;
  private readonly maxBatch: number;
  private readonly flushIntervalMs: number;
  private readonly maxQueued: number;
  private readonly prepare: (item: Q) => CapturedClick;
  private retryDelayMs = 0;
  /** No flush before this time (epoch ms): the backoff after a failed batch. */
  private retryAt = 0;
  private timerDueAt = 0;
  private lastPrune = 0;
  /** The batch at the head of the queue keeps its id across retries (see CLAIM_BATCH). */
  private headBatch: { id: string; size: number; clicks: CapturedClick[] } | null = null;
  readonly stats: ClickWriterStats = { queued: 0, written: 0, dropped: 0, failedFlushes: 0 };

  /**
   * Talks to the pg pool directly, so a failed batch is not logged with every parameter (user agents,
   * address prefixes) and a broken connection is discarded, not reused.
   */
  constructor(
    private readonly pool: Pool,
    private readonly options: ClickWriterOptions<Q> = {},
  ) {
    this.maxBatch = options.maxBatch ?? 500;
    this.flushIntervalMs = options.flushIntervalMs ?? 50;
    this.maxQueued = options.maxQueued ?? DEFAULT_MAX_QUEUED_CLICKS;
    this.prepare = options.prepare ?? ((item) => item as unknown as CapturedClick);
  }

  enqueue(click: Q): void {
    if (this.queue.length >= this.maxQueued) {
      this.stats.dropped++;
      return;
    }
    this.queue.push(click);
    this.stats.queued = this.queue.length;
    if (this.queue.length >= this.maxBatch) this.kick(0);
    else this.kick(this.flushIntervalMs);
  }

  get pending(): number {
    return this.queue.length;
  }

  /**
   * Arms the flush timer. An armed timer is only ever brought forward, never pushed back: a retry
   * rescheduled by every new click would never fire while clicks arrive faster than its delay. After
   * a failure nothing is due before the backoff has passed (`retryAt`).
   */
  private kick(delayMs: number): void {
    if (this.flushing) return;
    const dueAt = Math.max(Date.now() + delayMs, this.retryAt);
    if (this.timer && this.timerDueAt <= dueAt) return;
    if (this.timer) clearTimeout(this.timer);
    this.timerDueAt = dueAt;
    this.timer = setTimeout(() => {
      this.timer = null;
      void this.flush();
    }, dueAt - Date.now());
    this.timer.unref();
  }

  /** Writes everything queued so far; resolves when the queue is empty or a write failed. */
  async flush(): Promise<void> {
    if (this.flushing) return this.flushing;
    if (this.timer) {
      clearTimeout(this.timer);
      this.timer = null;
    }
    this.flushing = (async () => {
      while (this.queue.length > 0) {
        if (!this.headBatch) {
          const items = this.queue.slice(0, this.maxBatch);
          this.headBatch = { id: randomUUID(), size: items.length, clicks: await this.prepareAll(items) };
        }
        const batch = this.headBatch;
        try {
          await this.write(batch.id, batch.clicks);
          this.queue.splice(0, batch.size);
          this.headBatch = null;
          this.stats.written += batch.clicks.length;
          this.retryDelayMs = 0;
          this.retryAt = 0;
        } catch (error) {
          this.stats.failedFlushes++;
          this.retryDelayMs = Math.min(Math.max(this.retryDelayMs * 2, 100), 5000);
          this.retryAt = Date.now() + this.retryDelayMs;
          this.options.onError?.(error);
          break;
        } finally {
          this.stats.queued = this.queue.length;
        }
      }
    })();
    try {
      await this.flushing;
    } finally {
      this.flushing = null;
      if (this.queue.length > 0) this.kick(this.flushIntervalMs);
    }
  }

  /** Flushes until the queue is empty or `timeoutMs` has passed; true when everything was written. */
  async drain(timeoutMs = 10_000): Promise<boolean> {
    const deadline = Date.now() + timeoutMs;
    while (this.queue.length > 0 && Date.now() < deadline) {
      await this.flush();
      if (this.queue.length > 0)
        await new Promise((r) => setTimeout(r, Math.min(this.retryDelayMs || 50, 1000)));
    }
    return this.queue.length === 0;
  }

  /** Prepares a batch in slices, yielding in between so redirects are answered meanwhile. */
  private async prepareAll(items: Q[]): Promise<CapturedClick[]> {
    const clicks: CapturedClick[] = [];
    for (let i = 0; i < items.length; i++) {
      if (i > 0 && i % 100 === 0) await new Promise((r) => setImmediate(r));
      const item = items[i]!;
      try {
        clicks.push(this.prepare(item));
      } catch (error) {
        // One malformed click must not block the queue behind it.
        this.stats.dropped++;
        this.options.onError?.(error);
      }
    }
    return clicks;
  }

  private async write(batchId: string, captured: CapturedClick[]): Promise<void> {
    const client = await this.pool.connect();
    let failure: Error | undefined;
    // A connection dying while checked out emits 'error' on the client; unheard, it would end the process.
    const onConnectionError = (error: Error) => (failure ??= error);
    client.on('error', onConnectionError);
    const query = async <R>(sql: string, params: unknown[] = []): Promise<R[]> =>
      (await client.query(sql, params)).rows as R[];
    let committed: RecordedClick[] = [];
    try {
      await client.query('BEGIN');
      const claimed = await query(CLAIM_BATCH, [batchId]);
      if (claimed.length === 0) {
        // Written by an earlier attempt whose COMMIT reply was lost.
        await client.query('COMMIT');
        return;
      }
      await client.query(AGGREGATED_BY_WRITER);
      const linkIds = [...new Set(captured.map((c) => c.linkId))];
      const live = new Set((await query<{ id: string }>(LOCK_LINKS, [linkIds])).map((r) => r.id));
      const batch = live.size === linkIds.length ? captured : captured.filter((c) => live.has(c.linkId));
      const fresh = await this.claimVisitors(query, batch);
      // In arrival order: the first click holding a fresh key is UNIQUE, and all its keys are then spent.
      const classes: Classification[] = batch.map((c) => {
        if (!c.visitorKey) return 'BOT';
        const unique = fresh.has(`${c.linkId}|${c.visitorKey}`);
        for (const key of [c.visitorKey, ...c.alsoKnownAs]) fresh.delete(`${c.linkId}|${key}`);
        return unique ? 'UNIQUE' : 'REPEAT';
      });
      // As stored (text cut to its columns): the aggregates group what the trigger would read back.
      const stored = batch.map((click, i) => asStored({ ...click, classification: classes[i]! }));
      const recorded =
        stored.length === 0
          ? []
          : await query<RecordedClick>(
              `${INSERT_CLICKS_SQL} RETURNING id::text AS id, link_id AS "linkId", classification`,
              insertClicksParams(stored),
            );
      if (stored.length > 0)
        await writeAggregates(query, LINK_AGGREGATES, aggregateBatch(stored, LINK_AGGREGATES));
      await this.options.events?.inTransaction('clicks.recorded', { clicks: recorded }, { query });
      if (Date.now() - this.lastPrune > 3_600_000) {
        this.lastPrune = Date.now();
        await client.query(PRUNE_BATCHES);
      }
      await client.query('COMMIT');
      committed = recorded;
    } catch (error) {
      failure = error as Error;
      await client.query('ROLLBACK').catch(() => undefined);
      throw error;
    } finally {
      // After a failure the connection may be dead or mid-transaction: discard it rather than pool it.
      // A discarded connection keeps the listener: it may still report its end.
      if (!failure) client.off('error', onConnectionError);
      client.release(failure);
    }
    if (committed.length > 0) this.options.events?.committed('clicks.recorded', { clicks: committed });
  }

  /** Inserts every visitor key of the batch; returns the `link|key` pairs that were new. */
  private async claimVisitors(
    query: <R>(sql: string, params: unknown[]) => Promise<R[]>,
    batch: CapturedClick[],
  ): Promise<Set<string>> {
    const pairs = new Map<string, [string, string]>();
    for (const click of batch) {
      if (!click.visitorKey) continue;
      for (const key of [click.visitorKey, ...click.alsoKnownAs])
        pairs.set(`${click.linkId}|${key}`, [click.linkId, key]);
    }
    if (pairs.size === 0) return new Set();
    // Keys in one global order: two writers' batches then lock shared keys in the same order and
    // wait for each other instead of deadlocking.
    const values = [...pairs.values()].sort((a, b) =>
      a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : a[1] < b[1] ? -1 : a[1] > b[1] ? 1 : 0,
    );
    const rows = await query<{ link_id: string; visitor: string }>(INSERT_VISITORS, [
      values.map((p) => p[0]),
      values.map((p) => p[1]),
    ]);
    return new Set(rows.map((r) => `${r.link_id}|${r.visitor}`));
  }
}
