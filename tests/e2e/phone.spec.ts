// Issue 16 on a phone (390 × 844): the workspace's own navigation and the dashboard's capacity, door
// check-in that keeps the organiser's place (with and without JavaScript) and warns outside the
// event's day, and the public catalogue and event page made for a small screen.
import { test, expect, type APIRequestContext } from './support/test';
import { e2eDb, signInContext } from './support/session';

test.use({ viewport: { width: 390, height: 844 } });

async function signUp(request: APIRequestContext, slug: string, firstName: string, lastName: string) {
  const res = await request.post(`/api/events/${slug}/registrations`, {
    data: {
      firstName,
      lastName,
      email: `${firstName}.${lastName}@helsinki.example`.toLowerCase(),
      organisation: 'Helsingin kaupunki, perusopetus',
      municipality: '091',
      sector: 'education',
      attendance: 'onsite',
      language: 'fi',
      consent: true,
    },
  });
  expect(res.status()).toBe(201);
}

async function eventRow(slug: string) {
  const [row] =
    await e2eDb()`select id, title_fi, format, capacity_onsite, capacity_remote from events where slug = ${slug}`;
  return row as {
    id: number;
    title_fi: string;
    format: string;
    capacity_onsite: number | null;
    capacity_remote: number | null;
  };
}

