import { createHash } from 'node:crypto';
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import type { Pool } from 'pg';
import type { CapturedClick } from '../src/clicks/click';
import { ClickSpool } from '../src/clicks/click-spool';
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

  describe('with a spool on disk', () => {
    const dirs: string[] = [];
    after(async () => {
      for (const dir of dirs) await rm(dir, { recursive: true, force: true });
    });
    const spoolAt = async (dir?: string) => {
      const path = dir ?? (await mkdtemp(join(tmpdir(), 'writer-spool-')));
      dirs.push(path);
      return ClickSpool.open<CapturedClick>({ dir: path, minFreeBytes: 0, commitIntervalMs: 10 });
    };
    const countOf = async (linkId: string) =>
      (await db.dataSource.query(`SELECT count(*)::int AS n FROM clicks WHERE link_id = $1`, [linkId]))[0]
        .n as number;
    /** The batch claim's table goes away (a real write failure) until the returned function puts it back. */
    const breakWrites = async () => {
      await db.dataSource.query('ALTER TABLE click_batches RENAME TO click_batches_away');
      let restored = false;
      return async () => {
        if (restored) return;
        restored = true;
        await db.dataSource.query('ALTER TABLE click_batches_away RENAME TO click_batches');
      };
    };

    it('keeps clicks beyond memory on disk while writes fail, then writes them all in order', async () => {
      const linkId = await newLink();
      const spool = await spoolAt();
      const writer = new ClickWriter(db.pool, { spool, maxQueued: 10, maxBatch: 7, flushIntervalMs: 5 });
      const restore = await breakWrites();
      try {
        const start = Date.now();
        for (let i = 0; i < 100; i++) {
          const c = click(linkId, `disk-${i}`);
          c.clickedAt = new Date(start + i);
          writer.enqueue(c);
        }
        assert.equal(await writer.drain(300), false);
        assert.ok(writer.stats.failedFlushes > 0);
        assert.equal(writer.stats.dropped, 0, 'nothing dropped');
        assert.ok(writer.stats.queued <= 10, `${writer.stats.queued} in memory`);
        assert.ok(writer.stats.spooled >= 90, `${writer.stats.spooled} on disk only`);
        assert.equal(writer.pending, 100);
      } finally {
        await restore();
      }
      assert.equal(await writer.drain(), true);
      const rows: { clicked_at: Date }[] = await db.dataSource.query(
        `SELECT clicked_at FROM clicks WHERE link_id = $1 ORDER BY id`,
        [linkId],
      );
      assert.equal(rows.length, 100);
      const times = rows.map((r) => r.clicked_at.getTime());
      assert.deepEqual(
        times,
        [...times].sort((a, b) => a - b),
        'written in arrival order',
      );
      assert.equal(spool.pending, 0);
      await writer.close();
    });

    it('writes what a stopped process left in its spool on the next start, once', async () => {
      const linkId = await newLink();
      const first = await spoolAt();
      const restore = await breakWrites();
      const before = new ClickWriter(db.pool, { spool: first, flushIntervalMs: 5 });
      for (let i = 0; i < 50; i++) before.enqueue(click(linkId, `restart-${i}`));
      const closed = await before.close(300);
      await restore();
      assert.deepEqual(closed, { written: false, unwritten: 50, onDisk: true });

      const again = await spoolAt(first.dir);
      assert.equal(again.pending, 50);
      const after = new ClickWriter(db.pool, { spool: again, flushIntervalMs: 5 });
      assert.equal(await after.drain(), true);
      assert.equal(await countOf(linkId), 50);
      await after.close();
    });

    it('replays a batch whose COMMIT landed but whose completion never reached the disk, writing nothing twice', async () => {
      const linkId = await newLink();
      const spool = await spoolAt();
      const writer = new ClickWriter(db.pool, { spool, maxBatch: 20, flushIntervalMs: 5 });
      for (let i = 0; i < 30; i++) writer.enqueue(click(linkId, `crash-${i}`));
      assert.equal(await writer.drain(), true);
      await writer.close();
      assert.equal(await countOf(linkId), 30);
      // What a kill -9 right after the second COMMIT leaves: its "done" line never synced.
      const dir = spool.dir;
      const [segment] = (await readdir(dir)).filter((n) => n.endsWith('.log'));
      const path = join(dir, segment!);
      const lines = (await readFile(path, 'utf8')).split('\n').filter(Boolean);
      assert.ok(lines.at(-1)!.includes('{"d":30}'));
      await writeFile(path, lines.slice(0, -1).join('\n') + '\n');

      const reopened = await spoolAt(dir);
      assert.equal(reopened.pending, 10);
      assert.equal(reopened.pendingBatches.length, 1);
      const replay = new ClickWriter(db.pool, { spool: reopened, maxBatch: 20, flushIntervalMs: 5 });
      assert.equal(await replay.drain(), true);
      assert.equal(await countOf(linkId), 30, 'the replayed batch was already written');
      assert.equal(reopened.pending, 0);
      await replay.close();
    });

    it('refuses no click while the disk has room, and says how long it has been stalled', async () => {
      const linkId = await newLink();
      const spool = await spoolAt();
      const writer = new ClickWriter(db.pool, { spool, flushIntervalMs: 5 });
      assert.equal(writer.stalledForMs, 0, 'idle');
      const restore = await breakWrites();
      try {
        writer.enqueue(click(linkId, 'stalled'));
        assert.equal(await writer.drain(200), false);
        assert.ok(writer.stalledForMs >= 150, `${writer.stalledForMs} ms`);
      } finally {
        await restore();
      }
      assert.equal(await writer.drain(), true);
      assert.equal(writer.stalledForMs, 0);
      await writer.close();
    });
  });
});
