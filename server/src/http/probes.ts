import type { Express } from 'express';
import type { Registry } from 'prom-client';
import { withTimeout } from '../shared/timeout';

/** Liveness, readiness (the database answers within 1 s) and Prometheus metrics. */
export function mountProbes(app: Express, deps: { ping: () => Promise<unknown>; registry: Registry }): void {
  app.get('/healthz', (_req, res) => {
    res.json({ status: 'ok' });
  });
  app.get('/readyz', async (_req, res) => {
    res.set('Cache-Control', 'no-store');
    // A vanished database must not hang the probe (connects wait on the pool and on TCP timeouts).
    try {
      await withTimeout(deps.ping(), 1_000);
      res.json({ status: 'ready' });
    } catch {
      res.status(503).json({ status: 'database unreachable' });
    }
  });
  app.get('/metrics', async (_req, res) => {
    res.set('Content-Type', deps.registry.contentType).send(await deps.registry.metrics());
  });
}
