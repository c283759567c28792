import { test, expect } from './support/test';

test.describe('the public catalogue', () => {
  test('sends a visitor from / to Finnish or Swedish by browser language', async ({ browser }) => {
    for (const [lang, path, heading] of [
      ['sv-FI,sv;q=0.9', '/sv', 'Kommande evenemang'],
      ['fi-FI,fi;q=0.9,en;q=0.5', '/fi', 'Tulevat tapahtumat'],
    ] as const) {
      const context = await browser.newContext({
        locale: lang.split(',')[0],
        extraHTTPHeaders: { 'Accept-Language': lang },
      });
      const page = await context.newPage();
      await page.goto('/');
      await expect(page).toHaveURL(new RegExp(`${path}$`));
      await expect(page.getByRole('heading', { level: 1 })).toHaveText(heading);
      await expect(page.locator('html')).toHaveAttribute('lang', path.slice(1));
      await context.close();
    }
  });

  test('filters upcoming events by region and keeps the filters in the URL', async ({ page }) => {
    await page.goto('/fi');
    const results = page.getByRole('heading', { level: 2, name: /tapahtuma/ });
    const total = Number((await results.textContent())?.match(/\d+/)?.[0]);
    expect(total).toBeGreaterThan(10);

    await page.getByLabel('Alue', { exact: true }).selectOption({ label: 'OYS-alue (Oulu)' });
    await page.getByRole('button', { name: 'Näytä tapahtumat' }).click();
    await expect(page).toHaveURL(/region=OYS/);
    const filtered = Number((await results.textContent())?.match(/\d+/)?.[0]);
    expect(filtered).toBeGreaterThan(0);
    expect(filtered).toBeLessThan(total);
    const scopes = await page.locator('article p.uppercase').allTextContents();
    for (const s of scopes) expect(s).toMatch(/OYS-alue|Lappi|Pohjois-Pohjanmaa|Kainuu|Keski-Pohjanmaa/);
    await expect(page.getByLabel('Alue', { exact: true })).toHaveValue('OYS');
  });

  test('filters by kind and theme and shows a friendly note for a bad filter', async ({ page }) => {
    await page.goto('/fi?kind=training');
    const kinds = await page.locator('article p.uppercase').allTextContents();
    expect(kinds.length).toBeGreaterThanOrEqual(5);
    for (const k of kinds) expect(k).toMatch(/^Koulutus/);

    await page.goto('/sv?kind=party');
    const note = page.getByRole('alert').filter({ hasText: 'felaktiga' });
    await expect(note).toContainText('kind');
  });

  test('switches language on the same page and keeps the filters', async ({ page }) => {
    await page.goto('/fi?kind=webinar');
    await page.getByRole('link', { name: 'Vaihda kieli ruotsiksi' }).click();
    await expect(page).toHaveURL(/\/sv\?kind=webinar$/);
    await expect(page.getByLabel('Typ av evenemang', { exact: true })).toHaveValue('webinar');

    await page.goto('/sv/events/koulua-koulua-kaymattomille');
    await page.getByRole('link', { name: 'Byt språk till finska' }).click();
    await expect(page).toHaveURL(/\/fi\/events\/koulua-koulua-kaymattomille$/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Koulua koulua käymättömille – kokoontumisajo');
  });

  test('an event page tells a participant when, where and whether there is room', async ({ page }) => {
    await page.goto('/fi');
    await page.getByRole('link', { name: 'Koulua koulua käymättömille – kokoontumisajo' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Koulua koulua käymättömille – kokoontumisajo');
    await expect(page.locator('dd time')).toHaveText(/^(ma|ti|ke|to|pe) \d{1,2}\.\d{1,2}\.\d{4} klo 9\.00–15\.30$/);
    await expect(page.getByText('Paasitorni, juhlasali, Paasivuorenkatu 5 A, 00530 Helsinki')).toBeVisible();
    await expect(page.getByText('Paikan päällä ja verkossa')).toBeVisible();
    const registration = page.locator('#registration');
    await expect(registration.getByText('Ilmoittautuminen auki')).toBeVisible();
    await expect(registration).toContainText(/paikkaa jäljellä \(paikan päällä\) · vapaasti \(etänä\)/);

    const jsonLd = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent()) ?? '{}');
    expect(jsonLd['@type']).toBe('Event');
    expect(jsonLd.eventAttendanceMode).toBe('https://schema.org/MixedEventAttendanceMode');
    expect(jsonLd.startDate).toMatch(/T09:00:00\+0[23]:00$/);

    // More like this: a national event offers the calendar of all events, a regional one its region's.
    const all = page.getByRole('region', { name: 'Tilaa kalenteriin: Kokoon – VIP-verkoston tapahtumat' });
    await expect(
      all.getByRole('link', { name: 'Avaa kalenteriohjelmassa (Apple-kalenteri, Outlook)' }),
    ).toHaveAttribute('href', /^webcal:\/\/[^/]+\/calendar\/all\.ics$/);
    await expect(all.getByRole('link', { name: 'Tilaa Outlookiin työtilillä (Microsoft 365)' })).toHaveAttribute(
      'href',
      /^https:\/\/outlook\.office\.com\/calendar\/0\/addfromweb\?url=/,
    );
    await page.goto('/sv/events/tuvet-osallisuus-turku');
    const region = page.getByRole('region', { name: /^Prenumerera i kalendern: Kokoon – / });
    await expect(
      region.getByRole('link', { name: 'Öppna i kalenderprogrammet (Apple Kalender, Outlook)' }),
    ).toHaveAttribute('href', /^webcal:\/\/[^/]+\/calendar\/region\/tyks\.ics\?lang=sv$/);
  });

  test('the full, cancelled and not-yet-open events say so', async ({ page }) => {
    await page.goto('/sv/events/tuvet-osallisuus-turku');
    await expect(page.locator('#registration')).toContainText('Fullbokat – anmälan till kön möjlig');
    await page.goto('/fi/events/etela-savon-verkostopaiva');
    await expect(page.getByRole('status').filter({ hasText: 'Tämä tapahtuma on peruttu.' })).toHaveText(
      'Tämä tapahtuma on peruttu.',
    );
    await page.goto('/fi/events/tuvet-aikuiset-tampere');
    await expect(page.locator('#registration')).toContainText(
      /Ilmoittautuminen alkaa (ma|ti|ke|to|pe) \d+\.\d+\.\d{4} klo 9\.00/,
    );
  });

  test('a training series lists its five sessions by date and city', async ({ page }) => {
    await page.goto('/fi/events/tuvet-osallisuus-oulu');
    await page
      .getByRole('link', { name: 'Lapsen osallisuus ja oikeudet moniammatillisessa yhteistyössä', exact: true })
      .click();
    await expect(page).toHaveURL(/\/fi\/series\/tuvet-lapsen-osallisuus$/);
    const sessions = page
      .getByRole('list')
      .filter({ has: page.getByRole('heading', { level: 3 }) })
      .getByRole('listitem');
    await expect(sessions).toHaveCount(5);
    await expect(sessions.getByRole('heading', { level: 3 })).toHaveText([
      /^Turku/,
      /^Oulu/,
      /^Joensuu/,
      /^Helsinki/,
      /^Seinäjoki/,
    ]);
    // In Swedish, the places have their Swedish names.
    await page.getByRole('link', { name: 'Vaihda kieli ruotsiksi' }).click();
    await expect(page).toHaveURL(/\/sv\/series\/tuvet-lapsen-osallisuus$/);
    await expect(sessions.getByRole('heading', { level: 3 })).toHaveText([
      /^Åbo/,
      /^Uleåborg/,
      /^Joensuu/,
      /^Helsingfors/,
      /^Seinäjoki/,
    ]);
  });

  test('a region page shows its provinces and upcoming events', async ({ page }) => {
    await page.goto('/fi/regions');
    await page.getByRole('link', { name: 'KYS-alue (Kuopio)' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('KYS-alue (Kuopio)');
    await expect(page.getByRole('link', { name: 'Pohjois-Karjala', exact: true })).toBeVisible();
    await expect(page.getByRole('link', { name: 'KYS-alueen verkostopäivä' })).toBeVisible();
    await expect(page.getByRole('heading', { name: 'Valtakunnalliset tapahtumat' })).toBeVisible();
  });

  test('past events have their own page', async ({ page }) => {
    await page.goto('/fi/past');
    await expect(page.getByRole('link', { name: 'Kymenlaakson verkostopäivä' })).toBeVisible();
    await expect(page.getByRole('link', { name: 'HYKS-alueen verkostopäivä' })).toHaveCount(0);
  });

  test('an unknown page or event gets a translated not-found page', async ({ page }) => {
    const res = await page.goto('/sv/events/finns-inte');
    expect(res?.status()).toBe(404);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Sidan hittades inte');
    const res2 = await page.goto('/fi/ei/ole');
    expect(res2?.status()).toBe(404);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Sivua ei löytynyt');
  });

  test('fits a phone screen without sideways scrolling', async ({ browser }) => {
    const context = await browser.newContext({ viewport: { width: 360, height: 740 } });
    const page = await context.newPage();
    for (const path of ['/fi', '/sv/events/koulua-koulua-kaymattomille', '/fi/series/tuvet-lapsen-osallisuus']) {
      await page.goto(path);
      const overflow = await page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      );
      expect(overflow, path).toBeLessThanOrEqual(0);
    }
    await context.close();
  });
});

test.describe('the public JSON API over HTTP', () => {
  test('serves events and health', async ({ request }) => {
    const res = await request.get('/api/events?region=HYKS&lang=sv');
    expect(res.status()).toBe(200);
    const body = await res.json();
    expect(body.events.length).toBeGreaterThan(0);
    for (const e of body.events) {
      expect(e.scope.region).toBe('HYKS');
      expect(e.url).toMatch(/\/sv\/events\//);
    }
    expect((await request.get('/api/events?kind=nope')).status()).toBe(400);
    expect(await (await request.get('/api/health')).json()).toEqual({ status: 'ok' });
  });
});
