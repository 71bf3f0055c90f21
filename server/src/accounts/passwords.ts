import { randomBytes, timingSafeEqual, type ScryptOptions } from 'node:crypto';
import { availableParallelism } from 'node:os';
import { resolve } from 'node:path';
import { Piscina } from 'piscina';
import { rateLimited } from '../shared/errors';
import type { HashTask } from './hash.worker';

// scrypt is memory-hard: N=2^15, r=8 costs 32 MiB and ~60 ms a hash here, far too slow to brute-force.
const PARAMS = { N: 2 ** 15, r: 8, p: 1 } as const;
const KEY_LENGTH = 32;

export interface HashLimits {
  /** Hashes computed at once. */
  concurrency: number;
  /** Hashes waiting for a turn; beyond that a caller is told to come back (RATE_LIMITED). */
  maxQueued: number;
}

/**
 * Unbounded, 8 concurrent sign-ups took every core the event loop answering redirects needs: at most
 * cores − 1 hashes run at once (1 on 2 cores), and the rest wait their turn.
 */
export function defaultHashLimits(cores = availableParallelism()): HashLimits {
  const concurrency = Math.max(1, cores - 1);
  return { concurrency, maxQueued: 32 * concurrency };
}

class HashGate {
  active = 0;
  /** The most hashes ever computed at once (for tests and the curious). */
  peakActive = 0;
  private readonly waiting: (() => void)[] = [];
  /** A moving average of one hash's duration, to tell a refused caller how long to wait. */
  private averageMs = 100;

  constructor(public limits: HashLimits) {}

  get queued(): number {
    return this.waiting.length;
  }

  async run<T>(task: () => Promise<T>): Promise<T> {
    if (this.active >= this.limits.concurrency) {
      if (this.waiting.length >= this.limits.maxQueued) {
        const waitMs = ((this.waiting.length + 1) * this.averageMs) / this.limits.concurrency;
        throw rateLimited(Math.max(1, Math.ceil(waitMs / 1000)));
      }
      await new Promise<void>((resolve) => this.waiting.push(resolve));
    } else {
      this.active++;
    }
    this.peakActive = Math.max(this.peakActive, this.active);
    const started = performance.now();
    try {
      return await task();
    } finally {
      this.averageMs = this.averageMs * 0.9 + (performance.now() - started) * 0.1;
      // The slot passes straight to the next in line, so `active` never overshoots.
      const next = this.waiting.shift();
      if (next) next();
      else this.active--;
    }
  }
}

export const passwordHashing = new HashGate(defaultHashLimits());

/**
 * Hashes run on worker threads of the lowest CPU priority (hash.worker.ts), not in libuv's pool, whose
 * threads run at the main thread's priority: a hash then waits while redirects need the core. Idle
 * threads end after a minute.
 */
const hashThreads = new Piscina({
  filename: resolve(__dirname, 'hash.worker.js'),
  minThreads: 0,
  maxThreads: defaultHashLimits().concurrency,
  idleTimeout: 60_000,
});

async function scrypt(
  password: string,
  salt: Buffer,
  params: { N: number; r: number; p: number },
): Promise<Buffer> {
  const options: ScryptOptions = { ...params, maxmem: 256 * params.N * params.r };
  const task: HashTask = { password: password.normalize('NFKC'), salt, keyLength: KEY_LENGTH, options };
  const key = await passwordHashing.run(() => hashThreads.run(task) as Promise<Uint8Array>);
  return Buffer.from(key.buffer, key.byteOffset, key.byteLength);
}

/** Format: scrypt$N$r$p$salt$hash (base64url), so parameters can be raised later without breaking old hashes. */
export async function hashPassword(password: string): Promise<string> {
  const salt = randomBytes(16);
  const key = await scrypt(password, salt, PARAMS);
  return ['scrypt', PARAMS.N, PARAMS.r, PARAMS.p, salt.toString('base64url'), key.toString('base64url')].join(
    '$',
  );
}

export async function verifyPassword(password: string, stored: string): Promise<boolean> {
  const [scheme, n, r, p, salt, hash] = stored.split('$');
  if (scheme !== 'scrypt' || !salt || !hash) return false;
  const expected = Buffer.from(hash, 'base64url');
  const actual = await scrypt(password, Buffer.from(salt, 'base64url'), {
    N: Number(n),
    r: Number(r),
    p: Number(p),
  });
  return actual.length === expected.length && timingSafeEqual(actual, expected);
}

/** A hash of a random password, verified against when the email is unknown so both paths take as long. */
let dummyHash: Promise<string> | undefined;
export function dummyPasswordHash(): Promise<string> {
  // A refusal (the hash queue full) must not be remembered as the dummy hash.
  dummyHash ??= hashPassword(randomBytes(16).toString('hex')).catch((error: unknown) => {
    dummyHash = undefined;
    throw error;
  });
  return dummyHash;
}
