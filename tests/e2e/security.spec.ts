// Security headers and escaping as a browser sees them: the CSP lets the app's own scripts run (by
// hash on cached public pages, by nonce on personal ones) and blocks anything injected; hostile text a person typed is shown as text on their
// manage page and in their mail; the organiser's session cookie is HttpOnly and SameSite=Lax.
// Hostile requests (malformed percent-encoding in a path, forged or oversized server-action POSTs,
// a sign-in POST without a form) get a 4xx with the same security headers, never a 5xx.
import type { APIResponse } from '@playwright/test';
import { test, expect } from './support/test';
import { latestMailText, signInAs } from './support/mailbox';
import { e2eDb, inviteTestOrganiser, signInContext } from './support/session';
import { MALFORMED_PATH_SEGMENTS } from '../support/hostile';

const HOSTILE = `<img src=x onerror="window.__pwned=1"><script>window.__pwned=2</script>"'><svg onload=alert(1)>`;

test.describe('security in the browser', () => {
  test('public pages carry a CSP with the hashes of their own inline scripts, and an injected inline script is blocked and reported', async ({
    page,
    cspGuard,
  }) => {
    const first = await page.goto('/fi/events/koulua-koulua-kaymattomille');
    const csp = first!.headers()['content-security-policy'];
    const scriptSrc = /script-src ([^;]+)/.exec(csp)![1];
    expect(scriptSrc).toMatch(/^'self'( 'sha256-[A-Za-z0-9+/=]+')+$/);
    expect(csp).toContain("object-src 'none'");
    expect(csp).toContain("base-uri 'none'");
    expect(csp).toContain("frame-ancestors 'none'");
    // Every inline script of the page is one the policy names; the page is interactive.
    const hashes = await page.evaluate(async () => {
      const out: string[] = [];
      for (const s of Array.from(document.querySelectorAll('script:not([src])'))) {
        if ((s as HTMLScriptElement).type === 'application/ld+json') continue;
        const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(s.textContent ?? ''));
        out.push(btoa(String.fromCharCode(...new Uint8Array(digest))));
      }
      return out;
    });
    expect(hashes.length).toBeGreaterThan(1);
    for (const h of hashes) expect(scriptSrc).toContain(`'sha256-${h}'`);
    await expect
      .poll(() => page.evaluate(() => (window as { next?: { version?: string } }).next?.version))
      .toBeTruthy(); // hydrated

    // What an XSS would try — markup with an inline handler — is refused, and the guard sees it (then forgets it).
    await page.evaluate(() =>
      document.body.insertAdjacentHTML('beforeend', '<img alt="" src="/missing.png" onerror="window.__pwned=1">'),
    );
    await expect.poll(() => cspGuard.length).toBe(1);
    expect(cspGuard[0]).toContain('script-src');
    expect(await page.evaluate(() => (window as { __pwned?: number }).__pwned)).toBeUndefined();
    cspGuard.length = 0;
  });

  test('personal pages carry a per-request nonce CSP', async ({ page }) => {
    const first = await page.goto('/fi/signin');
    const csp = first!.headers()['content-security-policy'];
    expect(csp).toMatch(/script-src 'self' 'nonce-[A-Za-z0-9+/=]+' 'strict-dynamic'/);
    const nonce = /'nonce-([^']+)'/.exec(csp)![1];
    expect(await page.locator('script[nonce]').count()).toBeGreaterThan(1);
    const second = await page.reload();
    expect(/'nonce-([^']+)'/.exec(second!.headers()['content-security-policy'])![1]).not.toBe(nonce);
  });

  test('the JSON API and the calendar feeds carry a policy under which nothing runs', async ({ request }) => {
    for (const path of ['/api/events', '/api/health', '/calendar/all.ics', '/calendar/region/hyks.ics?lang=sv']) {
      const res = await request.get(path);
      expect(res.status(), path).toBe(200);
      expect(res.headers()['content-security-policy'], path).toContain("default-src 'none'");
      expect(res.headers()['x-content-type-options'], path).toBe('nosniff');
      expect(res.headers()['referrer-policy'], path).toBeTruthy();
    }
  });

  test('hostile text from a sign-up is shown as text on the manage page and in the mail', async ({ page }) => {
    const email = `hostile.${Date.now()}@kunta.example`;
    const res = await page.request.post('/api/events/info-ja-verkostoitumispaiva-hankkeille/registrations', {
      data: {
        firstName: HOSTILE.slice(0, 100),
        lastName: '=HYPERLINK("http://evil.example","x")',
        email,
        organisation: HOSTILE,
        municipality: '091',
        sector: 'other',
        role: '{{7*7}} ${7*7} </title><script>alert(1)</script>',
        attendance: 'onsite',
        diet: HOSTILE,
        accessNeeds: null,
        language: 'fi',
        consent: true,
      },
    });
    expect(res.status()).toBe(201);
    page.on('dialog', (d) => {
      throw new Error(`a dialog opened: ${d.message()}`);
    });
    const text = await latestMailText(page, email);
    expect(text).toContain(HOSTILE.slice(0, 40));
    const manage = /\/fi\/registrations\/[A-Za-z0-9_-]{43}/.exec(text)![0];
    await page.goto(manage);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Ilmoittautumisesi');
    await expect(page.getByLabel('Organisaatio')).toHaveValue(HOSTILE);
    expect(await page.locator('img[src="x"], svg[onload]').count()).toBe(0);
    expect(await page.evaluate(() => (window as { __pwned?: number }).__pwned)).toBeUndefined();
  });

  test("the organiser's session cookie is HttpOnly and SameSite=Lax, and workspace pages are never framed", async ({
    page,
  }) => {
    await signInAs(page, await inviteTestOrganiser('security', 'admin', []));
    const session = (await page.context().cookies()).find((c) => /authjs\.session-token$/.test(c.name));
    expect(session).toMatchObject({ httpOnly: true, sameSite: 'Lax' });
    const res = await page.goto('/fi/workspace');
    expect(res!.headers()['content-security-policy']).toContain("frame-ancestors 'none'");
    expect(res!.headers()['x-content-type-options']).toBe('nosniff');
  });

  test('the sign-in sheet prints with its own print styles, which the CSP lets through', async ({ page, baseURL }) => {
    await signInContext(page.context(), baseURL!, 'hyks@kokoon.example');
    const [event] = await e2eDb()`select id from events where slug = 'hyks-verkostopaiva'`;
    await page.goto(`/fi/workspace/events/${event.id}/sheet`);
    await expect(page.getByRole('table')).toBeVisible();
    await page.emulateMedia({ media: 'print' });
    // The site's header and footer are left off the paper, the table header repeats on every page.
    await expect(page.getByRole('banner')).toBeHidden();
    await expect(page.getByRole('contentinfo')).toBeHidden();
    expect(await page.locator('.sheet-table thead').evaluate((el) => getComputedStyle(el).display)).toBe(
      'table-header-group',
    );
    // (The CSP guard of every test fails it if the page's styles were blocked.)
  });
});

