/**
 * `pnpm bench:search`: times links(search) through GraphQL over HTTP with 1,000,000 links in one account,
 * on real PostgreSQL and on the embedded database.
 *
 * BENCH_DB=postgres|embedded|both (default both). PostgreSQL: DATABASE_URL, else
 * postgres://postgres@127.0.0.1:5432/sl_bench (created when missing); the bench's accounts are deleted at
 * the end. The embedded database runs in memory in this process. BENCH_LINKS sets the size (default
 * 1,000,000; BENCH_EMBEDDED_LINKS for the embedded run), BENCH_RUNS the timed requests per case (30).
 * BENCH_KEEP=1 keeps the PostgreSQL accounts and their links (to EXPLAIN the queries afterwards).
 */
import 'reflect-metadata';
import type { AddressInfo } from 'node:net';
import { loadavg } from 'node:os';
import { performance } from 'node:perf_hooks';
import { createApp } from '../src/app';
import { loadConfig } from '../src/config';
import { openDatabase } from '../src/db/database';
import { LinkSearchWords1765330000000 } from '../src/db/migrations/1765330000000-LinkSearchWords';
import { SharedLinkSearchTrigrams1765260000000 } from '../src/db/migrations/1765260000000-SharedLinkSearchTrigrams';
import { benchAccount, ensureDatabase, graphql, time } from './bench-utils';

const DEFAULT_URL = 'postgres://postgres@127.0.0.1:5432/sl_bench';
const LINKS = Number(process.env.BENCH_LINKS ?? 1_000_000);
const EMBEDDED_LINKS = Number(process.env.BENCH_EMBEDDED_LINKS ?? LINKS);
const NEIGHBOUR_LINKS = 20_000;
const RUNS = Number(process.env.BENCH_RUNS ?? 30);

// What the dashboard's list asks for, on every keystroke of its search box.
const LIST = `query($s: String) { links(search: $s, first: 25) {
  totalCount totalCountCapped pageInfo { hasNextPage endCursor }
  nodes { id code shortUrl destinationUrl title status expiresAt createdAt clickCount } } }`;

// The links search indexes, dropped before the bulk load and rebuilt by their migrations after it.
const SEARCH_INDEXES = [
  ...['title', 'destination_url', 'code'].map((c) => `links_${c}_shared_trgm_idx`),
  'links_shared_words_idx',
];
const SEARCH_MIGRATIONS = [new SharedLinkSearchTrigrams1765260000000(), new LinkSearchWords1765330000000()];

const CAMPAIGNS = `ARRAY['Spring sale','Black Friday','Summer drop','New arrivals','Loyalty','Back to school',
  'Winter clearance','Flash deal']`;
/** One statement: per-product links of a shop, a campaign each, one second apart, 1 in 10 untitled. */
const GENERATE = `
  INSERT INTO links (account_id, code, destination_url, title, created_at)
  SELECT $1, 'k' || to_hex((g::bigint * 2654435761) % 4294967296),
         'https://shop.example.com/p/' || g || '?utm_source=whatsapp&utm_campaign=' ||
           replace(lower((${CAMPAIGNS})[1 + g % 8]), ' ', '-'),
         CASE WHEN g % 10 <> 0 THEN 'Product ' || g || ' — ' || (${CAMPAIGNS})[1 + g % 8] END,
         now() - ($2::int - g) * interval '1 second'
    FROM generate_series(1, $2::int) g`;

const CASES: [label: string, search: string | null][] = [
  ['no search (exact count)', null],
  ['rare: "Product 99999" (11 links)', 'Product 99999'],
  ['common: "black friday" (1 in 8)', 'black friday'],
  ['no match: "zzz-nothing"', 'zzz-nothing'],
  ['old and common: "Product 5" (111,111, none recent)', 'Product 5'],
  ['short: "bf" (newest 5,000 only)', 'bf'],
];

const load = () =>
  `load average ${loadavg()
    .map((l) => l.toFixed(1))
    .join(' ')}`;

