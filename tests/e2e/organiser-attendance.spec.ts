import { test, expect, type APIRequestContext } from './support/test';
import AxeBuilder from '@axe-core/playwright';
import { readFile } from 'node:fs/promises';
import { signInAs } from './support/mailbox';

// A KYS organiser at the door of the KYS network day (demo data): finds a person who just signed up,
// checks them in, takes it back, does the same on the phone check-in page, and downloads the
// participants as CSV for Excel. Another region's event is "not found"; strangers get the sign-in page.

const WCAG = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

async function eventId(request: APIRequestContext, region: string, slug: string): Promise<number> {
  const res = await request.get(`/api/events?region=${region}`);
  expect(res.status()).toBe(200);
  const { events } = (await res.json()) as { events: { id: number; slug: string }[] };
  const e = events.find((x) => x.slug === slug);
  expect(e, `${slug} in /api/events`).toBeTruthy();
  return e!.id;
}

/** "Kirjaa saapuneeksi: Oona …": the name part is visually hidden, which puts a space before the colon in Chromium's accessible name. */
const labelFor = (action: string, who: string) => new RegExp(`^${action}\\s?: ${who}$`);

test.describe('organiser attendance', () => {
  test('a regional organiser searches a person, checks them in, undoes it, and exports CSV', async ({
    page,
    request,
    browser,
  }) => {
    test.setTimeout(60_000); // two pages with axe checks; the suite shares a 2-core machine
    const stamp = Date.now();
    const lastName = `Ovensuu${stamp}`;
    const name = `Oona ${lastName}`;
    const signUp = await request.post('/api/events/kys-verkostopaiva/registrations', {
      data: {
        firstName: 'Oona',
        lastName,
        email: `oona.${stamp}@kuopio.example`,
        organisation: 'Kuopion kaupunki, perusopetus',
        municipality: '297',
        sector: 'education',
        attendance: 'onsite',
        language: 'fi',
        consent: true,
      },
    });
    expect(signUp.status()).toBe(201);
    const id = await eventId(request, 'KYS', 'kys-verkostopaiva');
    const otherRegion = await eventId(request, 'HYKS', 'hyks-verkostopaiva');

    // Not signed in: the export and a check-in QR link lead to the sign-in page, never to data.
    const stranger = await browser.newContext();
    const anon = await stranger.newPage();
    await anon.goto(`/fi/workspace/checkin/1.AAAAAAAAAAAAAAAAAAAAAA`);
    await expect(anon).toHaveURL(/\/fi\/signin/);
    await anon.goto(`/fi/workspace/events/${id}`);
    await expect(anon).toHaveURL(/\/fi\/signin/);
    await expect(anon.getByText(lastName)).toHaveCount(0);
    await stranger.close();

    await signInAs(page, 'kys@kokoon.example');

    // Another region's event does not exist for this organiser.
    await page.goto(`/fi/workspace/events/${otherRegion}`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Sivua ei löytynyt');
    expect(
      (await page.request.get(`/fi/workspace/events/${otherRegion}/export?format=csv&list=registrations`)).status(),
    ).toBe(404);

    await page.goto(`/fi/workspace/events/${id}`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('KYS-alueen verkostopäivä');
    expect((await new AxeBuilder({ page }).withTags(WCAG).analyze()).violations.map((v) => v.id)).toEqual([]);

    await page.getByLabel('Hae nimellä, sähköpostilla tai organisaatiolla').fill(lastName.toUpperCase());
    await page.getByRole('button', { name: 'Hae', exact: true }).click();
    await expect(page).toHaveURL(new RegExp(`q=${lastName.toUpperCase()}`));
    const row = page.getByRole('row').filter({ hasText: lastName });
    await expect(row).toHaveCount(1);
    await expect(page.getByText('Näytetään 1/')).toBeVisible();

    await row.getByRole('button', { name: labelFor('Kirjaa saapuneeksi', name) }).click();
    await expect(page.getByRole('status')).toContainText(`${name} on kirjattu saapuneeksi.`);
    await expect(page.getByRole('row').filter({ hasText: lastName })).toContainText(
      /Saapui klo \d{1,2}\.\d{2}|Saapui \w+ \d/,
    );
    await page.getByRole('button', { name: labelFor('Peru saapumisen kirjaus', name) }).click();
    await expect(page.getByRole('status')).toContainText(`Saapumisen kirjaus on peruttu: ${name}.`);
    await expect(page.getByRole('row').filter({ hasText: lastName })).toContainText('Ei kirjattu');

    // The phone check-in page: type, tap the big button, undo from the confirmation.
    await page.setViewportSize({ width: 390, height: 844 });
    await page.getByRole('link', { name: 'Saapumisten kirjaus' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('KYS-alueen verkostopäivä');
    expect((await new AxeBuilder({ page }).withTags(WCAG).analyze()).violations.map((v) => v.id)).toEqual([]);
    await page
      .getByRole('searchbox', { name: 'Hae nimellä tai organisaatiolla' })
      .fill(`oona ${lastName.toLowerCase()}`);
    await expect(page.getByText('1 henkilö', { exact: true })).toBeVisible();
    await page.getByRole('button', { name: labelFor('Kirjaa saapuneeksi', name) }).click();
    await expect(page.getByRole('status')).toContainText(`${name} on kirjattu saapuneeksi.`);
    // The search is kept after a check-in (issue 16: the organiser stays where they were).
    await expect(page.getByRole('searchbox', { name: 'Hae nimellä tai organisaatiolla' })).toHaveValue(
      `oona ${lastName.toLowerCase()}`,
    );
    await page
      .getByRole('status')
      .getByRole('button', { name: labelFor('Peru saapumisen kirjaus', name) })
      .click();
    await expect(page.getByRole('status')).toContainText(`Saapumisen kirjaus on peruttu: ${name}.`);
    await page.setViewportSize({ width: 1280, height: 800 });

    // Export the participants as CSV for Finnish Excel.
    await page.getByRole('link', { name: 'Ilmoittautuneet', exact: true }).click();
    const downloading = page.waitForEvent('download');
    await page.getByRole('link', { name: 'Osallistujat, CSV (Excel)' }).click();
    const download = await downloading;
    expect(download.suggestedFilename()).toMatch(/^kys-verkostopaiva-osallistujat\.csv$/);
    const bytes = await readFile((await download.path())!);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = bytes.subarray(3).toString('utf8');
    expect(text.split('\r\n')[0]).toMatch(/^"Sukunimi";"Etunimi";"Sähköposti";"Organisaatio";"Kunta"/);
    expect(text).toContain(
      `"${lastName}";"Oona";"oona.${stamp}@kuopio.example";"Kuopion kaupunki, perusopetus";"Kuopio"`,
    );
  });
});
