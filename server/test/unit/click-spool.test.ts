import assert from 'node:assert/strict';
import { mkdtemp, readdir, readFile, rm, stat, truncate, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { ClickSpool, SpoolLockedError } from '../../src/clicks/click-spool';

interface Item {
  n: number;
  ua: string;
}

const dirs: string[] = [];
async function scratch(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'spool-'));
  dirs.push(dir);
  return dir;
}
after(async () => {
  for (const dir of dirs) await rm(dir, { recursive: true, force: true });
});

const item = (n: number): Item => ({ n, ua: `Mozilla/5.0 agent ${n} \u00e9\n"quoted"` });
const segments = async (dir: string) => (await readdir(dir)).filter((n) => n.endsWith('.log')).sort();

describe('click spool', () => {
  it('gives clicks back in order after a reopen, from any position, across segments', async () => {
    const dir = await scratch();
    const spool = await ClickSpool.open<Item>({ dir, segmentBytes: 2_000, minFreeBytes: 0 });
    for (let n = 0; n < 300; n++) {
      assert.equal(spool.append(item(n)), n);
      if (n % 50 === 49) await spool.sync();
    }
    await spool.close();
    assert.ok((await segments(dir)).length > 5, 'small segments should have rolled over');

    const reopened = await ClickSpool.open<Item>({ dir, segmentBytes: 2_000, minFreeBytes: 0 });
    assert.equal(reopened.nextSeq, 300);
    assert.equal(reopened.pending, 300);
    const all = [];
    for (let from = 0; from < 300; ) {
      const part = await reopened.read(from, 37);
      assert.ok(part.length > 0);
      all.push(...part);
      from = part.at(-1)!.seq + 1;
    }
    assert.deepEqual(
      all.map((r) => r.seq),
      Array.from({ length: 300 }, (_, i) => i),
    );
    assert.deepEqual(all[123]!.item, item(123));
    // A random position, not where the last read stopped.
    assert.deepEqual(
      (await reopened.read(250, 3)).map((r) => r.item.n),
      [250, 251, 252],
    );
    await reopened.close();
  });

  it('writes the same line whether the item comes with its JSON or not', async () => {
    const [plainDir, givenDir] = [await scratch(), await scratch()];
    const plain = await ClickSpool.open<Item>({ dir: plainDir, minFreeBytes: 0 });
    const given = await ClickSpool.open<Item>({ dir: givenDir, minFreeBytes: 0 });
    for (let n = 0; n < 20; n++) {
      plain.append(item(n));
      given.append(item(n), JSON.stringify(item(n)));
    }
    await Promise.all([plain.close(), given.close()]);
    const text = async (dir: string) => readFile(join(dir, (await segments(dir))[0]!), 'utf8');
    assert.equal(await text(givenDir), await text(plainDir));
    const reopened = await ClickSpool.open<Item>({ dir: givenDir, minFreeBytes: 0 });
    assert.deepEqual(
      (await reopened.read(0, 20)).map((r) => r.item),
      Array.from({ length: 20 }, (_, n) => item(n)),
    );
    await reopened.close();
  });

  it('reads clicks still in the commit buffer (commits them first)', async () => {
    const dir = await scratch();
    const spool = await ClickSpool.open<Item>({ dir, commitIntervalMs: 60_000, minFreeBytes: 0 });
    spool.append(item(1));
    spool.append(item(2));
    assert.deepEqual(
      (await spool.read(0, 10)).map((r) => r.item.n),
      [1, 2],
    );
    await spool.close();
  });

  it('group-commits: many appends, few fdatasyncs, all durable after the interval', async () => {
    const dir = await scratch();
    const spool = await ClickSpool.open<Item>({ dir, commitIntervalMs: 20, minFreeBytes: 0 });
    for (let n = 0; n < 1_000; n++) spool.append(item(n));
    await new Promise((r) => setTimeout(r, 100));
    assert.ok(spool.stats.commits >= 1 && spool.stats.commits <= 2, `${spool.stats.commits} commits`);
    // What a kill -9 now would leave: the files as they are, read by a fresh process.
    const text = (await Promise.all((await segments(dir)).map((n) => readFile(join(dir, n), 'utf8')))).join(
      '',
    );
    assert.equal(text.split('\n').filter(Boolean).length, 1_000);
    await spool.close();
  });

  it('cuts a torn last line and skips a corrupt one, then appends after them', async () => {
    const dir = await scratch();
    const spool = await ClickSpool.open<Item>({ dir, minFreeBytes: 0 });
    for (let n = 0; n < 10; n++) spool.append(item(n));
    await spool.close();
    const [name] = await segments(dir);
    const path = join(dir, name!);
    const lines = (await readFile(path, 'utf8')).split('\n');
    lines[3] = lines[3]!.replace('agent 3', 'agent X'); // a flipped byte: the checksum no longer matches
    await writeFile(path, lines.join('\n'));
    // A crash in the middle of the last line.
    await truncate(path, (await stat(path)).size - 20);

    const reopened = await ClickSpool.open<Item>({ dir, minFreeBytes: 0 });
    assert.equal(reopened.stats.corrupt, 1);
    assert.equal(reopened.nextSeq, 9);
    assert.equal(reopened.append(item(9)), 9);
    await reopened.sync();
    assert.deepEqual(
      (await reopened.read(0, 100)).map((r) => r.seq),
      [0, 1, 2, 4, 5, 6, 7, 8, 9],
    );
    await reopened.close();
  });

  it('remembers batches marked but not done, and forgets done clicks and their segments', async () => {
    const dir = await scratch();
    const spool = await ClickSpool.open<Item>({ dir, segmentBytes: 1_000, minFreeBytes: 0 });
    for (let n = 0; n < 40; n++) spool.append(item(n));
    spool.markBatch({ id: 'b1', from: 0, to: 20 });
    spool.markBatch({ id: 'b2', from: 20, to: 40 });
    await spool.sync();
    spool.markDone(20);
    await spool.sync();
    for (let n = 40; n < 60; n++) spool.append(item(n));
    await spool.close();

    const reopened = await ClickSpool.open<Item>({ dir, segmentBytes: 1_000, minFreeBytes: 0 });
    assert.equal(reopened.doneUpTo, 20);
    assert.equal(reopened.pending, 40);
    assert.deepEqual(reopened.pendingBatches, [{ id: 'b2', from: 20, to: 40 }]);
    assert.equal((await reopened.read(20, 1))[0]!.item.n, 20);
    const before = (await segments(dir)).length;
    reopened.markDone(60);
    for (let n = 60; n < 61; n++) reopened.append(item(n));
    await reopened.sync();
    assert.ok((await segments(dir)).length < before, 'written segments are deleted');
    assert.equal(reopened.pendingBatches.length, 0);
    await reopened.close();
    const again = await ClickSpool.open<Item>({ dir, minFreeBytes: 0 });
    assert.equal(again.pending, 1);
    await again.close();
  });

  it('refuses clicks rather than fill the disk, and raises its alarm', async () => {
    const dir = await scratch();
    const spool = await ClickSpool.open<Item>({ dir, minFreeBytes: Number.MAX_SAFE_INTEGER });
    assert.equal(spool.append(item(1)), null);
    assert.equal(spool.stats.refused, 1);
    assert.equal(spool.alarm, true);
    await spool.close();
    const roomy = await ClickSpool.open<Item>({ dir, minFreeBytes: 0, alarmBytes: 500 });
    assert.equal(roomy.alarm, false);
    for (let n = 0; n < 20; n++) roomy.append(item(n));
    assert.equal(roomy.alarm, true, 'over alarmBytes');
    await roomy.close();
  });

  it('belongs to one live process; a dead holder is taken over', async () => {
    const dir = await scratch();
    const spool = await ClickSpool.open<Item>({ dir, minFreeBytes: 0 });
    await assert.rejects(ClickSpool.open<Item>({ dir, minFreeBytes: 0 }), SpoolLockedError);
    await spool.close();
    // pid 1 is alive (and not us): the folder is in use.
    await writeFile(join(dir, 'spool.lock'), '1');
    await assert.rejects(ClickSpool.open<Item>({ dir, minFreeBytes: 0 }), SpoolLockedError);
    // A pid that cannot exist: its holder died without cleaning up.
    await writeFile(join(dir, 'spool.lock'), '4194999');
    const next = await ClickSpool.open<Item>({ dir, minFreeBytes: 0 });
    await next.close();
  });
});
