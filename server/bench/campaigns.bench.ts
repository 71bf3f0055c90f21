/**
 * `pnpm bench:campaigns`: the three campaign figures, on real PostgreSQL, against the production server
 * process (`node dist/src/main.js`, NODE_ENV=production):
 * 1. addRecipients of 10,000 recipients in one call, over HTTP (target < 2 s);
 * 2. campaignClickStats over LAST_30_DAYS for a campaign of 100,000 recipient links with 1,000,000 clicks
 *    (target p50 < 150 ms);
 * 3. redirects over 100,000 distinct never-visited recipient codes, each requested once, against the bare
 *    Node server under the same load, as `bench:redirect` does (target ratio >= 0.25, every click recorded);
 * 4. recordDeliveries of 10,000 events in one call, over HTTP: a DELIVERED report for every recipient of
 *    figure 1's campaign (100,000 deliveries), then the whole report again, which must change nothing
 *    (target < 2 s a call);
 * 5. funnel(campaignId) of that campaign: 100,000 recipients, 100,000 deliveries, 1,000,000 clicks (figure
 *    2) and 10,000 conversions (seeded with set-based SQL), checked against a count from raw rows
 *    (target p50 < 100 ms);
 * 6. redirects of a link with conversion tracking on (sl_cid minted and appended) against one with it
 *    off, alternated (target: within noise of each other).
 *
 * Database: DATABASE_URL; else a throwaway database on the PostgreSQL at 127.0.0.1:5432 (dropped at the
 * end). Tunables: BENCH_SCALE (1; 0.01 for a quick trial of the script), BENCH_RUNS (30 timed stats
 * requests), BENCH_CONNECTIONS (50), BENCH_PARTS (which figures, default "1,2,3,4,5,6"; 2, 4 and 5 use 1's recipients, 5 is
 * at full size only after 2 and 4).
 */
import 'reflect-metadata';
import autocannon from 'autocannon';
import { execSync } from 'node:child_process';
import { resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { Client } from 'pg';
import { pickUserAgent, seededRandom, visitorAddress } from '../test/fixtures/traffic';
import { CLICK_STATS_QUERY } from '../test/utils/clicks';
import { signUp, type SignedUpClient } from '../test/utils/graphql';
import { scratchPostgres, spawnServer, type ServerProcess } from '../test/utils/process';
import { GENERATE_DAY } from './click-data';

const SCALE = Number(process.env.BENCH_SCALE ?? 1);
const PER_CALL = Math.max(1, Math.round(10_000 * SCALE));
const LINKS = Math.max(PER_CALL, Math.round(100_000 * SCALE));
const CLICKS = Math.round(1_000_000 * SCALE);
const DAYS = 30;
const RUNS = Number(process.env.BENCH_RUNS ?? 30);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 50);
const PARTS = new Set((process.env.BENCH_PARTS ?? '1,2,3,4,5,6').split(',').map((p) => p.trim()));
const CONVERSIONS = Math.round(10_000 * SCALE);
const TRACKING_REQUESTS = Math.max(2_000, Math.round(20_000 * SCALE));

const CAMPAIGN_STATS = CLICK_STATS_QUERY.replace('$linkId: ID!', '$campaignId: ID!').replace(
  'clickStats(linkId: $linkId',
  'campaignClickStats(campaignId: $campaignId',
);
const ADD = `mutation($c: ID!, $r: [RecipientInput!]!) {
  addRecipients(campaignId: $c, recipients: $r) { id externalId link { id code shortUrl } } }`;

const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(p * sorted.length) - 1))]!;
const ms = (n: number) => `${n.toFixed(0)} ms`;

async function createCampaign(client: SignedUpClient, name: string): Promise<string> {
  const { createCampaign } = await client.ok<{ createCampaign: { id: string } }>(
    `mutation($n: String!) { createCampaign(input: { name: $n, channel: WHATSAPP, destinationUrl: "https://shop.example.com/spring?ref=wa" }) { id } }`,
    { n: name },
  );
  return createCampaign.id;
}

/** Adds `count` recipients in calls of PER_CALL; answers the links and each call's duration. */
async function addMany(client: SignedUpClient, campaignId: string, count: number, tag: string) {
  const links: { id: string; code: string }[] = [];
  const durations: number[] = [];
  for (let start = 0; start < count; start += PER_CALL) {
    const recipients = Array.from({ length: Math.min(PER_CALL, count - start) }, (_, i) => ({
      externalId: `${tag}-${String(start + i).padStart(7, '0')}`,
    }));
    const started = performance.now();
    const { addRecipients } = await client.ok<{ addRecipients: { link: { id: string; code: string } }[] }>(
      ADD,
      {
        c: campaignId,
        r: recipients,
      },
    );
    durations.push(performance.now() - started);
    links.push(...addRecipients.map((r) => r.link));
  }
  return { links, durations };
}

