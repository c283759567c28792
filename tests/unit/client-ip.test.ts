import { afterEach, describe, expect, it } from 'vitest';
import { clientAddress, isLoopback, normaliseAddress, PEER_HEADER } from '@/lib/client-ip';
import { resetConfig } from '@/lib/config';

function withEnv(env: Record<string, string | undefined>) {
  for (const [k, v] of Object.entries(env)) {
    if (v === undefined) delete process.env[k];
    else process.env[k] = v;
  }
  resetConfig();
}

afterEach(() => withEnv({ TRUSTED_PROXY_HOPS: undefined, CLIENT_IP_HEADER: undefined }));

const h = (o: Record<string, string>) => new Headers(o);

describe('client address for rate limits', () => {
  it('is the TCP peer with no trusted proxy, whatever the client writes in forwarding headers', () => {
    withEnv({ TRUSTED_PROXY_HOPS: '0' });
    const forged = {
      'x-forwarded-for': '198.51.100.1, 198.51.100.2',
      'x-real-ip': '198.51.100.3',
      forwarded: 'for=198.51.100.4',
      'true-client-ip': '198.51.100.5',
      'cf-connecting-ip': '198.51.100.6',
    };
    expect(clientAddress(h({ ...forged, [PEER_HEADER]: '192.0.2.7' }))).toBe('192.0.2.7');
  });

  it('is one shared key when the request did not come through server.ts', () => {
    withEnv({ TRUSTED_PROXY_HOPS: '0' });
    expect(clientAddress(h({ 'x-forwarded-for': '198.51.100.1' }))).toBe('unknown');
  });

  it('takes the address the n-th trusted proxy saw, ignoring what the client prepended', () => {
    withEnv({ TRUSTED_PROXY_HOPS: '1' });
    // client forged 203.0.113.1; the load balancer appended the real 192.0.2.50; the LB is the peer.
    expect(clientAddress(h({ 'x-forwarded-for': '203.0.113.1, 192.0.2.50', [PEER_HEADER]: '10.0.0.2' }))).toBe(
      '192.0.2.50',
    );
    withEnv({ TRUSTED_PROXY_HOPS: '2' });
    expect(
      clientAddress(h({ 'x-forwarded-for': '203.0.113.1, 192.0.2.50, 10.0.0.9', [PEER_HEADER]: '10.0.0.2' })),
    ).toBe('192.0.2.50');
    // Someone who reaches the app past the proxies is keyed by its own peer address.
    expect(clientAddress(h({ [PEER_HEADER]: '192.0.2.99' }))).toBe('192.0.2.99');
  });

  it('reads a configured single-value header only behind a trusted proxy', () => {
    withEnv({ TRUSTED_PROXY_HOPS: '1', CLIENT_IP_HEADER: 'x-real-ip' });
    expect(
      clientAddress(h({ 'x-real-ip': '192.0.2.60', 'x-forwarded-for': '203.0.113.1', [PEER_HEADER]: '10.0.0.2' })),
    ).toBe('192.0.2.60');
    withEnv({ TRUSTED_PROXY_HOPS: '0', CLIENT_IP_HEADER: 'x-real-ip' });
    expect(clientAddress(h({ 'x-real-ip': '192.0.2.60', [PEER_HEADER]: '10.0.0.2' }))).toBe('10.0.0.2');
  });

  it('spells each address once: mapped IPv4, ::1 and an IPv6 /64', () => {
    expect(normaliseAddress('::ffff:127.0.0.1')).toBe('127.0.0.1');
    expect(normaliseAddress('::1')).toBe('127.0.0.1');
    expect(normaliseAddress('127.0.0.1')).toBe('127.0.0.1');
    expect(normaliseAddress('2001:db8:1:2:aaaa::1')).toBe(normaliseAddress('2001:0db8:0001:0002:bbbb:cccc:dddd:eeee'));
    expect(normaliseAddress('2001:db8:1:3::1')).not.toBe(normaliseAddress('2001:db8:1:2::1'));
    expect(normaliseAddress('not an address')).toBeNull();
    expect(isLoopback(normaliseAddress('::1'))).toBe(true);
    expect(isLoopback(normaliseAddress('10.1.2.3'))).toBe(false);
  });
});
