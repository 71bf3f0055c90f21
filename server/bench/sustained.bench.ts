/**
 * `pnpm bench:sustained`: does every answered redirect end up as a click, through saturation, a
 * database outage, SIGTERM and kill -9? Starts a PostgreSQL of its own (so it can crash it) and the
 * real server, then runs four phases, each on a link of its own:
 *
 *   saturation  full rate (autocannon, 50 connections) for 5 minutes
 *   outage      2,000 req/s; 5 minutes in, PostgreSQL stops (`pg_ctl stop -m immediate`) for 5 minutes
 *   SIGTERM     full rate, then SIGTERM; the server is started again on the same DATA_DIR
 *   kill -9     full rate, then SIGKILL; started again on the same DATA_DIR (its spool is replayed)
 *
 * and prints, per phase, redirects answered, clicks recorded, clicks dropped, the drain time after
 * the load, and the peak memory (RSS) and spool on disk. Exits non-zero when a phase other than
 * kill -9 lost a click, or kill -9 lost more than KILL_LOSS_BOUND_MS of traffic.
 *
 * BENCH_SHORT=1 runs seconds instead of minutes (the fault test runs it so). BENCH_CONNECTIONS (50).
 */
import autocannon from 'autocannon';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';
import { signUp } from '../test/utils/graphql';
import { PostgresInstance } from '../test/utils/postgres-instance';
import { spawnServer, type ServerProcess } from '../test/utils/process';
import { buildRequests } from './requests';

/** kill -9 may lose the clicks of the last group commit and those being prepared: this much traffic. */
export const KILL_LOSS_BOUND_MS = 250;

export interface SustainedOptions {
  short: boolean;
  connections?: number;
  log?: (line: string) => void;
}