/** Every code requested exactly once, spread over the connections, with varied visitors. */
async function burst(url: string, codes: string[]) {
  const random = seededRandom(7);
  const headers = Array.from({ length: 2000 }, () => ({
    'user-agent': pickUserAgent(random),
    'x-forwarded-for': visitorAddress(random),
  }));
  let next = 0;
  const latencies: number[] = [];
  const started = performance.now();
  const result = await new Promise<autocannon.Result>((done, reject) => {
    const instance = autocannon(
      {
        url,
        connections: CONNECTIONS,
        amount: codes.length,
        timeout: 10,
        requests: [
          {
            method: 'GET',
            setupRequest: (req) => {
              const i = next++;
              return { ...req, path: `/${codes[i % codes.length]}`, headers: headers[i % headers.length] };
            },
          },
        ],
      },
      (error, res) => (error ? reject(error as Error) : done(res)),
    );
    instance.on('response', (_client, _status, _bytes, time) => latencies.push(time));
  });
  const seconds = (performance.now() - started) / 1000;
  latencies.sort((a, b) => a - b);
  return {
    rps: result.requests.total / result.duration,
    /** Requests per second of wall time measured here (autocannon's duration is coarse for short runs). */
    wallRps: result.requests.total / seconds,
    p50: percentile(latencies, 0.5),
    p99: percentile(latencies, 0.99),
    redirects: result['3xx'],
    others: result.errors + result.timeouts + result['2xx'] + result['4xx'] + result['5xx'],
  };
}

async function main() {
  const scratch = await scratchPostgres('sl_bench_campaigns');
  if (!scratch)
    throw new Error('bench:campaigns needs PostgreSQL: set DATABASE_URL or run one on 127.0.0.1:5432');
  console.log(`Machine load before: ${execSync('uptime').toString().trim()}`);
  let product: ServerProcess | undefined;
  let bare: ServerProcess | undefined;
  const pg = new Client({ connectionString: scratch.url });
  try {
    product = await spawnServer({ DATABASE_URL: scratch.url, TRUST_PROXY: 'loopback' });
    bare = await spawnServer({}, resolve(__dirname, 'bare-server.js'));
    await pg.connect();
    const client = await signUp(product.url, 'Bench');

    // 1 and 2: a campaign of LINKS recipients, added PER_CALL at a time; every call is a sample.
    const statsCampaign = await createCampaign(client, 'Stats');
    const added = await addMany(client, statsCampaign, LINKS, 'stats');
    const sorted = [...added.durations].sort((a, b) => a - b);
    console.log(
      `\n1. addRecipients of ${PER_CALL.toLocaleString('en')} in one call, ${sorted.length} calls into one campaign ` +
        `(up to ${LINKS.toLocaleString('en')} recipients): median ${ms(percentile(sorted, 0.5))}, ` +
        `min ${ms(sorted[0]!)}, max ${ms(sorted[sorted.length - 1]!)} (target < 2 s)`,
    );

    if (PARTS.has('2')) await statsFigure(pg, client, statsCampaign, added.links);
    if (PARTS.has('4')) await deliveriesFigure(client, statsCampaign);
    if (PARTS.has('5')) await funnelFigure(pg, client, statsCampaign);
    if (PARTS.has('3')) await redirectFigure(pg, client, product, bare, added.links);
    if (PARTS.has('6')) await trackingFigure(client, product);
    console.log(`\nMachine load after: ${execSync('uptime').toString().trim()}`);
  } finally {
    await pg.end().catch(() => undefined);
    await bare?.stop();
    const code = await product?.stop();
    if (code !== undefined && code !== 0)
      console.error(`product server exited with ${code}:\n${product?.output()}`);
    await scratch.drop();
  }
}

