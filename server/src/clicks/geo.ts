import geoip from 'geoip-lite';
import { isIPv4, isIPv6 } from 'node:net';

export interface GeoInfo {
  country: string | null;
  region: string | null;
  city: string | null;
  latitude: number | null;
  longitude: number | null;
}

const EMPTY: GeoInfo = { country: null, region: null, city: null, latitude: null, longitude: null };

/** `::ffff:1.2.3.4` is an IPv4 client on a dual-stack socket. */
export function normaliseIp(ip: string | undefined): string | null {
  if (!ip) return null;
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(ip);
  const value = mapped ? mapped[1]! : ip;
  return isIPv4(value) || isIPv6(value) ? value : null;
}

/** Locates an address with geoip-lite (MaxMind GeoLite2). Private and unknown addresses locate nowhere. */
export function locate(ip: string | null): GeoInfo {
  if (!ip) return EMPTY;
  const hit = geoip.lookup(ip);
  if (!hit) return EMPTY;
  const [latitude, longitude] = hit.ll ?? [];
  return {
    country: hit.country || null,
    region: hit.region || null,
    city: hit.city || null,
    latitude: typeof latitude === 'number' ? latitude : null,
    longitude: typeof longitude === 'number' ? longitude : null,
  };
}

function expandIPv6(ip: string): number[] {
  const [head = '', tail = ''] = ip.split('::');
  const parse = (part: string) => (part ? part.split(':') : []);
  let headGroups = parse(head);
  let tailGroups = parse(tail);
  // An embedded dotted IPv4 tail counts as two groups.
  const fixV4 = (groups: string[]) => {
    const last = groups[groups.length - 1];
    if (last && last.includes('.')) {
      const [a, b, c, d] = last.split('.').map(Number);
      groups.splice(groups.length - 1, 1, ((a! << 8) | b!).toString(16), ((c! << 8) | d!).toString(16));
    }
    return groups;
  };
  headGroups = fixV4(headGroups);
  tailGroups = fixV4(tailGroups);
  const missing = ip.includes('::') ? 8 - headGroups.length - tailGroups.length : 0;
  return [...headGroups, ...Array<string>(missing).fill('0'), ...tailGroups].map((g) => parseInt(g, 16) || 0);
}

/** The stored form of an address: IPv4 cut to its /24, IPv6 to its /48. The address itself is never kept. */
export function anonymiseIp(ip: string | null): string | null {
  if (!ip) return null;
  if (isIPv4(ip)) return `${ip.split('.').slice(0, 3).join('.')}.0/24`;
  if (isIPv6(ip)) {
    const groups = expandIPv6(ip)
      .slice(0, 3)
      .map((g) => g.toString(16));
    return `${groups.join(':')}::/48`;
  }
  return null;
}
