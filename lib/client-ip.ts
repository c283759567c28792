// The client's address, for per-client rate limits and the demo mailbox's loopback check.
//
// Kokoon runs behind its own small server entry (server.ts), which writes the TCP peer address of
// every request into PEER_HEADER, replacing whatever a client sent under that name. Nothing a
// client writes is trusted otherwise:
// - TRUSTED_PROXY_HOPS=0 (no proxy): the key is the peer address, whatever X-Forwarded-For,
//   X-Real-IP, Forwarded, True-Client-IP or CF-Connecting-IP say.
// - TRUSTED_PROXY_HOPS=n: each trusted proxy appends the address it saw to CLIENT_IP_HEADER
//   (X-Forwarded-For by default); the chain is that header's entries followed by the peer, and the
//   client is the address the n-th proxy from us saw. Entries further left were written by the
//   client itself. A single-value header (CLIENT_IP_HEADER=x-real-ip, set by the proxy) works too.
// IPv4-mapped IPv6 (`::ffff:127.0.0.1`) is the IPv4 address, `::1` is 127.0.0.1, and an IPv6
// client is keyed by its /64 (one household or host gets a whole /64 and can pick any address in it).
import { isIP } from 'node:net';
import { config } from '@/lib/config';

/** Request header set by server.ts to the TCP peer address (never taken from the client). */
export const PEER_HEADER = 'x-kokoon-peer';

function expandIpv6(addr: string): string[] | null {
  const [head, tail] = addr.split('::');
  if (addr.split('::').length > 2) return null;
  const h = head ? head.split(':') : [];
  const t = tail !== undefined && tail ? tail.split(':') : [];
  const fill = addr.includes('::') ? 8 - h.length - t.length : 0;
  const parts = [...h, ...Array(Math.max(0, fill)).fill('0'), ...t];
  return parts.length === 8 ? parts.map((p) => p.toLowerCase().replace(/^0+(?=.)/, '')) : null;
}

/** One spelling per address: the rate-limit key and the loopback test both use it. */
export function normaliseAddress(raw: string | undefined | null): string | null {
  if (!raw) return null;
  let a = raw.trim().replace(/^\[|\](:\d+)?$/g, '');
  const zone = a.indexOf('%');
  if (zone >= 0) a = a.slice(0, zone);
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(a);
  if (mapped) a = mapped[1];
  if (/^\d+\.\d+\.\d+\.\d+:\d+$/.test(a)) a = a.slice(0, a.lastIndexOf(':'));
  const kind = isIP(a);
  if (kind === 4) return a;
  if (kind !== 6) return null;
  const parts = expandIpv6(a);
  if (!parts) return null;
  if (parts.slice(0, 7).every((p) => p === '0') && parts[7] === '1') return '127.0.0.1';
  return `${parts.slice(0, 4).join(':')}::/64`;
}

export function isLoopback(address: string | null): boolean {
  return !!address && /^127\.\d+\.\d+\.\d+$/.test(address);
}

/** The peer address server.ts saw, or null when the request did not come through it. */
export function peerAddress(headers: Headers): string | null {
  return normaliseAddress(headers.get(PEER_HEADER));
}

/**
 * The rate-limit key of the request's client. 'unknown' (one shared key, so limits still hold) when
 * the app runs without server.ts, e.g. under a bare `next start`.
 */
export function clientAddress(headers: Headers): string {
  const { CLIENT_IP_HEADER, TRUSTED_PROXY_HOPS } = config();
  const peer = peerAddress(headers);
  if (TRUSTED_PROXY_HOPS === 0) return peer ?? 'unknown';
  const forwarded = (headers.get(CLIENT_IP_HEADER) ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  const chain = [...forwarded, ...(peer ? [peer] : [])];
  if (chain.length === 0) return 'unknown';
  const picked = chain[Math.max(0, chain.length - 1 - TRUSTED_PROXY_HOPS)];
  return normaliseAddress(picked) ?? 'unknown';
}
