import type { IncomingMessage, ServerResponse } from 'node:http';
import { LRUCache } from 'lru-cache';
import proxyaddr from 'proxy-addr';
import { isReservedCode } from '../links/link.rules';
import { uuidv7 } from '../shared/ids';
import type { RawClick } from './click-capture';
import { LookupTimeoutError, type LinkCache, type RedirectTarget } from './link-cache';
import type { RedirectLoopGuard } from './redirect-loop';
import { newVisitorId, readVisitorCookie, visitorCookieHeader } from './visitor';

/** A query pair's key, decoded only to compare keys; the pair itself is forwarded as it was written. */
function queryKey(pair: string): string {
  const key = pair.split('=', 1)[0]!.replace(/\+/g, ' ');
  try {
    return decodeURIComponent(key);
  } catch {
    return key;
  }
}

/**
 * Adds the click's query parameters to the destination's; the click's value wins, a #fragment stays last.
 * Both sides keep their own encoding (re-serialising through URLSearchParams turned `%20` into `+` and
 * `a,b` into `a%2Cb`, which some destinations read differently).
 */
export function forwardQuery(destination: string, rawQuery: string): string {
  const incoming = rawQuery.split('&').filter((pair) => pair !== '');
  if (incoming.length === 0) return destination;
  const { base, pairs: own, fragment } = splitQuery(destination);
  const overridden = new Set(incoming.map(queryKey));
  const query = [...own.filter((pair) => !overridden.has(queryKey(pair))), ...incoming].join('&');
  // The URL parser percent-encodes whatever a client sent raw, so Location is always a valid URL.
  return new URL(`${base}?${query}${fragment}`).href;
}

/** A URL cut into what precedes its query, its query pairs as written (empty ones dropped), its #fragment. */
function splitQuery(url: string): { base: string; pairs: string[]; fragment: string } {
  const hashAt = url.indexOf('#');
  const fragment = hashAt >= 0 ? url.slice(hashAt) : '';
  const beforeHash = hashAt >= 0 ? url.slice(0, hashAt) : url;
  const queryAt = beforeHash.indexOf('?');
  const base = queryAt >= 0 ? beforeHash.slice(0, queryAt) : beforeHash;
  const pairs =
    queryAt >= 0
      ? beforeHash
          .slice(queryAt + 1)
          .split('&')
          .filter((pair) => pair !== '')
      : [];
  return { base, pairs, fragment };
}

/** The query parameter that carries the click id to the destination (conversion tracking). */
export const CLICK_ID_PARAM = 'sl_cid';

/**
 * The location with `sl_cid=<click id>` as its last query parameter: any sl_cid already there (the
 * destination's own, or one the click brought) is removed, never trusted. A #fragment stays last.
 */
export function withClickId(location: string, clickId: string): string {
  const { base, pairs, fragment } = splitQuery(location);
  const kept = pairs.filter((pair) => queryKey(pair) !== CLICK_ID_PARAM);
  kept.push(`${CLICK_ID_PARAM}=${clickId}`);
  return `${base}?${kept.join('&')}${fragment}`;
}

// A campaign's clicks carry the same few utm query strings: remember the merged destination (~5 µs each).
const forwarded = new LRUCache<string, string>({ max: 10_000 });

function forwardQueryCached(destination: string, rawQuery: string): string {
  if (!rawQuery || rawQuery.length > 512) return forwardQuery(destination, rawQuery);
  const key = `${destination}\n${rawQuery}`;
  let location = forwarded.get(key);
  if (location === undefined) {
    location = forwardQuery(destination, rawQuery);
    forwarded.set(key, location);
  }
  return location;
}

