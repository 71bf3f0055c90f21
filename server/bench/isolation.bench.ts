/**
 * `pnpm bench:isolation`: does the redirect stay fast while API callers do their worst? Redirects at a
 * steady BENCH_RATE (500 req/s) on a cached link for BENCH_SECONDS (20) a row, timed from the moment
 * each one was due (bench/redirect-timer.ts), beside 0/1/2/4/8 clients each sending the heaviest query
 * the limits allow (9 × clickStats over 2 years, DAY, aliased in one request) back to back, from an
 * account of its own, plus BENCH_FLOODERS (8) clients flooding sign-up and log-in (random e-mails, each
 * from an address of its own). Prints redirect p50/p99/max per row, what the heavy clients got
 * (answers, RATE_LIMITED), the server's CPU, and `uptime`.
 *
 * Data: 2 years of clicks (BENCH_CLICKS_PER_DAY, 150) generated in PostgreSQL through the aggregate
 * triggers for one link; the other heavy accounts' links get a copy of its aggregate rows. Needs
 * PostgreSQL: DATABASE_URL, else a throwaway database on 127.0.0.1:5432. BENCH_CPU_PROF=<folder> writes
 * a CPU profile of the server; BENCH_ROWS (e.g. "0,8") picks the rows; BENCH_NO_PAUSE=1 skips the
 * minute between rows that lets the analytics budgets refill.
 */
import 'reflect-metadata';
import { execFileSync } from 'node:child_process';
import { performance } from 'node:perf_hooks';
import { Client } from 'pg';
import { CLICK_STATS_QUERY } from '../test/utils/clicks';
import { GraphQLClient, TEST_PASSWORD, uniqueEmail, type SignedUpClient } from '../test/utils/graphql';
import { scratchPostgres, spawnServer, type ServerProcess } from '../test/utils/process';
import { cpuSeconds, RedirectTimer } from './bench-utils';

const RATE = Number(process.env.BENCH_RATE ?? 500);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 20);
const ROWS = (process.env.BENCH_ROWS ?? '0,1,2,4,8').split(',').map(Number);
const FLOODERS = Number(process.env.BENCH_FLOODERS ?? 8);
const CLICKS_PER_DAY = Number(process.env.BENCH_CLICKS_PER_DAY ?? 150);
const DAYS = 731;
const DAY_MS = 86_400_000;
const MAX_HEAVY = Math.max(...ROWS);

/** The heaviest request the limits accept: 9 aliased clickStats (cost 981 of 1,000), 2 years of days. */
const SELECTION = CLICK_STATS_QUERY.slice(
  CLICK_STATS_QUERY.indexOf('{', CLICK_STATS_QUERY.indexOf('clickStats(')),
);
const HEAVY_QUERY = `query Heavy($linkId: ID!, $filter: ClickStatsFilter) {
  ${Array.from({ length: 9 }, (_, i) => `s${i}: clickStats(linkId: $linkId, filter: $filter, interval: DAY) ${SELECTION.slice(0, SELECTION.lastIndexOf('}'))}`).join('\n')}
}`;

