import type { ApolloCache, Reference } from '@apollo/client';

interface ListField {
  nodes: Reference[];
  totalCount: number;
}

/** The key arguments of a stored list field, e.g. `links:{"campaignId":"…","search":"spring"}`. */
function keyArgsOf(storeFieldName: string): Record<string, unknown> {
  const json = storeFieldName.slice(storeFieldName.indexOf('{'), storeFieldName.lastIndexOf('}') + 1);
  if (!json) return {};
  try {
    return JSON.parse(json) as Record<string, unknown>;
  } catch {
    return {};
  }
}

/**
 * Puts a new item at the top of every cached page of `field` that `decide` says holds it ('add'),
 * drops the lists that cannot know ('refetch': a search, fetched again when shown), and leaves the
 * others alone ('keep'). The mutation's answer is already normalised: a list only needs its reference.
 */
export function prependToLists(
  cache: ApolloCache,
  field: string,
  item: { __typename: string; id: string },
  decide: (keyArgs: Record<string, unknown>) => 'add' | 'refetch' | 'keep',
): void {
  cache.modify({
    fields: {
      [field](value, { storeFieldName, DELETE, toReference }) {
        const ref = toReference(item);
        if (!ref) return value;
        const decision = decide(keyArgsOf(storeFieldName));
        if (decision === 'refetch') return DELETE;
        if (decision === 'keep') return value;
        const list = value as ListField;
        return { ...list, nodes: [ref, ...list.nodes], totalCount: list.totalCount + 1 };
      },
    },
  });
}

/** Removes a deleted item from every cached page of `field` and from the cache. */
export function removeFromLists(
  cache: ApolloCache,
  field: string,
  item: { __typename: string; id: string },
): void {
  cache.modify({
    fields: {
      [field](value, { readField }) {
        const list = value as ListField;
        const nodes = list.nodes.filter((n) => readField('id', n) !== item.id);
        return { ...list, nodes, totalCount: list.totalCount - (list.nodes.length - nodes.length) };
      },
    },
  });
  cache.evict({ id: cache.identify(item) });
  cache.gc();
}
