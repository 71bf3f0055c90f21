import pg from 'pg';

type QueryFn = (...args: any[]) => any;

function queryText(args: unknown[]): string {
  const first = args[0];
  if (typeof first === 'string') return first;
  if (first && typeof first === 'object' && 'text' in first) return String((first as { text: unknown }).text);
  return '';
}

/**
 * Watches every SQL statement this process sends through `pg` (TypeORM and raw queries alike, on real
 * PostgreSQL and on the embedded database). Call `stop()` when done.
 */
export function watchQueries(): { readonly texts: string[]; reset(): void; stop(): void } {
  const proto = pg.Client.prototype as unknown as { query: QueryFn };
  const original = proto.query;
  const texts: string[] = [];
  proto.query = function (this: unknown, ...args: unknown[]) {
    texts.push(queryText(args));
    return original.apply(this, args);
  };
  return {
    texts,
    reset: () => void texts.splice(0),
    stop: () => {
      proto.query = original;
    },
  };
}

/**
 * Holds back every statement matching `pattern` until `release()`; `held` counts those waiting.
 * Used to prove that a response does not wait on a write.
 */
export function holdQueries(pattern: RegExp): { readonly held: number; release(): void } {
  const proto = pg.Client.prototype as unknown as { query: QueryFn };
  const original = proto.query;
  let open: () => void = () => {};
  const gate = new Promise<void>((resolve) => (open = resolve));
  const state = { held: 0 };
  proto.query = function (this: unknown, ...args: unknown[]) {
    if (!pattern.test(queryText(args))) return original.apply(this, args);
    state.held++;
    // pg's query() returns a promise when no callback is given, which is how TypeORM calls it.
    return gate.then(() => original.apply(this, args));
  };
  return {
    get held() {
      return state.held;
    },
    release() {
      proto.query = original;
      open();
    },
  };
}
