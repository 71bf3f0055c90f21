import { LRUCache } from 'lru-cache';
import { Client } from 'pg';
import type { LinkReader, RedirectTarget } from '../links/link.reader';
import { withTimeout } from '../shared/timeout';

export type { RedirectTarget };

/** Resolves a short code to where it points; the redirect's only read. */
export interface LinkLookup {
  find(code: string): Promise<RedirectTarget | null>;
}

interface Waiter {
  resolve: (target: RedirectTarget | null) => void;
  reject: (error: unknown) => void;
}

/**
 * The database behind the cache, through the links domain's reader, sharing round trips: the misses of
 * one event-loop turn go out as one set-of-codes read, and while `maxInFlight` reads are out, later misses
 * wait and join the next one. A campaign's burst over 100,000 never-visited codes is then a few thousand
 * queries, not 100,000.
 */
export class BatchedLinkLookup implements LinkLookup {
  private waiting = new Map<string, Waiter[]>();
  private scheduled = false;
  private inFlight = 0;
  /** Round trips made, and codes they carried (for metrics and tests). */
  readonly stats = { reads: 0, codes: 0 };

  constructor(
    private readonly links: Pick<LinkReader, 'targets'>,
    private readonly options: { maxBatch?: number; maxInFlight?: number } = {},
  ) {}

  find(code: string): Promise<RedirectTarget | null> {
    return new Promise((resolve, reject) => {
      const waiters = this.waiting.get(code);
      if (waiters) waiters.push({ resolve, reject });
      else this.waiting.set(code, [{ resolve, reject }]);
      this.schedule();
    });
  }

  private schedule(): void {
    if (this.scheduled || this.waiting.size === 0) return;
    if (this.inFlight >= (this.options.maxInFlight ?? 4)) return; // a finishing read schedules again
    this.scheduled = true;
    setImmediate(() => {
      this.scheduled = false;
      this.flush();
    });
  }

  private flush(): void {
    const maxBatch = this.options.maxBatch ?? 1_000;
    const maxInFlight = this.options.maxInFlight ?? 4;
    while (this.waiting.size > 0 && this.inFlight < maxInFlight) {
      const batch = new Map<string, Waiter[]>();
      for (const [code, waiters] of this.waiting) {
        if (batch.size >= maxBatch) break;
        batch.set(code, waiters);
        this.waiting.delete(code);
      }
      this.inFlight++;
      void this.read(batch).finally(() => {
        this.inFlight--;
        this.schedule();
      });
    }
  }

  private async read(batch: Map<string, Waiter[]>): Promise<void> {
    this.stats.reads++;
    this.stats.codes += batch.size;
    try {
      const found = await this.links.targets([...batch.keys()]);
      for (const [code, waiters] of batch) for (const w of waiters) w.resolve(found.get(code) ?? null);
    } catch (error) {
      for (const waiters of batch.values()) for (const w of waiters) w.reject(error);
    }
  }
}

export class LookupTimeoutError extends Error {}

export interface LinkCacheOptions {
  /** Most codes kept (LRU); ~300 bytes each, so 100,000 is ~30 MB. */
  maxEntries?: number;
  /** How long an unknown code is remembered as unknown, so a flood of made-up codes hits the database once. */
  negativeTtlMs?: number;
  /** A cached link older than this is re-read in the background (a safety net for a lost notification). */
  refreshAfterMs?: number;
  /** A cache miss gives up on the database after this long (the redirect then answers 503). */
  lookupTimeoutMs?: number;
}

export interface LinkCacheStats {
  hits: number;
  misses: number;
  negativeHits: number;
  invalidations: number;
}

interface Entry {
  target: RedirectTarget | null;
  loadedAt: number;
}

/**
 * The redirect's in-process cache: a hot code never touches the database. Entries are dropped at once
 * by `invalidate` (this process's edits, and every replica's via LISTEN/NOTIFY); expiry is checked by
 * the caller on every request from the cached `expiresAt`, so it needs no invalidation. A cached link
 * keeps answering while the database is away: refreshes happen in the background and their failures
 * keep the old entry.
 */