/** A refusal: a 4xx (not a 5xx), with the headers every answer carries. */
function expectRefused(res: APIResponse, what: string) {
  expect(res.status(), what).toBeGreaterThanOrEqual(400);
  expect(res.status(), what).toBeLessThan(500);
  expect(res.headers()['content-security-policy'], what).toBeTruthy();
  expect(res.headers()['x-content-type-options'], what).toBe('nosniff');
  expect(res.headers()['referrer-policy'], what).toBeTruthy();
}

test.describe('hostile requests over HTTP', () => {
  test('a path with malformed percent-encoding is a 4xx with the security headers, on every kind of route', async ({
    request,
  }) => {
    // Next's route matcher throws on these and answers a bare 500 (its 400 needs a Pages Router
    // /_error page): server.ts refuses them first (hasMalformedPercentEncoding, lib/request-guards.ts).
    const routes = [
      '/{}',
      '/fi/{}',
      '/fi/events/{}',
      '/sv/events/{}',
      '/fi/series/{}',
      '/fi/regions/{}',
      '/fi/registrations/{}',
      '/fi/feedback/{}',
      '/sv/my-data/{}',
      '/fi/workspace/events/{}',
      '/fi/workspace/events/1/messages/{}',
      '/stream/{}',
      '/api/events/{}',
      '/api/events/{}/registrations',
      '/calendar/region/{}.ics',
      '/calendar/province/{}.ics',
      '/calendar/theme/{}.ics',
      '/calendar/events/{}.ics',
      '/calendar/personal/{}.ics',
    ];
    for (const route of routes) {
      for (const segment of MALFORMED_PATH_SEGMENTS) {
        const path = route.replace('{}', segment);
        expectRefused(await request.get(path, { maxRedirects: 0 }), path);
      }
    }
  });

  test('the sign-in button POST without a form (no body, JSON) is a 400', async ({ request, baseURL }) => {
    const origin = new URL(baseURL!).origin;
    expectRefused(await request.post('/api/signin/confirm', { headers: { origin }, maxRedirects: 0 }), 'no body');
    expectRefused(
      await request.post('/api/signin/confirm', {
        headers: { origin },
        data: { token: 'x', email: 'a@b.fi' },
        maxRedirects: 0,
      }),
      'JSON',
    );
  });

  test('a server-action POST with a foreign origin, a body that is not JSON or a 1.5 MB body is a 4xx', async ({
    request,
    baseURL,
  }) => {
    // Next answers these with a 500 before any code of ours runs: proxy.ts refuses them first
    // (refuseServerActionPost, lib/request-guards.ts).
    const html = await (await request.get('/fi/signin')).text();
    const id = /"id":"([0-9a-f]{20,})"/.exec(html.replaceAll('&quot;', '"'))?.[1];
    expect(id, "the sign-in form's action id").toBeTruthy();
    const origin = new URL(baseURL!).origin;
    const post = (headers: Record<string, string>, data: string) =>
      request.post('/fi/signin', {
        headers: { 'next-action': id!, 'content-type': 'text/plain;charset=UTF-8', ...headers },
        data,
        maxRedirects: 0,
      });
    expectRefused(await post({ origin: 'https://evil.example' }, '["fi"]'), 'a foreign Origin');
    expectRefused(await post({ origin }, 'not json {'), 'a body that is not JSON');
    expectRefused(await post({ origin }, JSON.stringify(['fi', 'a'.repeat(1_500_000)])), 'a 1.5 MB body');
    // The same as a form post (the action's form without JavaScript).
    const form = {
      $ACTION_REF_0: '',
      '$ACTION_0:1': '["fi"]',
      '$ACTION_0:0': JSON.stringify({ id, bound: '$@1' }),
      email: 'a@kunta.example',
    };
    expectRefused(
      await request.post('/fi/signin', {
        headers: { origin: 'https://evil.example' },
        multipart: form,
        maxRedirects: 0,
      }),
      'a foreign form',
    );
    expectRefused(
      await request.post('/fi/signin', {
        headers: { origin },
        multipart: { ...form, email: 'a'.repeat(1_500_000) },
        maxRedirects: 0,
      }),
      'a 1.5 MB form',
    );
  });
});
