import {
  mkdir,
  open,
  readdir,
  readFile,
  statfs,
  truncate,
  unlink,
  writeFile,
  type FileHandle,
} from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { crc32 } from 'node:zlib';

/**
 * An append-only log of clicks on local disk, in segments (`<first seq>.log`). Each line is
 * `<crc32 hex> <json>`: a click `{"s":seq,"c":…}`, a batch about to be written `{"b":id,"f":from,"t":to}`
 * (clicks from..to-1), or a watermark `{"d":upTo}` (every click below is in the database).
 *
 * Appends are group-committed: buffered, then written and fdatasync'ed once per `commitIntervalMs`, so
 * a crash loses at most the clicks appended since the last commit. A batch marker is synced before the
 * batch is written, so after a crash the batch is replayed with the same id and the database's batch
 * claim makes the replay a no-op if the first attempt had committed.
 *
 * One process per folder (a lock file names its pid).
 */

export interface SpoolOptions {
  dir: string;
  /** Group-commit interval: the most a crash can lose. */
  commitIntervalMs?: number;
  /** A segment is closed past this size; a segment is deleted once all its clicks are written. */
  segmentBytes?: number;
  /** Appends are refused (and counted) when the disk's free space would fall below this. */
  minFreeBytes?: number;
  /** `alarm` turns on when the spool holds more than this (or free space nears `minFreeBytes`). */
  alarmBytes?: number;
}

export interface SpoolStats {
  /** Bytes in segment files (written, not yet deleted). */
  bytes: number;
  segments: number;
  /** Free bytes on the spool's disk, as of the last check (every second). */
  freeBytes: number;
  /** Clicks refused because the disk was too full. */
  refused: number;
  /** Lines found corrupt while recovering (skipped). */
  corrupt: number;
  /** Group commits done (each one write and one fdatasync). */
  commits: number;
}

export interface SpoolRecord<T> {
  seq: number;
  item: T;
}

export interface PendingBatch {
  id: string;
  from: number;
  to: number;
}

interface Segment {
  first: number;
  path: string;
  size: number;
}

type Line<T> = { s: number; c: T } | { b: string; f: number; t: number } | { d: number };

const DEFAULTS = {
  commitIntervalMs: 50,
  segmentBytes: 16 * 1024 * 1024,
  minFreeBytes: 256 * 1024 * 1024,
  alarmBytes: 1024 * 1024 * 1024,
};

export class SpoolLockedError extends Error {}

const openDirs = new Set<string>();

function encode(value: unknown): string {
  return encodeJson(JSON.stringify(value));
}

function encodeJson(json: string): string {
  return `${crc32(json).toString(16).padStart(8, '0')} ${json}\n`;
}

/** The record of one line, or null if the line is torn or corrupt. */
function decode<T>(line: string): Line<T> | null {
  if (line.length < 10 || line[8] !== ' ') return null;
  const json = line.slice(9);
  if (crc32(json).toString(16).padStart(8, '0') !== line.slice(0, 8)) return null;
  try {
    return JSON.parse(json) as Line<T>;
  } catch {
    return null;
  }
}

const segmentName = (first: number) => `${String(first).padStart(16, '0')}.log`;

export class ClickSpool<T> {
  readonly stats: SpoolStats = {
    bytes: 0,
    segments: 0,
    freeBytes: Infinity,
    refused: 0,
    corrupt: 0,
    commits: 0,
  };
  /** Every click below this is in the database. */
  doneUpTo = 0;
  /** The next click's sequence number; clicks doneUpTo..nextSeq-1 are pending. */
  nextSeq = 0;
  /** Batches marked but not known to be written, in order (replay them with these ids first). */
  readonly pendingBatches: PendingBatch[] = [];

  private readonly options: Required<SpoolOptions>;
  private segments: Segment[] = [];
  private active: FileHandle | null = null;
  private buffer: string[] = [];
  private bufferBytes = 0;
  /** Clicks appended to `buffer` but not yet on disk start here. */
  private writtenSeq = 0;
  private chain: Promise<void> = Promise.resolve();
  private timer: NodeJS.Timeout | null = null;
  private freeTimer: NodeJS.Timeout | null = null;
  private closed = false;
  private reader: { path: string; offset: number; next: number } | null = null;

  private constructor(options: SpoolOptions) {
    this.options = { ...DEFAULTS, ...options };
  }

  static async open<T>(options: SpoolOptions): Promise<ClickSpool<T>> {
    const spool = new ClickSpool<T>(options);
    await mkdir(options.dir, { recursive: true });
    await spool.lock();
    spool.claim();
    await spool.recover();
    await spool.checkFreeSpace();
    spool.freeTimer = setInterval(() => void spool.checkFreeSpace(), 1_000);
    spool.freeTimer.unref();
    return spool;
  }

