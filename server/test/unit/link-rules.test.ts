import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { generateCode, validateCustomCode, validateDestinationUrl } from '../../src/links/link.rules';

describe('link rules', () => {
  it('generateCode: 7 characters of [A-Za-z0-9], uniformly spread', () => {
    const codes = Array.from({ length: 2000 }, generateCode);
    for (const code of codes) assert.match(code, /^[A-Za-z0-9]{7}$/);
    assert.equal(new Set(codes).size, codes.length);
    const counts = new Map<string, number>();
    for (const ch of codes.join('')) counts.set(ch, (counts.get(ch) ?? 0) + 1);
    assert.equal(counts.size, 62, 'every character appears');
    // 14,000 characters over 62: about 226 each; a biased generator would stray far.
    for (const n of counts.values()) assert.ok(n > 120 && n < 340, `count ${n}`);
  });
  it('validateCustomCode: format before reservation, blank means generate', () => {
    assert.equal(validateCustomCode(null), null);
    assert.equal(validateCustomCode('  '), null);
    assert.equal(validateCustomCode(' Abc1 '), 'Abc1');
    assert.throws(
      () => validateCustomCode('api'),
      (e: any) => e.extensions.code === 'BAD_USER_INPUT',
    );
    assert.throws(
      () => validateCustomCode('GraphQL'),
      (e: any) => e.extensions.code === 'CODE_RESERVED',
    );
  });
  it('validateDestinationUrl: the short domain is rejected over either scheme, other ports are other services', () => {
    const base = 'http://localhost:4000';
    assert.throws(() => validateDestinationUrl('https://localhost:4000/x', base));
    assert.throws(() => validateDestinationUrl('http://LOCALHOST:4000/x', base));
    assert.equal(validateDestinationUrl('http://localhost:3000/x', base), 'http://localhost:3000/x');
    assert.throws(() => validateDestinationUrl('https://sl.example/x', 'https://sl.example'));
    assert.throws(() => validateDestinationUrl('http://sl.example/x', 'https://sl.example'));
    assert.equal(
      validateDestinationUrl('https://www.sl.example/x', 'https://sl.example'),
      'https://www.sl.example/x',
    );
  });
});
