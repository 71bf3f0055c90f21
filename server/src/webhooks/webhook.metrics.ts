import { Counter, Gauge, Histogram, type Registry } from 'prom-client';
import type { DataSource } from 'typeorm';
import type { WebhookDispatcher } from './webhook-dispatcher';

/**
 * Webhook delivery metrics: attempts by outcome, messages waiting (read from the outbox at scrape time,
 * so every replica reports the shared queue), attempts in flight here, and the lag from an event to
 * its delivery.
 */
export function registerWebhookMetrics(
  registry: Registry,
  dispatcher: WebhookDispatcher,
  db: DataSource,
): void {
  const { stats } = dispatcher;
  new Counter({
    name: 'sl_webhook_deliveries_total',
    help: 'Webhook attempts by outcome: succeeded, retrying (failed, will be retried), failed (the last attempt failed)',
    labelNames: ['outcome'] as const,
    registers: [registry],
    collect(this: Counter<'outcome'>) {
      this.reset();
      this.inc({ outcome: 'succeeded' }, stats.succeeded);
      this.inc({ outcome: 'retrying' }, stats.retrying);
      this.inc({ outcome: 'failed' }, stats.failed);
    },
  });
  new Gauge({
    name: 'sl_webhook_queue_depth',
    help: 'Webhook messages not yet delivered or failed (PENDING), all replicas together',
    registers: [registry],
    async collect(this: Gauge) {
      try {
        const [row] = (await db.query(
          `SELECT count(*)::int AS n FROM webhook_deliveries WHERE status = 'PENDING'`,
        )) as [{ n: number }];
        this.set(row.n);
      } catch {
        // The database is away: the last value stays rather than failing the whole scrape.
      }
    },
  });
  new Gauge({
    name: 'sl_webhook_attempts_in_flight',
    help: 'Webhook attempts waiting for an answer in this process',
    registers: [registry],
    collect(this: Gauge) {
      this.set(stats.inFlight);
    },
  });
  const lag = new Histogram({
    name: 'sl_webhook_delivery_lag_seconds',
    help: 'From the event (a click, a link change …) to the 2xx answer of its delivery',
    buckets: [0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60, 300, 1800, 7200, 36000],
    registers: [registry],
  });
  dispatcher.options.observeLag = (seconds) => lag.observe(seconds);
}