export class LinkCache implements LinkLookup {
  private readonly entries: LRUCache<string, Entry>;
  private readonly loading = new Map<string, Promise<RedirectTarget | null>>();
  private readonly negativeTtlMs: number;
  private readonly refreshAfterMs: number;
  private readonly lookupTimeoutMs: number;
  readonly stats: LinkCacheStats = { hits: 0, misses: 0, negativeHits: 0, invalidations: 0 };

  constructor(
    private readonly source: LinkLookup,
    options: LinkCacheOptions = {},
  ) {
    this.entries = new LRUCache({ max: options.maxEntries ?? 100_000 });
    this.negativeTtlMs = options.negativeTtlMs ?? 2_000;
    this.refreshAfterMs = options.refreshAfterMs ?? 5 * 60_000;
    this.lookupTimeoutMs = options.lookupTimeoutMs ?? 2_000;
  }

  /**
   * The synchronous path: the cached answer (a target, or null for a known-unknown code), or undefined
   * when the database must be asked.
   */
  peek(code: string): RedirectTarget | null | undefined {
    const entry = this.entries.get(code);
    if (!entry) return undefined;
    const age = Date.now() - entry.loadedAt;
    if (entry.target === null) {
      if (age > this.negativeTtlMs) return undefined;
      this.stats.negativeHits++;
      return null;
    }
    this.stats.hits++;
    if (age > this.refreshAfterMs) this.refresh(code);
    return entry.target;
  }

  find(code: string): Promise<RedirectTarget | null> {
    const cached = this.peek(code);
    if (cached !== undefined) return Promise.resolve(cached);
    this.stats.misses++;
    return this.load(code);
  }

  invalidate(code: string): void {
    this.stats.invalidations++;
    this.entries.delete(code);
    // A lookup started before the change may read the old row: later requests must not join it.
    this.loading.delete(code);
  }

  /**
   * Drops every cached link of a campaign (its conversion tracking changed). Codes being looked up now
   * are not stored when their read ends (they leave `loading`), so no old answer survives.
   */
  invalidateCampaign(campaignId: string): void {
    this.stats.invalidations++;
    for (const [code, entry] of this.entries.entries())
      if (entry.target?.campaignId === campaignId) this.entries.delete(code);
    this.loading.clear();
  }

  clear(): void {
    this.entries.clear();
    this.loading.clear();
  }

  get size(): number {
    return this.entries.size;
  }

  private load(code: string): Promise<RedirectTarget | null> {
    let pending = this.loading.get(code);
    if (!pending) {
      // A load is stored only while it is still this code's current one: an invalidation of the code
      // (or of everything) removes it from `loading`, and what it read may then be stale. Other codes'
      // invalidations leave it alone.
      const lookup: Promise<RedirectTarget | null> = this.source
        .find(code)
        .then((target) => {
          if (this.loading.get(code) === lookup) this.entries.set(code, { target, loadedAt: Date.now() });
          return target;
        })
        .finally(() => {
          if (this.loading.get(code) === lookup) this.loading.delete(code);
        });
      pending = lookup;
      this.loading.set(code, pending);
    }
    const ms = this.lookupTimeoutMs;
    return withTimeout(pending, ms, () => new LookupTimeoutError(`Link lookup took over ${ms} ms`));
  }

  private refresh(code: string): void {
    if (this.loading.has(code)) return;
    // A failure keeps the cached entry (during an outage a known link goes on redirecting) and puts
    // the next attempt 5 s off, so a hot link does not retry on every request.
    this.load(code).catch(() => {
      const entry = this.entries.peek(code);
      if (entry) entry.loadedAt = Date.now() - this.refreshAfterMs + 5_000;
    });
  }
}

/** The channel the `links` trigger notifies with the changed code (migration RedirectReplicas). */
export const LINK_CHANGES_CHANNEL = 'link_changes';
/** A payload on that channel naming a campaign (migration Funnel): all its links changed. */
export const CAMPAIGN_CHANGE_PREFIX = 'campaign:';

