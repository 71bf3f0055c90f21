import { escapeLike } from '../shared/pages';

/**
 * The one place campaign lists match a search term: a case-insensitive substring (ILIKE), which the
 * trigram GIN indexes of the migration CampaignSearchTrigrams serve for terms of 3 characters or more.
 * Shorter terms read the campaign's rows (the account's campaigns, or one campaign's recipients).
 */
export function containsFilter(
  column: string,
  param: string,
  term: string,
): [string, Record<string, string>] {
  return [`${column} ILIKE :${param}`, { [param]: `%${escapeLike(term)}%` }];
}
