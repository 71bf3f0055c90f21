import { Agent, request } from 'node:http';
import { pickUserAgent, seededRandom, visitorAddress } from '../fixtures/traffic';

export interface LoadResult {
  /** Responses by HTTP status. */
  statuses: Map<number, number>;
  /** Requests that got no response (refused, reset). */
  failed: number;
  get redirects(): number;
}

/**
 * Keeps `connections` keep-alive connections busy with GETs of `paths` (realistic user agents, visitor
 * addresses in X-Forwarded-For) until `stop()`; counts every answer it actually received.
 */
export function startLoad(baseUrl: string, paths: string[], connections = 16) {
  const agent = new Agent({ keepAlive: true, maxSockets: connections });
  const random = seededRandom(7);
  const statuses = new Map<number, number>();
  let failed = 0;
  let running = true;
  const url = new URL(baseUrl);

  const one = () =>
    new Promise<void>((resolveOne) => {
      const req = request(
        {
          agent,
          host: url.hostname,
          port: url.port,
          path: paths[Math.floor(random() * paths.length)],
          headers: { 'user-agent': pickUserAgent(random), 'x-forwarded-for': visitorAddress(random) },
        },
        (res) => {
          res.resume();
          res.on('end', () => {
            statuses.set(res.statusCode!, (statuses.get(res.statusCode!) ?? 0) + 1);
            resolveOne();
          });
          res.on('error', () => {
            failed++;
            resolveOne();
          });
        },
      );
      req.on('error', () => {
        failed++;
        // A refused connection answers at once: do not spin while the server is gone.
        setTimeout(resolveOne, 20);
      });
      req.end();
    });

  const loops = Array.from({ length: connections }, async () => {
    while (running) await one();
  });

  const result: LoadResult = {
    statuses,
    get failed() {
      return failed;
    },
    get redirects() {
      return statuses.get(302) ?? 0;
    },
  };
  return {
    result,
    /** Stops sending and waits for every request in flight to finish. */
    async stop(): Promise<LoadResult> {
      running = false;
      await Promise.all(loops);
      agent.destroy();
      return result;
    },
  };
}
