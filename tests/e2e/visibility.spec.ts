import { test, expect, type Page } from './support/test';
import AxeBuilder from '@axe-core/playwright';
import { latestMailText } from './support/mailbox';
import { e2eDb, signInContext } from './support/session';

// Closed and invited events (issue 17), as the people involved meet them: the public never finds the
// demo's unlisted planning day or its invited steering-group meeting in the lists; the admin adds an
// address to the meeting's invitation list (a bad paste is refused, naming the address, and kept in
// the box); the invited person opens the personal link from the mail, finds the address filled in
// and signs up; someone not on the list is refused with a clear message.

const INVITED = 'vip-ohjausryhman-kokous';
const UNLISTED = 'hyks-ydinryhman-suunnittelupaiva';

/** The event paths of a page's JSON-LD ItemList (null when it has none). */
async function itemListPaths(page: Page, path: string): Promise<string[] | null> {
  const html = await (await page.request.get(path)).text();
  const blocks = [...html.matchAll(/<script type="application\/ld\+json">([^<]*)<\/script>/g)].map((m) =>
    JSON.parse(m[1]),
  );
  const list = blocks.find((b) => b['@type'] === 'ItemList');
  return list ? list.itemListElement.map((i: { url: string }) => new URL(i.url).pathname) : null;
}

async function expectNoAxeViolations(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
}