async function statsFigure(
  pg: Client,
  client: SignedUpClient,
  statsCampaign: string,
  links: { id: string }[],
) {
  const started = performance.now();
  const linkIds = links.map((l) => l.id);
  await pg.query(`SET work_mem = '256MB'`);
  for (let day = 0; day < DAYS; day++) {
    // CLICKS spread evenly: each link gets its share over the 30 days.
    const perDay = linkIds.map(
      (_, i) => Math.floor(CLICKS / LINKS / DAYS) + ((i + day) % DAYS < (CLICKS / LINKS) % DAYS ? 1 : 0),
    );
    await pg.query(GENERATE_DAY, [new Date(Date.now() - day * 86_400_000).toISOString(), linkIds, perDay]);
  }
  const [{ n }] = (
    await pg.query(
      `SELECT count(*)::int AS n FROM clicks c JOIN links l ON l.id = c.link_id WHERE l.campaign_id = $1`,
      [statsCampaign],
    )
  ).rows as { n: number }[];
  console.log(
    `   generated ${n.toLocaleString('en')} clicks on ${LINKS.toLocaleString('en')} recipient links in ` +
      `${((performance.now() - started) / 1000).toFixed(0)} s (aggregate triggers included)`,
  );
  await pg.query(
    'VACUUM (ANALYZE) clicks, campaign_click_slots, campaign_click_breakdowns, links, recipients',
  );

  const samples: number[] = [];
  let total = 0;
  for (let i = 0; i < RUNS + 3; i++) {
    const t = performance.now();
    const data = await client.ok<{ campaignClickStats: { totals: { total: number } } }>(CAMPAIGN_STATS, {
      campaignId: statsCampaign,
      filter: { range: 'LAST_30_DAYS' },
    });
    if (i >= 3) samples.push(performance.now() - t);
    total = data.campaignClickStats.totals.total;
  }
  samples.sort((a, b) => a - b);
  console.log(
    `\n2. campaignClickStats LAST_30_DAYS, ${LINKS.toLocaleString('en')} links, ${total.toLocaleString('en')} clicks ` +
      `in range, every field, over HTTP: p50 ${percentile(samples, 0.5).toFixed(1)} ms, ` +
      `p95 ${percentile(samples, 0.95).toFixed(1)} ms over ${RUNS} runs (target p50 < 150 ms)`,
  );
}

async function redirectFigure(
  pg: Client,
  client: SignedUpClient,
  product: ServerProcess,
  bare: ServerProcess,
  warmLinks: { code: string }[],
) {
  // 3: another campaign's never-visited codes, each requested once; the bare server gets the same paths.
  const redirectCampaign = await createCampaign(client, 'Redirects');
  const fresh = await addMany(client, redirectCampaign, LINKS, 'burst');
  const codes = fresh.links.map((l) => l.code);
  // Warm-up (JIT, pools) on the first campaign's codes, which the burst does not use.
  await burst(
    product.url,
    warmLinks.slice(0, 5_000).map((l) => l.code),
  );
  await burst(bare.url, codes.slice(0, 5_000));
  const p = await burst(product.url, codes);
  const b = await burst(bare.url, codes);
  let recorded = 0;
  for (let waited = 0; waited < 60_000; waited += 500) {
    recorded = (
      await pg.query(
        `SELECT count(*)::int AS n FROM clicks c JOIN links l ON l.id = c.link_id WHERE l.campaign_id = $1`,
        [redirectCampaign],
      )
    ).rows[0].n as number;
    if (recorded >= p.redirects) break;
    await new Promise((r) => setTimeout(r, 500));
  }
  const metrics = await (await fetch(`${product.url}/metrics`)).text();
  console.log(
    `\n3. redirects of ${codes.length.toLocaleString('en')} distinct never-visited codes, each once, ` +
      `${CONNECTIONS} connections:`,
  );
  console.log(`   product ${p.rps.toFixed(0)} req/s (p50 ${p.p50} ms, p99 ${p.p99} ms)`);
  console.log(`   bare    ${b.rps.toFixed(0)} req/s (p50 ${b.p50} ms, p99 ${b.p99} ms)`);
  console.log(`   ratio product/bare: ${(p.rps / b.rps).toFixed(2)} (target >= 0.25)`);
  console.log(
    `   clicks recorded: ${recorded.toLocaleString('en')} of ${p.redirects.toLocaleString('en')} redirects ` +
      `(${recorded === p.redirects ? 'every click recorded' : `MISMATCH ${recorded - p.redirects}`}); ` +
      `other answers or errors: ${p.others}`,
  );
  const lookups = /sl_link_lookups_total (\d+)/.exec(metrics)?.[1];
  if (lookups) console.log(`   database lookups for those misses: ${lookups}`);
  process.exitCode = recorded === p.redirects && p.others === 0 ? 0 : 1;
}

const RECORD_DELIVERIES = `mutation($c: ID!, $e: [DeliveryEventInput!]!) {
  recordDeliveries(campaignId: $c, events: $e) { accepted unknownExternalIds } }`;
const FUNNEL = `query($c: ID!) { funnel(campaignId: $c) { recipients sent delivered read failed clicked converted
  conversions conversionValue clicks { total unique bots } medianSecondsToClick } }`;