function page(title: string, message: string): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1"><title>${title} · Smart Links</title><style>body{font-family:system-ui,sans-serif;display:grid;place-items:center;min-height:100vh;margin:0;background:#f6f7fb;color:#1f2937}main{text-align:center;padding:2rem}h1{font-size:1.4rem;margin:.5rem 0}p{color:#6b7280}b{color:#4f46e5}</style></head><body><main><b>Smart Links</b><h1>${title}</h1><p>${message}</p></main></body></html>`;
}
export const NOT_FOUND_PAGE = page('Link not found', 'This short link does not exist or has been deleted.');
export const UNAVAILABLE_PAGE = page(
  'Temporarily unavailable',
  'This short link cannot be opened right now. Please try again in a moment.',
);
export const EXPIRED_PAGE = page('Link expired', 'This short link has expired and no longer redirects.');

/** Express's compiled `trust proxy` setting (`app.get('trust proxy fn')`), so both agree exactly. */
export type TrustFn = (address: string, hop: number) => boolean;

/**
 * Express's trust function for a list of subnets parses the address on every call (~7 µs for a
 * dual-stack `::ffff:` address), and the redirect asks about the same few proxy addresses all day.
 * Such a function depends on the address only, so remembering its answers changes none of them.
 * A hop count depends on the position instead and is cheap already: it is passed through.
 */
export function memoizeTrust(trust: TrustFn, setting: unknown): TrustFn {
  if (typeof setting === 'number' || typeof setting === 'boolean') return trust;
  const known = new Map<string, boolean>();
  return (address, hop) => {
    let trusted = known.get(address);
    if (trusted === undefined) {
      trusted = trust(address, hop);
      if (known.size >= 10_000) known.clear();
      known.set(address, trusted);
    }
    return trusted;
  };
}

export interface RedirectDeps {
  cache: Pick<LinkCache, 'peek' | 'find'>;
  writer: { enqueue(click: RawClick): void };
  trustProxy: TrustFn;
  /** Set the visitor cookie `Secure` whatever the request (PUBLIC_BASE_URL is https). */
  secureCookies: boolean;
  /**
   * Told of every 404 with the client address (as `trust proxy` resolves it), e.g. to throttle a
   * client probing for codes. Returning true means it has answered the request itself (say a 429).
   */
  onNotFound?: (ip: string, req: IncomingMessage, res: ServerResponse) => boolean | void;
  /** Extra headers on the small HTML pages (404, 410, 503), e.g. a Content-Security-Policy. */
  pageHeaders?: Record<string, string>;
  /** Records each answer's status and duration (the latency histogram). */
  observe?: (status: number, seconds: number) => void;
  /** Recognises a request that follows our own redirect, which is answered but never counted. */
  loopGuard?: RedirectLoopGuard;
  /**
   * Whether an absolute-form request target's authority (`GET http://host/code HTTP/1.1`, as some
   * proxies send) is one we answer on; such requests are then redirected like `GET /code`.
   */
  isOwnAuthority?: (authority: string) => boolean;
}

