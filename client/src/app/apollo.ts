import { ApolloClient, ApolloLink, HttpLink, InMemoryCache } from '@apollo/client';
import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { ErrorLink } from '@apollo/client/link/error';
import type { FieldPolicy } from '@apollo/client';
import { notifySessionExpired } from '../lib/session';

// Wrong credentials also answer UNAUTHENTICATED: those belong to the form, not to an expired session.
const CREDENTIAL_OPERATIONS = new Set(['LogIn', 'SignUp', 'Me']);

interface Page {
  nodes: unknown[];
}

/** A connection read page by page: one cached list per filter; cursor pages append, a first page replaces. */
function cursorPages(keyArgs: string[]): FieldPolicy<Page> {
  return {
    keyArgs,
    merge(existing, incoming, { args }) {
      if (!args?.after || !existing) return incoming;
      return { ...incoming, nodes: [...existing.nodes, ...incoming.nodes] };
    },
  };
}

export function createCache(): InMemoryCache {
  return new InMemoryCache({
    typePolicies: {
      Query: {
        fields: {
          links: cursorPages(['search', 'campaignId']),
          campaigns: cursorPages(['search']),
        },
      },
      // Stats have no id; they belong to the query that asked for them.
      ClickStats: { keyFields: false },
    },
  });
}

export function createApolloClient(): ApolloClient {
  const errorLink = new ErrorLink(({ error, operation }) => {
    if (
      CombinedGraphQLErrors.is(error) &&
      !CREDENTIAL_OPERATIONS.has(operation.operationName ?? '') &&
      error.errors.some((e) => e.extensions?.code === 'UNAUTHENTICATED')
    ) {
      notifySessionExpired();
    }
  });
  return new ApolloClient({
    link: ApolloLink.from([errorLink, new HttpLink({ uri: '/graphql', credentials: 'same-origin' })]),
    cache: createCache(),
    // Show what is cached at once, then refresh: click counts change while the dashboard is open.
    defaultOptions: { watchQuery: { fetchPolicy: 'cache-and-network', nextFetchPolicy: 'cache-first' } },
  });
}
