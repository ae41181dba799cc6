/**
 * Who sent a request, in a form that cannot be gamed.
 *
 * - Behind proxies the client's address is the one the nearest trusted proxy
 *   saw. `X-Forwarded-For` is a list each proxy appends to; its first entry is
 *   whatever the client wrote, so it is never taken on trust.
 *   `clientAddressFrom({ trustProxy })` walks the list from the socket's end:
 *   `trustProxy: 1` (one proxy in front, the usual case) takes the address
 *   that proxy appended; a list of addresses and networks
 *   (`['10.0.0.0/8', '127.0.0.1']`) skips every entry that is one of them.
 * - One client is one bucket however its address is written:
 *   `normalizeClientAddress` turns every spelling of an IPv6 address into one
 *   (and counts IPv6 by /64, the block one subscriber gets), an IPv4-mapped
 *   IPv6 address into its IPv4 form, and drops ports, brackets and zones.
 *   The handler and `withRateLimit` normalize before hashing.
 */
import { remoteAddress } from './node.js';

export interface ClientAddressOptions {
  /**
   * The proxies in front of the server: how many (hops), or their addresses
   * and networks (`'10.0.0.0/8'`, `'fd00::/8'`, `'127.0.0.1'`). Default 0:
   * no proxy, the socket's address is the client's.
   */
  trustProxy?: number | readonly string[];
  /** The header the proxies append to (default `X-Forwarded-For`). */
  header?: string;
  /**
   * The peer's address (default `remoteAddress`, set by `toNodeListener`).
   * Elsewhere pass the runtime's, e.g. Deno's `info.remoteAddr.hostname`.
   */
  socketAddress?: (request: Request) => string | undefined;
}

/** A `clientAddress` function for `createReportHandler` and `withRateLimit` that trusts only the proxies named. */
export function clientAddressFrom(options: ClientAddressOptions = {}): (request: Request) => string | undefined {
  const { trustProxy = 0, header = 'X-Forwarded-For', socketAddress = remoteAddress } = options;
  const networks = typeof trustProxy === 'number' ? [] : trustProxy.map(parseNetwork);
  const trusted = (address: string, hop: number): boolean => {
    if (typeof trustProxy === 'number') return hop < trustProxy;
    const ip = parseIp(address);
    return ip !== undefined && networks.some((network) => network !== undefined && contains(network, ip));
  };
  return (request) => {
    const socket = socketAddress(request);
    const forwarded = (request.headers.get(header) ?? '')
      .split(',')
      .map((entry) => entry.trim())
      .filter(Boolean);
    // Nearest first: the socket, then what each proxy appended, back towards the client.
    const chain = [...(socket ? [socket] : []), ...forwarded.reverse()];
    const client = chain.find((address, hop) => !trusted(address, hop)) ?? chain.at(-1);
    return client && stripDecorations(client);
  };
}

/**
 * The bucket of an address: IPv4 in dotted decimal, IPv6 as its /64
 * (`2001:db8:0:0::/64`), an IPv4-mapped IPv6 address as IPv4. Anything that
 * is not an IP address is returned trimmed and lower-cased.
 */
export function normalizeClientAddress(address: string): string {
  const ip = parseIp(address);
  if (!ip) return address.trim().toLowerCase();
  if (ip.length === 4) return ip.join('.');
  const groups = [0, 2, 4, 6].map((i) => ((ip[i]! << 8) | ip[i + 1]!).toString(16));
  return `${groups.join(':')}::/64`;
}

/** `[v6]:port`, `v4:port`, `v6%zone` and spaces removed. */
function stripDecorations(address: string): string {
  let text = address.trim();
  const bracketed = /^\[([^\]]+)\](?::\d+)?$/.exec(text);
  if (bracketed) text = bracketed[1]!;
  else if (/^[\d.]+:\d+$/.test(text)) text = text.slice(0, text.lastIndexOf(':'));
  return text.replace(/%.*$/, '');
}

/** The address's bytes (4 or 16; an IPv4-mapped IPv6 address gives 4), or undefined. */
function parseIp(address: string): number[] | undefined {
  const text = stripDecorations(address);
  const v4 = parseIpv4(text);
  if (v4) return v4;
  const v6 = parseIpv6(text);
  if (!v6) return undefined;
  const mapped = v6.slice(0, 10).every((b) => b === 0) && v6[10] === 0xff && v6[11] === 0xff;
  return mapped ? v6.slice(12) : v6;
}

function parseIpv4(text: string): number[] | undefined {
  const parts = text.split('.');
  if (parts.length !== 4 || !parts.every((p) => /^\d{1,3}$/.test(p) && Number(p) <= 255)) return undefined;
  return parts.map(Number);
}

function parseIpv6(text: string): number[] | undefined {
  if (!/^[0-9a-f:.]+$/i.test(text) || text.split('::').length > 2) return undefined;
  const groupsOf = (part: string): number[] | undefined => {
    if (part === '') return [];
    const groups: number[] = [];
    const pieces = part.split(':');
    for (const [i, piece] of pieces.entries()) {
      const v4 = i === pieces.length - 1 ? parseIpv4(piece) : undefined;
      if (v4) groups.push((v4[0]! << 8) | v4[1]!, (v4[2]! << 8) | v4[3]!);
      else if (/^[0-9a-f]{1,4}$/i.test(piece)) groups.push(parseInt(piece, 16));
      else return undefined;
    }
    return groups;
  };
  const [head, tail] = text.split('::') as [string, string | undefined];
  const left = groupsOf(head);
  const right = tail === undefined ? [] : groupsOf(tail);
  if (!left || !right) return undefined;
  const missing = 8 - left.length - right.length;
  if (tail === undefined ? missing !== 0 : missing < 1) return undefined;
  const groups = [...left, ...Array<number>(tail === undefined ? 0 : missing).fill(0), ...right];
  return groups.flatMap((g) => [g >> 8, g & 0xff]);
}

interface Network {
  bytes: number[];
  prefix: number;
}

/** `'10.0.0.0/8'`, `'fd00::/8'` or a single address; undefined (never matching) if it is none of those. */
function parseNetwork(text: string): Network | undefined {
  const [address, bits] = text.split('/') as [string, string | undefined];
  const bytes = parseIp(address);
  if (!bytes) return undefined;
  const prefix =
    bits === undefined ? bytes.length * 8 : Number(bits) - (bytes.length === 4 && address.includes(':') ? 96 : 0);
  return Number.isInteger(prefix) && prefix >= 0 && prefix <= bytes.length * 8 ? { bytes, prefix } : undefined;
}

function contains(network: Network, ip: number[]): boolean {
  if (network.bytes.length !== ip.length) return false;
  for (let bit = 0; bit < network.prefix; bit++) {
    const mask = 0x80 >> (bit % 8);
    if ((network.bytes[bit >> 3]! & mask) !== (ip[bit >> 3]! & mask)) return false;
  }
  return true;
}