/** `GET|HEAD /<code>` with an optional query string; anything else falls through to Express. */
const REDIRECT_PATH = /^\/([A-Za-z0-9]{4,12})(?:\?|$)/;
/** The scheme and authority of an absolute-form request target (RFC 9112 §3.2.2). */
const ABSOLUTE_FORM = /^https?:\/\/([^/?#@]+)(?=[/?]|$)/i;

/**
 * The redirect, as a plain Node handler in front of Express on the same HTTP server: Express's
 * router costs more than the rest of a cached redirect. Returns false for requests it does not own.
 *
 * It answers first, then queues the click as raw header values: parsing, geolocation and hashing
 * happen in the writer's batch, so the visitor never waits on them or on the database. A cached link
 * is answered synchronously. HEAD redirects without recording.
 */
export function createRedirectHandler(deps: RedirectDeps) {
  const pageHeaders = {
    'Content-Type': 'text/html; charset=utf-8',
    'Cache-Control': 'no-store',
    'X-Content-Type-Options': 'nosniff',
    ...deps.pageHeaders,
  };

  function sendPage(
    req: IncomingMessage,
    res: ServerResponse,
    status: number,
    body: string,
    started: number,
  ) {
    const headers: Record<string, string | number> = {
      ...pageHeaders,
      'Content-Length': Buffer.byteLength(body),
    };
    if (status === 503) headers['Retry-After'] = 5;
    res.writeHead(status, headers);
    res.end(req.method === 'HEAD' ? undefined : body);
    deps.observe?.(status, (performance.now() - started) / 1000);
  }

  function answer(
    req: IncomingMessage,
    res: ServerResponse,
    url: string,
    code: string,
    target: RedirectTarget | null,
    started: number,
  ) {
    if (!target) {
      const ip = proxyaddr(req, deps.trustProxy);
      if (deps.onNotFound?.(ip, req, res) === true) return;
      sendPage(req, res, 404, NOT_FOUND_PAGE, started);
      return;
    }
    if (target.expiresAt && target.expiresAt.getTime() <= Date.now()) {
      sendPage(req, res, 410, EXPIRED_PAGE, started);
      return;
    }
    const queryStart = url.indexOf('?');
    const forwardedTo = forwardQueryCached(
      target.destinationUrl,
      queryStart >= 0 ? url.slice(queryStart + 1) : '',
    );
    // Minted here, without the database: the id the click will be stored under.
    const clickId = uuidv7();
    const location = target.conversionTracking ? withClickId(forwardedTo, clickId) : forwardedTo;
    const cookie = readVisitorCookie(req.headers.cookie);
    const minted = cookie ? null : newVisitorId();
    const headers: Record<string, string> = { Location: location, 'Cache-Control': 'private, no-store' };
    if (minted)
      headers['Set-Cookie'] = visitorCookieHeader(
        minted,
        deps.secureCookies || isSecure(req, deps.trustProxy),
      );
    res.writeHead(302, headers);
    res.end();
    deps.observe?.(302, (performance.now() - started) / 1000);
    if (req.method !== 'GET') return;
    const ip = proxyaddr(req, deps.trustProxy);
    const following = deps.loopGuard?.follows(ip, code) ?? false;
    deps.loopGuard?.redirected(ip, location);
    if (following) return;
    deps.writer.enqueue({
      clickId,
      linkId: target.id,
      clickedAt: new Date(),
      ip,
      userAgent: req.headers['user-agent'] ?? '',
      referrer: req.headers.referer,
      cookie,
      minted,
    });
  }

  return function redirect(req: IncomingMessage, res: ServerResponse): boolean {
    if (req.method !== 'GET' && req.method !== 'HEAD') return false;
    let url = req.url ?? '';
    if (url.charCodeAt(0) !== 47 /* "/" */) {
      const origin = ABSOLUTE_FORM.exec(url);
      if (!origin || !deps.isOwnAuthority?.(origin[1]!)) return false;
      url = url.slice(origin[0].length) || '/';
    }
    const match = REDIRECT_PATH.exec(url);
    if (!match || isReservedCode(match[1]!)) return false;
    const code = match[1]!;
    const started = performance.now();
    const cached = deps.cache.peek(code);
    if (cached !== undefined) {
      answer(req, res, url, code, cached, started);
      return true;
    }
    deps.cache.find(code).then(
      (target) => answer(req, res, url, code, target, started),
      (error: unknown) => {
        // The database is away (or slow) and the code is not cached: say so, never a 500.
        if (!(error instanceof LookupTimeoutError))
          console.error(`Link lookup failed: ${(error as Error).message}`);
        if (!res.headersSent) sendPage(req, res, 503, UNAVAILABLE_PAGE, started);
      },
    );
    return true;
  };
}

/** Express's `req.secure`: the socket's TLS, or X-Forwarded-Proto when the peer is a trusted proxy. */
function isSecure(req: IncomingMessage, trust: TrustFn): boolean {
  const tls = Boolean((req.socket as { encrypted?: boolean }).encrypted);
  const header = req.headers['x-forwarded-proto'];
  if (header === undefined || !trust(req.socket.remoteAddress ?? '', 0)) return tls;
  const value = Array.isArray(header) ? header.join(',') : header;
  return value.split(',')[0]!.trim() === 'https';
}
