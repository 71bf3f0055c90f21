import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { forwardQuery } from '../../src/clicks/redirect.route';

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