export interface LinkChangeSubscriberOptions {
  onChange: (code: string) => void;
  /** Called once LISTEN is active again after a (re)connect: notifications may have been missed. */
  onResync: () => void;
  onError?: (error: Error) => void;
  /** How often the idle connection is probed, so a silently dead one is noticed and replaced. */
  probeIntervalMs?: number;
}

/**
 * Hears every replica's link edits through PostgreSQL LISTEN on a dedicated connection (a pooled one
 * would lose its LISTEN when returned), reconnecting with backoff. Notifications sent while it was
 * disconnected are lost, so every (re)connect asks the owner to resync (drop its whole cache).
 *
 * Not for the embedded database: PGlite runs a single session behind its socket server, so a
 * notification reaches only the connection whose statement raised it.
 */
export class LinkChangeSubscriber {
  private client: Client | null = null;
  private stopped = false;
  private retryMs = 0;
  private reconnectTimer: NodeJS.Timeout | null = null;
  private probeTimer: NodeJS.Timeout | null = null;
  private readyResolvers: (() => void)[] = [];
  connected = false;

  constructor(
    private readonly url: string,
    private readonly options: LinkChangeSubscriberOptions,
  ) {}

  start(): void {
    void this.connect();
  }

  /** Resolves once LISTEN is active (tests and startup wait on it). */
  ready(): Promise<void> {
    if (this.connected) return Promise.resolve();
    return new Promise((resolve) => this.readyResolvers.push(resolve));
  }

  private async connect(): Promise<void> {
    if (this.stopped) return;
    const client = new Client({
      connectionString: this.url,
      keepAlive: true,
      connectionTimeoutMillis: 5_000,
    });
    this.client = client;
    let failed = false;
    const fail = (error: Error) => {
      if (failed) return;
      failed = true;
      this.connected = false;
      if (this.probeTimer) clearInterval(this.probeTimer);
      // Reported once per outage, not on every reconnect attempt.
      if (!this.stopped && this.retryMs === 0) this.options.onError?.(error);
      client.removeAllListeners('notification');
      client.end().catch(() => undefined);
      this.scheduleReconnect();
    };
    client.on('error', fail);
    client.on('end', () => fail(new Error('LISTEN connection closed')));
    client.on('notification', (message) => {
      if (message.channel === LINK_CHANGES_CHANNEL && message.payload) this.options.onChange(message.payload);
    });
    try {
      await client.connect();
      await client.query(`LISTEN ${LINK_CHANGES_CHANNEL}`);
    } catch (error) {
      fail(error as Error);
      return;
    }
    if (this.stopped) {
      await client.end().catch(() => undefined);
      return;
    }
    this.retryMs = 0;
    this.connected = true;
    this.options.onResync();
    for (const resolve of this.readyResolvers.splice(0)) resolve();
    this.probeTimer = setInterval(() => {
      const probe = client.query('SELECT 1');
      const timer = setTimeout(() => fail(new Error('LISTEN connection stopped answering')), 5_000);
      probe.then(
        () => clearTimeout(timer),
        (error: Error) => {
          clearTimeout(timer);
          fail(error);
        },
      );
    }, this.options.probeIntervalMs ?? 15_000);
    this.probeTimer.unref();
  }

  private scheduleReconnect(): void {
    if (this.stopped || this.reconnectTimer) return;
    this.retryMs = Math.min(Math.max(this.retryMs * 2, 100), 2_000);
    this.reconnectTimer = setTimeout(() => {
      this.reconnectTimer = null;
      void this.connect();
    }, this.retryMs);
    this.reconnectTimer.unref();
  }

  async stop(): Promise<void> {
    this.stopped = true;
    if (this.reconnectTimer) clearTimeout(this.reconnectTimer);
    if (this.probeTimer) clearInterval(this.probeTimer);
    const client = this.client;
    this.client = null;
    this.connected = false;
    if (client) {
      client.removeAllListeners('end');
      client.removeAllListeners('error');
      client.on('error', () => undefined);
      await client.end().catch(() => undefined);
    }
  }
}
