import type { Request, Response } from 'express';
import type { DataSource } from 'typeorm';
import { parseUserAgent } from './classify';
import type { CapturedClick } from './click';
import type { ClickWriter } from './click-writer';
import { anonymiseIp, locate, normaliseIp } from './geo';
import { newVisitorId, readVisitorCookie, visitorCookieHeader, type VisitorKeys } from './visitor';

export interface RedirectTarget {
  id: string;
  destinationUrl: string;
  expiresAt: Date | null;
}

/** Resolves a short code to where it points; the redirect's only read. */
export interface LinkLookup {
  find(code: string): Promise<RedirectTarget | null>;
}

export class DatabaseLinkLookup implements LinkLookup {
  constructor(private readonly db: DataSource) {}
  async find(code: string): Promise<RedirectTarget | null> {
    const rows: { id: string; destination_url: string; expires_at: Date | null }[] = await this.db.query(
      `SELECT id, destination_url, expires_at FROM links WHERE code = $1`,
      [code],
    );
    const row = rows[0];
    return row ? { id: row.id, destinationUrl: row.destination_url, expiresAt: row.expires_at } : null;
  }
}

const CODE_SHAPE = /^[A-Za-z0-9]{4,12}$/;

/** Adds the click's query parameters to the destination's; the click's value wins, a #fragment stays last. */
export function forwardQuery(destination: string, rawQuery: string): string {
  if (!rawQuery) return destination;
  const url = new URL(destination);
  const incoming = new URLSearchParams(rawQuery);
  for (const key of new Set(incoming.keys())) {
    url.searchParams.delete(key);
    for (const value of incoming.getAll(key)) url.searchParams.append(key, value);
  }
  return url.href;
}

function referrerHost(referrer: string | undefined): string | null {
  if (!referrer) return null;
  try {
    const host = new URL(referrer).hostname.toLowerCase();
    return host || null;
  } catch {
    return null;
  }
}

function page(title: string, message: string): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1"><title>${title} · Smart Links</title><style>body{font-family:system-ui,sans-serif;display:grid;place-items:center;min-height:100vh;margin:0;background:#f6f7fb;color:#1f2937}main{text-align:center;padding:2rem}h1{font-size:1.4rem;margin:.5rem 0}p{color:#6b7280}b{color:#4f46e5}</style></head><body><main><b>Smart Links</b><h1>${title}</h1><p>${message}</p></main></body></html>`;
}
export const NOT_FOUND_PAGE = page('Link not found', 'This short link does not exist or has been deleted.');
export const EXPIRED_PAGE = page('Link expired', 'This short link has expired and no longer redirects.');

export interface RedirectDeps {
  lookup: LinkLookup;
  writer: ClickWriter;
  visitorKeys: VisitorKeys;
  secureCookies: boolean;
}

/**
 * GET/HEAD /:code. Answers first, then captures the click: the visitor never waits on geo lookups,
 * parsing or the database. HEAD redirects without recording.
 */
export function createRedirectHandler(deps: RedirectDeps) {
  return async function redirect(req: Request, res: Response): Promise<void> {
    const code = req.params.code as string;
    const target = CODE_SHAPE.test(code) ? await deps.lookup.find(code) : null;
    if (!target) {
      res.status(404).type('html').set('Cache-Control', 'no-store').send(NOT_FOUND_PAGE);
      return;
    }
    if (target.expiresAt && target.expiresAt.getTime() <= Date.now()) {
      res.status(410).type('html').set('Cache-Control', 'no-store').send(EXPIRED_PAGE);
      return;
    }
    const queryStart = req.originalUrl.indexOf('?');
    const location = forwardQuery(
      target.destinationUrl,
      queryStart >= 0 ? req.originalUrl.slice(queryStart + 1) : '',
    );
    const cookie = readVisitorCookie(req.headers.cookie);
    const minted = cookie ? null : newVisitorId();
    res.status(302).set({ Location: location, 'Cache-Control': 'private, no-store' });
    if (minted) res.append('Set-Cookie', visitorCookieHeader(minted, deps.secureCookies || req.secure));
    res.end();
    if (req.method !== 'GET') return;

    deps.writer.enqueue(captureClick(req, target.id, cookie, minted, deps.visitorKeys));
  };
}

export function captureClick(
  req: Request,
  linkId: string,
  cookie: string | null,
  minted: string | null,
  keys: VisitorKeys,
): CapturedClick {
  const userAgent = req.headers['user-agent'] ?? '';
  const ua = parseUserAgent(userAgent);
  const ip = normaliseIp(req.ip);
  const geo = locate(ip);
  let visitorKey: string | null = null;
  const alsoKnownAs: string[] = [];
  if (!ua.botAgent) {
    const addressKey = keys.fromAddress(ip ?? '', userAgent);
    if (cookie) {
      visitorKey = keys.fromCookie(cookie);
      alsoKnownAs.push(addressKey);
    } else {
      visitorKey = addressKey;
      if (minted) alsoKnownAs.push(keys.fromCookie(minted));
    }
  }
  return {
    linkId,
    clickedAt: new Date(),
    visitorKey,
    alsoKnownAs,
    ...geo,
    browser: ua.browser,
    browserVersion: ua.browserVersion,
    os: ua.os,
    platform: ua.platform,
    referrerHost: referrerHost(req.headers.referer),
    botAgent: ua.botAgent,
    ipPrefix: anonymiseIp(ip),
    userAgent: userAgent || null,
  };
}