test.describe('closed and invited events', () => {
  test('are in no public list, yet open by their link without being indexed', async ({ page, request }) => {
    test.setTimeout(90_000);
    for (const path of ['/fi', '/sv', '/fi/regions/hyks']) {
      await page.goto(path);
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      await expect(page.locator(`a[href*="/events/${INVITED}"]`)).toHaveCount(0);
      await expect(page.locator(`a[href*="/events/${UNLISTED}"]`)).toHaveCount(0);
    }
    // The lists for search engines (JSON-LD ItemList) of the catalogue and the region page, which
    // does list national events like the invited meeting; the embeddable list.
    for (const path of ['/fi', '/fi/regions/hyks']) {
      const paths = await itemListPaths(page, path);
      expect(paths, path).not.toBeNull();
      expect(paths!.length, path).toBeGreaterThan(0);
      expect(paths, path).not.toContain(`/fi/events/${INVITED}`);
      expect(paths, path).not.toContain(`/fi/events/${UNLISTED}`);
    }
    for (const path of ['/fi/embed?limit=50', '/fi/embed?region=HYKS&limit=50']) {
      await page.goto(path);
      await expect(page.getByRole('listitem').first()).toBeVisible();
      await expect(page.locator(`a[href*="/events/${INVITED}"]`)).toHaveCount(0);
      await expect(page.locator(`a[href*="/events/${UNLISTED}"]`)).toHaveCount(0);
      expect(await itemListPaths(page, path)).not.toContain(`/fi/events/${INVITED}`);
    }
    const api = await (await request.get('/api/events')).text();
    const feed = await (await request.get('/calendar/all.ics')).text();
    const regionFeed = await (await request.get('/calendar/region/hyks.ics')).text();
    expect(regionFeed).toContain('BEGIN:VEVENT');
    const sitemap = await request.get('/sitemap.xml');
    expect(sitemap.headers()['content-type']).toContain('application/xml');
    const sitemapXml = await sitemap.text();
    expect(sitemapXml).toMatch(/<loc>http:\/\/localhost:\d+\/sv\/events\/hyks-verkostopaiva<\/loc>/);
    for (const slug of [INVITED, UNLISTED]) {
      expect(api).not.toContain(slug);
      expect(feed).not.toContain(slug);
      expect(regionFeed).not.toContain(slug);
      expect(sitemapXml).not.toContain(slug);
    }
    const robots = await (await request.get('/robots.txt')).text();
    expect(robots).toMatch(/^Sitemap: http:\/\/localhost:\d+\/sitemap\.xml$/m);
    await page.goto(`/fi/events/${UNLISTED}`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('HYKS-alueen ydinryhmän suunnittelupäivä');
    await expect(page.locator('meta[name="robots"]')).toHaveAttribute('content', /noindex/);
    await expect(page.locator('script[type="application/ld+json"]')).toHaveCount(0);
  });

  test('the series and past-events pages carry the JSON-LD list of the events they show', async ({ page }) => {
    for (const path of ['/fi/series/tuvet-lapsen-osallisuus', '/fi/past']) {
      await page.goto(path);
      const shown = await page
        .locator('main a[href^="/fi/events/"]')
        .evaluateAll((links) => links.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
      expect(shown.length, path).toBeGreaterThan(0);
      const paths = await itemListPaths(page, path);
      expect(new Set(paths), path).toEqual(new Set(shown));
    }
  });

  test('the admin invites an address; the invited person signs up from the personal link; others are refused', async ({
    page,
    browser,
    baseURL,
  }) => {
    test.setTimeout(120_000);
    const stamp = Date.now();
    const invited = `kutsuttu.${stamp}@kunta.example`;
    const [event] = await e2eDb()`select id from events where slug = ${INVITED}`;
    await signInContext(page.context(), baseURL!, 'admin@kokoon.example');

    // The workspace list marks the meeting; its invitations page lists the three demo addresses.
    await page.goto('/fi/workspace');
    await expect(
      page.getByRole('row').filter({ hasText: 'VIP-verkoston ohjausryhmän kokous' }).getByText('Vain kutsutuille'),
    ).toBeVisible();
    await page.goto(`/fi/workspace/events/${event.id}`);
    await page.getByRole('link', { name: 'Kutsut' }).click();
    await expect(page.getByRole('heading', { level: 2, name: /Kutsutut \(\d+\)/ })).toBeVisible();
    await expect(page.getByRole('cell', { name: 'styrgruppen.medlem@kokoon.example' })).toBeVisible();
    await expectNoAxeViolations(page);

    // A bad address refuses the whole paste, named, and the text stays in the box.
    const box = page.getByLabel('Sähköpostiosoitteet');
    await box.fill(`${invited}\nei-osoite`);
    await page.getByRole('button', { name: 'Lähetä kutsut' }).click();
    const form = page.getByRole('region', { name: 'Lähetä kutsut' });
    await expect(form.getByRole('alert')).toContainText('Tämä ei ole sähköpostiosoite: ei-osoite');
    await expect(box).toHaveValue(`${invited}\nei-osoite`);
    await expect(box).toHaveAttribute('aria-invalid', 'true');
    await expect(page.getByRole('cell', { name: invited })).toHaveCount(0);

    // The good address alone, with a Swedish invitation.
    await box.fill(invited);
    await page.getByRole('radio', { name: 'ruotsi' }).check();
    await page.getByRole('button', { name: 'Lähetä kutsut' }).click();
    await expect(form.getByRole('status')).toHaveText('1 kutsu lähtee.');
    await expect(page.getByRole('cell', { name: invited })).toBeVisible();

    const mail = await latestMailText(page, invited);
    expect(mail).toContain('Du har bjudits in till det här evenemanget.');
    const link = new RegExp(`http://localhost:\\d+/sv/events/${INVITED}/invitation/[A-Za-z0-9_-]{43}`).exec(mail)?.[0];
    expect(link, mail).toBeTruthy();

    // The invited person, not signed in: the address is filled in; the page is accessible and not indexed.
    const guestContext = await browser.newContext({ baseURL });
    const guest = await guestContext.newPage();
    await guest.goto(link!);
    await expect(guest.getByRole('heading', { level: 1 })).toHaveText('VIP-nätverkets styrgrupp: möte');
    await expect(guest.getByText(`Inbjudan till ${invited}.`)).toBeVisible();
    await expect(guest.getByLabel('E-post i arbetet')).toHaveValue(invited);
    await expect(guest.locator('meta[name="robots"]')).toHaveAttribute('content', /noindex/);
    await expectNoAxeViolations(guest);
    await guest.getByLabel('Förnamn').fill('Kerstin');
    await guest.getByLabel('Efternamn').fill('Kutsuttu');
    await guest.getByLabel(/^Organisation/).fill('Utbildningsstyrelsen');
    await guest.getByLabel(/^Kommun/).fill('Helsingfors');
    await guest.getByLabel('Sektor').selectOption('education');
    await guest.getByLabel('På plats').check();
    await guest.getByLabel(/Jag godkänner att mina uppgifter/).check();
    await guest.getByRole('button', { name: 'Anmäl dig' }).click();
    await expect(guest.getByRole('status').filter({ hasText: 'Anmälan bekräftad' })).toBeVisible();

    // Someone not on the list, on the event's own page: refused, told why, nothing stored.
    const stranger = `ei.kutsuttu.${stamp}@kunta.example`;
    await guest.goto(`/fi/events/${INVITED}`);
    await expect(guest.getByText('Tähän tilaisuuteen voivat ilmoittautua vain kutsutut')).toBeVisible();
    await guest.getByLabel('Etunimi').fill('Eero');
    await guest.getByLabel('Sukunimi').fill('Ulkopuolinen');
    await guest.getByLabel('Työsähköposti').fill(stranger);
    await guest.getByLabel(/^Organisaatio/).fill('Esimerkin kunta');
    await guest.getByLabel(/^Kunta/).fill('Helsinki');
    await guest.getByLabel('Sektori').selectOption('education');
    await guest.getByLabel('Paikan päällä').check();
    await guest.getByLabel(/Hyväksyn, että tietojani/).check();
    await guest.getByRole('button', { name: 'Ilmoittaudu' }).click();
    await expect(guest.getByRole('alert').filter({ hasText: 'eikä tätä osoitetta ole kutsulistalla' })).toBeVisible();
    const [{ n }] = await e2eDb()`select count(*)::int as n from registrations where email = ${stranger}`;
    expect(n).toBe(0);
    await guestContext.close();
  });
});
