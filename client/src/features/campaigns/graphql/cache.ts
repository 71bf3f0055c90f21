import type { ApolloCache } from '@apollo/client';
import { prependToLists, removeFromLists } from '../../../lib/list-cache';

/** A new campaign tops the unfiltered list at once; searched lists are fetched again when shown. */
export function addCampaignToLists(cache: ApolloCache, id: string): void {
  prependToLists(cache, 'campaigns', { __typename: 'Campaign', id }, (key) =>
    key.search ? 'refetch' : 'add',
  );
}

/**
 * A deleted campaign leaves every list; its shared links leave the links lists (read again when shown),
 * and its recipients and links leave the cache.
 */
export function removeCampaignFromCache(cache: ApolloCache, id: string): void {
  removeFromLists(cache, 'campaigns', { __typename: 'Campaign', id });
  cache.evict({ id: 'ROOT_QUERY', fieldName: 'links' });
  cache.evict({ id: 'ROOT_QUERY', fieldName: 'recipients' });
  cache.gc();
}
