import { request as httpRequest } from 'node:http';

export interface VisitOptions {
  method?: 'GET' | 'HEAD';
  /** The query string, with or without its leading `?`. */
  query?: string;
  userAgent?: string;
  /** A visitor cookie value to send as `sl_vid`, or a whole Cookie header via `cookieHeader`. */
  visitorId?: string;
  cookieHeader?: string;
  forwardedFor?: string;
  referer?: string;
  headers?: Record<string, string>;
}

export interface VisitResult {
  status: number;
  location: string | null;
  cacheControl: string | null;
  contentType: string | null;
  setCookies: string[];
  /** The `sl_vid` value the response set, if any. */
  visitorId: string | null;
  body: string;
}

export const DESKTOP_CHROME_UA =
  'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0.0.0 Safari/537.36';

/**
 * Follows a short link like a client would, without following the redirect. Uses node:http rather than
 * fetch so that the User-Agent header is sent exactly as given (fetch adds its own when none is set).
 */
export function visit(baseUrl: string, path: string, opts: VisitOptions = {}): Promise<VisitResult> {
  const query = opts.query ? `?${opts.query.replace(/^\?/, '')}` : '';
  const headers: Record<string, string> = { ...opts.headers };
  headers['user-agent'] = opts.userAgent ?? DESKTOP_CHROME_UA;
  const cookies = [opts.cookieHeader, opts.visitorId ? `sl_vid=${opts.visitorId}` : undefined].filter(
    Boolean,
  );
  if (cookies.length) headers.cookie = cookies.join('; ');
  if (opts.forwardedFor) headers['x-forwarded-for'] = opts.forwardedFor;
  if (opts.referer) headers.referer = opts.referer;
  const url = new URL(`${baseUrl}/${path.replace(/^\//, '')}${query}`);
  return new Promise((resolve, reject) => {
    const req = httpRequest(url, { method: opts.method ?? 'GET', headers, agent: false }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => (body += chunk));
      res.on('end', () => {
        const setCookies = res.headers['set-cookie'] ?? [];
        const vid = setCookies.map((c) => /^sl_vid=([^;]*)/.exec(c)?.[1]).find(Boolean) ?? null;
        resolve({
          status: res.statusCode ?? 0,
          location: res.headers.location ?? null,
          cacheControl: res.headers['cache-control'] ?? null,
          contentType: res.headers['content-type'] ?? null,
          setCookies,
          visitorId: vid,
          body,
        });
      });
    });
    req.on('error', reject);
    // An empty User-Agent must be sent as such: node:http keeps an empty header value.
    req.end();
  });
}

/** Parses one Set-Cookie line into its name, value and lower-cased attributes. */
export function parseSetCookie(line: string): {
  name: string;
  value: string;
  attributes: Map<string, string>;
} {
  const [pair, ...attrs] = line.split(';').map((s) => s.trim());
  const eq = pair!.indexOf('=');
  const attributes = new Map<string, string>();
  for (const attr of attrs) {
    const i = attr.indexOf('=');
    if (i < 0) attributes.set(attr.toLowerCase(), '');
    else attributes.set(attr.slice(0, i).toLowerCase(), attr.slice(i + 1));
  }
  return { name: pair!.slice(0, eq), value: pair!.slice(eq + 1), attributes };
}
