import { afterEach, describe, expect, it, vi } from 'vitest';
import { ApiKeysDocument } from '../features/api-keys/graphql/api-keys';
import { LogInDocument } from '../features/auth/graphql/auth';
import { onSessionExpired } from '../lib/session';
import { createApolloClient } from './apollo';

function answerUnauthenticated() {
  vi.stubGlobal(
    'fetch',
    vi.fn(async () =>
      Response.json({
        data: null,
        errors: [{ message: 'You must be signed in', extensions: { code: 'UNAUTHENTICATED' } }],
      }),
    ),
  );
}

describe('session expiry', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('UNAUTHENTICATED on any query tells the app that the session has ended', async () => {
    answerUnauthenticated();
    const expired = vi.fn();
    const stop = onSessionExpired(expired);
    await expect(createApolloClient().query({ query: ApiKeysDocument })).rejects.toThrow();
    stop();
    expect(expired).toHaveBeenCalledTimes(1);
  });

  it('a wrong password (UNAUTHENTICATED from logIn) stays with the log-in form', async () => {
    answerUnauthenticated();
    const expired = vi.fn();
    const stop = onSessionExpired(expired);
    await expect(
      createApolloClient().mutate({
        mutation: LogInDocument,
        variables: { input: { email: 'a@b.c', password: 'x' } },
      }),
    ).rejects.toThrow();
    stop();
    expect(expired).not.toHaveBeenCalled();
  });
});
