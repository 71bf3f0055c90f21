import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { forwardQuery, withClickId } from '../../src/clicks/redirect.route';
import { uuidv7, uuidv7Time } from '../../src/shared/ids';

describe('forwardQuery', () => {
  const cases: [string, string, string][] = [
    ['https://e.com/a', '', 'https://e.com/a'],
    ['https://e.com/a', 'utm_source=x', 'https://e.com/a?utm_source=x'],
    ['https://e.com/a?b=1', 'c=2', 'https://e.com/a?b=1&c=2'],
    ['https://e.com/a?b=1&c=1', 'c=2', 'https://e.com/a?b=1&c=2'],
    ['https://e.com/a?c=1&c=3', 'c=2', 'https://e.com/a?c=2'],
    ['https://e.com/a?b=1#frag', 'c=2', 'https://e.com/a?b=1&c=2#frag'],
    ['https://e.com/a#frag?not=query', 'c=2', 'https://e.com/a?c=2#frag?not=query'],
    ['https://e.com/a?x=a%20b', 'y=c+d', 'https://e.com/a?x=a%20b&y=c+d'],
    ['https://e.com/a?utm%5Fsource=old', 'utm_source=new', 'https://e.com/a?utm_source=new'],
    ['https://e.com/a?flag', 'flag=1', 'https://e.com/a?flag=1'],
    ['https://e.com/a?', 'x=1', 'https://e.com/a?x=1'],
    ['https://e.com/a', '&&', 'https://e.com/a'],
    ['https://e.com/a', 'bad=%zz', 'https://e.com/a?bad=%zz'],
    ['https://e.com/a', 'q=a b"<', 'https://e.com/a?q=a%20b%22%3C'],
  ];
  for (const [destination, query, expected] of cases) {
    it(`${destination} + ?${query} → ${expected}`, () =>
      assert.equal(forwardQuery(destination, query), expected));
  }
});

describe('withClickId (sl_cid)', () => {
  const id = '0193a1b2-c3d4-7e5f-8a6b-7c8d9e0f1a2b';
  it('appends sl_cid last in the query, before the fragment', () => {
    assert.equal(withClickId('https://a.example/p', id), `https://a.example/p?sl_cid=${id}`);
    assert.equal(withClickId('https://a.example/p?x=1#top', id), `https://a.example/p?x=1&sl_cid=${id}#top`);
  });
  it('replaces every sl_cid already there, however it is spelt, and keeps the others as written', () => {
    assert.equal(
      withClickId('https://a.example/?sl_cid=1&a=%20b&sl%5Fcid=2&&sl_cid&b=c,d', id),
      `https://a.example/?a=%20b&b=c,d&sl_cid=${id}`,
    );
    assert.equal(
      withClickId('https://a.example/?sl_cidx=1', id),
      `https://a.example/?sl_cidx=1&sl_cid=${id}`,
    );
  });
  it('after forwardQuery, a forged sl_cid of the click does not survive', () => {
    const location = withClickId(forwardQuery('https://a.example/?utm=1', 'sl_cid=forged&utm=2'), id);
    assert.equal(location, `https://a.example/?utm=2&sl_cid=${id}`);
  });
});

describe('uuidv7', () => {
  it('is a version 7, variant 10 UUID carrying its milliseconds, distinct every time', () => {
    const at = Date.UTC(2026, 10, 30, 12, 0, 0, 123);
    const ids = Array.from({ length: 2000 }, () => uuidv7(at));
    for (const id of ids) {
      assert.match(id, /^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
      assert.equal(uuidv7Time(id), at);
    }
    assert.equal(new Set(ids).size, ids.length);
    assert.ok(uuidv7(at) < uuidv7(at + 1), 'later ids sort after earlier ones');
    assert.equal(uuidv7Time('6ba7b810-9dad-41d1-80b4-00c04fd430c8'), null, 'a v4 UUID has no time');
  });
});