  /** Clicks below this are on disk (written and fdatasync'ed). */
  get syncedSeq(): number {
    return this.writtenSeq;
  }

  get dir(): string {
    return this.options.dir;
  }

  /** Pending clicks (appended, not yet known to be in the database). */
  get pending(): number {
    return this.nextSeq - this.doneUpTo;
  }

  get alarm(): boolean {
    return (
      this.stats.bytes + this.bufferBytes >= this.options.alarmBytes ||
      this.stats.freeBytes < this.options.minFreeBytes * 2
    );
  }

  /**
   * Appends a click; returns its sequence number, or null when the disk is too full to take it. `json`
   * is `JSON.stringify(item)` when the caller has it already (made on a worker thread, off the
   * redirect's): the line is the same either way.
   */
  append(item: T, json?: string): number | null {
    if (this.closed) throw new Error('spool is closed');
    const seq = this.nextSeq;
    const line = encodeJson(`{"s":${seq},"c":${json ?? JSON.stringify(item)}}`);
    if (this.stats.freeBytes - this.bufferBytes - line.length < this.options.minFreeBytes) {
      this.stats.refused++;
      return null;
    }
    this.nextSeq++;
    this.push(line);
    return seq;
  }

  /** Records that clicks from..to-1 are about to be written as batch `id`; `sync()` before writing. */
  markBatch(batch: PendingBatch): void {
    this.push(encode({ b: batch.id, f: batch.from, t: batch.to }));
  }

  /** Records that every click below `upTo` is in the database; deletes segments no longer needed. */
  markDone(upTo: number): void {
    if (upTo <= this.doneUpTo) return;
    this.doneUpTo = upTo;
    while (this.pendingBatches.length > 0 && this.pendingBatches[0]!.to <= upTo) this.pendingBatches.shift();
    this.push(encode({ d: upTo }));
  }

  /** Resolves once everything appended so far is on disk. */
  sync(): Promise<void> {
    if (this.timer) {
      clearTimeout(this.timer);
      this.timer = null;
    }
    this.chain = this.chain.then(() => this.commit());
    return this.chain;
  }

  /**
   * Up to `max` clicks from `from` on, read back from disk (clicks still in the commit buffer are
   * committed first). Sequential reads continue where the last one stopped.
   */
  async read(from: number, max: number): Promise<SpoolRecord<T>[]> {
    if (from >= this.nextSeq || max <= 0) return [];
    if (from >= this.writtenSeq) await this.sync();
    const out: SpoolRecord<T>[] = [];
    let index = this.segmentIndexOf(from);
    while (out.length < max && index < this.segments.length) {
      const segment = this.segments[index]!;
      let offset = 0;
      if (this.reader && this.reader.path === segment.path && this.reader.next === from + out.length)
        offset = this.reader.offset;
      const handle = await open(segment.path, 'r');
      try {
        let carry = Buffer.alloc(0);
        let position = offset;
        while (out.length < max && position < segment.size) {
          const chunk = Buffer.allocUnsafe(Math.min(1024 * 1024, segment.size - position));
          const { bytesRead } = await handle.read(chunk, 0, chunk.length, position);
          if (bytesRead === 0) break;
          position += bytesRead;
          const data =
            carry.length > 0
              ? Buffer.concat([carry, chunk.subarray(0, bytesRead)])
              : chunk.subarray(0, bytesRead);
          // Byte offset in the file of data[0].
          const base = position - data.length;
          let start = 0;
          for (
            let end = data.indexOf(10, start);
            end >= 0 && out.length < max;
            end = data.indexOf(10, start)
          ) {
            const record = decode<T>(data.toString('utf8', start, end));
            start = end + 1;
            if (record && 's' in record && record.s >= from + out.length)
              out.push({ seq: record.s, item: record.c });
            this.reader = { path: segment.path, offset: base + start, next: from + out.length };
          }
          carry = Buffer.from(data.subarray(start));
        }
      } finally {
        await handle.close();
      }
      index++;
    }
    return out;
  }

  async close(): Promise<void> {
    if (this.closed) return;
    await this.sync();
    this.closed = true;
    if (this.freeTimer) clearInterval(this.freeTimer);
    await this.active?.close();
    this.active = null;
    await unlink(join(this.options.dir, 'spool.lock')).catch(() => undefined);
    openDirs.delete(resolve(this.options.dir));
  }

