/** The least a transaction hook needs: run SQL on the connection that holds the transaction. */
export interface Queryable {
  query<R = Record<string, unknown>>(sql: string, params?: unknown[]): Promise<R[]>;
}

type Listener<T> = (event: T) => void;
type TransactionHook<T> = (event: T, tx: Queryable) => Promise<void>;

/**
 * A small typed in-process event seam. A writer announces each event twice:
 * - `inTransaction(type, event, tx)` before its COMMIT: hooks registered with `onTransaction` run on the
 *   writer's connection, so what they write (an outbox row) commits or rolls back with the event's cause;
 *   a hook that throws rolls the whole write back (the writer retries it);
 * - `committed(type, event)` after COMMIT: listeners registered with `on` react to facts that are
 *   durable (dropping a cache entry, counting). A listener's error is reported, never the writer's.
 * Listeners subscribe where the app is composed; writers never learn who listens.
 */
export class EventBus<E extends { [K in keyof E]: unknown }> {
  private readonly listeners = new Map<PropertyKey, Listener<never>[]>();
  private readonly hooks = new Map<PropertyKey, TransactionHook<never>[]>();

  constructor(private readonly onListenerError: (error: unknown) => void = console.error) {}

  on<K extends keyof E>(type: K, listener: Listener<E[K]>): () => void {
    return add(this.listeners, type, listener);
  }

  onTransaction<K extends keyof E>(type: K, hook: TransactionHook<E[K]>): () => void {
    return add(this.hooks, type, hook);
  }

  /** True when a hook wants `inTransaction` for this type (a writer may skip building the event). */
  hasTransactionHooks(type: keyof E): boolean {
    return (this.hooks.get(type)?.length ?? 0) > 0;
  }

  async inTransaction<K extends keyof E>(type: K, event: E[K], tx: Queryable): Promise<void> {
    for (const hook of (this.hooks.get(type) ?? []) as TransactionHook<E[K]>[]) await hook(event, tx);
  }

  committed<K extends keyof E>(type: K, event: E[K]): void {
    for (const listener of (this.listeners.get(type) ?? []) as Listener<E[K]>[]) {
      try {
        listener(event);
      } catch (error) {
        this.onListenerError(error);
      }
    }
  }
}

function add<K, F>(map: Map<K, F[]>, type: K, fn: F): () => void {
  const list = map.get(type) ?? [];
  list.push(fn);
  map.set(type, list);
  return () => {
    const i = list.indexOf(fn);
    if (i >= 0) list.splice(i, 1);
  };
}