test.describe('workspace on a phone', () => {
  test('the workspace has its own navigation, the current page marked, admin items only for the admin', async ({
    page,
    context,
    baseURL,
  }) => {
    await signInContext(context, baseURL!, 'hyks@kokoon.example');
    await page.goto('/fi/workspace');
    const nav = page.getByRole('navigation', { name: 'Työtila', exact: true });
    await expect(nav.getByRole('link')).toHaveText([
      'Tapahtumat',
      'Koulutussarjat',
      'Tavoittavuus',
      'Palaute alueittain',
      'Materiaalit',
      'Ilmoitusasetukset',
    ]);
    await expect(nav.getByRole('link', { name: 'Tapahtumat' })).toHaveAttribute('aria-current', 'page');
    await nav.getByRole('link', { name: 'Koulutussarjat' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Koulutussarjat');
    await expect(nav.getByRole('link', { name: 'Koulutussarjat' })).toHaveAttribute('aria-current', 'page');
    await expect(nav.getByRole('link', { name: 'Tapahtumat' })).not.toHaveAttribute('aria-current', /.*/);
    // An event's pages belong to "events".
    const hyks = await eventRow('hyks-verkostopaiva');
    await page.goto(`/fi/workspace/events/${hyks.id}/checkin`);
    await expect(nav.getByRole('link', { name: 'Tapahtumat' })).toHaveAttribute('aria-current', 'page');
  });

  test('the admin sees organisers and the audit log in the navigation (Swedish)', async ({
    page,
    context,
    baseURL,
  }) => {
    await signInContext(context, baseURL!, 'admin@kokoon.example');
    await page.goto('/sv/workspace/audit');
    const nav = page.getByRole('navigation', { name: 'Arbetsyta', exact: true });
    await expect(nav.getByRole('link', { name: 'Arrangörer' })).toBeVisible();
    await expect(nav.getByRole('link', { name: 'Ändringslogg' })).toHaveAttribute('aria-current', 'page');
    await expect(nav.getByRole('link', { name: 'Evenemang' })).toBeVisible();
  });

  test('the dashboard shows the places next to the confirmed and waiting counts, as a card on a phone', async ({
    page,
    context,
    baseURL,
  }) => {
    await signInContext(context, baseURL!, 'hyks@kokoon.example');
    const hyks = await eventRow('hyks-verkostopaiva');
    const places =
      hyks.format === 'onsite'
        ? [hyks.capacity_onsite]
        : hyks.format === 'online'
          ? [hyks.capacity_remote]
          : [hyks.capacity_onsite, hyks.capacity_remote];
    const capacity = places.some((c) => c === null) ? 'ei rajaa' : String(places.reduce((a, b) => a! + b!, 0));
    await page.goto('/fi/workspace');
    await expect(page.getByRole('columnheader', { name: 'Paikkoja' }).first()).toBeAttached();
    const row = page.getByRole('row').filter({ has: page.getByRole('link', { name: hyks.title_fi, exact: true }) });
    const cells = row.getByRole('cell');
    await expect(cells.nth(4)).toHaveText(capacity); // event, when, status, confirmed, places, waiting, edit
    // On a phone every cell of the row is on screen, the edit link too (no sideways scrolling).
    const edit = row.getByRole('link', { name: 'Muokkaa' });
    await edit.scrollIntoViewIfNeeded();
    await expect(edit).toBeInViewport({ ratio: 1 });
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  });
});

test.describe('door check-in on a phone', () => {
  test("the search is at the top, a check-in keeps the search and the place without a reload, and a day other than the event's is warned of", async ({
    page,
    context,
    baseURL,
    request,
  }) => {
    const stamp = Date.now();
    const lastName = `Ovipuhelin${stamp}`;
    for (const first of ['Aino', 'Bertta', 'Cecilia']) await signUp(request, 'hyks-verkostopaiva', first, lastName);
    const hyks = await eventRow('hyks-verkostopaiva');
    await signInContext(context, baseURL!, 'hyks@kokoon.example');
    await page.goto(`/fi/workspace/events/${hyks.id}/checkin`);
    const search = page.getByRole('searchbox', { name: 'Hae nimellä tai organisaatiolla' });
    const box = (await search.boundingBox())!;
    // Under the site header, the workspace navigation and the event's title (was ~700 px down, under the event's tabs).
    expect(box.y + box.height, 'the search box is in the upper two thirds of the first screen').toBeLessThan(
      (844 * 2) / 3,
    );
    // Above the fold: its top within the first 250 px (it was ~524 px down, under the event's title,
    // time and place); the title, the warning and the progress come right under it.
    expect(box.y, `the search box's top is at ${Math.round(box.y)} px`).toBeLessThanOrEqual(250);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(hyks.title_fi);
    await expect(page.getByText(/^Saapuneita \d+\/\d+$/)).toBeVisible();
    // The demo event is not today: the organiser is warned before checking anyone in.
    await expect(page.getByText(/Tänään ei ole tapahtuman päivä/)).toBeVisible();

    await search.fill(lastName.toLowerCase());
    await expect(page.getByText('3 henkilöä', { exact: true })).toBeVisible();
    await page.evaluate(() => {
      (window as unknown as { kept: boolean }).kept = true;
    });
    await page.getByRole('button', { name: new RegExp(`^Kirjaa saapuneeksi\\s?: Cecilia ${lastName}$`) }).click();
    await expect(page.getByRole('status')).toContainText(`Cecilia ${lastName} on kirjattu saapuneeksi.`);
    expect(await page.evaluate(() => (window as unknown as { kept?: boolean }).kept), 'no full page load').toBe(true);
    await expect(search).toHaveValue(lastName.toLowerCase());
    await expect(page.getByText('3 henkilöä', { exact: true })).toBeVisible();
    await expect(page.locator('li').filter({ hasText: `${lastName}, Cecilia` })).toBeInViewport();
  });

  test('without JavaScript a check-in posts and comes back to the same person with the search kept', async ({
    browser,
    baseURL,
    request,
  }) => {
    const stamp = Date.now();
    const lastName = `Eijs${stamp}`;
    for (const first of ['Aada', 'Bea']) await signUp(request, 'hyks-verkostopaiva', first, lastName);
    const hyks = await eventRow('hyks-verkostopaiva');
    const context = await browser.newContext({
      javaScriptEnabled: false,
      viewport: { width: 390, height: 844 },
      baseURL,
    });
    await signInContext(context, baseURL!, 'hyks@kokoon.example');
    const page = await context.newPage();
    await page.goto(`/fi/workspace/events/${hyks.id}/checkin`);
    await page.getByRole('searchbox', { name: 'Hae nimellä tai organisaatiolla' }).fill(lastName);
    await page.getByRole('button', { name: 'Hae', exact: true }).click();
    await expect(page.getByText('2 henkilöä', { exact: true })).toBeVisible();
    await page.getByRole('button', { name: new RegExp(`^Kirjaa saapuneeksi\\s?: Bea ${lastName}$`) }).click();
    await expect(page.getByRole('status')).toContainText(`Bea ${lastName} on kirjattu saapuneeksi.`);
    expect(new URL(page.url()).searchParams.get('q')).toBe(lastName);
    expect(new URL(page.url()).hash).toMatch(/^#p-\d+$/);
    await expect(page.getByRole('searchbox', { name: 'Hae nimellä tai organisaatiolla' })).toHaveValue(lastName);
    await expect(page.getByText('2 henkilöä', { exact: true })).toBeVisible();
    await expect(page.locator('li').filter({ hasText: `${lastName}, Bea` })).toBeInViewport();
    await context.close();
  });
});

test.describe('public pages on a phone', () => {
  test('the catalogue folds its filters behind one button, lands on the results after filtering and groups them by month', async ({
    page,
  }) => {
    await page.goto('/fi');
    const region = page.getByLabel('Alue', { exact: true });
    await expect(region).toBeHidden();
    // The first event is on the first screen.
    const first = page.locator('#results article').first();
    expect((await first.boundingBox())!.y).toBeLessThan(844);
    await page.locator('summary', { hasText: 'Rajaa tapahtumia' }).click();
    await expect(region).toBeVisible();
    await region.selectOption('HYKS');
    await page.getByRole('button', { name: 'Näytä tapahtumat' }).click();
    await expect(page).toHaveURL(/region=HYKS.*#results$/);
    await expect(page.getByRole('heading', { level: 2, name: /tapahtuma/ })).toBeInViewport();
    await expect(page.getByText(/1 valittu/)).toBeVisible();
    // Months as headings, each followed by its events.
    const months = page.locator('#results').getByRole('heading', { level: 3 });
    await expect(months.first()).toHaveText(/^[A-ZÅÄÖ][a-zåäö]+ \d{4}$/);
    await expect(page.locator('#results').getByRole('heading', { level: 4 }).first()).toBeVisible();
  });

  test('wide screens still show the filters without the button', async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.goto('/sv');
    await expect(page.getByLabel('Område', { exact: true })).toBeVisible();
    await expect(page.locator('legend', { hasText: 'Avgränsa evenemang' })).toBeVisible();
    await expect(page.locator('summary', { hasText: 'Avgränsa evenemang' })).toBeHidden();
  });

  test('an open event has a sign-up link near its title that jumps to the form; a past one has none', async ({
    page,
  }) => {
    await page.goto('/fi/events/hyks-verkostopaiva');
    const link = page.getByRole('link', { name: /^Ilmoittaudu( jonoon)?$/ });
    expect((await link.boundingBox())!.y).toBeLessThan(844);
    await link.click();
    await expect(page).toHaveURL(/#registration$/);
    await expect(page.getByRole('heading', { level: 2, name: 'Ilmoittautuminen' })).toBeInViewport();
    await page.goto('/sv/events/kymenlaakson-verkostopaiva');
    await expect(page.getByRole('link', { name: /^Anmäl dig/ })).toHaveCount(0);
  });
});