// One day of clicks for a link, with places, browsers and referrers varied as in bench:stats.
const GENERATE = `
  INSERT INTO clicks (link_id, clicked_at, classification, country, region, city, latitude, longitude, browser,
                      os, platform, referrer_host, bot_agent)
  SELECT $1::uuid, d.day + random() * interval '1 day',
         CASE WHEN r.kind < 0.12 THEN 'BOT' WHEN r.kind < 0.62 THEN 'UNIQUE' ELSE 'REPEAT' END,
         (ARRAY['IN','US','BR','DE','GB','ID','MX','NG','FR','IT','ES','TR','PH','PK','BD','EG','ZA','AR','CO','KE',
                'PL','NL','CA','AU','JP','KR','VN','TH','MY','SA'])[1 + r.city % 30],
         'R' || (r.city % 7), 'City ' || r.city,
         -50 + (r.city * 37 % 110) + 0.5, -170 + (r.city * 91 % 340) + 0.5,
         CASE WHEN r.kind < 0.12 THEN 'Unknown' ELSE (ARRAY['Chrome','Safari','WhatsApp','Samsung Internet','Instagram',
              'Facebook','Firefox','Edge','Telegram','Opera'])[1 + floor(power(random(), 2) * 10)::int] END,
         (ARRAY['Android','iOS','Windows','macOS','Linux','ChromeOS'])[1 + floor(power(random(), 2) * 6)::int],
         (ARRAY['mobile','desktop','tablet','other'])[1 + floor(power(random(), 3) * 4)::int],
         CASE WHEN random() < 0.45 THEN NULL ELSE 'site' || floor(power(random(), 3) * 60)::int || '.example' END,
         CASE WHEN r.kind < 0.12 THEN (ARRAY['WhatsApp preview','Googlebot','Slack preview','Bingbot'])[1 + floor(random() * 4)::int] END
    FROM generate_series($2::timestamptz, $3::timestamptz - interval '1 day', interval '1 day') AS d(day)
   CROSS JOIN generate_series(1, $4::int) AS g(i)
   CROSS JOIN LATERAL (SELECT random() + 0 * g.i AS kind, floor(power(random(), 3) * 1500)::int AS city) r`;

const COPY_AGGREGATES = [
  `INSERT INTO link_click_slots (link_id, slot, clicks, uniques, bots)
     SELECT $2, slot, clicks, uniques, bots FROM link_click_slots WHERE link_id = $1`,
  `INSERT INTO link_click_breakdowns (link_id, grain, period, dimension, value, clicks, bots, lat_sum, lon_sum, located)
     SELECT $2, grain, period, dimension, value, clicks, bots, lat_sum, lon_sum, located
       FROM link_click_breakdowns WHERE link_id = $1`,
];

const percentile = (sorted: number[], p: number) =>
  sorted.length ? sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))]! : NaN;
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

interface HeavyClient {
  client: GraphQLClient;
  linkId: string;
}

/** Signs up from an address of its own (the sign-up throttle counts per address). */
async function signUpFrom(baseUrl: string, address: string, name: string): Promise<SignedUpClient> {
  const client = new GraphQLClient(baseUrl) as SignedUpClient;
  client.headers['x-forwarded-for'] = address;
  const email = uniqueEmail('bench');
  const data = await client.ok<{ signUp: { account: { id: string } } }>(
    `mutation($input: SignUpInput!) { signUp(input: $input) { account { id } } }`,
    { input: { email, password: TEST_PASSWORD, accountName: name } },
  );
  Object.assign(client, { accountId: data.signUp.account.id, email, password: TEST_PASSWORD });
  return client;
}

async function seed(server: ServerProcess, dbUrl: string) {
  const owner = await signUpFrom(server.url, '198.51.100.1', 'Bench redirects');
  const { createLink } = await owner.ok<{ createLink: { code: string } }>(
    `mutation { createLink(input: { destinationUrl: "https://shop.example.com/spring?ref=bench" }) { code } }`,
  );
  const heavy: HeavyClient[] = [];
  for (let i = 0; i < MAX_HEAVY; i++) {
    const account = await signUpFrom(server.url, `198.51.100.${10 + i}`, `Bench analytics ${i}`);
    const { createApiKey } = await account.ok<{ createApiKey: { secret: string } }>(
      `mutation { createApiKey(name: "reports", scope: READ_ONLY) { secret } }`,
    );
    const { createLink: link } = await account.ok<{ createLink: { id: string } }>(
      `mutation { createLink(input: { destinationUrl: "https://shop.example.com/report" }) { id } }`,
    );
    const client = new GraphQLClient(server.url);
    client.bearer = createApiKey.secret;
    heavy.push({ client, linkId: link.id });
  }
  if (heavy.length === 0) return { code: createLink.code, heavy };

  const pg = new Client({ connectionString: dbUrl });
  await pg.connect();
  try {
    const started = performance.now();
    const end = Math.floor(Date.now() / DAY_MS) * DAY_MS + DAY_MS;
    await pg.query(`SET work_mem = '256MB'`);
    for (let from = end - DAYS * DAY_MS; from < end; from += 61 * DAY_MS) {
      const to = Math.min(end, from + 61 * DAY_MS);
      await pg.query(GENERATE, [heavy[0]!.linkId, new Date(from), new Date(to), CLICKS_PER_DAY]);
    }
    for (const { linkId } of heavy.slice(1))
      for (const sql of COPY_AGGREGATES) await pg.query(sql, [heavy[0]!.linkId, linkId]);
    await pg.query('VACUUM (ANALYZE) clicks, link_click_slots, link_click_breakdowns');
    // The seed's dirty pages would otherwise be flushed by a timed checkpoint in the middle of a row.
    await pg.query('CHECKPOINT').catch((error: Error) => console.log(`No checkpoint: ${error.message}`));
    console.log(
      `Seeded ${(DAYS * CLICKS_PER_DAY).toLocaleString('en')} clicks over ${DAYS} days (aggregates copied to ` +
        `${heavy.length - 1} more accounts) in ${((performance.now() - started) / 1000).toFixed(0)} s`,
    );
  } finally {
    await pg.end();
  }
  return { code: createLink.code, heavy };
}

