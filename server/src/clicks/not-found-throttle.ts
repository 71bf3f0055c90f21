import type { ServerResponse } from 'node:http';
import { SlidingWindowLimiter, throttleKey } from '../security/sliding-window';

const TOO_MANY_PAGE =
  '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Too many requests · Smart Links</title></head>' +
  '<body><p>Too many unknown links were requested from your network. Please wait a minute.</p></body></html>';

/**
 * Slows down guessing of short codes: an address that asks for more than `limit` unknown codes a minute
 * gets 429 for its next unknown codes. Only the not-found path consults it, so redirects of existing
 * codes are never delayed or refused, for anyone (a throttled address included).
 */
export class NotFoundThrottle {
  private readonly limiter: SlidingWindowLimiter;

  constructor(options: { limit?: number; windowMs?: number; now?: () => number } = {}) {
    this.limiter = new SlidingWindowLimiter({
      limit: options.limit ?? 60,
      windowMs: options.windowMs ?? 60_000,
      maxKeys: 50_000,
      now: options.now,
    });
  }

  /**
   * Counts an unknown code asked for by `ip`. When the address is over its budget, answers 429 with
   * Retry-After and returns true: the caller must then not answer. Plain `http` API, so it works with or
   * without Express in front.
   */
  rejected(ip: string | null | undefined, res: ServerResponse): boolean {
    const wait = this.limiter.take(throttleKey(ip));
    if (wait === 0) return false;
    res.writeHead(429, {
      'Content-Type': 'text/html; charset=utf-8',
      'Cache-Control': 'no-store',
      'Retry-After': String(wait),
    });
    res.end(TOO_MANY_PAGE);
    return true;
  }
}
