import type { ApolloServerPlugin } from '@apollo/server';
import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';
import type { ClickWriterStats } from './clicks/click-writer';
import type { LinkCacheStats } from './clicks/link-cache';

export interface MetricSources {
  writer: {
    stats: ClickWriterStats;
    pending: number;
    volatile: number;
    stalledForMs: number;
    spoolStats: { bytes: number; freeBytes: number; alarm: boolean } | null;
  };
  cache: { stats: LinkCacheStats; size: number };
  /** Absent on the embedded database (one process, nothing to listen to). */
  subscriber: { connected: boolean } | null;
  /** The database side of cache misses. */
  lookup?: { stats: { reads: number; codes: number } };
}

/**
 * Prometheus metrics of one app (its own registry, so several apps in one test process never clash).
 * Counters kept by the writer and the cache are read at scrape time rather than incremented per
 * request: the redirect's hot path only observes its latency.
 */
export function createMetrics(sources: MetricSources) {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry });

  const redirectDuration = new Histogram({
    name: 'sl_redirect_duration_seconds',
    help: 'Time to answer GET/HEAD /:code, from request to response end, by HTTP status',
    labelNames: ['status'] as const,
    buckets: [0.0001, 0.00025, 0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 1, 2.5],
    registers: [registry],
  });
  const graphqlDuration = new Histogram({
    name: 'sl_graphql_operation_duration_seconds',
    help: 'GraphQL operation duration by operation name, type and outcome',
    labelNames: ['operation', 'type', 'outcome'] as const,
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
    registers: [registry],
  });

  const { writer, cache, subscriber, lookup } = sources;
  const fromStats = (name: string, help: string, read: () => number, type: 'counter' | 'gauge') => {
    const Metric = type === 'counter' ? Counter : Gauge;
    new Metric({
      name,
      help,
      registers: [registry],
      collect(this: Counter | Gauge) {
        // Counters only move forward; the writer's totals are monotonic, so reset-and-add is exact.
        this.reset();
        (this as Counter).inc(read());
      },
    });
  };
  fromStats(
    'sl_clicks_queued',
    'Clicks accepted and not yet written (in memory or in the spool)',
    () => writer.pending,
    'gauge',
  );
  fromStats(
    'sl_clicks_unspooled',
    'Clicks accepted and not yet on disk (being prepared or in the commit buffer): what a crash would lose',
    () => writer.volatile,
    'gauge',
  );
  fromStats(
    'sl_clicks_spooled',
    'Clicks waiting on disk only: the backlog beyond memory',
    () => writer.stats.spooled,
    'gauge',
  );
  fromStats(
    'sl_click_writer_stalled_seconds',
    'How long the click writer has had clicks and written none (0 when idle or writing)',
    () => writer.stalledForMs / 1000,
    'gauge',
  );
  const spool = () => writer.spoolStats;
  if (spool()) {
    fromStats(
      'sl_click_spool_bytes',
      'Bytes of click spool segments on disk',
      () => spool()?.bytes ?? 0,
      'gauge',
    );
    fromStats(
      'sl_click_spool_free_bytes',
      "Free bytes on the click spool's disk",
      () => spool()?.freeBytes ?? 0,
      'gauge',
    );
    fromStats(
      'sl_click_spool_alarm',
      '1 when the spool holds more than CLICK_SPOOL_ALARM_MB or its disk nears CLICK_SPOOL_MIN_FREE_MB',
      () => (spool()?.alarm ? 1 : 0),
      'gauge',
    );
  }
  fromStats(
    'sl_clicks_written_total',
    'Clicks written to the database',
    () => writer.stats.written,
    'counter',
  );
  fromStats(
    'sl_clicks_dropped_total',
    'Clicks lost: memory full without a spool, spool disk full, or a click that could not be prepared',
    () => writer.stats.dropped,
    'counter',
  );
  fromStats(
    'sl_click_write_failures_total',
    'Failed click batch writes (each is retried with backoff)',
    () => writer.stats.failedFlushes,
    'counter',
  );
  fromStats(
    'sl_link_cache_hits_total',
    'Redirect lookups answered from the cache',
    () => cache.stats.hits,
    'counter',
  );
  fromStats(
    'sl_link_cache_negative_hits_total',
    'Lookups of unknown codes answered from the cache',
    () => cache.stats.negativeHits,
    'counter',
  );
  fromStats(
    'sl_link_cache_misses_total',
    'Redirect lookups that asked the database',
    () => cache.stats.misses,
    'counter',
  );
  fromStats(
    'sl_link_cache_invalidations_total',
    'Cache entries dropped because their link changed',
    () => cache.stats.invalidations,
    'counter',
  );
  if (subscriber)
    fromStats(
      'sl_link_change_listener_up',
      "1 while the LISTEN connection for other replicas' link changes is up",
      () => (subscriber.connected ? 1 : 0),
      'gauge',
    );
  fromStats('sl_link_cache_entries', 'Codes held in the link cache', () => cache.size, 'gauge');
  if (lookup) {
    fromStats(
      'sl_link_lookups_total',
      'Database round trips made for cache misses (each reads every code missed meanwhile)',
      () => lookup.stats.reads,
      'counter',
    );
    fromStats(
      'sl_link_lookup_codes_total',
      'Codes read by those round trips',
      () => lookup.stats.codes,
      'counter',
    );
  }

  // Operation names are the client's choice: a bounded set keeps a hostile client from creating series.
  const operationNames = new Set<string>();
  const operationLabel = (name: string | null | undefined) => {
    const label = (name ?? 'anonymous').slice(0, 64);
    if (operationNames.has(label)) return label;
    if (operationNames.size >= 200) return 'other';
    operationNames.add(label);
    return label;
  };

  const graphqlPlugin: ApolloServerPlugin = {
    async requestDidStart() {
      const started = process.hrtime.bigint();
      return {
        async willSendResponse(ctx) {
          const seconds = Number(process.hrtime.bigint() - started) / 1e9;
          graphqlDuration.observe(
            {
              operation: operationLabel(ctx.operationName),
              type: ctx.operation?.operation ?? 'unknown',
              // Answers made on a worker thread carry their errors in the body only (graphql/offload.ts).
              outcome:
                ctx.errors?.length ||
                (ctx.response.body.kind === 'single' && ctx.response.body.singleResult.errors?.length)
                  ? 'error'
                  : 'success',
            },
            seconds,
          );
        },
      };
    },
  };

  // Label children bound once per status: the hot path then only does a bucket search.
  const byStatus = new Map<number, ReturnType<typeof redirectDuration.labels>>();
  const observeRedirect = (status: number, seconds: number) => {
    let child = byStatus.get(status);
    if (!child) {
      child = redirectDuration.labels(String(status));
      byStatus.set(status, child);
    }
    child.observe(seconds);
  };

  return { registry, redirectDuration, graphqlDuration, graphqlPlugin, observeRedirect };
}
export type Metrics = ReturnType<typeof createMetrics>;
