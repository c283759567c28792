// What a client on the network can and cannot do to the real server (server.ts in front of Next):
// - forged forwarding headers never give it a new rate-limit key (public sign-up POST, sign-in form,
//   my-data form), because with no trusted proxy the key is the TCP peer address;
// - the demo mailbox (which shows sign-in links) answers only requests from this machine: reached
//   from another host — a network namespace of this test with its own address — it is not there.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { execFileSync, spawnSync } from 'node:child_process';
import { request } from 'node:http';
import { chromium, type Browser } from '@playwright/test';
import { openEvent, signUp, startCluster, waitUntil, type Cluster } from '../support/cluster';
import { startAppServer } from '../support/app-server';
import { chromiumArgs, chromiumPath } from '../support/chromium';
import { catalogues } from '@/lib/i18n/messages';

let c: Cluster;
let browser: Browser;
let forged = 0;
/** A new set of every forwarding header a client might hope the app trusts. */
function forgedHeaders(): Record<string, string> {
  forged += 1;
  const ip = `198.51.${(forged >> 8) & 255}.${forged & 255}`;
  return {
    'x-forwarded-for': ip,
    'x-real-ip': ip,
    forwarded: `for=${ip}`,
    'true-client-ip': ip,
    'cf-connecting-ip': ip,
    'x-kokoon-peer': ip,
  };
}

beforeAll(async () => {
  c = await startCluster({ instances: 1, worker: false, env: { RATE_LIMIT_PER_MINUTE: '5', MAIL_TRANSPORT: 'dev' } });
  browser = await chromium.launch({ executablePath: chromiumPath(), args: chromiumArgs });
});

afterAll(async () => {
  await browser?.close();
  await c?.stop();
});

describe('forged client addresses', () => {
  it('the public sign-up POST is refused with 429 after the limit, whatever headers each request forges', async () => {
    const slug = await openEvent(c.sql, { capacity: null, waitlist: false });
    await waitUntil('the start of a minute window', () => new Date().getSeconds() < 40, 25_000);
    const statuses = [];
    for (let i = 0; i < 8; i++) statuses.push((await signUp(c.apps[0].url, slug, { headers: forgedHeaders() })).status);
    expect(statuses).toEqual([201, 201, 201, 201, 201, 429, 429, 429]);
  });

  it('the sign-in form says "too many" after 10 requests a minute from one machine, whatever headers it forges', async () => {
    await waitUntil('the start of a minute window', () => new Date().getSeconds() < 30, 35_000);
    const page = await browser.newPage();
    await page.route('**/*', (route) =>
      route.continue({ headers: { ...route.request().headers(), ...forgedHeaders() } }),
    );
    const outcomes: string[] = [];
    for (let i = 0; i < 12; i++) {
      await page.goto(`${c.apps[0].url}/fi/signin`);
      await page.getByLabel(catalogues.fi.signin.email).fill(`stranger${i}.${Date.now()}@kunta.example`);
      await page.getByRole('button', { name: catalogues.fi.signin.submit }).click();
      await page.waitForURL(/\/signin\/check|error=/);
      outcomes.push(page.url().includes('error=rateLimited') ? 'limited' : 'sent');
    }
    expect(outcomes).toEqual([...Array(10).fill('sent'), 'limited', 'limited']);
    await page.close();
  });

  it('the my-data request form says "too many" after 5 requests a minute from one machine, whatever headers it forges', async () => {
    await waitUntil('the start of a minute window', () => new Date().getSeconds() < 30, 35_000);
    const page = await browser.newPage();
    await page.route('**/*', (route) =>
      route.continue({ headers: { ...route.request().headers(), ...forgedHeaders() } }),
    );
    const outcomes: string[] = [];
    for (let i = 0; i < 7; i++) {
      await page.goto(`${c.apps[0].url}/fi/my-data`);
      await page.getByLabel(catalogues.fi.privacyData.email).fill(`someone${i}.${Date.now()}@kunta.example`);
      await page.getByRole('button', { name: catalogues.fi.privacyData.submit }).click();
      const sent = page.getByRole('heading', { name: catalogues.fi.privacyData.sentTitle });
      const limited = page.getByText(catalogues.fi.privacyData.rateLimited);
      await sent.or(limited).first().waitFor();
      outcomes.push((await limited.count()) > 0 ? 'limited' : 'sent');
    }
    expect(outcomes).toEqual([...Array(5).fill('sent'), 'limited', 'limited']);
    await page.close();
  });
});

