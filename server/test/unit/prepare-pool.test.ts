import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { enrichClick, type RawClick } from '../../src/clicks/click-capture';
import { PreparePool } from '../../src/clicks/prepare-pool';
import { VisitorKeys } from '../../src/clicks/visitor';

const raws: RawClick[] = Array.from({ length: 250 }, (_, i) => ({
  linkId: '00000000-0000-4000-8000-000000000001',
  clickedAt: new Date(Date.UTC(2026, 10, 30, 8, 0, i)),
  ip: i % 2 ? '::ffff:81.2.69.160' : '2001:4860:4860::8888',
  userAgent:
    i % 3
      ? 'Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Mobile/15E148 Safari/604.1'
      : 'WhatsApp/2.23.20.0',
  referrer: i % 4 ? 'https://news.example.com/a' : undefined,
  cookie: i % 5 ? null : 'AAAAAAAAAAAAAAAAAAAAAA',
  minted: i % 5 ? 'BBBBBBBBBBBBBBBBBBBBBB' : null,
}));

describe('click preparation pool', () => {
  for (const threads of [0, 1]) {
    it(`prepares exactly as enrichClick does (${threads} worker threads)`, async () => {
      const pool = new PreparePool('pool-secret-0123456789', threads);
      try {
        const expected = raws.map((raw) => enrichClick(raw, new VisitorKeys('pool-secret-0123456789')));
        const prepared = await pool.prepare(raws);
        assert.deepEqual(prepared, expected);
        assert.ok(prepared[0]!.clickedAt instanceof Date);
        assert.ok(
          prepared.some((c) => c!.country !== null),
          'public addresses are located',
        );
        // One broken click is null; the rest of its slice is prepared.
        const [broken, fine] = await pool.prepare([null as unknown as RawClick, raws[1]!]);
        assert.equal(broken, null);
        assert.deepEqual(fine, expected[1]);
        // A worker also hands back each click's spool JSON, exactly what the spool would have written.
        const slice = await pool.prepareSlice(raws.slice(0, 20));
        assert.deepEqual(slice.clicks, expected.slice(0, 20));
        if (threads > 0) {
          assert.deepEqual(
            slice.json,
            slice.clicks.map((c) => JSON.stringify(c)),
          );
        } else {
          assert.equal(slice.json, undefined);
        }
      } finally {
        await pool.close();
      }
    });
  }
});