async function deliveriesFigure(client: SignedUpClient, campaignId: string) {
  // Delivered the day before figure 2's clicks begin, as a send precedes its clicks.
  const sent = Date.now() - (DAYS + 1) * 86_400_000;
  const calls: { externalId: string; status: string; at: string }[][] = [];
  for (let start = 0; start < LINKS; start += PER_CALL)
    calls.push(
      Array.from({ length: Math.min(PER_CALL, LINKS - start) }, (_, i) => ({
        externalId: `stats-${String(start + i).padStart(7, '0')}`,
        status: 'DELIVERED',
        at: new Date(sent + ((start + i) % 3600) * 1000).toISOString(),
      })),
    );
  const timed = async () => {
    const durations: number[] = [];
    for (const events of calls) {
      const t = performance.now();
      const { recordDeliveries } = await client.ok<{ recordDeliveries: { accepted: number } }>(
        RECORD_DELIVERIES,
        {
          c: campaignId,
          e: events,
        },
      );
      durations.push(performance.now() - t);
      if (recordDeliveries.accepted !== events.length) throw new Error('recordDeliveries skipped events');
    }
    return durations.sort((a, b) => a - b);
  };
  const first = await timed();
  const before = await client.ok(FUNNEL, { c: campaignId });
  const replay = await timed();
  const after = await client.ok(FUNNEL, { c: campaignId });
  const same = JSON.stringify(before) === JSON.stringify(after);
  console.log(
    `\n4. recordDeliveries of ${PER_CALL.toLocaleString('en')} events in one call, over HTTP, ${calls.length} calls ` +
      `(${LINKS.toLocaleString('en')} deliveries): median ${ms(percentile(first, 0.5))}, max ${ms(first[first.length - 1]!)}; ` +
      `the same report replayed: median ${ms(percentile(replay, 0.5))}, max ${ms(replay[replay.length - 1]!)}, ` +
      `${same ? 'funnel unchanged' : 'FUNNEL CHANGED'} (target < 2 s)`,
  );
  if (!same) process.exitCode = 1;
}

// Conversions for the first CONVERSIONS recipients in one statement, with the counters the service keeps.
const SEED_CONVERSIONS = `
  WITH picked AS (
    SELECT id, link_id FROM recipients WHERE campaign_id = $1 ORDER BY seq LIMIT $2
  ), added AS (
    INSERT INTO conversions (account_id, link_id, campaign_id, recipient_id, name, value, currency, occurred_at)
    SELECT $3, link_id, $1, id, 'purchase', 25, 'USD', now() FROM picked RETURNING value
  ), counted AS (
    UPDATE recipients r SET conversions = r.conversions + 1, conversion_value = r.conversion_value + 25
      FROM picked p WHERE r.id = p.id AND r.conversions = 0
  )
  INSERT INTO campaign_funnel_counts AS f (campaign_id, shard, converted, conversions, conversion_value)
  SELECT $1, 0, count(*), count(*), sum(value) FROM added
  ON CONFLICT (campaign_id, shard) DO UPDATE
    SET converted = f.converted + EXCLUDED.converted, conversions = f.conversions + EXCLUDED.conversions,
        conversion_value = f.conversion_value + EXCLUDED.conversion_value`;

// The same figures counted from raw rows, for the check.
const RAW_FUNNEL = `
  SELECT count(*)::int AS recipients,
         count(*) FILTER (WHERE status IN ('SENT', 'DELIVERED', 'READ'))::int AS sent,
         count(*) FILTER (WHERE status IN ('DELIVERED', 'READ'))::int AS delivered,
         count(*) FILTER (WHERE clicks > 0)::int AS clicked,
         (SELECT count(*)::int FROM conversions WHERE campaign_id = $1) AS conversions,
         (SELECT count(*)::int FROM clicks c JOIN links l ON l.id = c.link_id WHERE l.campaign_id = $1) AS clicks
    FROM recipients WHERE campaign_id = $1`;