async function bench(kind: 'postgres' | 'embedded', links: number) {
  const url = kind === 'postgres' ? process.env.DATABASE_URL || DEFAULT_URL : undefined;
  if (url) await ensureDatabase(url);
  const config = loadConfig({
    ...process.env,
    DATABASE_URL: url ?? '',
    PORT: process.env.BENCH_PORT ?? '0',
    SESSION_SECRET: 'bench-secret-0123456789',
    NODE_ENV: 'production',
  });
  let started = performance.now();
  const database = await openDatabase(config, { inMemory: true });
  console.log(
    `\n${kind === 'postgres' ? 'PostgreSQL' : 'Embedded database (PGlite, in memory)'}: ${links.toLocaleString('en')} links in one account`,
  );
  const app = await createApp(config, database);
  await new Promise<void>((resolve) => app.server.listen(config.port, '127.0.0.1', resolve));
  const base = `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`;
  const db = database.dataSource;
  const accounts: string[] = [];
  try {
    const { accountId, token } = await benchAccount(base);
    const neighbour = await benchAccount(base);
    accounts.push(accountId, neighbour.accountId);
    if (process.env.BENCH_KEEP && kind === 'postgres') console.log(`  account ${accountId}`);

    // Indexes are built after a bulk load, as after a restore: the migrations' own statements, timed.
    const runner = db.createQueryRunner();
    try {
      for (const index of SEARCH_INDEXES) await runner.query(`DROP INDEX IF EXISTS ${index}`);
      let inserted = 0;
      let indexed = 0;
      try {
        started = performance.now();
        await runner.query(GENERATE, [accountId, links]);
        await runner.query(GENERATE.replace("'k' ||", "'n' ||"), [neighbour.accountId, NEIGHBOUR_LINKS]);
        inserted = (performance.now() - started) / 1000;
      } finally {
        // Rebuilt whatever happened, so that the database keeps the indexes its migrations promise.
        started = performance.now();
        for (const migration of SEARCH_MIGRATIONS) await migration.up(runner);
        indexed = (performance.now() - started) / 1000;
      }
      await runner.query('VACUUM (ANALYZE) links');
      console.log(
        `  inserted ${(links + NEIGHBOUR_LINKS).toLocaleString('en')} links in ${inserted.toFixed(0)} s, ` +
          `built the search indexes in ${indexed.toFixed(0)} s (${load()})`,
      );
      const [sizes] = (await runner.query(
        `SELECT pg_size_pretty(pg_relation_size('links')) AS tbl,
                pg_size_pretty((SELECT sum(pg_relation_size(i::regclass)) FROM unnest($1::text[]) i)) AS trgm`,
        [SEARCH_INDEXES],
      )) as { tbl: string; trgm: string }[];
      console.log(
        `  links table ${sizes!.tbl}, search indexes (trigrams and words) ${sizes!.trgm}; process RSS ${(process.memoryUsage().rss / 1e6).toFixed(0)} MB`,
      );
    } finally {
      await runner.release();
    }

    console.log(`  links(search, first: 25) over HTTP, ${RUNS} runs each (${load()}):`);
    const results = [];
    for (const [label, search] of CASES) {
      const page = await graphql(base, token, LIST, { s: search });
      const { totalCount, totalCountCapped } = page.links as {
        totalCount: number;
        totalCountCapped: boolean;
      };
      const result = await time(`${label} → ${totalCount}${totalCountCapped ? '+' : ''}`, RUNS, async () => {
        await graphql(base, token, LIST, { s: search });
      });
      results.push(result);
    }
    console.log(`  (${load()})`);
    return results;
  } finally {
    if (kind === 'postgres' && !process.env.BENCH_KEEP) {
      for (const id of accounts) await db.query(`DELETE FROM accounts WHERE id = $1`, [id]);
    }
    await app.close();
    await database.close();
  }
}

async function main() {
  const which = process.env.BENCH_DB ?? 'both';
  if (which === 'postgres' || which === 'both') await bench('postgres', LINKS);
  if (which === 'embedded' || which === 'both') await bench('embedded', EMBEDDED_LINKS);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
