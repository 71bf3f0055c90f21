import type { MiddlewareFn } from 'type-graphql';
import { ApiKeyScope } from '../accounts/api-key.entity';
import { forbidden } from '../errors';
import type { Context } from './context';

// Starting or ending a session touches no account data, so a read-only key may still call these.
const SESSION_MUTATIONS = new Set(['signUp', 'logIn', 'logOut']);

/** A READ_ONLY API key runs queries only: every other mutation fails with FORBIDDEN before it runs. */
export const enforceApiKeyScope: MiddlewareFn<Context> = ({ info, context }, next) => {
  if (
    info.parentType.name === 'Mutation' &&
    context.viewer?.apiKeyId &&
    context.viewer.scope === ApiKeyScope.READ_ONLY &&
    !SESSION_MUTATIONS.has(info.fieldName)
  ) {
    throw forbidden('This API key is read-only');
  }
  return next();
};
