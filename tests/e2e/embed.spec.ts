// Issue 17, the embeddable list: /{fi,sv}/embed shows the upcoming public events a site chose
// (region, theme, kind, how many) in a document of its own, links to Kokoon in the whole window,
// names bad choices in the reader's language, and may be framed by Kokoon itself (and the
// FRAME_ANCESTORS origins) while every other page refuses frames. A national admin gets the
// copy-paste snippet with a live preview in the workspace; a regional organiser cannot.
import AxeBuilder from '@axe-core/playwright';
import { test, expect, type Page } from './support/test';
import { e2eDb, signInContext } from './support/session';

async function expectNoAxeViolations(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
}

/** Upcoming public events of a region as the catalogue orders them. */
async function upcomingOf(region: string, limit: number): Promise<{ slug: string; title_fi: string }[]> {
  return (await e2eDb()`
    select slug, title_fi from events
    where status in ('published', 'cancelled') and region_code = ${region} and ends_at > now()
    order by starts_at, id limit ${limit}`) as unknown as { slug: string; title_fi: string }[];
}

const items = (page: Page) => page.getByRole('listitem');

test.describe('embeddable list', () => {
  test('lists the chosen region’s upcoming events with links to Kokoon, and nothing of the site around it', async ({
    page,
  }) => {
    const expected = await upcomingOf('TAYS', 10);
    expect(expected.length).toBeGreaterThan(1);
    const res = await page.goto('/fi/embed?region=TAYS');
    expect(res!.status()).toBe(200);
    await expect(page.locator('html')).toHaveAttribute('lang', 'fi');
    await expect(page.getByRole('heading', { level: 1, name: 'Tulevat tapahtumat' })).toBeVisible();
    await expect(items(page)).toHaveCount(expected.length);
    const links = page.getByRole('listitem').getByRole('heading', { level: 2 }).getByRole('link');
    await expect(links).toHaveText(expected.map((e) => e.title_fi));
    for (const [i, e] of expected.entries()) {
      await expect(links.nth(i)).toHaveAttribute('href', `/fi/events/${e.slug}`);
      await expect(links.nth(i)).toHaveAttribute('target', '_top');
    }
    // Date, place and seats of each event; an event of another region is not there.
    await expect(items(page).first().locator('time')).toBeVisible();
    await expect(
      items(page)
        .first()
        .getByText(/Ilmoittautuminen|Täynnä|Jonoon|Peruttu|päättynyt/)
        .first(),
    ).toBeVisible();
    await expect(page.locator('a[href="/fi/events/hyks-verkostopaiva"]')).toHaveCount(0);
    // No site header, footer, navigation or skip link.
    await expect(page.getByRole('banner')).toHaveCount(0);
    await expect(page.getByRole('contentinfo')).toHaveCount(0);
    await expect(page.getByRole('navigation')).toHaveCount(0);
    await expect(page.getByRole('link', { name: 'Kaikki tapahtumat Kokoonissa' })).toHaveAttribute(
      'href',
      '/fi?region=TAYS',
    );
    // The list for search engines, in the same order.
    const ld = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent()) ?? '{}');
    expect(ld['@type']).toBe('ItemList');
    expect(ld.itemListElement.map((i: { url: string }) => new URL(i.url).pathname)).toEqual(
      expected.map((e) => `/fi/events/${e.slug}`),
    );
    // The site's own lists carry the same kind of ItemList: the filtered catalogue and the region page.
    for (const path of ['/fi?region=TAYS', '/fi/regions/tays']) {
      const html = await (await page.request.get(path)).text();
      const blocks = [...html.matchAll(/<script type="application\/ld\+json">([^<]*)<\/script>/g)].map((m) =>
        JSON.parse(m[1]),
      );
      const list = blocks.find((b) => b['@type'] === 'ItemList');
      expect(list, path).toBeTruthy();
      expect(list.itemListElement.map((i: { url: string }) => new URL(i.url).pathname)).toEqual(
        expect.arrayContaining(expected.map((e) => `/fi/events/${e.slug}`)),
      );
    }
    // Kokoon may frame it (the workspace preview); the catalogue may be framed by nobody.
    expect(res!.headers()['content-security-policy']).toMatch(/frame-ancestors 'self'(;|$| )/);
    const catalogue = await page.request.get('/fi?region=TAYS');
    expect(catalogue.headers()['content-security-policy']).toContain("frame-ancestors 'none'");
    await expectNoAxeViolations(page);
  });

  test('in Swedish, at most the number asked for, and bad choices named in a message rather than an error', async ({
    page,
  }) => {
    await page.goto('/sv/embed?limit=2');
    await expect(page.locator('html')).toHaveAttribute('lang', 'sv');
    await expect(page.getByRole('heading', { level: 1, name: 'Kommande evenemang' })).toBeVisible();
    await expect(items(page)).toHaveCount(2);
    await expect(page.getByRole('link', { name: 'Alla evenemang i Kokoon' })).toBeVisible();
    await expectNoAxeViolations(page);

    const res = await page.goto('/sv/embed?region=XYZ&limit=many');
    expect(res!.status()).toBe(200);
    await expect(page.getByRole('alert').filter({ hasText: 'felaktiga' })).toContainText('region, limit');
    // The bad filter is left out and the default number shown.
    expect(await items(page).count()).toBeGreaterThan(2);
    expect(await items(page).count()).toBeLessThanOrEqual(10);

    await page.goto('/fi/embed?limit=500&kind=network_day');
    expect(await items(page).count()).toBeLessThanOrEqual(50);
    await expect(page.getByRole('alert').filter({ hasText: 'virheellisiä' })).toHaveCount(0);
  });

  test('fits a 320 px wide frame without scrolling sideways', async ({ page }) => {
    await page.setViewportSize({ width: 320, height: 640 });
    await page.goto('/fi/embed?region=TAYS');
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
  });

  test('the admin makes the snippet in the workspace, with a live preview that reports its height', async ({
    page,
    context,
    baseURL,
  }) => {
    test.setTimeout(90_000); // sign-in, a framed page and axe over both on a busy machine
    await signInContext(context, baseURL!, 'admin@kokoon.example');
    await page.goto('/fi/workspace');
    await page.getByRole('link', { name: 'Upotettava lista' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Tapahtumalistan upotus' })).toBeVisible();
    await page.getByLabel('Alue').selectOption('TAYS');
    await page.getByLabel(/Tapahtumia enintään/).fill('3');
    await page.getByLabel('Listan kieli').selectOption('sv');
    await page.getByRole('button', { name: 'Päivitä koodi ja esikatselu' }).click();
    await expect(page).toHaveURL(/region=TAYS/);
    const snippet = page.getByRole('textbox', { name: 'Kopioitava koodi' });
    await expect(snippet).toHaveValue(/<iframe src="http:\/\/localhost:\d+\/sv\/embed\?region=TAYS&amp;limit=3"/);
    await expect(snippet).toHaveValue(/title="VIP-nätverkets kommande evenemang"/);
    await expect(snippet).toHaveValue(/kokoonEmbedHeight/);
    const preview = page.frameLocator('iframe[title="VIP-nätverkets kommande evenemang"]');
    await expect(preview.getByRole('heading', { level: 1, name: 'Kommande evenemang' })).toBeVisible();
    await expect(preview.getByRole('listitem')).toHaveCount(Math.min(3, (await upcomingOf('TAYS', 3)).length));

    // The framed list tells its parent how tall it is (what the snippet's listener reads).
    const height = await page.evaluate(
      () =>
        new Promise<number>((resolve) => {
          window.addEventListener('message', (e) => {
            if (typeof e.data?.kokoonEmbedHeight === 'number') resolve(e.data.kokoonEmbedHeight);
          });
          const frame = document.querySelector('iframe')!;
          frame.src = frame.src; // load again, now that someone listens
        }),
    );
    expect(height).toBeGreaterThan(100);
    await expectNoAxeViolations(page);
  });

  test('a regional organiser has neither the generator nor its link', async ({ page, context, baseURL }) => {
    await signInContext(context, baseURL!, 'hyks@kokoon.example');
    await page.goto('/fi/workspace');
    await expect(page.getByRole('link', { name: 'Upotettava lista' })).toHaveCount(0);
    const res = await page.goto('/fi/workspace/embed');
    expect(res!.status()).toBe(404);
  });
});

test.describe('embeddable list without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('shows the events with their links, and a link opens the event on Kokoon', async ({ page }) => {
    const expected = await upcomingOf('TAYS', 10);
    await page.goto('/fi/embed?region=TAYS');
    const links = page.getByRole('listitem').getByRole('heading', { level: 2 }).getByRole('link');
    await expect(links).toHaveText(expected.map((e) => e.title_fi));
    await links.first().click();
    await expect(page).toHaveURL(new RegExp(`/fi/events/${expected[0].slug}$`));
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(expected[0].title_fi);
  });
});
