import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { SEARCH_COUNT_CAP, RECENT_WINDOW, wordQuery } from '../src/db/substring-search';
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
          await manager.query(`DROP INDEX links_shared_words_idx`);
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

  it('a term with whole words is looked up by them and matches exactly what ILIKE matches', async () => {
    const client = await signUp(server.url);
    // [title, destination, code]: substrings inside words, case, URL or code only, punctuation, % and _,
    // letters against digits, text outside ASCII.
    const links: [string | null, string, string][] = [
      ['Product 99999 — Black Friday', 'https://shop.example/p/99999?utm=bf', 'wq9q1'],
      ['xPRODUCT 999990 sale', 'https://shop.example/p/1', 'wq9q2'],
      ['Product 99998', 'https://shop.example/p/99998', 'wq9q3'],
      ['product99999', 'https://shop.example/p/2', 'wq9q4'],
      [null, 'https://other.example/catalog/Product-99999/x', 'wq9q5'],
      ['Untitled', 'https://shop.example/p/3', 'Pr0duct999'],
      ['50% off_summer 2026', 'https://shop.example/p/4', 'wq9q6'],
      ['50x off summer 2026', 'https://shop.example/p/5', 'wq9q7'],
      ['abc123def456 code', 'https://shop.example/p/6', 'wq9q8'],
      ['Café 12345 crème', 'https://shop.example/p/7', 'wq9q9'],
      ['CAFÉ 123456', 'https://shop.example/p/8', 'wq9qa'],
      ['a.b/c-d 777 e', 'https://shop.example/p/9?q=x%20y_z', 'wq9qb'],
    ];
    // Codes are unique across accounts: a suffix of letters no term below asks for.
    const unique = Array.from({ length: 2 }, () => 'vwxyz'[Math.floor(Math.random() * 5)]).join('');
    for (const [i, [title, destination, code]] of links.entries()) {
      await sql(
        server,
        `INSERT INTO links (account_id, code, destination_url, title, created_at)
         VALUES ($1, $2, $3, $4, now() - $5 * interval '1 second')`,
        [client.accountId, code + unique, destination, title, links.length - i],
      );
    }
    const expected = async (term: string) =>
      (
        await sql<{ title: string | null }>(
          server,
          `SELECT title FROM links WHERE account_id = $1 AND NOT is_recipient
             AND (title ILIKE $2 OR destination_url ILIKE $2 OR code ILIKE $2)
           ORDER BY created_at DESC, id DESC`,
          [client.accountId, `%${term.replace(/[\\%_]/g, (c) => `\\${c}`)}%`],
        )
      ).map((r) => r.title);
    const terms = [
      'Product 99999',
      'roduct 99999',
      'PRODUCT 9999',
      'product 999990 sale',
      't 99999',
      'duct-99999/',
      'catalog/product',
      'p/99999?utm',
      'pr0duct999',
      'R0DUCT99',
      'uct99999',
      '50% off',
      '% off_sum',
      '0% off_summer 2026',
      'off_s',
      'x off summer 20',
      'c123def4',
      '123def456 co',
      'fé 12345 cr',
      'café 1234',
      'd 777 e',
      'b/c-d 777',
      'x%20y_z',
      'zzz 99999',
    ];
    for (const term of terms) {
      const page = (await client.ok<{ links: Page }>(LIST, { search: term, first: 50 })).links;
      const want = await expected(term);
      assert.deepEqual(
        page.nodes.map((n) => n.title),
        want,
        `"${term}" (${wordQuery(term.toLowerCase())})`,
      );
      assert.equal(page.totalCount, want.length, term);
    }
  });

  it('wordQuery asks only for words a match must begin', () => {
    assert.equal(wordQuery('product 99999'), `'99999':*`);
    assert.equal(wordQuery('x black friday'), `'black' & 'friday':*`);
    assert.equal(wordQuery('abc123def'), `'123' & 'def':*`);
    assert.equal(wordQuery('99999'), null, 'the first run may end a longer word');
    assert.equal(wordQuery('product 5'), null, 'too short to narrow');
    assert.equal(wordQuery('50% off_summer'), `'off' & 'summer':*`);
    assert.equal(wordQuery('café 12345'), null, 'outside ASCII: trigrams');
  });

  it('the word index serves a term of whole words', async () => {
    await server.db.dataSource.query(`ANALYZE links`);
    let plan = '';
    await server.db.dataSource.transaction(async (manager) => {
      await manager.query(`SET LOCAL enable_seqscan = off`);
      await manager.query(`SET LOCAL enable_indexscan = off`);
      const rows = (await manager.query(
        `EXPLAIN SELECT id FROM links WHERE NOT is_recipient
           AND search_words(coalesce(title, '') || ' ' || destination_url || ' ' || code) @@ $1::tsquery`,
        [`'99999':*`],
      )) as { 'QUERY PLAN': string }[];
      plan = rows.map((r) => r['QUERY PLAN']).join('\n');
    });
    assert.match(plan, /Bitmap Index Scan on links_shared_words_idx/, plan);
  });

  it('without a search the count follows inserts, deletes and updates of shared links only', async () => {
    const client = await signUp(server.url);
    const other = await signUp(server.url);
    const total = async () => (await client.ok<{ links: Page }>(LIST, {})).links.totalCount;
    const exact = async () =>
      Number(
        (
          await sql<{ n: string }>(
            server,
            `SELECT count(*) AS n FROM links WHERE account_id = $1 AND NOT is_recipient`,
            [client.accountId],
          )
        )[0]!.n,
      );
    assert.equal(await total(), 0);
    await insertLinks(server, client.accountId, 30, 'Counted {i}');
    await insertLinks(server, other.accountId, 7, 'Elsewhere {i}');
    const created = await client.ok<{ createLink: { id: string } }>(
      `mutation { createLink(input: { destinationUrl: "https://n.example/" }) { id } }`,
    );
    assert.equal(await total(), 31);
    await client.ok(`mutation($id: ID!) { deleteLink(id: $id) }`, { id: created.createLink.id });
    await sql(server, `DELETE FROM links WHERE account_id = $1 AND title IN ('Counted 1', 'Counted 2')`, [
      client.accountId,
    ]);
    assert.equal(await total(), 28);
    // Recipient links are not listed, so not counted; a link becoming one (or moving) is.
    await sql(server, `UPDATE links SET is_recipient = true WHERE account_id = $1 AND title = 'Counted 3'`, [
      client.accountId,
    ]);
    await sql(server, `UPDATE links SET account_id = $2 WHERE account_id = $1 AND title = 'Counted 4'`, [
      client.accountId,
      other.accountId,
    ]);
    await sql(server, `UPDATE links SET title = 'Renamed' WHERE account_id = $1 AND title = 'Counted 5'`, [
      client.accountId,
    ]);
    assert.equal(await total(), 26);
    assert.equal(await total(), await exact());
    assert.equal((await other.ok<{ links: Page }>(LIST, {})).links.totalCount, 8);
  });
});
