import { parse, serialize } from 'cookie';
import type { Request, Response } from 'express';
import type { Config } from '../config';
import { servedOverHttps } from '../security/http';
import { SESSION_TTL_MS } from './account.service';

export const SESSION_COOKIE = 'sl_session';

/** The SPA's session cookie: HttpOnly, SameSite=Lax, Secure whenever the site is served over https. */
export class SessionCookies {
  constructor(private readonly config: Pick<Config, 'publicBaseUrl'>) {}

  private secure(req: Request): boolean {
    return servedOverHttps(req, this.config.publicBaseUrl);
  }

  read(req: Request): string | null {
    const header = req.headers.cookie;
    if (!header) return null;
    const token = parse(header)[SESSION_COOKIE];
    return token && /^[A-Za-z0-9_-]{20,100}$/.test(token) ? token : null;
  }

  set(req: Request, res: Response, token: string): void {
    res.append(
      'Set-Cookie',
      serialize(SESSION_COOKIE, token, {
        httpOnly: true,
        sameSite: 'lax',
        secure: this.secure(req),
        path: '/',
        maxAge: Math.floor(SESSION_TTL_MS / 1000),
      }),
    );
  }

  clear(req: Request, res: Response): void {
    res.append(
      'Set-Cookie',
      serialize(SESSION_COOKIE, '', {
        httpOnly: true,
        sameSite: 'lax',
        secure: this.secure(req),
        path: '/',
        maxAge: 0,
      }),
    );
  }
}

/** `Authorization: Bearer <secret>`, or null. */
export function readBearer(req: Request): string | null {
  const header = req.headers.authorization;
  if (!header) return null;
  const match = /^Bearer\s+(\S+)\s*$/i.exec(header);
  return match ? match[1]! : null;
}
