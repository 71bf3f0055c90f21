import { LRUCache } from 'lru-cache';
import { parseUserAgent, type UserAgentInfo } from './classify';
import type { CapturedClick } from './click';
import { anonymiseIp, locate, normaliseIp } from './geo';
import type { VisitorKeys } from './visitor';

/**
 * What the redirect keeps of a click while answering: only header values it already has. Parsing,
 * geolocation and hashing happen later, in the writer's batch, off the response path. The address
 * lives here in memory only; `enrichClick` cuts it to its prefix before anything is stored.
 */
export interface RawClick {
  /** The click's public id, minted by the redirect (the sl_cid it handed out, if any). */
  clickId?: string;
  linkId: string;
  clickedAt: Date;
  ip: string | undefined;
  userAgent: string;
  referrer: string | undefined;
  /** The visitor cookie the client sent (already validated), or null. */
  cookie: string | null;
  /** The cookie this answer set, when the client sent none. */
  minted: string | null;
}

// A campaign's clicks come from a few hundred distinct user agents, and parsing one costs ~30 µs.
const parsedAgents = new LRUCache<string, UserAgentInfo>({ max: 5_000 });

export function parseUserAgentCached(userAgent: string): UserAgentInfo {
  let info = parsedAgents.get(userAgent);
  if (!info) {
    info = parseUserAgent(userAgent);
    parsedAgents.set(userAgent, info);
  }
  return info;
}

export function referrerHost(referrer: string | undefined): string | null {
  if (!referrer) return null;
  try {
    const host = new URL(referrer).hostname.toLowerCase();
    return host || null;
  } catch {
    return null;
  }
}

/** Turns a raw click into the stored shape: product names, place, visitor keys, address prefix. */
export function enrichClick(raw: RawClick, keys: VisitorKeys): CapturedClick {
  const ua = parseUserAgentCached(raw.userAgent);
  const ip = normaliseIp(raw.ip);
  const geo = locate(ip);
  let visitorKey: string | null = null;
  const alsoKnownAs: string[] = [];
  if (!ua.botAgent) {
    const addressKey = keys.fromAddress(ip ?? '', raw.userAgent);
    if (raw.cookie) {
      visitorKey = keys.fromCookie(raw.cookie);
      alsoKnownAs.push(addressKey);
    } else {
      visitorKey = addressKey;
      if (raw.minted) alsoKnownAs.push(keys.fromCookie(raw.minted));
    }
  }
  return {
    clickId: raw.clickId ?? null,
    linkId: raw.linkId,
    clickedAt: raw.clickedAt,
    visitorKey,
    alsoKnownAs,
    ...geo,
    browser: ua.browser,
    browserVersion: ua.browserVersion,
    os: ua.os,
    platform: ua.platform,
    referrerHost: referrerHost(raw.referrer),
    botAgent: ua.botAgent,
    ipPrefix: anonymiseIp(ip),
    userAgent: raw.userAgent || null,
  };
}
