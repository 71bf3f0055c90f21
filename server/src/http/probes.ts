import type { Express } from 'express';
import type { Registry } from 'prom-client';
import { withTimeout } from '../shared/timeout';

/** The click writer may fail to write this long before the replica says it is not ready. */
export const WRITER_STALL_LIMIT_MS = 3_000;

/**
 * Liveness, readiness and Prometheus metrics. Ready means the database answers within 1 s and the
 * click writer has not been unable to write for more than a few seconds: the load balancer then
 * stops sending traffic before this replica's backlog grows.
 */
export function mountProbes(
  app: Express,
  deps: { ping: () => Promise<unknown>; registry: Registry; writerStalledMs: () => number },
): void {
  app.get('/healthz', (_req, res) => {
    res.json({ status: 'ok' });
  });
  app.get('/readyz', async (_req, res) => {
    res.set('Cache-Control', 'no-store');
    // A vanished database must not hang the probe (connects wait on the pool and on TCP timeouts).
    try {
      await withTimeout(deps.ping(), 1_000);
      const stalled = deps.writerStalledMs();
      if (stalled > WRITER_STALL_LIMIT_MS) {
        res.status(503).json({ status: 'clicks not written', stalledForMs: stalled });
        return;
      }
      res.json({ status: 'ready' });
    } catch {
      res.status(503).json({ status: 'database unreachable' });
    }
  });
  app.get('/metrics', async (_req, res) => {
    res.set('Content-Type', deps.registry.contentType).send(await deps.registry.metrics());
  });
}
