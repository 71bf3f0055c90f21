import type { EntityManager, ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import { badInput } from '../shared/errors';

/**
 * Case-insensitive substring search for list queries (`links(search)`, and any list whose search is a
 * substring of a few text columns), served by pg_trgm GIN indexes, with a capped match count.
 *
 * Each searched column needs `CREATE INDEX … USING gin (<column> gin_trgm_ops)` (see the migration
 * LinkSearchTrigrams) and the scope an index in `newestBy` order. Two plans, tried in turn, keep every
 * search's work bounded whatever the planner estimates:
 * 1. the newest RECENT_WINDOW rows in scope, walked in index order: a common term fills a page there;
 * 2. otherwise an index alone (sequential and ordered index scans turned off for the statement), whose
 *    work grows with the matches, not with the rows. The ordered walk would otherwise be chosen for a
 *    term the statistics think common but whose matches are all old, and read every row. The index is
 *    the word index (`words`) when the term holds a word of 3 characters or more that must begin a word
 *    of a match (see `wordQuery`), else the trigram indexes: a term like "Product 99999" is made of
 *    trigrams that nearly every title holds, so their bitmaps meet only after reading most of the rows,
 *    while the words beginning with "99999" are a handful.
 * A term shorter than MIN_INDEXED_SEARCH_LENGTH has no trigram to look up: it only gets plan 1.
 */

/** The shortest term a trigram index can serve. */
export const MIN_INDEXED_SEARCH_LENGTH = 3;
/** Rows in scope, newest first, that plan 1 reads; all that a 1–2 character search looks at. */
export const RECENT_WINDOW = 5_000;
/** A common term's count reads at most this many newest rows before asking the indexes. */
const COUNT_WINDOW = 20_000;
/** A search counts its matches up to this many; past it the count says "at least". */
export const SEARCH_COUNT_CAP = 1_000;
const MAX_SEARCH_LENGTH = 200;

/** The trimmed search term ('' for none), or BAD_USER_INPUT on `field`. */
export function parseSearch(raw: string | null | undefined, field = 'search'): string {
  const search = typeof raw === 'string' ? raw.trim() : '';
  if (search.length > MAX_SEARCH_LENGTH)
    throw badInput(field, `Search must be at most ${MAX_SEARCH_LENGTH} characters`);
  if (search.includes('\u0000')) throw badInput(field, 'Search must not contain NUL characters');
  return search;
}

export interface SubstringSearch {
  /** The trimmed term (parseSearch); '' matches everything. */
  term: string;
  /** Qualified columns searched, e.g. `l.title`; each with a trigram index. */
  columns: string[];
  /** The qualified timestamp column that "newest" means, indexed within the scope (e.g. `l.created_at`). */
  newestBy: string;
  /**
   * SQL of the columns' words, GIN-indexed within the scope: `search_words(<columns joined by spaces>)`
   * (migration LinkSearchWords: lowercased, split at every character but a–z and 0–9 and between letters
   * and digits). Optional; without it plan 2 is always the trigram indexes.
   */
  words?: string;
}

/**
 * A tsquery that every row matching `term` (ILIKE '%term%') satisfies, or null when it would not narrow
 * the search. `term` is lowercased by the database (as ILIKE lowercases it). In the lowercased text a match holds the term, so a run of the term's letters (or digits)
 * that follows another character of the term (a separator, or a digit after letters) begins a word of
 * the row's text: a prefix of that word, or the whole word when the term goes on after it. The first
 * run may end a longer word ("roduct" in "product"), so it says nothing. Runs shorter than 3 characters
 * are left out: their prefixes are too common to narrow anything. Terms with characters outside ASCII
 * are left to the trigrams (the index splits words at them).
 */
export function wordQuery(lower: string): string | null {
  if (/[^\x20-\x7e]/.test(lower)) return null;
  const words: string[] = [];
  for (const run of lower.matchAll(/[a-z]+|[0-9]+/g)) {
    const start = run.index;
    const end = start + run[0].length;
    if (start === 0 || run[0].length < MIN_INDEXED_SEARCH_LENGTH) continue;
    words.push(end < lower.length ? `'${run[0]}'` : `'${run[0]}':*`);
  }
  return words.length ? words.join(' & ') : null;
}

const escapeLike = (s: string) => s.replace(/[\\%_]/g, (c) => `\\${c}`);

/** The match itself; `filterOnly` words it so that no trigram index can serve it, only check rows. */
function withMatch<T extends ObjectLiteral>(
  qb: SelectQueryBuilder<T>,
  search: SubstringSearch,
  filterOnly = false,
) {
  const match = search.columns
    .map((column) =>
      filterOnly ? `(${column} ILIKE :substringPattern) IS TRUE` : `${column} ILIKE :substringPattern`,
    )
    .join(' OR ');
  return qb.andWhere(`(${match})`, { substringPattern: `%${escapeLike(search.term)}%` });
}

/** Plan 2's match: by the word index, checked row by row, when the term has words to look up. */
async function byIndex<T extends ObjectLiteral>(
  qb: SelectQueryBuilder<T>,
  search: SubstringSearch,
): Promise<{ match: (qb: SelectQueryBuilder<T>) => SelectQueryBuilder<T>; byWords: boolean }> {
  let words: string | null = null;
  if (search.words) {
    const [lowered] = (await qb.connection.query(`SELECT lower($1) AS term`, [search.term])) as {
      term: string;
    }[];
    words = wordQuery(lowered!.term);
  }
  if (!words) return { match: (q) => withMatch(q, search), byWords: false };
  return {
    match: (q) =>
      withMatch(
        q.andWhere(`${search.words} @@ CAST(:searchWords AS tsquery)`, { searchWords: words }),
        search,
        true,
      ),
    byWords: true,
  };
}

/**
 * Plan 1: only rows at least as new as the `size`-th newest (ties included). The bound is looked up first
 * and passed as a value: planned with it, the range is an index walk; as a subquery the planner could
 * not see how narrow it is and chose a parallel scan of every row (100 ms at a million links).
 */
async function recentWindow<T extends ObjectLiteral>(
  qb: SelectQueryBuilder<T>,
  search: SubstringSearch,
  size: number,
): Promise<(q: SelectQueryBuilder<T>) => SelectQueryBuilder<T>> {
  const [oldest] = (await qb
    .clone()
    .select(search.newestBy, 'at')
    .orderBy(search.newestBy, 'DESC')
    .offset(size - 1)
    .limit(1)
    .getRawMany()) as { at: Date }[];
  const key = `recentFrom${size}`;
  return (q) => (oldest ? q.andWhere(`${search.newestBy} >= :${key}`, { [key]: oldest.at }) : q);
}

/**
 * Plan 2: runs `work` on a query whose only way to the rows is a bitmap of an index. `serial`: no
 * parallel workers, whose start (10–15 ms on a busy machine) would be most of a word lookup's time.
 */
async function byIndexesAlone<T extends ObjectLiteral, R>(
  qb: SelectQueryBuilder<T>,
  serial: boolean,
  work: (qb: SelectQueryBuilder<T>, manager: EntityManager) => Promise<R>,
): Promise<R> {
  return qb.dataSource.transaction(async (manager) => {
    await manager.query(
      `SELECT set_config('enable_seqscan', 'off', true), set_config('enable_indexscan', 'off', true),
              set_config('enable_indexonlyscan', 'off', true)${
                serial ? `, set_config('max_parallel_workers_per_gather', '0', true)` : ''
              }`,
    );
    return work(qb.clone().setQueryRunner(manager.queryRunner!), manager);
  });
}

export interface SearchPage<T> {
  rows: T[];
  /** Matches over all pages, counted up to the cap; exact without a term. */
  count: number;
  /** More rows match than `count` says (the count stopped at the cap). */
  capped: boolean;
}

/**
 * One page of a list with an optional substring search: the first `take` matching rows of `scoped` (the
 * query scoped to the account and any filter) in `order`, after the cursor condition `page` adds, and
 * the capped count of all matches. `order` must start with `newestBy` descending.
 */
export async function searchPage<T extends ObjectLiteral>(
  scoped: SelectQueryBuilder<T>,
  search: SubstringSearch,
  opts: {
    order: (qb: SelectQueryBuilder<T>) => SelectQueryBuilder<T>;
    take: number;
    page?: (qb: SelectQueryBuilder<T>) => SelectQueryBuilder<T>;
    cap?: number;
    /** The exact number of rows in scope when kept elsewhere (a counter), instead of counting them. */
    total?: () => Promise<number>;
  },
): Promise<SearchPage<T>> {
  const { order, take, cap = SEARCH_COUNT_CAP } = opts;
  const pageOf = opts.page ?? ((q: SelectQueryBuilder<T>) => q);
  const paged = pageOf(scoped.clone());
  if (!search.term) {
    const [count, rows] = await Promise.all([
      opts.total ? opts.total() : scoped.clone().getCount(),
      order(paged).take(take).getMany(),
    ]);
    return { rows, count, capped: false };
  }
  const short = search.term.length < MIN_INDEXED_SEARCH_LENGTH;
  const inWindow = await recentWindow(scoped, search, RECENT_WINDOW);
  // Walked in order with the match as a filter: a trigram bitmap of a common term would read it all.
  const recent = (q: SelectQueryBuilder<T>) => withMatch(inWindow(q.clone()), search, true);
  let rows = await order(recent(paged)).take(take).getMany();
  if (short) {
    const n = await countUpTo(recent(scoped), cap);
    return { rows, count: Math.min(n, cap), capped: n > cap };
  }
  // A full page among the newest rows: the term is common, and counting newest-first finds the cap soon.
  let n = -1;
  if (rows.length === take) {
    const inCountWindow = await recentWindow(scoped, search, COUNT_WINDOW);
    n = await countUpTo(withMatch(inCountWindow(scoped.clone()), search, true), cap);
  }
  if (n <= cap) {
    const needRows = rows.length < take;
    const { match, byWords } = await byIndex(scoped, search);
    [rows, n] = await byIndexesAlone(scoped, byWords, async (q, manager) => [
      needRows
        ? await order(match(pageOf(q.clone())))
            .take(take)
            .getMany()
        : rows,
      await countUpTo(match(q.clone()), cap, manager),
    ]);
  }
  return { rows, count: Math.min(n, cap), capped: n > cap };
}

async function countUpTo<T extends ObjectLiteral>(
  qb: SelectQueryBuilder<T>,
  cap: number,
  manager: EntityManager = qb.dataSource.manager,
): Promise<number> {
  const rows = qb
    .select('1')
    .orderBy()
    .limit(cap + 1);
  const [sql, parameters] = rows.getQueryAndParameters();
  const [result] = (await manager.query(`SELECT count(*)::int AS n FROM (${sql}) matched`, parameters)) as {
    n: number;
  }[];
  return result?.n ?? 0;
}
