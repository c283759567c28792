// Issue 17: the embeddable list may be framed by the sites in FRAME_ANCESTORS (and Kokoon itself),
// as the real server (server.ts) sends it, cached or not; every other page — the catalogue with the
// same filters, an event, the workspace's sign-in — still refuses every frame.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startCluster, type Cluster } from '../support/cluster';

let c: Cluster;
const SITES = 'https://www.vip-verkosto.fi https://oph.example.fi';

beforeAll(async () => {
  c = await startCluster({ instances: 1, worker: false, env: { FRAME_ANCESTORS: SITES } });
});

afterAll(async () => {
  await c?.stop();
});

async function ancestorsOf(path: string): Promise<{ status: number; ancestors: string | undefined }> {
  const res = await fetch(`${c.apps[0].url}${path}`, { redirect: 'manual' });
  await res.arrayBuffer();
  const csp = res.headers.get('content-security-policy') ?? '';
  return { status: res.status, ancestors: /frame-ancestors ([^;]+)/.exec(csp)?.[1] };
}

describe('framing with FRAME_ANCESTORS set', () => {
  it('lets the configured sites and Kokoon frame the embeddable list, rendered or from the cache', async () => {
    for (const path of ['/fi/embed?region=TAYS', '/fi/embed?region=TAYS', '/sv/embed', '/fi/embed?limit=x']) {
      expect(await ancestorsOf(path), path).toEqual({
        status: 200,
        ancestors: `'self' https://www.vip-verkosto.fi https://oph.example.fi`,
      });
    }
  });

  it('keeps every other page unframable', async () => {
    for (const path of ['/fi', '/fi?region=TAYS', '/sv/regions/tays', '/fi/about', '/fi/signin', '/fi/my-data']) {
      const { ancestors } = await ancestorsOf(path);
      expect(ancestors, path).toBe(`'none'`);
    }
  });
});
