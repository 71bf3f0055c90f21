import { isIPv6 } from 'node:net';

export interface SlidingWindowOptions {
  /** Events allowed per window. */
  limit: number;
  windowMs: number;
  /** Keys remembered at most; the least recently seen are forgotten first, so memory stays bounded. */
  maxKeys?: number;
  now?: () => number;
}

interface Counter {
  windowStart: number;
  current: number;
  previous: number;
}

/**
 * Per-key rate limit in process memory, as a sliding-window counter: the previous fixed window's count,
 * weighted by how much of it still overlaps the sliding window, plus the current one's. O(1) memory per
 * key (no timestamp log), exact enough for abuse control. Each server replica keeps its own counts.
 */
export class SlidingWindowLimiter {
  private readonly counters = new Map<string, Counter>();
  private readonly maxKeys: number;
  private readonly now: () => number;

  constructor(private readonly options: SlidingWindowOptions) {
    this.maxKeys = options.maxKeys ?? 100_000;
    this.now = options.now ?? Date.now;
  }

  private counter(key: string, now: number): Counter {
    const { windowMs } = this.options;
    let counter = this.counters.get(key);
    if (counter) {
      this.counters.delete(key); // re-inserted below: Map order is recency order
    } else {
      counter = { windowStart: now - (now % windowMs), current: 0, previous: 0 };
    }
    const elapsedWindows = Math.floor((now - counter.windowStart) / windowMs);
    if (elapsedWindows >= 1) {
      counter.previous = elapsedWindows === 1 ? counter.current : 0;
      counter.current = 0;
      counter.windowStart += elapsedWindows * windowMs;
    }
    this.counters.set(key, counter);
    if (this.counters.size > this.maxKeys) {
      const oldest = this.counters.keys().next().value;
      if (oldest !== undefined) this.counters.delete(oldest);
    }
    return counter;
  }

  private estimate(counter: Counter, now: number): number {
    const overlap = 1 - (now - counter.windowStart) / this.options.windowMs;
    return counter.previous * overlap + counter.current;
  }

  /** Seconds until `key` may act again, or 0 when it may act now. Does not count an event. */
  retryAfter(key: string): number {
    const now = this.now();
    if (!this.counters.has(key)) return 0;
    const counter = this.counter(key, now);
    const { limit, windowMs } = this.options;
    if (this.estimate(counter, now) < limit) return 0;
    const windowEnd = counter.windowStart + windowMs;
    let waitMs: number;
    if (counter.current >= limit || counter.previous === 0) {
      // Wait into the next window, until this window's weight has decayed below the limit.
      waitMs = windowEnd - now + windowMs * (1 - (limit - 1) / Math.max(counter.current, 1));
    } else {
      // Within this window, when the previous window's share has decayed enough.
      const overlapNeeded = (limit - counter.current) / counter.previous;
      waitMs = counter.windowStart + windowMs * (1 - overlapNeeded) - now;
    }
    return Math.max(1, Math.ceil(waitMs / 1000));
  }

  /** Counts one event for `key`. */
  hit(key: string): void {
    this.counter(key, this.now()).current += 1;
  }

  /** Counts one event and answers the wait in seconds if that event went over the limit, else 0. */
  take(key: string): number {
    const wait = this.retryAfter(key);
    if (wait > 0) return wait;
    this.hit(key);
    return 0;
  }

  reset(key: string): void {
    this.counters.delete(key);
  }
}

/**
 * The key an address is throttled under: an IPv4 address as it is, an IPv6 address by its /64 (one
 * subscriber's allocation, which a client can rotate through freely).
 */
export function throttleKey(ip: string | null | undefined): string {
  if (!ip) return 'unknown';
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(ip);
  if (mapped) return mapped[1]!;
  if (!isIPv6(ip)) return ip;
  const [head = '', tail = ''] = ip.split('%')[0]!.split('::');
  const headGroups = head ? head.split(':') : [];
  const tailGroups = tail ? tail.split(':') : [];
  const groups = ip.includes('::')
    ? [...headGroups, ...Array<string>(8 - headGroups.length - tailGroups.length).fill('0'), ...tailGroups]
    : headGroups;
  return `${groups
    .slice(0, 4)
    .map((g) => (parseInt(g, 16) || 0).toString(16))
    .join(':')}::/64`;
}
