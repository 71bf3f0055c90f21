/**
 * `pnpm bench:stats`: times clickStats through GraphQL over HTTP on links with 1 M and 5 M clicks.
 *
 * Needs PostgreSQL: DATABASE_URL, else postgres://postgres@127.0.0.1:5432/sl_bench (created when
 * missing). The clicks are generated inside PostgreSQL with generate_series, one statement per day of
 * data, so the aggregate triggers run exactly as for the click writer's batches. The bench's account and
 * its data are deleted at the end (BENCH_KEEP=1 keeps them). BENCH_PORT picks the HTTP port (default: any);
 * BENCH_RUNS the timed requests per case (default 30).
 */
import 'reflect-metadata';
import type { AddressInfo } from 'node:net';
import { performance } from 'node:perf_hooks';
import type { DataSource } from 'typeorm';
import { createApp } from '../src/app';
import { loadConfig } from '../src/config';
import { openDatabase } from '../src/db/database';
import { CLICK_STATS_QUERY } from '../test/utils/clicks';
import { benchAccount, ensureDatabase, graphql, time } from './bench-utils';
import { GENERATE_DAY } from './click-data';

const DEFAULT_URL = 'postgres://postgres@127.0.0.1:5432/sl_bench';
const DAYS = 90;
// BENCH_SCALE=0.01 makes a quick trial run of the script itself.
const SCALE = Number(process.env.BENCH_SCALE ?? 1);
const SIZES = [1_000_000, 5_000_000].map((n) => Math.round(n * SCALE));
const OTHER_LINKS = 5;
const OTHER_CLICKS = Math.round(500_000 * SCALE);
const RUNS = Number(process.env.BENCH_RUNS ?? 30);

const STATS = CLICK_STATS_QUERY;

async function generate(db: DataSource, linkIds: string[], counts: number[]) {
  const started = performance.now();
  const now = Date.now();
  const runner = db.createQueryRunner();
  try {
    // A day of clicks for every link is one statement: let the trigger's aggregation sort in memory.
    await runner.query(`SET work_mem = '256MB'`);
    for (let day = 0; day < DAYS; day++) {
      const perDay = counts.map((n) => Math.floor(n / DAYS) + (day < n % DAYS ? 1 : 0));
      await runner.query(GENERATE_DAY, [new Date(now - day * 86_400_000).toISOString(), linkIds, perDay]);
      if (day % 15 === 14) console.log(`  … ${day + 1} of ${DAYS} days`);
    }
  } finally {
    await runner.release();
  }
  const seconds = (performance.now() - started) / 1000;
  const total = counts.reduce((a, b) => a + b, 0);
  console.log(
    `Generated ${total.toLocaleString('en')} clicks in ${seconds.toFixed(0)} s (${Math.round(total / seconds).toLocaleString('en')} clicks/s, triggers included)`,
  );
  await db.query('VACUUM (ANALYZE) clicks, link_click_slots, link_click_breakdowns, link_click_counts');
  const sizes: { name: string; size: string }[] = await db.query(
    `SELECT relname AS name, pg_size_pretty(pg_total_relation_size(oid)) AS size FROM pg_class
      WHERE relname IN ('clicks', 'link_click_slots', 'link_click_breakdowns') ORDER BY relname`,
  );
  console.log(`Table sizes (whole bench database): ${sizes.map((s) => `${s.name} ${s.size}`).join(', ')}`);
}

/** The write cost of the aggregates: one batch like the click writer's, with and without the trigger. */
async function measureWriteCost(db: DataSource, linkId: string) {
  const batch = `INSERT INTO clicks (link_id, clicked_at, classification, country, region, city, latitude, longitude,
                   browser, os, platform, referrer_host, bot_agent)
    SELECT $1, now() - random() * interval '1 minute', 'REPEAT', 'DE', 'BE', 'City ' || (g % 300), 52.5, 13.4,
           'Chrome', 'Android', 'mobile', CASE WHEN g % 3 = 0 THEN 'site' || (g % 40) || '.example' END, NULL
      FROM generate_series(1, 1000) g`;
  const run = async (label: string) =>
    time(label, 20, async () => {
      await db.query(batch, [linkId]);
    });
  const withTrigger = await run('insert 1,000 clicks, aggregates on');
  await db.query('ALTER TABLE clicks DISABLE TRIGGER clicks_aggregates_after_insert');
  try {
    await run('insert 1,000 clicks, aggregates off');
  } finally {
    await db.query('ALTER TABLE clicks ENABLE TRIGGER clicks_aggregates_after_insert');
  }
  return withTrigger;
}

