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
import type { ClickSpool } from './click-spool';
import type { PreparedSlice } from './prepare-pool';

export interface ClickWriterOptions<Q> {
  /** Flush when this many clicks are queued… */
  maxBatch?: number;
  /** …or this long after the first one arrived, whichever comes first (100 ms). */
  flushIntervalMs?: number;
  /**
   * Clicks held in memory. Without a spool, clicks past this (a long outage, saturation) are dropped
   * and counted in `stats.dropped`; with one, they wait on disk and are read back in order.
   */
  maxQueued?: number;
  /**
   * Turns queued items into stored clicks, a slice at a time, off the redirect's response path (see
   * PreparePool); null for an item that cannot be prepared (counted as dropped).
   */
  prepare?: (items: Q[]) => Prepared | Promise<Prepared>;
  /** The durable log every prepared click is appended to before it is written (see ClickSpool). */
  spool?: ClickSpool<CapturedClick> | null;
  onError?: (error: unknown) => void;
  /** Told of every batch: inside its transaction (hooks) and after its COMMIT (listeners). */
  events?: EventBus<ClickEvents>;
}

/** Prepared clicks, alone or with their spool JSON (see PreparedSlice). */
type Prepared = (CapturedClick | null)[] | PreparedSlice;

export interface ClickWriterStats {
  /** Clicks in memory: waiting for preparation or for their batch. */
  queued: number;
  /** Clicks waiting on disk only (the spool's backlog beyond memory). */
  spooled: number;
  written: number;
  /** Clicks lost: memory full without a spool, disk full, or a click that could not be prepared. */
  dropped: number;
  failedFlushes: number;
}

export const DEFAULT_MAX_QUEUED_CLICKS = 250_000;
/** Raw clicks waiting for preparation, with a spool (seconds of saturation: preparation lags). */
const MAX_INTAKE = 100_000;
/**
 * Raw clicks wait this long for company before going to preparation. Each handover and each batch
 * costs the redirects' thread a message or a database round trip: at 500 clicks/s, 25 ms and 100 ms
 * (from 10 and 50) cut that thread's CPU by about a quarter. A kill -9 can lose these 25 ms more.
 */
const INTAKE_DELAY_MS = 25;

// A batch's id is claimed in its own transaction, so a retry after a lost COMMIT acknowledgement
// (the connection died between commit and reply) finds it and writes nothing twice. The spool
// records the id before the write, so a replay after a crash is idempotent too.
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

/** A prepared click in memory; `seq` is its place in the spool (null: not spooled). */
interface Entry {
  seq: number | null;
  click: CapturedClick;
}

/** The spool keeps ISO strings for dates. */
const revive = (click: CapturedClick): CapturedClick => ({ ...click, clickedAt: new Date(click.clickedAt) });

/**
 * Takes clicks from the redirect and writes them in multi-row statements, so a redirect never waits
 * on the database:
 *
 *   enqueue → intake (raw) → prepare (worker threads) → spool (disk, group-committed) + memory → batch
 *
 * Uniqueness is decided inside the write transaction by the link_visitors primary key: of all clicks
 * racing for one (link, visitor) — in one batch, or in batches of other writers and processes — exactly
 * one inserts the key and is UNIQUE. A failed batch (database away, pool timeout, deadlock) is rolled
 * back whole and retried with backoff. With a spool, clicks beyond `maxQueued` wait on disk, and after
 * a restart the spool's unwritten clicks are written first, in order, each batch under its first id.
 */
export class ClickWriter<Q = CapturedClick> {
  private intake: Q[] = [];
  /** Clicks taken from the intake, being prepared. */
  private preparing = 0;
  private mem: Entry[] = [];
  /** The next spooled click not yet read into `mem` (clicks from here on wait on disk). */
  private loadedTo = 0;
  private timer: NodeJS.Timeout | null = null;
  private intakeTimer: NodeJS.Timeout | null = null;
  private flushing: Promise<void> | null = null;
  private pumping: Promise<void> | null = null;
  private readonly maxBatch: number;
  private readonly flushIntervalMs: number;
  private readonly maxQueued: number;
  private readonly prepare: (items: Q[]) => Prepared | Promise<Prepared>;
  private readonly spool: ClickSpool<CapturedClick> | null;
  private retryDelayMs = 0;
  /** No flush before this time (epoch ms): the backoff after a failed batch. */
  private retryAt = 0;
  private timerDueAt = 0;
  private lastPrune = 0;
  /** When the writer last made progress, or last had work after being idle (see `stalledForMs`). */
  private progressAt = Date.now();
  /** The batch at the head of the queue keeps its id across retries (see CLAIM_BATCH). */
  private headBatch: { id: string; size: number; to: number | null; clicks: CapturedClick[] } | null = null;
  readonly stats: ClickWriterStats = { queued: 0, spooled: 0, written: 0, dropped: 0, failedFlushes: 0 };

