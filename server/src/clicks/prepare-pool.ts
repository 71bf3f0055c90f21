import { resolve } from 'node:path';
import { Piscina } from 'piscina';
import type { RawClick } from './click-capture';
import type { CapturedClick } from './click';
import { VisitorKeys } from './visitor';

/** Prepared clicks, and (from a worker thread) each one's `JSON.stringify`, for the spool. */
export interface PreparedSlice {
  clicks: (CapturedClick | null)[];
  json?: (string | null)[];
}

/**
 * Turns raw clicks into stored clicks (user-agent parsing, geolocation, visitor-key HMACs, address
 * prefix). With `threads` > 0 this runs on worker threads, so under saturation the redirect's thread
 * keeps its time for answering and for the writer; with 0 it runs inline, in slices that yield to
 * the event loop. A click that cannot be prepared is null (counted and skipped by the caller).
 */
export class PreparePool {
  private readonly pool: Piscina | null;
  private readonly keys: VisitorKeys;

  constructor(
    secret: string,
    readonly threads: number,
  ) {
    this.keys = new VisitorKeys(secret);
    this.pool =
      threads > 0
        ? new Piscina({
            filename: resolve(__dirname, 'prepare.worker.js'),
            minThreads: threads,
            maxThreads: threads,
            workerData: { secret },
            // Idle workers stay: starting one loads the geolocation tables again (~1 s).
            idleTimeout: Infinity,
          })
        : null;
  }

  async prepare(raws: RawClick[]): Promise<(CapturedClick | null)[]> {
    return (await this.prepareSlice(raws)).clicks;
  }

  async prepareSlice(raws: RawClick[]): Promise<PreparedSlice> {
    if (this.pool) return (await this.pool.run(raws)) as PreparedSlice;
    // Loaded only when preparing here: the geolocation tables cost ~100 MB in each thread that loads them.
    const { enrichClick } = await import('./click-capture.js');
    const out: (CapturedClick | null)[] = [];
    for (let i = 0; i < raws.length; i++) {
      if (i > 0 && i % 100 === 0) await new Promise((r) => setImmediate(r));
      try {
        out.push(enrichClick(raws[i]!, this.keys));
      } catch {
        out.push(null);
      }
    }
    return { clicks: out };
  }

  async close(): Promise<void> {
    await this.pool?.destroy();
  }
}