  private push(line: string): void {
    this.buffer.push(line);
    this.bufferBytes += line.length;
    if (!this.timer && !this.closed) {
      this.timer = setTimeout(() => {
        this.timer = null;
        this.chain = this.chain.then(() => this.commit());
      }, this.options.commitIntervalMs);
      this.timer.unref();
    }
  }

  private async commit(): Promise<void> {
    if (this.buffer.length === 0) return;
    const data = Buffer.from(this.buffer.join(''));
    const upTo = this.nextSeq;
    this.buffer = [];
    this.bufferBytes = 0;
    let segment = this.segments.at(-1);
    if (!segment || !this.active || segment.size >= this.options.segmentBytes) {
      await this.active?.close();
      segment = {
        first: this.writtenSeq,
        path: join(this.options.dir, segmentName(this.writtenSeq)),
        size: 0,
      };
      this.active = await open(segment.path, 'a');
      this.segments.push(segment);
      this.stats.segments = this.segments.length;
    }
    await this.active.write(data, 0, data.length);
    await this.active.datasync();
    segment.size += data.length;
    this.stats.bytes += data.length;
    this.stats.commits++;
    this.writtenSeq = upTo;
    await this.dropWrittenSegments();
  }

  /** Deletes closed segments whose clicks are all in the database. */
  private async dropWrittenSegments(): Promise<void> {
    while (this.segments.length > 1 && this.segments[1]!.first <= this.doneUpTo) {
      const [gone] = this.segments.splice(0, 1);
      this.stats.bytes -= gone!.size;
      this.stats.segments = this.segments.length;
      await unlink(gone!.path).catch(() => undefined);
    }
  }

  private segmentIndexOf(seq: number): number {
    let index = 0;
    while (index + 1 < this.segments.length && this.segments[index + 1]!.first <= seq) index++;
    return index;
  }

  private async lock(): Promise<void> {
    const dir = resolve(this.options.dir);
    // Two writers of one process would interleave their sequence numbers: one spool per folder.
    if (openDirs.has(dir)) throw new SpoolLockedError(`click spool ${dir} is already open in this process`);
    const file = join(this.options.dir, 'spool.lock');
    try {
      await writeFile(file, String(process.pid), { flag: 'wx' });
      return;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
    const holder = Number((await readFile(file, 'utf8').catch(() => '')).trim());
    if (holder && holder !== process.pid && isAlive(holder))
      throw new SpoolLockedError(`click spool ${this.options.dir} is in use by process ${holder}`);
    // Its holder died (a crash or kill -9): take the spool over.
    await writeFile(file, String(process.pid));
  }

  private claim(): void {
    openDirs.add(resolve(this.options.dir));
  }

  /** Reads every segment: where clicks stand, which batches may have been written, a torn tail cut. */
  private async recover(): Promise<void> {
    const names = (await readdir(this.options.dir)).filter((n) => /^\d{16}\.log$/.test(n)).sort();
    const batches: PendingBatch[] = [];
    let maxSeq = -1;
    for (const [i, name] of names.entries()) {
      const path = join(this.options.dir, name);
      const data = await readFile(path);
      let offset = 0;
      let validEnd = 0;
      while (offset < data.length) {
        const end = data.indexOf(10, offset);
        if (end < 0) break;
        const record = decode<T>(data.toString('utf8', offset, end));
        offset = end + 1;
        if (!record) {
          this.stats.corrupt++;
          continue;
        }
        validEnd = offset;
        if ('s' in record) maxSeq = Math.max(maxSeq, record.s);
        else if ('b' in record) batches.push({ id: record.b, from: record.f, to: record.t });
        else this.doneUpTo = Math.max(this.doneUpTo, record.d);
      }
      let size = data.length;
      // The last segment may end in a line the crash cut short: cut it, so appends start on a clean line.
      if (i === names.length - 1 && validEnd < data.length) {
        await truncate(path, validEnd);
        size = validEnd;
      }
      this.segments.push({ first: Number(name.slice(0, 16)), path, size });
      this.stats.bytes += size;
    }
    this.stats.segments = this.segments.length;
    this.nextSeq = Math.max(maxSeq + 1, this.doneUpTo, this.segments.at(-1)?.first ?? 0);
    this.writtenSeq = this.nextSeq;
    this.pendingBatches.push(...batches.filter((b) => b.to > this.doneUpTo));
    if (this.segments.length > 0) this.active = await open(this.segments.at(-1)!.path, 'a');
    await this.dropWrittenSegments();
  }

  private async checkFreeSpace(): Promise<void> {
    try {
      const fs = await statfs(this.options.dir);
      this.stats.freeBytes = fs.bavail * fs.bsize;
    } catch {
      // Keep the last figure; the next check may succeed.
    }
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}
