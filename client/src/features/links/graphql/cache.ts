import type { ApolloCache } from '@apollo/client';
import { prependToLists, removeFromLists } from '../../../lib/list-cache';

/**
 * Puts a new link at the top of the unfiltered list (every shared link is there) and of its campaign's
 * list at once. Searched lists cannot know whether it matches, so they are fetched again when shown;
 * other campaigns' lists are left alone.
 */
export function addLinkToLists(cache: ApolloCache, id: string, campaignId: string | null = null): void {
  prependToLists(cache, 'links', { __typename: 'Link', id }, (key) => {
    if (key.search) return 'refetch';
    return key.campaignId && key.campaignId !== campaignId ? 'keep' : 'add';
  });
}

/** Removes a deleted link from every list and from the cache. */
export function removeLinkFromCache(cache: ApolloCache, id: string): void {
  removeFromLists(cache, 'links', { __typename: 'Link', id });
}
