// Security headers and escaping as a browser sees them: the CSP lets the app's own (nonce'd)
// scripts run and blocks anything injected; hostile text a person typed is shown as text on their
// manage page and in their mail; the organiser's session cookie is HttpOnly and SameSite=Lax.
import { test, expect } from './support/test';
import { latestMailText, signInAs } from './support/mailbox';
import { inviteTestOrganiser } from './support/session';

const HOSTILE = `<img src=x onerror="window.__pwned=1"><script>window.__pwned=2</script>"'><svg onload=alert(1)>`;

test.describe('security in the browser', () => {
  test('pages carry a per-request nonce CSP, and an injected inline script is blocked and reported', async ({ page, cspGuard }) => {
    const first = await page.goto('/fi/events/koulua-koulua-kaymattomille');
    const csp = first!.headers()['content-security-policy'];
    expect(csp).toMatch(/script-src 'self' 'nonce-[A-Za-z0-9+/=]+' 'strict-dynamic'/);
    expect(csp).toContain("object-src 'none'");
    expect(csp).toContain("base-uri 'none'");
    expect(csp).toContain("frame-ancestors 'none'");
    const nonce = /'nonce-([^']+)'/.exec(csp)![1];
    // Next's own scripts and the JSON-LD carry this request's nonce; the page is interactive.
    expect(await page.locator(`script[nonce]`).count()).toBeGreaterThan(1);
    expect(await page.locator('script[type="application/ld+json"]').evaluate((s) => (s as HTMLScriptElement).nonce)).toBe(nonce);
    await expect.poll(() => page.evaluate(() => (window as { next?: { version?: string } }).next?.version)).toBeTruthy(); // hydrated
    const second = await page.reload();
    expect(/'nonce-([^']+)'/.exec(second!.headers()['content-security-policy'])![1]).not.toBe(nonce);

    // What an XSS would try — markup with an inline handler — is refused, and the guard sees it (then forgets it).
    await page.evaluate(() => document.body.insertAdjacentHTML('beforeend', '<img alt="" src="/missing.png" onerror="window.__pwned=1">'));
    await expect.poll(() => cspGuard.length).toBe(1);
    expect(cspGuard[0]).toContain('script-src');
    expect(await page.evaluate(() => (window as { __pwned?: number }).__pwned)).toBeUndefined();
    cspGuard.length = 0;
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
        firstName: HOSTILE.slice(0, 100), lastName: '=HYPERLINK("http://evil.example","x")', email, organisation: HOSTILE,
        municipality: '091', sector: 'other', role: '{{7*7}} ${7*7} </title><script>alert(1)</script>', attendance: 'onsite',
        diet: HOSTILE, accessNeeds: null, language: 'fi', consent: true,
      },
    });
    expect(res.status()).toBe(201);
    page.on('dialog', (d) => { throw new Error(`a dialog opened: ${d.message()}`); });
    const text = await latestMailText(page, email);
    expect(text).toContain(HOSTILE.slice(0, 40));
    const manage = /\/fi\/registrations\/[A-Za-z0-9_-]{43}/.exec(text)![0];
    await page.goto(manage);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Ilmoittautumisesi');
    await expect(page.getByLabel('Organisaatio')).toHaveValue(HOSTILE);
    expect(await page.locator('img[src="x"], svg[onload]').count()).toBe(0);
    expect(await page.evaluate(() => (window as { __pwned?: number }).__pwned)).toBeUndefined();
  });

  test("the organiser's session cookie is HttpOnly and SameSite=Lax, and workspace pages are never framed", async ({ page }) => {
    await signInAs(page, await inviteTestOrganiser('security', 'admin', []));
    const session = (await page.context().cookies()).find((c) => /authjs\.session-token$/.test(c.name));
    expect(session).toMatchObject({ httpOnly: true, sameSite: 'Lax' });
    const res = await page.goto('/fi/workspace');
    expect(res!.headers()['content-security-policy']).toContain("frame-ancestors 'none'");
    expect(res!.headers()['x-content-type-options']).toBe('nosniff');
  });
});