interface Tally {
  ok: number;
  limited: number;
  other: number;
  bytes: number;
  ms: number[];
}

/**
 * One heavy client: the request again as soon as the last answer arrived, whatever it was. A full answer
 * (0.7 MB) is read as text and not parsed: parsing it would hold up this process's event loop, which
 * times the redirects, and count against the server.
 */
async function heavyLoop(h: HeavyClient, until: number, tally: Tally) {
  const to = Math.floor(Date.now() / DAY_MS) * DAY_MS + DAY_MS;
  const filter = { from: new Date(to - DAYS * DAY_MS).toISOString(), to: new Date(to).toISOString() };
  const body = JSON.stringify({ query: HEAVY_QUERY, variables: { linkId: h.linkId, filter } });
  do {
    const started = performance.now();
    const res = await fetch(`${h.client.baseUrl}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${h.client.bearer}` },
      body,
    });
    const text = await res.text();
    // Errors come first in an answer; a whole answer has none.
    const errors = text.startsWith('{"errors"')
      ? (JSON.parse(text) as { errors: { extensions?: { code?: string } }[] }).errors
      : undefined;
    const code = errors?.[0]?.extensions?.code;
    if (!errors && res.ok) {
      tally.ok++;
      tally.ms.push(performance.now() - started);
      tally.bytes = text.length;
    } else if (code === 'RATE_LIMITED') {
      tally.limited++;
      // A client that honours nothing would spin; this one at least waits a little between refusals.
      await sleep(100);
    } else {
      tally.other++;
      if (tally.other === 1) console.error(`heavy query failed: ${res.status} ${text.slice(0, 500)}`);
      await sleep(100);
    }
  } while (Date.now() < until);
}

/** One flooder: sign-ups and log-ins with random e-mails, from its own address, back to back. */
async function floodLoop(baseUrl: string, index: number, until: number, tally: Record<string, number>) {
  const client = new GraphQLClient(baseUrl);
  client.headers['x-forwarded-for'] = `203.0.113.${index + 1}`;
  for (let n = 0; Date.now() < until; n++) {
    const res =
      n % 2 === 0
        ? await client.request(`mutation($i: SignUpInput!) { signUp(input: $i) { id } }`, {
            i: { email: uniqueEmail('flood'), password: TEST_PASSWORD, accountName: 'Flood' },
          })
        : await client.request(`mutation($i: LogInInput!) { logIn(input: $i) { id } }`, {
            i: { email: uniqueEmail('nobody'), password: 'wrong password 123' },
          });
    const code = res.errors?.[0]?.extensions?.code ?? 'OK';
    tally[code] = (tally[code] ?? 0) + 1;
    if (code === 'RATE_LIMITED') await sleep(50);
  }
}

/** The server's CPU seconds so far and its event loop's longest stall since the last reading (ms). */
async function serverGauges(url: string) {
  const text = await (await fetch(`${url}/metrics`)).text();
  const sample = (name: string) => Number(new RegExp(`^${name} (\\S+)$`, 'm').exec(text)?.[1] ?? NaN);
  return {
    cpu: sample('process_cpu_seconds_total'),
    lagMax: sample('nodejs_eventloop_lag_max_seconds') * 1000,
  };
}