export interface PhaseResult {
  name: string;
  /** 302s the load generator received (those in flight when it stopped are not counted). */
  answered: number;
  /** 302s the server sent, where it lived to tell (phases without a restart). */
  served: number | null;
  /** kill -9: clicks not yet on disk at the last scrape before the kill. */
  unspooledAtKill: number | null;
  recorded: number;
  dropped: number;
  /** From the end of the load until every answered click was recorded (or the wait gave up). */
  drainMs: number;
  peakRssBytes: number;
  peakSpoolBytes: number;
  peakBacklog: number;
  /** Requests per second during the load. */
  rate: number;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function scrape(url: string): Promise<Map<string, number> | null> {
  try {
    const res = await fetch(`${url}/metrics`, { signal: AbortSignal.timeout(2_000) });
    const values = new Map<string, number>();
    for (const line of (await res.text()).split('\n')) {
      if (line.startsWith('#') || !line) continue;
      const [name, value] = line.split(' ');
      values.set(name!, Number(value));
    }
    return values;
  } catch {
    return null;
  }
}

export async function runSustained(options: SustainedOptions): Promise<PhaseResult[]> {
  const log = options.log ?? console.log;
  const connections = options.connections ?? 50;
  const s = options.short
    ? { saturate: 8, before: 3, outage: 6, after: 4, kill: 5, term: 4, drainWait: 120 }
    : { saturate: 300, before: 300, outage: 300, after: 30, kill: 30, term: 30, drainWait: 900 };
  const pg = await PostgresInstance.create();
  const dataDir = mkdtempSync(join(tmpdir(), 'sl-sustained-'));
  const results: PhaseResult[] = [];
  let server: ServerProcess | undefined;
  try {
    const url = await pg.createDatabase('sl_sustained');
    const env = { DATABASE_URL: url, TRUST_PROXY: 'loopback', DATA_DIR: dataDir };
    server = await spawnServer(env);
    const client = await signUp(server.url, 'Sustained');
    // Every phase's link made up front: the session belongs to this first server process.
    const links = new Map<string, { id: string; code: string }>();
    for (const name of ['saturation', 'outage', 'SIGTERM', 'kill -9']) {
      const { createLink } = await client.ok<{ createLink: { id: string; code: string } }>(
        `mutation($u: String!) { createLink(input: { destinationUrl: $u }) { id code } }`,
        { u: `https://shop.example.com/${name.replace(/\W+/g, '-')}` },
      );
      links.set(name, createLink);
    }
    const newLink = async (name: string) => {
      const link = links.get(name)!;
      // HEAD caches the link without a click: redirects go on while the database is away.
      await fetch(`${server!.url}/${link.code}`, { method: 'HEAD', redirect: 'manual' });
      return link;
    };
    const recorded = async (linkId: string): Promise<number | null> => {
      const sql = new Client({ connectionString: url, connectionTimeoutMillis: 2_000 });
      try {
        await sql.connect();
        const { rows } = await sql.query<{ n: number }>(
          'SELECT count(*)::int AS n FROM clicks WHERE link_id = $1',
          [linkId],
        );
        return rows[0]!.n;
      } catch {
        return null;
      } finally {
        await sql.end().catch(() => undefined);
      }
    };

    /** Runs one phase: `during` may stop or kill the server; `answered` counts 302s the client got. */
    const phase = async (
      name: string,
      load: { seconds: number; rate?: number },
      during: (sample: () => Promise<void>, stopLoad: () => void) => Promise<void>,
      restart: boolean,
    ): Promise<PhaseResult> => {
      const link = await newLink(name);
      const peaks = { rss: 0, spool: 0, backlog: 0 };
      let dropped = 0;
      let watching = true;
      const watch = (async () => {
        while (watching) {
          const m = await scrape(server!.url);
          if (m) {
            peaks.rss = Math.max(peaks.rss, m.get('process_resident_memory_bytes') ?? 0);
            peaks.spool = Math.max(peaks.spool, m.get('sl_click_spool_bytes') ?? 0);
            peaks.backlog = Math.max(peaks.backlog, m.get('sl_clicks_queued') ?? 0);
            dropped = Math.max(dropped, m.get('sl_clicks_dropped_total') ?? 0);
          }
          await sleep(500);
        }
      })();
      const servedBefore =
        (await scrape(server!.url))?.get('sl_redirect_duration_seconds_count{status="302"}') ?? 0;
      let unspooled: number | null = null;
      const started = Date.now();
      let instance!: autocannon.Instance;
      const finished = new Promise<autocannon.Result>((resolve, reject) => {
        instance = autocannon(
          {
            url: server!.url,
            connections,
            duration: load.seconds,
            requests: buildRequests([link.code]),
            timeout: 10,
            ...(load.rate ? { overallRate: load.rate } : {}),
          },
          (error, result) => (error ? reject(error as Error) : resolve(result)),
        );
      });
      await during(
        async () => {
          unspooled = (await scrape(server!.url))?.get('sl_clicks_unspooled') ?? null;
        },
        () => instance.stop(),
      );
      const result = await finished;
      const loadEnded = Date.now();
      const answered = result['3xx'];
      const droppedBefore = dropped;
      const servedAfter = restart
        ? null
        : (await scrape(server!.url))?.get('sl_redirect_duration_seconds_count{status="302"}');
      const served = servedAfter === null || servedAfter === undefined ? null : servedAfter - servedBefore;
      if (restart) server = await spawnServer(env);
      let count = 0;
      let drainMs = -1;
      for (const deadline = Date.now() + s.drainWait * 1000; Date.now() < deadline; ) {
        count = (await recorded(link.id)) ?? count;
        const backlog = (await scrape(server!.url))?.get('sl_clicks_queued');
        if (count >= (served ?? answered) || (restart && name.startsWith('kill') && backlog === 0)) {
          drainMs = Date.now() - loadEnded;
          break;
        }
        await sleep(200);
      }
      watching = false;
      await watch;
      const after = await scrape(server!.url);
      const phaseResult: PhaseResult = {
        name,
        answered,
        served,
        unspooledAtKill: unspooled,
        recorded: count,
        // A restarted server counts from 0: what the old one had dropped, plus the new one's.
        dropped: (restart ? droppedBefore : 0) + (after?.get('sl_clicks_dropped_total') ?? 0),
        drainMs,
        peakRssBytes: peaks.rss,
        peakSpoolBytes: peaks.spool,
        peakBacklog: peaks.backlog,
        rate: answered / ((loadEnded - started) / 1000),
      };
      log(
        `${name}: ${answered} answered${served === null ? '' : ` (${served} sent)`}, ${count} recorded, ${phaseResult.dropped} dropped, ` +
          `drained ${(drainMs / 1000).toFixed(1)} s after the load, ${phaseResult.rate.toFixed(0)} req/s`,
      );
      return phaseResult;
    };

    results.push(await phase('saturation', { seconds: s.saturate }, async () => undefined, false));
    results.push(
      await phase(
        'outage',
        { seconds: s.before + s.outage + s.after, rate: 2_000 },
        async () => {
          await sleep(s.before * 1000);
          pg.crash();
          log(`  PostgreSQL stopped (immediate) for ${s.outage} s`);
          await sleep(s.outage * 1000);
          await pg.start();
          log('  PostgreSQL started again');
        },
        false,
      ),
    );
    results.push(
      await phase(
        'SIGTERM',
        { seconds: s.term + 60 },
        async (_elapsed, stopLoad) => {
          await sleep(s.term * 1000);
          const code = await server!.stop('SIGTERM');
          stopLoad();
          log(`  server exited with ${code} on SIGTERM`);
        },
        true,
      ),
    );
    results.push(
      await phase(
        'kill -9',
        { seconds: s.kill + 60 },
        async (sample, stopLoad) => {
          await sleep(s.kill * 1000);
          await sample();
          await server!.stop('SIGKILL');
          stopLoad();
        },
        true,
      ),
    );
    return results;
  } finally {
    await server?.stop('SIGTERM');
    await pg.destroy();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

/**
 * Every answered click recorded, none twice: exactly the server's count where it lived to tell, else
 * at least what the client received and at most that plus the requests in flight when it stopped.
 */
export function lostNone(r: PhaseResult, connections: number): boolean {
  if (r.name === 'kill -9') return r.recorded <= r.answered + connections;
  if (r.dropped !== 0) return false;
  if (r.served !== null) return r.recorded === r.served && r.served >= r.answered;
  return r.recorded >= r.answered && r.recorded <= r.answered + connections;
}

/** kill -9's loss in milliseconds of its own traffic. */
export const lossMs = (r: PhaseResult) => ((r.answered - r.recorded) / Math.max(r.rate, 1)) * 1000;

async function main() {
  const short = process.env.BENCH_SHORT === '1';
  const connections = Number(process.env.BENCH_CONNECTIONS ?? 50);
  console.log(
    `bench:sustained (${short ? 'short' : 'full'}), ${connections} connections; load: ${(
      await import('node:os')
    )
      .loadavg()
      .map((l) => l.toFixed(1))
      .join(' ')}`,
  );
  const results = await runSustained({ short, connections });
  const mb = (b: number) => `${(b / 1024 / 1024).toFixed(0)} MB`;
  console.log('');
  console.log(
    'phase        answered   recorded  dropped  drain s  req/s   peak RSS  peak spool  peak backlog',
  );
  for (const r of results)
    console.log(
      `${r.name.padEnd(10)}${String(r.answered).padStart(11)}${String(r.recorded).padStart(11)}${String(r.dropped).padStart(9)}` +
        `${(r.drainMs / 1000).toFixed(1).padStart(9)}${r.rate.toFixed(0).padStart(7)}${mb(r.peakRssBytes).padStart(11)}` +
        `${mb(r.peakSpoolBytes).padStart(12)}${String(r.peakBacklog).padStart(14)}`,
    );
  const kill = results.find((r) => r.name === 'kill -9')!;
  console.log(
    `kill -9 lost ${Math.max(0, kill.answered - kill.recorded)} clicks = ${Math.max(0, lossMs(kill)).toFixed(0)} ms of its traffic ` +
      `(bound ${KILL_LOSS_BOUND_MS} ms); ${kill.unspooledAtKill ?? '?'} clicks were not yet on disk at the last scrape before the kill`,
  );
  console.log(
    `load average after: ${(await import('node:os'))
      .loadavg()
      .map((l) => l.toFixed(1))
      .join(' ')}`,
  );
  const ok = results.every((r) => lostNone(r, connections)) && lossMs(kill) <= KILL_LOSS_BOUND_MS;
  process.exitCode = ok ? 0 : 1;
}

if (require.main === module)
  main().catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
