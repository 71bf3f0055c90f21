import { after, before } from 'node:test';
import { startTestServer, type TestServer, type TestServerOptions } from './server';

export { signUp, type SignedUpClient } from './graphql';
export { startTestServer, type TestServer } from './server';

/**
 * The usual set-up of an integration test: a server started before the suite (or file) that calls this
 * and closed after it. The returned object forwards to the running server.
 */
export function useTestServer(env: Record<string, string> = {}, options: TestServerOptions = {}): TestServer {
  let started: TestServer | undefined;
  before(async () => {
    started = await startTestServer(env, options);
  });
  after(() => started?.close());
  return new Proxy({} as TestServer, {
    get(_target, key) {
      if (!started) throw new Error('The test server starts in before(): use it inside tests and hooks');
      return Reflect.get(started, key) as unknown;
    },
  });
}
