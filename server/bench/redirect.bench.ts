/**
 * `pnpm bench:redirect`: the product's redirect (click recording on, real PostgreSQL) against a bare
 * Node server answering 302, under the same load, alternating rounds. Prints requests/s, p50 and p99
 * of both, their ratio, and the clicks in the database against the redirects answered.
 *
 * Database: DATABASE_URL; else a throwaway database on the PostgreSQL at 127.0.0.1:5432; else (with a
 * warning) the embedded one. Tunables: BENCH_ROUNDS (3), BENCH_REQUESTS per round (60000),
 * BENCH_CONNECTIONS (50), BENCH_NODE_ARGS (Node flags for the product server), BENCH_CPU_PROF (a folder for a CPU profile of the product server).
 * Each round also reports the server's CPU time per request (from /proc), which a busy machine disturbs
 * far less than requests/s.
 */
import 'reflect-metadata';
import autocannon from 'autocannon';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { signUp } from '../test/utils/graphql';
import { scratchPostgres, spawnServer, type ServerProcess } from '../test/utils/process';
import { cpuSeconds } from './bench-utils';
import { buildRequests } from './requests';

const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 3);
const REQUESTS = Number(process.env.BENCH_REQUESTS ?? 60_000);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 50);
const LINKS = 20;

interface Round {
  rps: number;
  /** CPU time the server process spent per answered request (all its threads), in µs. */
  cpuMicros: number;
  /** Of which its main thread's, the one that answers: what caps requests/s once the machine is idle. */
  mainMicros: number;
  latencies: number[];
  answered: number;
  errors: number;
}

async function load(
  url: string,
  requests: autocannon.Request[],
  amount: number,
  pid?: number,
): Promise<Round> {
  const latencies: number[] = [];
  const cpuBefore = cpuSeconds(pid);
  const mainBefore = cpuSeconds(pid, true);
  const result = await new Promise<autocannon.Result>((resolveRun, reject) => {
    const instance = autocannon(
      { url, connections: CONNECTIONS, amount, requests, timeout: 10 },
      (error, res) => (error ? reject(error as Error) : resolveRun(res)),
    );
    instance.on('response', (_client, _status, _bytes, responseTime) => latencies.push(responseTime));
  });
  return {
    rps: result.requests.total / result.duration,
    cpuMicros: ((cpuSeconds(pid) - cpuBefore) / result.requests.total) * 1e6,
    mainMicros: ((cpuSeconds(pid, true) - mainBefore) / result.requests.total) * 1e6,
    latencies,
    answered: result['3xx'],
    errors: result.errors + result.timeouts + result['4xx'] + result['5xx'] + result['2xx'],
  };
}

const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))]!;
const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

/** Clicks stored for the bench account's links, read through the API (works on either database). */
async function clicksInDatabase(client: Awaited<ReturnType<typeof signUp>>) {
  const data = await client.ok<{ links: { nodes: { clickCount: number }[] } }>(
    `{ links(first: 100) { nodes { clickCount } } }`,
  );
  return data.links.nodes.reduce((sum, link) => sum + link.clickCount, 0);
}

