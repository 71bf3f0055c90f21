import { escapeLike } from '../shared/pages';

/**
 * The one place campaign lists match a search term: a case-insensitive substring (plain ILIKE), so a
 * trigram-indexed matcher can replace it without touching the lists.
 */
export function containsFilter(
  column: string,
  param: string,
  term: string,
): [string, Record<string, string>] {
  return [`${column} ILIKE :${param}`, { [param]: `%${escapeLike(term)}%` }];
}