  /**
   * Talks to the pg pool directly, so a failed batch is not logged with every parameter (user agents,
   * address prefixes) and a broken connection is discarded, not reused.
   */
  constructor(
    private readonly pool: Pool,
    private readonly options: ClickWriterOptions<Q> = {},
  ) {
    this.maxBatch = options.maxBatch ?? 500;
    this.flushIntervalMs = options.flushIntervalMs ?? 100;
    this.maxQueued = options.maxQueued ?? DEFAULT_MAX_QUEUED_CLICKS;
    this.prepare = options.prepare ?? ((items) => items as unknown as CapturedClick[]);
    this.spool = options.spool ?? null;
    if (this.spool) {
      this.loadedTo = this.spool.doneUpTo;
      // Clicks a previous run left unwritten.
      if (this.spool.pending > 0) this.kick(0);
    }
  }

  enqueue(click: Q): void {
    // With a spool, memory bounds only the prepared clicks; the intake is drained every few ms.
    const full = this.spool
      ? this.intake.length >= MAX_INTAKE
      : this.intake.length + this.mem.length >= this.maxQueued;
    if (full) {
      this.stats.dropped++;
      return;
    }
    if (this.pending === 0) this.progressAt = Date.now();
    this.intake.push(click);
    if (this.intake.length >= this.maxBatch) this.schedulePump(0);
    else this.schedulePump(Math.min(this.flushIntervalMs, INTAKE_DELAY_MS));
  }

  /** Clicks accepted and not yet written: in memory, and waiting on disk. */
  get pending(): number {
    return this.intake.length + this.preparing + this.mem.length + this.onDiskOnly;
  }

  /**
   * Pending clicks that a kill -9 now would lose: not prepared yet, in the spool's commit buffer, or
   * kept in memory only (no spool, or its disk full).
   */
  get volatile(): number {
    const unsynced = this.spool ? this.spool.nextSeq - this.spool.syncedSeq : 0;
    return this.intake.length + this.preparing + unsynced + this.mem.filter((e) => e.seq === null).length;
  }

  /**
   * How long the writer has had clicks and written none: 0 when idle or progressing. The readiness
   * probe fails past a few seconds (the database is away, or every write fails).
   */
  get stalledForMs(): number {
    return this.pending === 0 ? 0 : Date.now() - this.progressAt;
  }

  /** The spool's size, free disk and alarm, or null without a spool. */
  get spoolStats(): { bytes: number; freeBytes: number; alarm: boolean } | null {
    if (!this.spool) return null;
    const { bytes, freeBytes } = this.spool.stats;
    return { bytes, freeBytes, alarm: this.spool.alarm };
  }

  private get onDiskOnly(): number {
    return this.spool ? Math.max(0, this.spool.nextSeq - this.loadedTo) : 0;
  }

  private updateStats(): void {
    this.stats.queued = this.intake.length + this.preparing + this.mem.length;
    this.stats.spooled = this.onDiskOnly;
  }

  private schedulePump(delayMs: number): void {
    if (this.intakeTimer || this.pumping) return;
    this.intakeTimer = setTimeout(() => {
      this.intakeTimer = null;
      void this.pump();
    }, delayMs);
    this.intakeTimer.unref();
  }

  /** Prepares the intake and hands it to the spool and the memory queue. */
  private pump(): Promise<void> {
    if (this.pumping) return this.pumping;
    if (this.intakeTimer) {
      clearTimeout(this.intakeTimer);
      this.intakeTimer = null;
    }
    this.pumping = (async () => {
      while (this.intake.length > 0) {
        const items = this.intake.splice(0, this.maxBatch);
        this.preparing = items.length;
        let prepared: Prepared;
        try {
          prepared = await this.prepare(items);
        } catch (error) {
          // The pool itself failed (a worker died): these clicks cannot be prepared.
          this.stats.dropped += items.length;
          this.options.onError?.(error);
          continue;
        } finally {
          this.preparing = 0;
        }
        const { clicks, json } = Array.isArray(prepared) ? { clicks: prepared, json: undefined } : prepared;
        for (let i = 0; i < clicks.length; i++) {
          const click = clicks[i];
          if (click) this.admit(click, json?.[i] ?? undefined);
          else this.stats.dropped++;
        }
      }
    })();
    return this.pumping.finally(() => {
      this.pumping = null;
      this.updateStats();
      if (this.intake.length > 0) this.schedulePump(0);
      if (this.mem.length > 0 || this.onDiskOnly > 0)
        this.kick(this.mem.length >= this.maxBatch ? 0 : this.flushIntervalMs);
    });
  }

