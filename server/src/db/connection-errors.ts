import type { EventEmitter } from 'node:events';
import pg, { DatabaseError } from 'pg';

/**
 * The database could not be reached, or the connection broke under a query: the driver's own errors
 * for that (a dropped connection, a connect timeout) carry neither a class nor a code, so the pool
 * below gives them this one where they arise. The driver's error is the `cause`.
 */
export class DatabaseUnreachableError extends Error {
  constructor(cause: Error) {
    super(cause.message, { cause });
    this.name = 'DatabaseUnreachableError';
  }
}

type Callback = (error: Error | null, ...rest: unknown[]) => void;
type Call = (...args: unknown[]) => unknown;

/** A server's answer (DatabaseError) or a system error (a `code` such as ECONNRESET) is kept as it is. */
const unreachable = (error: unknown) =>
  error instanceof Error &&
  !(error instanceof DatabaseError) &&
  typeof (error as { code?: unknown }).code !== 'string'
    ? new DatabaseUnreachableError(error)
    : error;

/** Passes failures of `call` (callback or promise form) through `mark`. */
function marking<T>(call: (...args: unknown[]) => T, args: unknown[], mark: (e: unknown) => unknown): T {
  const last = args[args.length - 1];
  if (typeof last === 'function') {
    const callback = last as Callback;
    return call(...args.slice(0, -1), (error: Error | null, ...rest: unknown[]) =>
      callback(error ? (mark(error) as Error) : error, ...rest),
    );
  }
  const result = call(...args);
  if (result instanceof Promise) return result.catch((error: unknown) => Promise.reject(mark(error))) as T;
  return result;
}

/** A client whose failures after its connection was lost are DatabaseUnreachableErrors. */
class WatchedClient extends pg.Client {
  constructor(config?: pg.ClientConfig) {
    super(config);
    let lost = false;
    // Listening before the client does: the flag is set before it fails the queries in flight.
    const connection = this.connection as unknown as EventEmitter;
    connection.once('end', () => (lost = true));
    connection.once('error', () => (lost = true));
    const mark = (error: unknown) => (lost ? unreachable(error) : error);
    // Looked up at each call, so a wrapper put on pg.Client.prototype later still sees every query.
    const query = (...args: unknown[]) => (pg.Client.prototype.query as Call).apply(this, args);
    const connect = (...args: unknown[]) => (pg.Client.prototype.connect as Call).apply(this, args);
    Object.assign(this, {
      query: (...args: unknown[]) => marking(query, args, mark),
      // Failing to connect, other than by the server's answer, is not reaching it.
      connect: (...args: unknown[]) => marking(connect, args, unreachable),
    });
  }
}

/** A pool whose connect timeouts and lost connections are DatabaseUnreachableErrors. */
export class WatchedPool extends pg.Pool {
  constructor(config: pg.PoolConfig) {
    super({ ...config, Client: WatchedClient });
    const connect = (...args: unknown[]) => (pg.Pool.prototype.connect as Call).apply(this, args);
    Object.assign(this, {
      // Once the pool is being ended its refusals are ours, not the database's.
      connect: (...args: unknown[]) => marking(connect, args, (e) => (this.ending ? e : unreachable(e))),
    });
  }
}