async function main() {
  const scratch = await scratchPostgres('sl_bench_iso');
  if (!scratch) throw new Error('bench:isolation needs PostgreSQL (DATABASE_URL or 127.0.0.1:5432)');
  const nodeArgs = process.env.BENCH_CPU_PROF
    ? ['--cpu-prof', `--cpu-prof-dir=${process.env.BENCH_CPU_PROF}`]
    : [];
  let server: ServerProcess | undefined;
  const timer = new RedirectTimer(RATE);
  try {
    server = await spawnServer({ DATABASE_URL: scratch.url, TRUST_PROXY: 'loopback' }, undefined, nodeArgs);
    const { code, heavy } = await seed(server, scratch.url);
    // Warm-up: the link cache, both sides' JIT, one heavy answer. It is asked by the account the last
    // row starts using, which has had its budget back by then: every row sees full allowances.
    await timer.run(`${server.url}/${code}`, 10);
    const warmer = heavy.at(-1);
    if (warmer) {
      const warm: Tally = { ok: 0, limited: 0, other: 0, bytes: 0, ms: [] };
      await heavyLoop(warmer, Date.now() + 1, warm);
      console.log(
        `Heavy request: ${(warm.bytes / 1000).toFixed(0)} kB of data, ${warm.ms[0]?.toFixed(0)} ms alone`,
      );
    }
    console.log(`load before: ${execFileSync('uptime').toString().trim()}`);
    console.log(
      `\nRedirects at ${RATE} req/s for ${SECONDS} s a row on one cached link; ${FLOODERS} sign-up/log-in flooders in every row.`,
    );
    console.log(
      '| heavy clients | redirect p50 | p99 | max | heavy answers (ok / RATE_LIMITED / other) | heavy p50 | flood answers | server CPU (main thread) | longest loop stall |',
    );
    console.log('|---|---|---|---|---|---|---|---|---|');
    for (const clients of ROWS) {
      const until = Date.now() + SECONDS * 1000;
      const tally: Tally = { ok: 0, limited: 0, other: 0, bytes: 0, ms: [] };
      const flood: Record<string, number> = {};
      const before = await serverGauges(server.url);
      const mainBefore = cpuSeconds(server.child.pid, true);
      const loops = [
        ...heavy.slice(0, clients).map((h) => heavyLoop(h, until, tally)),
        ...Array.from({ length: FLOODERS }, (_, i) => floodLoop(server!.url, i, until, flood)),
      ];
      const timing = await timer.run(`${server.url}/${code}`, SECONDS);
      if (timing.other > 0) console.error(`${timing.other} redirects were not answered 302`);
      await Promise.all(loops);
      const after = await serverGauges(server.url);
      const mainCpu = cpuSeconds(server.child.pid, true) - mainBefore;
      const heavyMs = tally.ms.sort((a, b) => a - b);
      console.log(
        `| ${clients} | ${timing.p50} ms | ${timing.p99} ms | ` +
          `${timing.max} ms | ${tally.ok} / ${tally.limited} / ${tally.other} | ` +
          `${clients ? `${percentile(heavyMs, 0.5).toFixed(0)} ms` : '–'} | ` +
          `${Object.entries(flood)
            .map(([k, v]) => `${k} ${v}`)
            .join(
              ', ',
            )} | ${(after.cpu - before.cpu).toFixed(1)} s (${mainCpu.toFixed(1)} s) | ${after.lagMax.toFixed(0)} ms |`,
      );
      // Budgets refill per minute: let the next row start from the same state.
      if (clients > 0 && process.env.BENCH_NO_PAUSE !== '1') await sleep(61_000);
    }
    console.log(`\nload after: ${execFileSync('uptime').toString().trim()}`);
  } finally {
    timer.stop();
    const exit = await server?.stop();
    if (exit !== undefined && exit !== 0) console.error(`server exited with ${exit}:\n${server?.output()}`);
    await scratch.drop();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
