import type autocannon from 'autocannon';
import { pickUserAgent, seededRandom, visitorAddress } from '../test/fixtures/traffic';

/** A fixed set of requests cycled by every connection: codes, utm queries, user agents, visitor addresses, cookies. */
export function buildRequests(codes: string[]): autocannon.Request[] {
  const random = seededRandom(1);
  const cookies = Array.from(
    { length: 200 },
    (_, i) => `sl_vid=${Buffer.alloc(16, i).toString('base64url')}`,
  );
  return Array.from({ length: 2000 }, () => {
    const code = codes[Math.floor(random() * codes.length)];
    const headers: Record<string, string> = {
      'user-agent': pickUserAgent(random),
      'x-forwarded-for': visitorAddress(random),
    };
    if (random() < 0.3) headers.cookie = cookies[Math.floor(random() * cookies.length)]!;
    if (random() < 0.4) headers.referer = 'https://l.instagram.com/';
    return {
      method: 'GET',
      path: random() < 0.5 ? `/${code}?utm_source=whatsapp&utm_campaign=spring` : `/${code}`,
      headers,
    };
  });
}