async function main() {
  const scratch = await scratchPostgres('sl_bench');
  if (!scratch)
    console.warn('! No DATABASE_URL and no PostgreSQL at 127.0.0.1:5432: measuring the embedded database.');
  const database = { url: scratch?.url, cleanup: async () => scratch?.drop() };
  const env: Record<string, string> = { TRUST_PROXY: 'loopback' };
  if (database.url) env.DATABASE_URL = database.url;
  // BENCH_CPU_PROF=<folder>: write a CPU profile of the product server there (open it in Chrome DevTools).
  const nodeArgs = process.env.BENCH_CPU_PROF
    ? ['--cpu-prof', `--cpu-prof-dir=${process.env.BENCH_CPU_PROF}`]
    : [];
  // BENCH_NODE_ARGS: extra Node flags for the product server, e.g. "--max-semi-space-size=32".
  nodeArgs.push(...(process.env.BENCH_NODE_ARGS ?? '').split(' ').filter(Boolean));
  let product: ServerProcess | undefined;
  let bare: ServerProcess | undefined;
  try {
    product = await spawnServer(env, undefined, nodeArgs);
    bare = await spawnServer({}, resolve(__dirname, 'bare-server.js'));
    const client = await signUp(product.url, 'Bench');
    const codes: string[] = [];
    for (let i = 0; i < LINKS; i++) {
      const { createLink } = await client.ok<{ createLink: { code: string } }>(
        `mutation($u: String!) { createLink(input: { destinationUrl: $u }) { code } }`,
        { u: `https://shop.example.com/spring-sale/${i}?ref=campaign` },
      );
      codes.push(createLink.code);
    }
    const requests = buildRequests(codes);
    console.log(
      `Load: autocannon, ${CONNECTIONS} connections, ${REQUESTS} requests a round, ${ROUNDS} rounds each, ` +
        `${LINKS} links, ${requests.length} distinct requests (user-agent mix, X-Forwarded-For visitors), ` +
        `database: ${database.url ? 'PostgreSQL' : 'embedded'}`,
    );

    let answered = 0;
    let productErrors = 0;
    // Warm-up: JIT, the link cache, the pools.
    const warm = await load(product.url, requests, 5_000);
    answered += warm.answered;
    productErrors += warm.errors;
    await load(bare.url, requests, 5_000);

    const rounds: { product: Round[]; bare: Round[] } = { product: [], bare: [] };
    for (let round = 1; round <= ROUNDS; round++) {
      const p = await load(product.url, requests, REQUESTS, product.child.pid);
      answered += p.answered;
      productErrors += p.errors;
      rounds.product.push(p);
      const b = await load(bare.url, requests, REQUESTS, bare.child.pid);
      rounds.bare.push(b);
      console.log(
        `round ${round}: product ${p.rps.toFixed(0)} req/s ${p.cpuMicros.toFixed(1)} µs CPU/req ` +
          `(main thread ${p.mainMicros.toFixed(1)}), bare ${b.rps.toFixed(0)} req/s ${b.cpuMicros.toFixed(1)} µs CPU/req`,
      );
    }

    // Every answered redirect must end up as a click: wait for the writer to catch up.
    let clicks = 0;
    for (let waited = 0; waited < 30_000; waited += 250) {
      clicks = await clicksInDatabase(client);
      if (clicks >= answered) break;
      await new Promise((r) => setTimeout(r, 250));
    }

    // The server's own view: time from request parsed to response written, and event-loop stalls.
    const metricsText = await (await fetch(`${product.url}/metrics`)).text();
    const sample = (name: string) =>
      Number(
        metricsText
          .split('\n')
          .find((line) => line.startsWith(name))
          ?.split(' ')
          .pop() ?? NaN,
      );
    const served = sample('sl_redirect_duration_seconds_count{status="302"}');
    const within = (le: string) =>
      sample(`sl_redirect_duration_seconds_bucket{le="${le}",status="302"}`) / served;
    const loopLagP99 = sample('nodejs_eventloop_lag_p99_seconds') * 1000;

    const summary = (name: string, list: Round[]) => {
      const sorted = list.flatMap((r) => r.latencies).sort((a, b) => a - b);
      return {
        name,
        rps: median(list.map((r) => r.rps)),
        p50: percentile(sorted, 0.5),
        p99: percentile(sorted, 0.99),
        cpu: median(list.map((r) => r.cpuMicros)),
        main: median(list.map((r) => r.mainMicros)),
      };
    };
    const a = summary('product redirect', rounds.product);
    const b = summary('bare node 302', rounds.bare);
    console.log('');
    console.log('                      req/s (median round)   p50 ms   p99 ms   CPU µs/req   main thread');
    for (const s of [a, b])
      console.log(
        `${s.name.padEnd(22)}${s.rps.toFixed(0).padStart(20)}${s.p50.toFixed(2).padStart(9)}` +
          `${s.p99.toFixed(2).padStart(9)}${s.cpu.toFixed(1).padStart(13)}${s.main.toFixed(1).padStart(14)}`,
      );
    const ratio = a.rps / b.rps;
    console.log('');
    console.log(`ratio product/bare: ${ratio.toFixed(2)} (target >= 0.5)`);
    console.log(
      `CPU per request, product/bare: ${(a.cpu / b.cpu).toFixed(1)}× (all the server's threads, the click ` +
        `writer's included; load average ${readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' ')})`,
    );
    console.log(`product p99: ${a.p99.toFixed(2)} ms (target < 10 ms)`);
    console.log(
      `server side (sl_redirect_duration_seconds): ${(within('0.001') * 100).toFixed(1)}% of redirects ` +
        `answered within 1 ms, ${(within('0.005') * 100).toFixed(2)}% within 5 ms, ` +
        `${(within('0.01') * 100).toFixed(2)}% within 10 ms; event-loop lag p99 ${loopLagP99.toFixed(1)} ms`,
    );
    console.log(
      `clicks in the database: ${clicks} of ${answered} redirects answered ` +
        `(${clicks === answered ? 'every click recorded' : `MISMATCH ${clicks - answered}`}); ` +
        `non-302 answers or errors: ${productErrors}`,
    );
    process.exitCode = clicks === answered && productErrors === 0 ? 0 : 1;
  } finally {
    await bare?.stop();
    const code = await product?.stop();
    if (code !== undefined && code !== 0)
      console.error(`product server exited with ${code}:\n${product?.output()}`);
    await database.cleanup();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
