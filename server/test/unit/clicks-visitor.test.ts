import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { parse, serialize } from 'cookie';
import { newVisitorId, readVisitorCookie, visitorCookieHeader } from '../../src/clicks/visitor';

describe('visitor cookie', () => {
  it('writes exactly what the cookie library would, Secure or not', () => {
    for (let i = 0; i < 300; i++) {
      const id = newVisitorId();
      for (const secure of [true, false]) {
        const expected = serialize('sl_vid', id, {
          httpOnly: true,
          sameSite: 'lax',
          secure,
          path: '/',
          maxAge: 365 * 24 * 3600,
        });
        assert.equal(visitorCookieHeader(id, secure), expected);
      }
    }
  });

  it('reads back the id it minted, and refuses values it could not have minted', () => {
    const id = newVisitorId();
    assert.match(id, /^[A-Za-z0-9_-]{22}$/);
    const header = visitorCookieHeader(id, false);
    assert.equal(parse(header).sl_vid, id);
    assert.equal(readVisitorCookie(`theme=dark; sl_vid=${id}`), id);
    assert.equal(readVisitorCookie('sl_vid=short'), null);
    assert.equal(readVisitorCookie(undefined), null);
  });
});
