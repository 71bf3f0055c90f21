import { createHmac, randomBytes } from 'node:crypto';
import { parse } from 'cookie';

export const VISITOR_COOKIE = 'sl_vid';
const ONE_YEAR_S = 365 * 24 * 3600;
const COOKIE_RE = /^[A-Za-z0-9_-]{22}$/;

export function readVisitorCookie(header: string | undefined): string | null {
  if (!header || !header.includes(VISITOR_COOKIE)) return null;
  const value = parse(header)[VISITOR_COOKIE];
  return value && COOKIE_RE.test(value) ? value : null;
}

// Random bytes drawn 4 KB at a time: one CSPRNG call per 256 ids instead of one per redirect.
let idPool = Buffer.alloc(0);
let idOffset = 0;
export function newVisitorId(): string {
  if (idOffset + 16 > idPool.length) {
    idPool = randomBytes(4096);
    idOffset = 0;
  }
  const id = idPool.toString('base64url', idOffset, idOffset + 16);
  idOffset += 16;
  return id;
}

// The id is ours (base64url, never escaped), so the header is two constants around it: building it
// with cookie's serialize took ~1 µs per new visitor, this ~0.1 µs. Same text, same attribute order.
const COOKIE_ATTRIBUTES = `; Max-Age=${ONE_YEAR_S}; Path=/; HttpOnly`;

export function visitorCookieHeader(id: string, secure: boolean): string {
  return `${VISITOR_COOKIE}=${id}${COOKIE_ATTRIBUTES}${secure ? '; Secure' : ''}; SameSite=Lax`;
}

/**
 * Visitor keys are keyed hashes (HMAC with the server secret), so neither the cookie nor the address
 * can be read back from the database. 128 bits is plenty to tell visitors of one link apart.
 */
export class VisitorKeys {
  constructor(private readonly secret: string) {}

  private hash(value: string): string {
    return createHmac('sha256', this.secret).update(value).digest('hex').slice(0, 32);
  }
  fromCookie(id: string): string {
    return this.hash(`c:${id}`);
  }
  fromAddress(ip: string, userAgent: string): string {
    return this.hash(`a:${ip}|${userAgent}`);
  }
}
