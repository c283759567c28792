import { test, expect, type Page } from './support/test';
import AxeBuilder from '@axe-core/playwright';
import { readFile } from 'node:fs/promises';
import { latestMailText, signInAs } from './support/mailbox';
import { inviteTestOrganiser } from './support/session';

// A TYKS organiser follows the region's reach (statistics for a period, one event's numbers, a CSV
// for Excel, on a phone too) and writes to the people registered for the coming network day; the
// message goes out through the outbox in each person's language and the progress view shows it sent.

async function expectNoAxeViolations(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  expect(
    results.violations.map(
      (v) =>
        `${v.id}: ${v.nodes
          .map((n) => n.target.join(' '))
          .slice(0, 3)
          .join(', ')}`,
    ),
  ).toEqual([]);
}

test.describe('organiser reach and messages', () => {
  test('a regional organiser reads the reach statistics, exports them and messages the registrants of an event', async ({
    page,
    request,
  }) => {
    test.setTimeout(120_000);
    const stamp = Date.now();
    const email = `stina.${stamp}@pargas.example`;
    const signUp = await request.post('/api/events/tyks-verkostopaiva-palvelukartta/registrations', {
      data: {
        firstName: 'Stina',
        lastName: `Svensson${stamp}`,
        email,
        organisation: 'Pargas stad, bildningsväsendet',
        municipality: '445',
        sector: 'education',
        attendance: 'onsite',
        language: 'sv',
        consent: true,
      },
    });
    expect(signUp.status()).toBe(201);
    expect((await signUp.json()).status).toBe('confirmed');

    await signInAs(page, await inviteTestOrganiser('reach', 'organiser', ['TYKS']));

    // The region over a period: totals, breakdowns as charts and tables, unreached municipalities.
    await page.getByRole('link', { name: 'Tavoittavuus' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Tavoittavuus');
    const year = new Date().getFullYear();
    await page.getByLabel('Alkaen').fill(`${year - 1}-01-01`);
    await page.getByLabel('Päättyen').fill(`${year + 1}-12-31`);
    await page.getByRole('button', { name: 'Näytä tilastot' }).click();
    await expect(page).toHaveURL(new RegExp(`area=TYKS&from=${year - 1}-01-01&to=${year + 1}-12-31`));
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Tavoittavuus');
    await expect(page.getByText(`tapahtumat 1.1.${year - 1}–31.12.${year + 1}`)).toBeVisible();
    // Held and upcoming events apart: the coming network day (Stina just signed up) is "registered so far".
    const events = page.getByRole('region', { name: 'Pidetyt tapahtumat' });
    await expect(
      events.getByRole('row').filter({ hasText: 'TYKS-alueen verkostopäivä: kevään kokoontuminen' }),
    ).toHaveCount(1);
    await expect(events.getByRole('row').filter({ hasText: 'palvelukartta kuntien kanssa' })).toHaveCount(0);
    const upcoming = page.getByRole('region', { name: 'Tulevat tapahtumat' });
    await expect(
      upcoming.getByRole('row').filter({ hasText: 'TYKS-alueen verkostopäivä: palvelukartta kuntien kanssa' }),
    ).toHaveCount(1);
    await expect(page.getByText('Osallistumisaste', { exact: true })).toBeVisible();
    await expect(page.getByRole('img', { name: 'Toimialoittain', exact: true })).toBeVisible();
    const sectors = page.getByRole('region', { name: 'Toimialoittain', exact: true });
    await expect(sectors.getByRole('rowheader', { name: 'Sivistystoimi' })).toBeVisible();
    await expect(page.getByRole('heading', { name: 'Kunnat, joista ei osallistuttu' })).toBeVisible();
    await expect(page.getByText(/uusia \d+, palaavia \d+/)).toBeVisible();

    // Year-on-year trend per sector and province: a chart and a table whose change is said with a sign.
    const trend = page.getByRole('region', { name: 'Vuositrendi toimialoittain' });
    await expect(
      trend.getByText(/Pidettyihin tapahtumiin osallistuneet ajalla .* verrattuna samoihin päiviin vuotta aiemmin/),
    ).toBeVisible();
    await expect(
      trend.getByRole('img', { name: /Vuositrendi toimialoittain: osallistuneet vuotta aiemmin ja tällä ajalla/ }),
    ).toBeVisible();
    const trendTable = trend.getByRole('table', { name: 'Vuositrendi toimialoittain' });
    await expect(trendTable.getByRole('columnheader', { name: 'Muutos', exact: true })).toBeVisible();
    await expect(trendTable.getByRole('row').filter({ hasText: 'Sivistystoimi' }).getByRole('cell').nth(2)).toHaveText(
      /^(\+\d+|\u2212\d+|±0)$/,
    );
    await expect(
      page
        .getByRole('table', { name: 'Vuositrendi maakunnittain' })
        .getByRole('rowheader', { name: 'Varsinais-Suomi' }),
    ).toBeVisible();

    // Province × sector heat table: headers on both axes, a figure in every cell, a legend in words.
    const heat = page.getByRole('table', { name: 'Maakunnat ja toimialat' });
    await expect(heat.getByRole('columnheader', { name: 'Sivistystoimi' })).toBeVisible();
    await expect(heat.getByRole('rowheader', { name: 'Varsinais-Suomi' })).toBeVisible();
    const cells = await heat.getByRole('cell').allTextContents();
    expect(cells.length).toBeGreaterThan(0);
    expect(cells.every((c) => /^\d+$/.test(c.trim()))).toBe(true);
    await expect(page.getByRole('list', { name: 'Sävyjen selitys' }).getByText('0 osallistujaa')).toBeVisible();
    await expectNoAxeViolations(page);

    const [heatDownload] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('link', { name: 'Maakunnat ja toimialat (CSV)' }).click(),
    ]);
    const heatCsv = await readFile((await heatDownload.path())!, 'utf8');
    expect(heatCsv.startsWith('\uFEFF"Maakunta";"Sivistystoimi";')).toBe(true);
    expect(heatCsv).toMatch(/"Varsinais-Suomi";"\d+";/);

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('link', { name: 'Toimialoittain (CSV)', exact: true }).click(),
    ]);
    const csv = await readFile((await download.path())!, 'utf8');
    expect(csv.startsWith('\uFEFF"Toimiala";"Ilmoittautuneet";"Osallistuneet"\r\n')).toBe(true);
    expect(csv).toMatch(/"Sivistystoimi";"\d+";"\d+"/);

    // On a phone the page still fits the screen (wide tables scroll inside their own region).
    await page.setViewportSize({ width: 390, height: 844 });
    expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth + 1)).toBe(true);
    await page.setViewportSize({ width: 1280, height: 900 });

    // The same in Swedish: the heat table and the trend, with axe.
    await page.goto(`/sv/workspace/stats?area=TYKS&from=${year - 1}-01-01&to=${year + 1}-12-31`);
    const heatSv = page.getByRole('table', { name: 'Landskap och sektorer' });
    await expect(heatSv.getByRole('columnheader', { name: 'Bildningsväsendet' })).toBeVisible();
    await expect(heatSv.getByRole('rowheader', { name: 'Egentliga Finland' })).toBeVisible();
    await expect(
      page
        .getByRole('table', { name: 'Årstrend per sektor' })
        .getByRole('columnheader', { name: 'Förändring', exact: true }),
    ).toBeVisible();
    await expect(page.getByRole('region', { name: 'Kommande evenemang' })).toBeVisible();
    await expectNoAxeViolations(page);

    // One past event: its numbers, new and returning people.
    await page.goto('/fi/workspace');
    await page.getByRole('link', { name: 'TYKS-alueen verkostopäivä: kevään kokoontuminen' }).click();
    await page.getByRole('link', { name: 'Tilastot' }).click();
    await expect(page.getByText('Tapahtuman tilastot', { exact: true })).toBeVisible();
    await expect(page.getByRole('heading', { name: 'Ilmoittautumiset ajan mittaan' })).toBeVisible();
    await expect(
      page.getByRole('img', { name: 'Ilmoittautuneet ja osallistuneet osallistumistavan mukaan' }),
    ).toBeVisible();

    // A message to the registrants of the coming network day, in Finnish and Swedish.
    await page.goto('/fi/workspace');
    await page.getByRole('link', { name: 'TYKS-alueen verkostopäivä: palvelukartta kuntien kanssa' }).click();
    // Its statistics say the numbers are registrations so far: the event is not held yet.
    await page.getByRole('link', { name: 'Tilastot' }).click();
    await expect(
      page.getByText('Tapahtuma ei ole vielä päättynyt: luvut ovat tähänastiset ilmoittautumiset'),
    ).toBeVisible();
    await page.getByRole('link', { name: 'Viestit' }).click();
    await expect(page.getByRole('heading', { name: 'Uusi viesti' })).toBeVisible();
    // Before writing: how many of the chosen recipients chose Finnish and Swedish.
    const split = page.getByText(/^Valitusta joukosta \d+ on valinnut suomen ja \d+ ruotsin kielekseen\.$/);
    await expect(split).toBeVisible();
    const swedish = Number(/ja (\d+) ruotsin/.exec((await split.textContent()) ?? '')?.[1]);
    // With Swedish readers among them and no Swedish text, the Swedish fields carry the warning.
    if (swedish > 0) await expect(page.getByLabel('Otsikko ruotsiksi')).toHaveAccessibleDescription(/viestin suomeksi/);
    await page.getByRole('button', { name: 'Lähetä viesti' }).click();
    await expect(page.getByRole('alert').filter({ hasText: 'Otsikko suomeksi' })).toBeVisible();
    await page.getByLabel('Otsikko suomeksi').fill(`Ennakkotehtävä ${stamp}`);
    await page.getByLabel('Viesti suomeksi').fill('Hei!\n\nTuokaa kuntanne palvelukartan luonnos mukananne.');
    await page.getByLabel('Otsikko ruotsiksi').fill(`Förhandsuppgift ${stamp}`);
    await page.getByRole('button', { name: 'Lähetä viesti' }).click();
    await expect(
      page.getByRole('alert').filter({ hasText: 'Kirjoita ruotsiksi sekä otsikko että viesti' }),
    ).toBeVisible();
    await page.getByLabel('Viesti ruotsiksi').fill('Hej!\n\nTa med ett utkast till kommunens servicekarta.');
    await expect(page.getByLabel('Otsikko ruotsiksi')).not.toHaveAccessibleDescription(/viestin suomeksi/);
    await page.getByRole('button', { name: 'Lähetä viesti' }).click();
    await expect(page).toHaveURL(/\/messages\/\d+$/);
    await expect(async () => {
      await page.reload();
      await expect(page.getByRole('status')).toContainText(/Lähetetty (\d+)\/\1, jonossa 0, epäonnistunut 0/, {
        timeout: 1000,
      });
    }).toPass({ timeout: 30_000 });
    await expectNoAxeViolations(page);

    const mail = await latestMailText(page, email);
    expect(mail).toContain('Ta med ett utkast till kommunens servicekarta.');
    expect(mail).toContain('Meddelande från arrangören');
    expect(mail).not.toContain('Tuokaa');
  });
});
