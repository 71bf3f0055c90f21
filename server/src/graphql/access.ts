import type { ApolloServerPlugin, BaseContext } from '@apollo/server';
import { BREAK, visit, type DocumentNode } from 'graphql';
import { ErrorCode, requestRefused } from '../shared/errors';

function usesIntrospection(document: DocumentNode): boolean {
  let found = false;
  visit(document, {
    Field(node) {
      if (node.name.value === '__schema' || node.name.value === '__type') {
        found = true;
        return BREAK;
      }
      return undefined;
    },
  });
  return found;
}

/**
 * Who may run what, decided once per request from the context, before anything executes:
 * - a READ_ONLY API key runs queries only: any mutation is FORBIDDEN, whichever resolver it names, so a
 *   mutation added later is covered without touching it;
 * - introspection is for signed-in callers, and for everyone outside production.
 * A plugin, not a validation rule: Apollo caches validation per document, and these verdicts depend on
 * the caller.
 */
export function accessPlugin<C extends BaseContext>(options: {
  isProduction: boolean;
  mayWrite: (context: C) => boolean;
  isSignedIn: (context: C) => boolean;
}): ApolloServerPlugin<C> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ operation, document, contextValue }) {
          if (operation?.operation !== 'query' && !options.mayWrite(contextValue)) {
            throw requestRefused(
              ErrorCode.FORBIDDEN,
              'This API key is read-only: it cannot run mutations',
              403,
            );
          }
          if (options.isProduction && !options.isSignedIn(contextValue) && usesIntrospection(document)) {
            throw requestRefused(
              'GRAPHQL_VALIDATION_FAILED',
              'Introspection is available to signed-in callers and API keys only',
              400,
            );
          }
        },
      };
    },
  };
}
