import { readFileSync } from 'node:fs';
import { isIPv4, isIPv6 } from 'node:net';
import { hostname, networkInterfaces } from 'node:os';

/**
 * A host as the WHATWG URL parser leaves it, reduced to one spelling per address: the parser already
 * turns every IPv4 form (`2130706433`, `0x7f.1`, `0177.0.0.01`, `127.1`) into dotted decimal and
 * compresses IPv6; we lower-case, drop a trailing dot and the brackets, and read an IPv4-mapped or
 * IPv4-compatible IPv6 address (`[::ffff:7f00:1]`, `[::7f00:1]`) as the IPv4 address it carries.
 */
export function canonicalHost(host: string): string {
  let value = host.toLowerCase().replace(/\.$/, '');
  if (value.startsWith('[') && value.endsWith(']')) value = value.slice(1, -1);
  if (!isIPv6(value)) return value;
  value = value.split('%')[0]!;
  let compressed: string;
  try {
    compressed = new URL(`http://[${value}]/`).hostname.slice(1, -1);
  } catch {
    return value;
  }
  const embedded = /^::(?:ffff:)?([0-9a-f]{1,4}):([0-9a-f]{1,4})$/.exec(compressed);
  if (embedded && compressed !== '::1') {
    const high = parseInt(embedded[1]!, 16);
    const low = parseInt(embedded[2]!, 16);
    return [high >> 8, high & 255, low >> 8, low & 255].join('.');
  }
  return compressed;
}

/** 127.0.0.0/8, ::1, and the unspecified addresses (connecting to 0.0.0.0 or :: reaches this machine). */
export function isLoopbackHost(host: string): boolean {
  const value = canonicalHost(host);
  if (value === 'localhost' || value.endsWith('.localhost')) return true;
  if (isIPv4(value)) return value.startsWith('127.') || value === '0.0.0.0';
  return value === '::1' || value === '::';
}

interface MachineNames {
  at: number;
  /** Interface addresses other than loopback, canonical. */
  addresses: Set<string>;
  /** The host name and the names /etc/hosts gives this machine's addresses. */
  names: Set<string>;
}

let machine: MachineNames | undefined;

/** Interfaces can change (DHCP): looked up again after a minute. */
function machineNames(): MachineNames {
  if (machine && Date.now() - machine.at < 60_000) return machine;
  const addresses = new Set<string>();
  for (const list of Object.values(networkInterfaces()))
    for (const entry of list ?? []) if (!entry.internal) addresses.add(canonicalHost(entry.address));
  const own = (address: string) => isLoopbackHost(address) || addresses.has(canonicalHost(address));
  const names = new Set<string>();
  const name = hostname().toLowerCase();
  if (name) names.add(name).add(`${name.split('.')[0]}.local`);
  let hosts = '';
  try {
    hosts = readFileSync('/etc/hosts', 'utf8');
  } catch {
    // No hosts file (some containers): the host name is all we know.
  }
  for (const line of hosts.split('\n')) {
    const [address, ...aliases] = line.replace(/#.*/, '').trim().split(/\s+/);
    if (address && own(address)) for (const alias of aliases) names.add(canonicalHost(alias));
  }
  machine = { at: Date.now(), addresses, names };
  return machine;
}

/** The port a URL reaches: its own, or its scheme's default. */
const portOf = (url: URL) => url.port || (url.protocol === 'https:' ? '443' : '80');

/**
 * Every address this server answers on, so that a destination cannot send a visitor back to us in a
 * spelling the public base URL does not use.
 *
 * - The public host, over either scheme (the short domain usually answers both).
 * - The port the process listens on at any of the machine's interface addresses (it listens on all).
 * - When the public host is the machine itself (a loopback, one of its addresses or names), then at the
 *   public port too: every loopback spelling, `localhost`, `*.localhost`, the machine's names and
 *   addresses. A visitor on another machine reaches their own 127.0.0.1, so with a public domain those
 *   are somebody else's.
 *
 * A DNS name that resolves to us (say `127.0.0.1.nip.io`) cannot be told apart without resolving it;
 * the redirect's loop guard (clicks/redirect-loop.ts) keeps such loops from being counted.
 */
export class OwnAddresses {
  private readonly publicHost: string;
  private readonly publicPorts: Set<string>;
  /** Ports reached at the machine's own addresses. */
  private readonly listenPorts: Set<string>;
  private readonly machinePorts: Set<string>;
  private readonly publicIsMachine: boolean;

  constructor(publicBaseUrl: string, listenPort = 0) {
    const base = new URL(publicBaseUrl);
    this.publicHost = canonicalHost(base.hostname);
    // An explicit port is the only one; the default ports count as one short domain, http and https.
    this.publicPorts = new Set(base.port ? [base.port] : ['80', '443']);
    this.listenPorts = new Set(listenPort > 0 ? [String(listenPort)] : []);
    this.publicIsMachine = this.isMachine(this.publicHost);
    this.machinePorts = new Set(
      this.publicIsMachine ? [...this.listenPorts, ...this.publicPorts] : this.listenPorts,
    );
  }

  private isMachine(host: string): boolean {
    if (isLoopbackHost(host)) return true;
    const { addresses, names } = machineNames();
    return addresses.has(host) || names.has(host);
  }

  /** Whether a request to this URL would reach this server. */
  reaches(url: URL): boolean {
    const host = canonicalHost(url.hostname);
    if (host === this.publicHost && this.publicPorts.has(portOf(url))) return true;
    if (!this.machinePorts.has(portOf(url)) || !this.isMachine(host)) return false;
    if (this.publicIsMachine) return true;
    // With a public domain, only the listening port at the machine's interface addresses is ours.
    return !isLoopbackHost(host) && machineNames().addresses.has(host);
  }

  /**
   * Whether an absolute-form request target's authority (`host[:port]`) names this server. The request
   * did reach us, so a loopback address at the port we listen on is ours here, whatever the public host.
   */
  isOwnAuthority(authority: string): boolean {
    let url: URL;
    try {
      url = new URL(`http://${authority}/`);
    } catch {
      return false;
    }
    if (this.reaches(url)) return true;
    return this.listenPorts.has(portOf(url)) && this.isMachine(canonicalHost(url.hostname));
  }
}