async function main() {
  const url = process.env.DATABASE_URL || DEFAULT_URL;
  await ensureDatabase(url);
  const config = loadConfig({
    ...process.env,
    DATABASE_URL: url,
    PORT: process.env.BENCH_PORT ?? '0',
    SESSION_SECRET: 'bench-secret-0123456789',
    NODE_ENV: 'production',
    // The bench times hundreds of clickStats a minute from one account: no per-account budget.
    ANALYTICS_BUDGET: process.env.ANALYTICS_BUDGET ?? '0',
  });
  const database = await openDatabase(config);
  const app = await createApp(config, database);
  await new Promise<void>((resolve) => app.server.listen(config.port, '127.0.0.1', resolve));
  const base = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`;
  const db = database.dataSource;
  let accountId: string | null = null;
  try {
    // An account and API key of its own, like an integration reading reports.
    const { accountId: id, token } = await benchAccount(base);
    accountId = id;
    const newLink = async (title: string): Promise<string> =>
      (
        await graphql(
          base,
          token,
          `
            mutation ($t: String) {
              createLink(input: { destinationUrl: "https://example.com/", title: $t }) {
                id
              }
            }
          `,
          {
            t: title,
          },
        )
      ).createLink.id;

    const measured: string[] = [];
    for (const n of SIZES) measured.push(await newLink(`bench ${n}`));
    const others: string[] = [];
    for (let i = 0; i < OTHER_LINKS; i++) others.push(await newLink(`neighbour ${i}`));
    console.log(
      `Generating ${SIZES.map((n) => n.toLocaleString('en')).join(' + ')} clicks over ${DAYS} days, plus ${OTHER_CLICKS.toLocaleString('en')} on ${OTHER_LINKS} other links…`,
    );
    await generate(
      db,
      [...measured, ...others],
      [...SIZES, ...others.map(() => Math.floor(OTHER_CLICKS / OTHER_LINKS))],
    );

    const results: { size: number; label: string; p50: number; p95: number }[] = [];
    for (const [i, n] of SIZES.entries()) {
      const linkId = measured[i]!;
      const [sizes] = await db.query(
        `SELECT (SELECT count(*) FROM link_click_slots WHERE link_id = $1)::int AS slots,
                (SELECT count(*) FROM link_click_breakdowns WHERE link_id = $1)::int AS breakdowns`,
        [linkId],
      );
      console.log(
        `\n${n.toLocaleString('en')} clicks (aggregate rows: ${sizes.slots} slots, ${sizes.breakdowns} breakdown rows)`,
      );
      const run = (label: string, variables: Record<string, unknown>, runs = RUNS) =>
        time(label, runs, async () => {
          await graphql(base, token, STATS, { linkId, ...variables });
        }).then((r) => results.push({ size: n, ...r }));
      await run('LAST_90_DAYS, DAY, UTC', { filter: { range: 'LAST_90_DAYS' }, interval: 'DAY' });
      await run('LAST_90_DAYS, DAY, UTC, excludeBots', {
        filter: { range: 'LAST_90_DAYS' },
        interval: 'DAY',
        excludeBots: true,
      });
      await run(
        'LAST_90_DAYS, DAY, Europe/Berlin',
        { filter: { range: 'LAST_90_DAYS', timeZone: 'Europe/Berlin' } },
        10,
      );
      await run(
        'LAST_90_DAYS, DAY, Asia/Kolkata (+05:30)',
        { filter: { range: 'LAST_90_DAYS', timeZone: 'Asia/Kolkata' } },
        10,
      );
      await run('LAST_30_DAYS, HOUR, UTC', { filter: { range: 'LAST_30_DAYS' }, interval: 'HOUR' }, 10);
      await run(
        'LAST_7_DAYS, DAY, Asia/Kolkata',
        { filter: { range: 'LAST_7_DAYS', timeZone: 'Asia/Kolkata' } },
        10,
      );
    }

    // What the aggregates save: the same breakdowns computed from the raw clicks of the 5 M link.
    const big = measured[measured.length - 1]!;
    console.log('\nWithout aggregates (raw clicks of the largest link, one breakdown query, 2 runs):');
    await time(
      'raw scan, LAST_90_DAYS, all dimensions',
      2,
      async () => {
        await db.query(
          `SELECT v.dimension, v.value, count(*), count(*) FILTER (WHERE c.classification = 'BOT')
           FROM clicks c CROSS JOIN LATERAL click_breakdown_values(c.classification, c.country, c.region, c.city,
                c.browser, c.os, c.platform, c.referrer_host, c.bot_agent) v
          WHERE c.link_id = $1 AND c.clicked_at >= now() - interval '90 days' GROUP BY 1, 2`,
          [big],
        );
      },
      0,
    );
    // The CSV export of the 1 M link: streamed page by page, so the server's memory should not grow with it.
    const rssBefore = process.memoryUsage().rss;
    let peakRss = rssBefore;
    const sampler = setInterval(() => (peakRss = Math.max(peakRss, process.memoryUsage().rss)), 50);
    const exportStart = performance.now();
    const res = await fetch(`${base}/api/links/${measured[0]}/clicks.csv?range=LAST_90_DAYS`, {
      headers: { authorization: `Bearer ${token}` },
    });
    let bytes = 0;
    let lines = 0;
    for await (const chunk of res.body as unknown as AsyncIterable<Uint8Array>) {
      bytes += chunk.length;
      for (const byte of chunk) if (byte === 10) lines++;
    }
    clearInterval(sampler);
    const exportSeconds = (performance.now() - exportStart) / 1000;
    console.log(
      `\nCSV export of the ${SIZES[0]!.toLocaleString('en')}-click link: ${(lines - 1).toLocaleString('en')} rows, ` +
        `${(bytes / 1e6).toFixed(0)} MB in ${exportSeconds.toFixed(1)} s (${Math.round((lines - 1) / exportSeconds).toLocaleString('en')} rows/s); ` +
        `process memory ${(rssBefore / 1e6).toFixed(0)} MB before, ${(peakRss / 1e6).toFixed(0)} MB at most during it`,
    );

    console.log('\nWrite cost of the aggregates (one click-writer batch):');
    await measureWriteCost(db, others[0]!);

    console.log('\nSummary (clickStats over HTTP, every breakdown, DAY, LAST_90_DAYS):');
    for (const r of results.filter((r) => r.label.startsWith('LAST_90_DAYS, DAY, UTC'))) {
      console.log(
        `  ${r.size.toLocaleString('en').padStart(9)} clicks  ${r.label.padEnd(38)} p50 ${r.p50.toFixed(1)} ms  p95 ${r.p95.toFixed(1)} ms`,
      );
    }
  } finally {
    if (accountId && process.env.BENCH_KEEP !== '1') {
      // Deleting a link deletes its clicks and aggregates (ON DELETE CASCADE): timed on the largest one.
      const started = performance.now();
      await db.query(`DELETE FROM links WHERE account_id = $1 AND title = $2`, [
        accountId,
        `bench ${SIZES[SIZES.length - 1]}`,
      ]);
      console.log(
        `\nDeleted the ${SIZES[SIZES.length - 1]!.toLocaleString('en')}-click link with its aggregates in ${((performance.now() - started) / 1000).toFixed(1)} s`,
      );
      await db.query(`DELETE FROM accounts WHERE id = $1`, [accountId]);
    }
    await app.close();
    await database.close();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
