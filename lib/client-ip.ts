// The client's address for rate limiting. `next start` appends the socket address to
// X-Forwarded-For; each trusted proxy in front (load balancer, ingress) appends one more. With
// TRUSTED_PROXY_HOPS=n the client is the entry n places from the end; anything further left was
// written by the client itself and is not trusted. CLIENT_IP_HEADER can name e.g. `x-real-ip`.
import { config } from '@/lib/config';

export function clientAddress(headers: Headers): string {
  const { CLIENT_IP_HEADER, TRUSTED_PROXY_HOPS } = config();
  const raw = headers.get(CLIENT_IP_HEADER);
  if (!raw) return 'unknown';
  const hops = raw.split(',').map((s) => s.trim()).filter(Boolean);
  return hops[Math.max(0, hops.length - 1 - TRUSTED_PROXY_HOPS)] ?? 'unknown';
}
