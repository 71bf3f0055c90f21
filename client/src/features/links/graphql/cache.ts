import type { ApolloCache, Reference } from '@apollo/client';

interface LinksField {
  nodes: Reference[];
  totalCount: number;
}

/** The `search` key argument of a stored `links` field, e.g. `links:{"search":"spring"}`. */
function searchOf(storeFieldName: string): string | null {
  const json = storeFieldName.slice(storeFieldName.indexOf('{'), storeFieldName.lastIndexOf('}') + 1);
  if (!json) return null;
  try {
    return (JSON.parse(json) as { search?: string | null }).search ?? null;
  } catch {
    return null;
  }
}

/**
 * Puts a new link at the top of the unfiltered list at once. Searched lists cannot know whether it
 * matches, so they are dropped and fetched again when shown.
 */
export function addLinkToLists(cache: ApolloCache, id: string): void {
  // The mutation's answer (LinkListItem) is already normalised: the list only needs its reference.
  cache.modify({
    fields: {
      links(value, { storeFieldName, DELETE, toReference }) {
        const ref = toReference({ __typename: 'Link', id });
        if (!ref) return value;
        const existing = value as LinksField;
        const search = searchOf(storeFieldName);
        if (search) return DELETE;
        return { ...existing, nodes: [ref, ...existing.nodes], totalCount: existing.totalCount + 1 };
      },
    },
  });
}

/** Removes a deleted link from every list and from the cache. */
export function removeLinkFromCache(cache: ApolloCache, id: string): void {
  const cacheId = cache.identify({ __typename: 'Link', id });
  cache.modify({
    fields: {
      links(value, { readField }) {
        const existing = value as LinksField;
        const nodes = existing.nodes.filter((n) => readField('id', n) !== id);
        return {
          ...existing,
          nodes,
          totalCount: existing.totalCount - (existing.nodes.length - nodes.length),
        };
      },
    },
  });
  cache.evict({ id: cacheId });
  cache.gc();
}