// A second host on a private link of its own: ip netns + veth (root, iproute2). Not a skip: without
// them this test fails and says so.
const NS = `kokoon${process.pid}`;
const HOST_ADDR = '10.213.7.1';
const PEER_ADDR = '10.213.7.2';
function sh(cmd: string[]) {
  execFileSync(cmd[0], cmd.slice(1), { stdio: 'pipe' });
}
function fromOtherHost(url: string, host?: string): { code: string } {
  const args = [
    'netns',
    'exec',
    NS,
    'curl',
    '-s',
    '-o',
    '/dev/null',
    '-w',
    '%{http_code}',
    '--max-time',
    '5',
    ...(host ? ['-H', `Host: ${host}`] : []),
    url,
  ];
  const r = spawnSync('ip', args, { encoding: 'utf8' });
  return { code: r.stdout.trim() || `exit ${r.status}` };
}

/** GET /fi/dev/mailbox over loopback with a Host header of our choosing (fetch will not set Host). */
function statusWithHost(port: number, host: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, path: '/fi/dev/mailbox', headers: { host } }, (res) => {
      res.resume();
      resolve(res.statusCode ?? 0);
    });
    req.on('error', reject);
    req.end();
  });
}

describe('the demo mailbox from another machine', () => {
  beforeAll(() => {
    try {
      sh(['ip', 'netns', 'add', NS]);
      sh(['ip', 'link', 'add', `${NS}a`, 'type', 'veth', 'peer', 'name', `${NS}b`]);
      sh(['ip', 'link', 'set', `${NS}b`, 'netns', NS]);
      sh(['ip', 'addr', 'add', `${HOST_ADDR}/30`, 'dev', `${NS}a`]);
      sh(['ip', 'link', 'set', `${NS}a`, 'up']);
      sh(['ip', 'netns', 'exec', NS, 'ip', 'addr', 'add', `${PEER_ADDR}/30`, 'dev', `${NS}b`]);
      sh(['ip', 'netns', 'exec', NS, 'ip', 'link', 'set', `${NS}b`, 'up']);
    } catch (err) {
      throw new Error(
        `This test needs root and iproute2 (ip netns) to make a second host: ${String((err as { stderr?: Buffer }).stderr ?? err)}`,
      );
    }
  });
  afterAll(() => {
    spawnSync('ip', ['link', 'del', `${NS}a`]);
    spawnSync('ip', ['netns', 'del', NS]);
  });

  it('is not served to a non-loopback peer, even one that calls itself localhost', async () => {
    // Listening on every interface (HOST=0.0.0.0), as someone might run the demo on a LAN.
    const app = await startAppServer({
      databaseUrl: c.databaseUrl,
      env: { ...c.env, HOST: '0.0.0.0', MAIL_TRANSPORT: 'dev' },
    });
    try {
      const local = await fetch(`${app.url}/fi/dev/mailbox`);
      expect(local.status).toBe(200);
      const remote = `http://${HOST_ADDR}:${app.port}/fi/dev/mailbox`;
      expect(fromOtherHost(`http://${HOST_ADDR}:${app.port}/api/health`).code).toBe('200');
      expect(fromOtherHost(remote).code).toBe('404');
      expect(fromOtherHost(remote, `localhost:${app.port}`).code).toBe('404');
      // A loopback peer that names another host (DNS rebinding) gets nothing either.
      expect(await statusWithHost(app.port, `kokoon.example:${app.port}`)).toBe(404);
      expect(await statusWithHost(app.port, `localhost:${app.port}`)).toBe(200);
    } finally {
      await app.stop();
    }
  });

  it('is not reachable at all from another machine when the demo binds to 127.0.0.1 (its default)', async () => {
    const app = await startAppServer({
      databaseUrl: c.databaseUrl,
      env: { ...c.env, HOST: '127.0.0.1', MAIL_TRANSPORT: 'dev' },
    });
    try {
      expect((await fetch(`http://127.0.0.1:${app.port}/api/health`)).status).toBe(200);
      expect(fromOtherHost(`http://${HOST_ADDR}:${app.port}/api/health`).code).toBe('000');
    } finally {
      await app.stop();
    }
  });
});