  private admit(click: CapturedClick, json?: string): void {
    const seq = this.spool?.append(click, json) ?? null;
    if (seq !== null) {
      // In memory too, unless older clicks still wait on disk (they go first) or memory is full.
      if (seq === this.loadedTo && this.mem.length < this.maxQueued) {
        this.mem.push({ seq, click });
        this.loadedTo = seq + 1;
      }
      return;
    }
    if (this.spool) this.options.onError?.(new Error('Click spool refused a click: its disk is nearly full'));
    if (this.mem.length < this.maxQueued) this.mem.push({ seq: null, click });
    else this.stats.dropped++;
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

  /** Reads clicks waiting on disk back into memory, at least up to `upTo` when given. */
  private async refill(upTo = 0): Promise<void> {
    const spool = this.spool;
    if (!spool) return;
    while (this.loadedTo < spool.nextSeq && (this.mem.length < this.maxBatch || this.loadedTo < upTo)) {
      const want = Math.max(this.maxBatch * 4, upTo - this.loadedTo);
      const records = await spool.read(this.loadedTo, Math.min(want, this.maxQueued));
      if (records.length === 0) {
        // Lines lost to corruption: nothing more can be read from here.
        this.loadedTo = spool.nextSeq;
        break;
      }
      for (const r of records) this.mem.push({ seq: r.seq, click: revive(r.item) });
      this.loadedTo = records.at(-1)!.seq + 1;
    }
  }

  /** The next batch: a batch a crashed run had started is replayed whole, under its own id. */
  private async nextBatch(): Promise<{
    id: string;
    size: number;
    to: number | null;
    clicks: CapturedClick[];
  } | null> {
    const spool = this.spool;
    const replay = spool?.pendingBatches[0];
    await this.refill(replay?.to);
    if (this.mem.length === 0) return null;
    let id: string;
    let size: number;
    if (replay && this.mem[0]!.seq === replay.from) {
      id = replay.id;
      size = this.mem.findIndex((e) => e.seq === null || e.seq >= replay.to);
      if (size < 0) size = this.mem.length;
    } else {
      id = randomUUID();
      size = Math.min(this.maxBatch, this.mem.length);
    }
    const entries = this.mem.slice(0, size);
    const seqs = entries.flatMap((e) => (e.seq === null ? [] : [e.seq]));
    const to = seqs.length > 0 ? seqs.at(-1)! + 1 : null;
    if (spool && to !== null) {
      if (id !== replay?.id) spool.markBatch({ id, from: seqs[0]!, to });
      try {
        // The batch's id reaches the disk before the database sees it.
        await spool.sync();
      } catch (error) {
        this.options.onError?.(error);
      }
    }
    return { id, size, to, clicks: entries.map((e) => e.click) };
  }

  /** Writes everything queued so far; resolves when the queue is empty or a write failed. */
  async flush(): Promise<void> {
    if (this.flushing) return this.flushing;
    if (this.timer) {
      clearTimeout(this.timer);
      this.timer = null;
    }
    this.flushing = (async () => {
      for (;;) {
        this.headBatch ??= await this.nextBatch();
        const batch = this.headBatch;
        if (!batch) break;
        try {
          await this.write(batch.id, batch.clicks);
          this.mem.splice(0, batch.size);
          this.headBatch = null;
          if (batch.to !== null) this.spool?.markDone(batch.to);
          this.stats.written += batch.clicks.length;
          this.progressAt = Date.now();
          this.retryDelayMs = 0;
          this.retryAt = 0;
        } catch (error) {
          this.stats.failedFlushes++;
          this.retryDelayMs = Math.min(Math.max(this.retryDelayMs * 2, 100), 5000);
          this.retryAt = Date.now() + this.retryDelayMs;
          this.options.onError?.(error);
          break;
        } finally {
          this.updateStats();
        }
      }
    })();
    try {
      await this.flushing;
    } finally {
      this.flushing = null;
      if (this.mem.length > 0 || this.onDiskOnly > 0) this.kick(this.flushIntervalMs);
    }
  }

  /** Flushes until nothing is pending or `timeoutMs` has passed; true when everything was written. */
  async drain(timeoutMs = 10_000): Promise<boolean> {
    const deadline = Date.now() + timeoutMs;
    while (this.pending > 0 && Date.now() < deadline) {
      await this.pump();
      await this.flush();
      if (this.pending > 0 && this.retryAt > Date.now())
        await new Promise((r) =>
          setTimeout(r, Math.min(this.retryAt - Date.now(), deadline - Date.now(), 1000)),
        );
    }
    return this.pending === 0;
  }

  /**
   * For shutdown: prepares and spools what is left, writes what it can within `timeoutMs`, and closes
   * the spool. Clicks still unwritten then are on disk, written first on the next start.
   */
  async close(timeoutMs = 15_000): Promise<{ written: boolean; unwritten: number; onDisk: boolean }> {
    await this.pump();
    const written = await this.drain(timeoutMs);
    const unwritten = this.pending;
    const onDisk = this.spool !== null && this.volatile === 0;
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    await this.spool?.close();
    return { written, unwritten, onDisk };
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
