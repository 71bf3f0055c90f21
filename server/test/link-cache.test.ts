import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { LinkCache, LookupTimeoutError, type RedirectTarget } from '../src/clicks/link-cache';

const target = (destinationUrl: string): RedirectTarget => ({
  id: 'id',
  destinationUrl,
  expiresAt: null,
  conversionTracking: false,
  campaignId: null,
});
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** A fake database whose answers and failures the test controls. */
function source() {
  const calls: string[] = [];
  let answer: () => Promise<RedirectTarget | null> = async () => target('https://example.com/1');
  return {
    calls,
    set(next: () => Promise<RedirectTarget | null>) {
      answer = next;
    },
    /** The next lookups wait until the returned function answers them with `destinationUrl`. */
    hold(destinationUrl: string): () => void {
      let release!: () => void;
      answer = () => new Promise((r) => (release = () => r(target(destinationUrl))));
      return () => release();
    },
    find(code: string) {
      calls.push(code);
      return answer();
    },
  };
}

describe('link cache', () => {
  it('coalesces concurrent misses of one code into one lookup', async () => {
    const db = source();
    const cache = new LinkCache(db);
    const results = await Promise.all([cache.find('abcd'), cache.find('abcd'), cache.find('abcd')]);
    assert.equal(db.calls.length, 1);
    assert.ok(results.every((r) => r?.destinationUrl === 'https://example.com/1'));
    assert.equal(cache.peek('abcd')?.destinationUrl, 'https://example.com/1');
  });

  it('does not store what a lookup read before an invalidation', async () => {
    const db = source();
    const cache = new LinkCache(db);
    const release = db.hold('https://example.com/stale');
    const pending = cache.find('abcd');
    cache.invalidate('abcd'); // the link changed while the old row was on its way
    release();
    assert.equal((await pending)?.destinationUrl, 'https://example.com/stale');
    assert.equal(cache.peek('abcd'), undefined, 'the stale row was not cached');
  });

  it("stores a lookup's answer when another code was invalidated meanwhile", async () => {
    const db = source();
    const cache = new LinkCache(db);
    const release = db.hold('https://example.com/1');
    const pending = cache.find('abcd');
    cache.invalidate('wxyz');
    release();
    await pending;
    assert.equal(cache.peek('abcd')?.destinationUrl, 'https://example.com/1');
    assert.equal(db.calls.length, 1);
  });

  it('does not store a lookup under way when every entry is dropped', async () => {
    const db = source();
    const cache = new LinkCache(db);
    const release = db.hold('https://example.com/stale');
    const pending = cache.find('abcd');
    cache.clear(); // the change listener reconnected: notifications may have been missed
    release();
    await pending;
    assert.equal(cache.peek('abcd'), undefined);
  });

  it('does not let a request after an invalidation join a lookup started before it', async () => {
    const db = source();
    const cache = new LinkCache(db);
    const releaseStale = db.hold('https://example.com/stale');
    const before = cache.find('abcd');
    cache.invalidate('abcd');
    db.set(async () => target('https://example.com/fresh'));
    const afterEdit = cache.find('abcd');
    releaseStale();
    assert.equal((await before)?.destinationUrl, 'https://example.com/stale');
    assert.equal((await afterEdit)?.destinationUrl, 'https://example.com/fresh');
    assert.equal(db.calls.length, 2);
  });

  it('remembers unknown codes only briefly', async () => {
    const db = source();
    db.set(async () => null);
    const cache = new LinkCache(db, { negativeTtlMs: 50 });
    assert.equal(await cache.find('nope'), null);
    assert.equal(cache.peek('nope'), null);
    await sleep(60);
    assert.equal(cache.peek('nope'), undefined);
  });

  it('keeps serving a cached link when its background refresh fails, and backs off', async () => {
    const db = source();
    const cache = new LinkCache(db, { refreshAfterMs: 10 });
    await cache.find('abcd');
    db.set(() => Promise.reject(new Error('database away')));
    await sleep(20);
    assert.equal(cache.peek('abcd')?.destinationUrl, 'https://example.com/1'); // starts a refresh
    await sleep(5);
    for (let i = 0; i < 10; i++) assert.equal(cache.peek('abcd')?.destinationUrl, 'https://example.com/1');
    assert.equal(db.calls.length, 2, 'one failed refresh, then a pause');
  });

  it('gives up on a slow database after lookupTimeoutMs', async () => {
    const db = source();
    db.set(() => new Promise(() => {}));
    const cache = new LinkCache(db, { lookupTimeoutMs: 30 });
    const keepAlive = setTimeout(() => {}, 1_000); // the cache's own timer does not hold the process
    await assert.rejects(cache.find('slow'), LookupTimeoutError);
    clearTimeout(keepAlive);
  });
});