async function funnelFigure(pg: Client, client: SignedUpClient, campaignId: string) {
  const { rows: accounts } = await pg.query<{ account_id: string }>(
    `SELECT account_id FROM campaigns WHERE id = $1`,
    [campaignId],
  );
  await pg.query(SEED_CONVERSIONS, [campaignId, CONVERSIONS, accounts[0]!.account_id]);
  await pg.query('VACUUM (ANALYZE) recipients, conversions, campaign_funnel_counts');
  const samples: number[] = [];
  let funnel: Record<string, any> = {};
  for (let i = 0; i < RUNS + 3; i++) {
    const t = performance.now();
    funnel = (await client.ok<{ funnel: Record<string, any> }>(FUNNEL, { c: campaignId })).funnel;
    if (i >= 3) samples.push(performance.now() - t);
  }
  samples.sort((a, b) => a - b);
  // The one figure computed from rows (and then remembered until a delivery or first click moves it).
  const { rows: stats } = await pg.query<{ n: number }>(
    `SELECT count(*)::int AS n FROM recipients WHERE campaign_id = $1 AND delivered_at IS NOT NULL AND first_clicked_at IS NOT NULL`,
    [campaignId],
  );
  const medianRuns: number[] = [];
  for (let i = 0; i < 5; i++) {
    const t = performance.now();
    await pg.query(
      `SELECT percentile_cont(0.5) WITHIN GROUP (ORDER BY date_part('epoch', first_clicked_at - delivered_at))
         FROM recipients WHERE campaign_id = $1 AND delivered_at IS NOT NULL AND first_clicked_at IS NOT NULL`,
      [campaignId],
    );
    medianRuns.push(performance.now() - t);
  }
  medianRuns.sort((a, b) => a - b);
  const raw = (await pg.query(RAW_FUNNEL, [campaignId])).rows[0] as Record<string, number>;
  const agrees =
    raw.recipients === funnel.recipients &&
    raw.sent === funnel.sent &&
    raw.delivered === funnel.delivered &&
    raw.clicked === funnel.clicked &&
    raw.conversions === funnel.conversions &&
    raw.clicks === funnel.clicks.total;
  console.log(
    `\n5. funnel of a campaign of ${funnel.recipients.toLocaleString('en')} recipients, ${funnel.delivered.toLocaleString('en')} ` +
      `delivered, ${funnel.clicks.total.toLocaleString('en')} clicks, ${funnel.conversions.toLocaleString('en')} conversions, ` +
      `over HTTP: p50 ${percentile(samples, 0.5).toFixed(1)} ms, p95 ${percentile(samples, 0.95).toFixed(1)} ms over ${RUNS} runs ` +
      `(target p50 < 100 ms); ${agrees ? 'equal to a count from raw rows' : `DIFFERS from raw rows ${JSON.stringify(raw)}`}`,
  );
  console.log(
    `   median time to click ${funnel.medianSecondsToClick?.toFixed(0) ?? 'null'} s; computing it afresh over ` +
      `${stats[0]!.n.toLocaleString('en')} clicked, delivered recipients: median ${ms(percentile(medianRuns, 0.5))} ` +
      `(paid once per change of a delivery or first click, not per read)`,
  );
  if (!agrees) process.exitCode = 1;
}

async function trackingFigure(client: SignedUpClient, product: ServerProcess) {
  const link = async (conversionTracking: boolean) =>
    (
      await client.ok<{ createLink: { code: string } }>(
        `mutation($t: Boolean!) { createLink(input: { destinationUrl: "https://shop.example.com/p?ref=wa", conversionTracking: $t }) { code } }`,
        { t: conversionTracking },
      )
    ).createLink.code;
  const on = await link(true);
  const off = await link(false);
  const check = await fetch(`${product.url}/${on}?utm_source=x&sl_cid=forged`, { redirect: 'manual' });
  if (!/[?&]sl_cid=[0-9a-f-]{36}$/.test(check.headers.get('location') ?? ''))
    throw new Error(`no sl_cid on a tracked link: ${check.headers.get('location')}`);
  const run = (code: string) =>
    burst(
      product.url,
      Array.from({ length: TRACKING_REQUESTS }, () => `${code}?utm_source=whatsapp`),
    );
  await run(off); // warm-up of both paths
  await run(on);
  const results: Record<'on' | 'off', number[]> = { on: [], off: [] };
  for (const name of ['off', 'on', 'on', 'off', 'off', 'on'] as const) {
    const r = await run(name === 'on' ? on : off);
    if (r.others > 0) throw new Error(`${r.others} failed redirects`);
    results[name].push(r.wallRps);
  }
  const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
  console.log(
    `\n6. redirects of one hot link, ${TRACKING_REQUESTS.toLocaleString('en')} requests a run, alternated off/on/on/off/off/on: ` +
      `tracking off ${results.off.map((r) => r.toFixed(0)).join(', ')} req/s, on ${results.on.map((r) => r.toFixed(0)).join(', ')} req/s; ` +
      `ratio of medians on/off ${(median(results.on) / median(results.off)).toFixed(2)} (target: within noise of 1)`,
  );
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
