import { LRUCache } from 'lru-cache';

/** A Location whose path could be one of our codes: `scheme://authority/<code>` with an optional query. */
const CODE_LOCATION = /^[a-z][a-z0-9+.-]*:\/\/[^/?#]*\/([A-Za-z0-9]{4,12})(?:[?#]|$)/i;

/**
 * The last line of defence against redirect loops through our own addresses (a DNS name resolving to
 * us, a spelling validation missed, a link written before the rule existed): a request that follows
 * our own redirect is answered but not counted as a click.
 *
 * What such a request looks like: the same client, a moment after we answered it with a Location whose
 * path is `/<code>`, asks for that code. Nothing in the request itself says so: curl and other clients
 * send no Referer on a redirect (browsers send the first page's), cookies are per host and are not kept
 * by `curl -L`, and marking the Location (a query parameter) would change customers' destinations. So
 * the redirect keeps a short-lived note of (client address, code) for every Location that looks like a
 * short link, and the next request for that code from that address consumes it. The notes live for a
 * few seconds (clients follow redirects at once) and are bounded in number; a false match needs the
 * same address to open a link whose code equals the path of a destination it was just sent to.
 */
export class RedirectLoopGuard {
  private readonly notes: LRUCache<string, true>;

  constructor(options: { ttlMs?: number; max?: number } = {}) {
    this.notes = new LRUCache({ max: options.max ?? 50_000, ttl: options.ttlMs ?? 10_000 });
  }

  /** Called with every Location we send to `ip`. */
  redirected(ip: string, location: string): void {
    const code = CODE_LOCATION.exec(location)?.[1];
    if (code) this.notes.set(`${ip} ${code}`, true);
  }

  /** Whether this request for `code` from `ip` is following one of our own redirects (forgets it). */
  follows(ip: string, code: string): boolean {
    if (this.notes.size === 0) return false;
    const key = `${ip} ${code}`;
    // has() honours the time to live; delete() alone would also report a stale note.
    if (!this.notes.has(key)) return false;
    this.notes.delete(key);
    return true;
  }
}
