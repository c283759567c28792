// Public pages from the page cache, on two instances: an event page and the catalogue are rendered
// once and then served as they are — with a CSP that names the hashes of exactly their inline
// scripts, a Cache-Control a CDN may keep briefly — and a change committed anywhere shows on both
// instances within the promised seconds (edit: at once; last place taken: within a few seconds; a
// cancelled event is never shown as open again).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHash } from 'node:crypto';
import { openEvent, signUp, startCluster, waitUntil, type Cluster } from '../support/cluster';
import { catalogues } from '@/lib/i18n/messages';

let c: Cluster;
const fi = catalogues.fi.availability;

beforeAll(async () => {
  c = await startCluster({ instances: 2, worker: false, env: { RATE_LIMIT_PER_MINUTE: '0' } });
});

afterAll(async () => {
  await c?.stop();
});

async function page(i: number, path: string) {
  const res = await fetch(`${c.apps[i].url}${path}`, { headers: { 'accept-encoding': 'gzip' } });
  return { status: res.status, headers: res.headers, html: await res.text() };
}

/** Polls until `check` holds for the page on instance i; returns how long it took. */
async function within(ms: number, i: number, path: string, check: (html: string) => boolean): Promise<number> {
  const start = Date.now();
  await waitUntil(`${path} on instance ${i}`, async () => check((await page(i, path)).html), ms);
  return Date.now() - start;
}

const sha = (s: string) => createHash('sha256').update(s, 'utf8').digest('base64');

describe('public pages served from the page cache', () => {
  it('are rendered once and served again as the same bytes, with hashes of their own inline scripts in the CSP', async () => {
    const slug = await openEvent(c.sql, { capacity: 10, waitlist: false });
    const first = await page(0, `/fi/events/${slug}`);
    expect(first.status).toBe(200);
    const again = await page(0, `/fi/events/${slug}`);
    expect(again.headers.get('x-nextjs-cache')).toBe('HIT');
    expect(again.html).toBe(first.html);

    const csp = again.headers.get('content-security-policy') ?? '';
    const scriptSrc = /script-src ([^;]+)/.exec(csp)?.[1] ?? '';
    expect(scriptSrc).not.toMatch(/unsafe-inline|unsafe-eval|nonce-/);
    const inline = [
      ...again.html.matchAll(/<script(?![^>]*\bsrc=)(?![^>]*application\/ld\+json)[^>]*>([\s\S]*?)<\/script>/g),
    ].map((m) => m[1]);
    expect(inline.length).toBeGreaterThan(0);
    for (const body of inline) expect(scriptSrc).toContain(`'sha256-${sha(body)}'`);
    // No hash for anything that is not on the page.
    expect(scriptSrc.match(/sha256-/g)?.length).toBe(new Set(inline.map(sha)).size);

    expect(again.headers.get('cache-control')).toMatch(/public.*s-maxage=\d+.*stale-while-revalidate=\d+/);
    expect(again.headers.get('content-encoding')).toBe('gzip');
    expect(again.headers.get('set-cookie')).toBeNull();
    // A CDN or browser that has the page asks with its ETag and gets a 304.
    const etag = again.headers.get('etag')!;
    const revalidated = await fetch(`${c.apps[0].url}/fi/events/${slug}`, { headers: { 'if-none-match': etag } });
    expect(revalidated.status).toBe(304);
  });

  it("show an organiser's edit on both instances at once", async () => {
    const slug = await openEvent(c.sql, { capacity: 10, waitlist: false });
    for (const i of [0, 1]) {
      await page(i, `/fi/events/${slug}`);
      expect((await page(i, `/fi/events/${slug}`)).headers.get('x-nextjs-cache')).toBe('HIT');
      await page(i, '/fi');
    }
    await c.sql`update events set title_fi = 'Uusi otsikko verkostopäivälle' where slug = ${slug}`;
    for (const i of [0, 1]) {
      expect(
        await within(1500, i, `/fi/events/${slug}`, (html) => html.includes('Uusi otsikko verkostopäivälle')),
      ).toBeLessThan(1500);
      expect(await within(1500, i, '/fi', (html) => html.includes('Uusi otsikko verkostopäivälle'))).toBeLessThan(1500);
    }
  });

  it('show the last place taken on the other instance within a few seconds', async () => {
    const slug = await openEvent(c.sql, { capacity: 2, waitlist: false });
    for (const i of [0, 1]) await page(i, `/fi/events/${slug}`);
    expect((await page(1, `/fi/events/${slug}`)).html).toContain(fi.open);
    for (let n = 0; n < 2; n++) expect((await signUp(c.apps[0].url, slug)).status).toBe(201);
    const took = await within(
      7000,
      1,
      `/fi/events/${slug}`,
      (html) => html.includes(`>${fi.full}<`) && !html.includes(fi.open),
    );
    expect(took).toBeLessThan(7000);
    await within(7000, 1, '/fi', (html) => html.includes(`>${fi.full}<`));
  });

  it('never show a cancelled event as open again', async () => {
    const slug = await openEvent(c.sql, { capacity: 10, waitlist: false });
    for (const i of [0, 1]) {
      await page(i, `/fi/events/${slug}`);
      await page(i, `/fi/events/${slug}`);
    }
    await c.sql`update events set status = 'cancelled' where slug = ${slug}`;
    await new Promise((r) => setTimeout(r, 200)); // the notification's trip to the other instance
    for (const i of [0, 1]) {
      for (let k = 0; k < 5; k++) {
        const { html } = await page(i, `/fi/events/${slug}`);
        expect(html).toContain(fi.cancelled);
        expect(html).not.toContain(fi.open);
      }
    }
  });

  it('keep filtered lists apart: each filter combination is its own cached page at the address people share', async () => {
    const a = await page(0, '/fi?kind=network_day');
    const b = await page(0, '/fi?kind=training');
    expect(a.status).toBe(200);
    expect(b.status).toBe(200);
    expect(a.html).toContain('value="network_day" selected');
    expect(b.html).toContain('value="training" selected');
    expect((await page(0, '/fi?kind=training')).headers.get('x-nextjs-cache')).toBe('HIT');
  });

  it('personal pages stay per request, with a nonce and no shared caching', async () => {
    const res = await fetch(`${c.apps[0].url}/fi/signin`);
    expect(res.headers.get('content-security-policy')).toMatch(/nonce-/);
    expect(res.headers.get('cache-control') ?? '').not.toMatch(/public|s-maxage/);
  });

  it('secret-link pages are never sent on as a Referer', async () => {
    for (const path of [
      '/fi/registrations/not-a-real-token',
      '/fi/feedback/not-a-real-token',
      '/fi/my-data/not-a-real-token',
      '/fi/signin/confirm?token=x',
      '/stream/not-a-real-token',
    ]) {
      const res = await fetch(`${c.apps[0].url}${path}`, { redirect: 'manual' });
      expect(res.headers.get('referrer-policy'), path).toBe('no-referrer');
    }
  });
});
