import { after, before } from 'node:test';
import { signUp, type SignedUpClient } from './graphql';
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

/** A fresh signed-up account on `server`, made before the suite that calls this runs. */
export function useAccount(server: TestServer, name?: string): SignedUpClient {
  let client: SignedUpClient | undefined;
  before(async () => {
    client = await signUp(server.url, name);
  });
  return new Proxy({} as SignedUpClient, {
    get(_target, key) {
      if (!client) throw new Error('The account is made in before(): use it inside tests and hooks');
      const value = Reflect.get(client, key) as unknown;
      return typeof value === 'function' ? (value as (...args: unknown[]) => unknown).bind(client) : value;
    },
    set(_target, key, value) {
      return Reflect.set(client!, key, value);
    },
  });
}
