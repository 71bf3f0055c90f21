import type { ApolloServerPlugin } from '@apollo/server';
import { BREAK, visit, type DocumentNode } from 'graphql';
import { ApiKeyScope } from '../accounts/api-key.entity';
import { ErrorCode, requestRefused } from '../errors';
import type { Context } from './context';

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
export function accessPlugin(options: { isProduction: boolean }): ApolloServerPlugin<Context> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ operation, document, contextValue }) {
          const viewer = contextValue.viewer;
          if (
            operation?.operation !== 'query' &&
            viewer?.apiKeyId &&
            viewer.scope !== ApiKeyScope.READ_WRITE
          ) {
            throw requestRefused(
              ErrorCode.FORBIDDEN,
              'This API key is read-only: it cannot run mutations',
              403,
            );
          }
          if (options.isProduction && !viewer && usesIntrospection(document)) {
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
