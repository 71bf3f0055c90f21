import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { SEARCH_COUNT_CAP, RECENT_WINDOW } from '../src/db/substring-search';
import { sql } from './utils/db';
import { signUp } from './utils/graphql';
import { useTestServer, type TestServer } from './utils/fixtures';

const LIST = `query($search: String, $first: Int, $after: String) {
  links(search: $search, first: $first, after: $after) {
    totalCount totalCountCapped pageInfo { hasNextPage endCursor } nodes { id title }
  } }`;

interface Page {
  totalCount: number;
  totalCountCapped: boolean;
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  nodes: { id: string; title: string | null }[];
}

/** `count` links in one statement titled `title` ({i} = 1 … count), one second apart, the last `age` s old. */
async function insertLinks(
  server: TestServer,
  accountId: string,
  count: number,
  title: string,
  age = 0,
): Promise<void> {
  await sql(
    server,
    `INSERT INTO links (account_id, code, destination_url, title, created_at)
     SELECT $1, 's' || substr(md5(random()::text || g), 1, 11), 'https://bulk.example/' || g,
            replace($3, '{i}', g::text), now() - ($4::int + $2::int - g) * interval '1 second'
       FROM generate_series(1, $2::int) g`,
    [accountId, count, title, age],
  );
}

describe('links: search at scale', () => {
  const server = useTestServer();

  it('a search counts at most the cap and says so; without a search the count is exact', async () => {
    const client = await signUp(server.url);
    await insertLinks(server, client.accountId, SEARCH_COUNT_CAP + 5, 'Mass mailing {i}');
    const list = async (variables: Record<string, unknown>) =>
      (await client.ok<{ links: Page }>(LIST, variables)).links;

    const common = await list({ search: 'MASS mail', first: 10 });
    assert.equal(common.totalCount, SEARCH_COUNT_CAP);
    assert.equal(common.totalCountCapped, true);
    assert.equal(common.nodes.length, 10);
    assert.equal(common.nodes[0]!.title, `Mass mailing ${SEARCH_COUNT_CAP + 5}`, 'newest first');
    assert.equal(common.pageInfo.hasNextPage, true);
    // Paging through a search goes on past the cap.
    const next = await list({ search: 'MASS mail', first: 10, after: common.pageInfo.endCursor });
    assert.equal(next.nodes[0]!.title, `Mass mailing ${SEARCH_COUNT_CAP - 5}`);

    const rare = await list({ search: 'mailing 100' }); // 100 and 1000–1005
    assert.deepEqual(
      rare.nodes.map((n) => n.title),
      [1005, 1004, 1003, 1002, 1001, 1000, 100].map((i) => `Mass mailing ${i}`),
    );
    assert.equal(rare.totalCount, 7);
    assert.equal(rare.totalCountCapped, false);

    const all = await list({});
    assert.equal(all.totalCount, SEARCH_COUNT_CAP + 5);
    assert.equal(all.totalCountCapped, false);
  });

  it('1–2 characters match among the newest links only; 3 or more search them all', async () => {
    const client = await signUp(server.url);
    await insertLinks(server, client.accountId, 1, 'Qz oldest', 86_400);
    await insertLinks(server, client.accountId, RECENT_WINDOW, 'Filler {i}');
    const titles = async (search: string) =>
      (await client.ok<{ links: Page }>(LIST, { search })).links.nodes.map((n) => n.title);

    assert.deepEqual(await titles('qz'), [], 'outside the newest window');
    assert.deepEqual(await titles('qz '), [], 'trimmed to 2 characters');
    assert.deepEqual(await titles('qz o'), ['Qz oldest']);
    assert.deepEqual(await titles('OLDEST'), ['Qz oldest']);

    await client.ok(
      `mutation { createLink(input: { destinationUrl: "https://n.example/", title: "Qz newest" }) { id } }`,
    );
    assert.deepEqual(await titles('qZ'), ['Qz newest']);
    assert.deepEqual(await titles('qz'), ['Qz newest']);
    const short = (await client.ok<{ links: Page }>(LIST, { search: 'Fi', first: 5 })).links;
    assert.equal(short.totalCount, SEARCH_COUNT_CAP);
    assert.equal(short.totalCountCapped, true);
  });

  it('the trigram indexes (shared links only) serve a search of 3 characters or more', async () => {
    // Planner costs on a small table favour a scan; with scans off the plan shows which indexes can serve.
    const rollback = new Error('rollback');
    await server.db.dataSource.query(`ANALYZE links`);
    for (const column of ['title', 'destination_url', 'code']) {
      let plan = '';
      await server.db.dataSource
        .transaction(async (manager) => {
          await manager.query(`SET LOCAL enable_seqscan = off`);
          await manager.query(`SET LOCAL enable_indexscan = off`);
          // On a small table another index with the same predicate wins (a whole-index scan): the others
          // are dropped, then rolled back.
          await manager.query(`DROP INDEX links_account_shared_created_idx`);
          for (const other of ['title', 'destination_url', 'code'].filter((c) => c !== column))
            await manager.query(`DROP INDEX links_${other}_shared_trgm_idx`);
          const rows = (await manager.query(
            `EXPLAIN SELECT id FROM links WHERE NOT is_recipient AND ${column} ILIKE $1`,
            ['%summer sale%'],
          )) as { 'QUERY PLAN': string }[];
          plan = rows.map((r) => r['QUERY PLAN']).join('\n');
          throw rollback;
        })
        .catch((error: unknown) => {
          if (error !== rollback) throw error;
        });
      assert.match(plan, new RegExp(`Bitmap Index Scan on links_${column}_shared_trgm_idx`), plan);
      assert.match(plan, new RegExp(`Index Cond: \\(\\(${column}\\)::text ~~\\* `), plan);
    }
    const [kept] = await server.db.dataSource.query(
      `SELECT to_regclass('links_account_shared_created_idx') AS i`,
    );
    assert.ok(kept.i, 'the index is back');
  });
});
