import { createHash } from 'node:crypto';
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Pool } from 'pg';
import type { CapturedClick } from '../src/clicks/click';
import { ClickWriter } from '../src/clicks/click-writer';
import { createPool } from '../src/db/data-source';
import { openDatabase, type Database } from '../src/db/database';

// Visitor keys are 32 hex characters, as VisitorKeys makes them (the column is char(32)).
const key = (name: string) => createHash('md5').update(name).digest('hex');

function click(linkId: string, visitor: string | null, alsoKnownAs: string[] = []): CapturedClick {
  return {
    linkId,
    clickedAt: new Date(),
    visitorKey: visitor === null ? null : key(visitor),
    alsoKnownAs: alsoKnownAs.map(key),
    country: null,
    region: null,
    city: null,
    latitude: null,
    longitude: null,
    browser: 'Safari',
    browserVersion: '17',
    os: 'iOS',
    platform: 'mobile',
    referrerHost: null,
    botAgent: visitor ? null : 'WhatsApp preview',
    ipPrefix: '203.0.113.0/24',
    userAgent: 'test',
  };
}

describe('click writer: exact classification under concurrency', () => {
  let db: Database;
  let other: Pool;
  before(async () => {
    db = await openDatabase({ databaseUrl: process.env.DATABASE_URL, dataDir: '' }, { inMemory: true });
    // A second pool on the same database: another process's writer, as far as PostgreSQL can tell.
    other = createPool(db.url, 4);
  });
  after(async () => {
    await other.end();
    await db.close();
  });

  async function newLink(): Promise<string> {
    const [account] = await db.dataSource.query(
      `INSERT INTO accounts (name) VALUES ('Writer test') RETURNING id`,
    );
    const code = `w${Math.random().toString(36).slice(2, 11)}`;
    const [link] = await db.dataSource.query(
      `INSERT INTO links (account_id, code, destination_url) VALUES ($1, $2, 'https://example.com/') RETURNING id`,
      [account.id, code],
    );
    return link.id as string;
  }
  const classes = async (linkId: string) =>
    (
      (await db.dataSource.query(
        `SELECT classification, count(*)::int AS n FROM clicks WHERE link_id = $1 GROUP BY 1 ORDER BY 1`,
        [linkId],
      )) as { classification: string; n: number }[]
    ).reduce<Record<string, number>>((acc, row) => ({ ...acc, [row.classification]: row.n }), {});

  it('one UNIQUE per visitor within a batch; bots are BOT; an alias found later is the same visitor', async () => {
    const linkId = await newLink();
    const writer = new ClickWriter(db.pool);
    for (let i = 0; i < 4; i++) writer.enqueue(click(linkId, 'visitor-a'));
    writer.enqueue(click(linkId, null));
    // A cookie-less first visit gets a cookie; the next visit sends it: same visitor, a REPEAT.
    writer.enqueue(click(linkId, 'address-b', ['cookie-b']));
    await writer.drain();
    writer.enqueue(click(linkId, 'cookie-b', ['address-b']));
    await writer.drain();
    assert.deepEqual(await classes(linkId), { BOT: 1, REPEAT: 4, UNIQUE: 2 });
  });

  it('two writers racing with the same visitors’ first clicks yield exactly one UNIQUE each', async () => {
    const linkId = await newLink();
    const first = new ClickWriter(db.pool, { flushIntervalMs: 1_000 });
    const second = new ClickWriter(other, { flushIntervalMs: 1_000 });
    const visitors = Array.from({ length: 50 }, (_, i) => `racer-${i}`);
    for (const visitor of visitors) {
      first.enqueue(click(linkId, visitor));
      second.enqueue(click(linkId, visitor));
    }
    // Reverse order on one side too: without a global key order the two would deadlock.
    for (const visitor of [...visitors].reverse()) second.enqueue(click(linkId, visitor));
    await Promise.all([first.flush(), second.flush()]);
    await Promise.all([first.drain(), second.drain()]);
    assert.deepEqual(await classes(linkId), { REPEAT: 100, UNIQUE: 50 });
  });

  it('keeps at most maxQueued clicks and counts the rest as dropped', async () => {
    const linkId = await newLink();
    const writer = new ClickWriter(db.pool, { maxQueued: 3, flushIntervalMs: 10_000 });
    for (let i = 0; i < 5; i++) writer.enqueue(click(linkId, `v${i}`));
    assert.equal(writer.pending, 3);
    assert.equal(writer.stats.dropped, 2);
    await writer.drain();
    assert.equal(writer.stats.written, 3);
  });

  it('retries a failed batch on time while clicks keep arriving', async () => {
    const linkId = await newLink();
    const writer = new ClickWriter(db.pool, { maxBatch: 5, flushIntervalMs: 20 });
    // A real failure: the batch claim's table is missing until it is put back.
    await db.dataSource.query('ALTER TABLE click_batches RENAME TO click_batches_away');
    let restored = false;
    const restore = async () => {
      if (restored) return;
      restored = true;
      await db.dataSource.query('ALTER TABLE click_batches_away RENAME TO click_batches');
    };
    let sent = 0;
    // A steady stream, one click every 10 ms: each arrival once rescheduled the retry, so it never fired.
    const stream = setInterval(() => writer.enqueue(click(linkId, `steady-${sent++}`)), 10);
    try {
      const failedBy = Date.now() + 5_000;
      while (writer.stats.failedFlushes === 0 && Date.now() < failedBy)
        await new Promise((r) => setTimeout(r, 10));
      assert.ok(writer.stats.failedFlushes > 0, 'the batch should have failed');
      await restore();
      const restoredAt = Date.now();
      // The first retry is due 100 ms after the failure; allow a busy machine a second on top.
      while (writer.stats.written === 0 && Date.now() - restoredAt < 1_500)
        await new Promise((r) => setTimeout(r, 10));
      assert.ok(writer.stats.written > 0, `no write ${Date.now() - restoredAt} ms after recovery`);
    } finally {
      clearInterval(stream);
      await restore();
    }
    await writer.drain();
    const [{ n }] = await db.dataSource.query(`SELECT count(*)::int AS n FROM clicks WHERE link_id = $1`, [
      linkId,
    ]);
    assert.equal(n, sent);
  });
});
