import { randomFillSync } from 'node:crypto';

const UUID_RE = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
/** Ids are UUIDs; anything else is treated as a missing id, never passed to SQL. */
export const isUuid = (value: unknown): value is string => typeof value === 'string' && UUID_RE.test(value);

// Random bytes drawn 4 KiB at a time: one system call per 409 ids on the redirect path.
const pool = Buffer.alloc(4096);
let poolAt = pool.length;
const HEX = Array.from({ length: 256 }, (_, i) => i.toString(16).padStart(2, '0'));

/**
 * A UUIDv7 (RFC 9562): 48 bits of Unix milliseconds, then 74 random bits. Minted without the database
 * (the redirect hands it out before the click is written); time-ordered, so an index on it grows at its
 * right edge, and its time tells how recent a click it names may be.
 */
export function uuidv7(now: number = Date.now()): string {
  if (poolAt + 10 > pool.length) {
    randomFillSync(pool);
    poolAt = 0;
  }
  const b = new Array<string>(16);
  let ms = now;
  for (let i = 5; i >= 0; i--) {
    b[i] = HEX[ms % 256]!;
    ms = Math.floor(ms / 256);
  }
  b[6] = HEX[0x70 | (pool[poolAt]! & 0x0f)]!;
  b[7] = HEX[pool[poolAt + 1]!]!;
  b[8] = HEX[0x80 | (pool[poolAt + 2]! & 0x3f)]!;
  for (let i = 9; i < 16; i++) b[i] = HEX[pool[poolAt + i - 6]!]!;
  poolAt += 10;
  return `${b[0]}${b[1]}${b[2]}${b[3]}-${b[4]}${b[5]}-${b[6]}${b[7]}-${b[8]}${b[9]}-${b[10]}${b[11]}${b[12]}${b[13]}${b[14]}${b[15]}`;
}

/** The milliseconds of a UUIDv7, or null for any other UUID. */
export function uuidv7Time(id: string): number | null {
  if (!isUuid(id) || id[14] !== '7' || !/[89ab]/i.test(id[19]!)) return null;
  return parseInt(id.slice(0, 8) + id.slice(9, 13), 16);
}
