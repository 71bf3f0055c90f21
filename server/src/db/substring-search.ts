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
 * 2. otherwise the trigram indexes alone (sequential and ordered index scans turned off for the
 *    statement), whose work grows with the matches, not with the rows. The ordered walk would otherwise
 *    be chosen for a term the statistics think common but whose matches are all old, and read every row.
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
}

const escapeLike = (s: string) => s.replace(/[\\%_]/g, (c) => `\\${c}`);

function withMatch<T extends ObjectLiteral>(qb: SelectQueryBuilder<T>, search: SubstringSearch) {
  const match = search.columns.map((column) => `${column} ILIKE :substringPattern`).join(' OR ');
  return qb.andWhere(`(${match})`, { substringPattern: `%${escapeLike(search.term)}%` });
}

/** Plan 1: only rows at least as new as the window's oldest (ties included), an index range. */
function inRecentWindow<T extends ObjectLiteral>(
  qb: SelectQueryBuilder<T>,
  search: SubstringSearch,
  size: number,
) {
  const oldest = qb
    .clone()
    .select(search.newestBy)
    .orderBy(search.newestBy, 'DESC')
    .offset(size - 1)
    .limit(1);
  return qb.andWhere(
    `${search.newestBy} >= COALESCE((${oldest.getQuery()}), '-infinity')`,
    oldest.getParameters(),
  );
}

/** Plan 2: runs `work` on a query whose only way to the rows is a bitmap of the trigram indexes. */
async function byTrigramIndexes<T extends ObjectLiteral, R>(
  qb: SelectQueryBuilder<T>,
  work: (qb: SelectQueryBuilder<T>, manager: EntityManager) => Promise<R>,
): Promise<R> {
  return qb.dataSource.transaction(async (manager) => {
    await manager.query(
      `SELECT set_config('enable_seqscan', 'off', true), set_config('enable_indexscan', 'off', true),
              set_config('enable_indexonlyscan', 'off', true)`,
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
  },
): Promise<SearchPage<T>> {
  const { order, take, cap = SEARCH_COUNT_CAP } = opts;
  const pageOf = opts.page ?? ((q: SelectQueryBuilder<T>) => q);
  const paged = pageOf(scoped.clone());
  if (!search.term) {
    const [count, rows] = await Promise.all([scoped.clone().getCount(), order(paged).take(take).getMany()]);
    return { rows, count, capped: false };
  }
  const short = search.term.length < MIN_INDEXED_SEARCH_LENGTH;
  const recent = (q: SelectQueryBuilder<T>, size: number) =>
    withMatch(inRecentWindow(q.clone(), search, size), search);
  let rows = await order(recent(paged, RECENT_WINDOW)).take(take).getMany();
  if (short) {
    const n = await countUpTo(recent(scoped, RECENT_WINDOW), cap);
    return { rows, count: Math.min(n, cap), capped: n > cap };
  }
  // A full page among the newest rows: the term is common, and counting newest-first finds the cap soon.
  let n = rows.length === take ? await countUpTo(recent(scoped, COUNT_WINDOW), cap) : -1;
  if (n <= cap) {
    const needRows = rows.length < take;
    [rows, n] = await byTrigramIndexes(scoped, async (q, manager) => [
      needRows
        ? await order(withMatch(pageOf(q.clone()), search))
            .take(take)
            .getMany()
        : rows,
      await countUpTo(withMatch(q.clone(), search), cap, manager),
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
