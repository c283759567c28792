import { test, expect, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { newestMailWith, signInAs } from './support/mailbox';
import { expectNoRawKeys } from './support/raw-keys';

// After the event (demo data): a TYKS organiser sends the certificates of a training held three days
// ago and attaches a feedback survey; the worker mails it to the attendees; one answers through the
// private link (errors first, by keyboard), and the organiser sees the result. A participant gets
// their data and erases it through the GDPR self-service, in Swedish.

const WCAG = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];
const TRAINING = 'Koulupoissaolojen varhainen tunnistaminen – täydennyskoulutus';

async function expectAccessible(page: Page) {
  await expect(page).toHaveTitle(/\S/); // after a POST → redirect, the new page's title arrives with it
  const results = await new AxeBuilder({ page }).withTags(WCAG).analyze();
  expect(
    results.violations.map(
      (v) =>
        `${v.id}: ${v.nodes
          .map((n) => n.target.join(' '))
          .slice(0, 3)
          .join(', ')}`,
    ),
    page.url(),
  ).toEqual([]);
  await expectNoRawKeys(page);
}

test.describe('after the event', () => {
  test('an organiser sends certificates and a feedback survey; an attendee answers once; the results show', async ({
    page,
    browser,
  }) => {
    test.setTimeout(120_000);
    await signInAs(page, 'tyks@kokoon.example');
    await page.getByRole('link', { name: TRAINING }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(TRAINING);
    const id = /\/workspace\/events\/(\d+)/.exec(page.url())![1];

    // Certificates, each attendee once.
    await page.getByRole('button', { name: 'Lähetä todistukset' }).click();
    // The action queues a mail per attendee in one transaction: on a loaded machine it may take a while.
    await expect(page.getByRole('status').filter({ hasText: 'Todistuksia lähtee' })).toContainText(
      /Todistuksia lähtee \d+ kpl; 0 oli lähetetty jo aiemmin\./,
      { timeout: 30_000 },
    );
    await page.getByRole('button', { name: 'Lähetä todistukset' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Todistuksia lähtee' })).toContainText(
      /Todistuksia lähtee 0 kpl; [1-9]\d* oli lähetetty jo aiemmin\./,
      { timeout: 30_000 },
    );
    await expectAccessible(page);

    // The survey: attach, then add an own question — first with errors showing.
    await page.goto(`/fi/workspace/events/${id}/edit`);
    await page.getByRole('button', { name: 'Liitä palautekysely' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Palautekysely on liitetty tapahtumaan.' })).toBeVisible();
    const survey = page.locator('section', { has: page.getByRole('heading', { name: 'Palautekysely', level: 2 }) });
    await expect(survey.getByRole('listitem')).toHaveCount(3);
    await survey.getByLabel('Kysymyksen tyyppi').selectOption('choice');
    await survey.getByRole('button', { name: 'Lisää oma kysymys' }).click();
    await expect(survey.getByRole('alert')).toContainText('Kysymys suomeksi');
    await expectAccessible(page);
    await survey.getByLabel('Kysymys suomeksi').fill('Mikä osuus hyödytti eniten?');
    await survey.getByLabel('Kysymys ruotsiksi').fill('Vilken del var mest nyttig?');
    await survey.getByLabel(/Vaihtoehdot suomeksi/).fill('Luennot\nTyöpajat');
    await survey.getByLabel(/Vaihtoehdot ruotsiksi/).fill('Föreläsningar\nWorkshoppar');
    await survey.getByRole('button', { name: 'Lisää oma kysymys' }).click();
    await expect(survey.getByRole('status').filter({ hasText: 'Kysymys on lisätty.' })).toBeVisible();
    await expect(survey.getByRole('listitem')).toHaveCount(4);

    // The worker mails the survey to the attendees (SCHEDULED_MAIL_SECONDS=2 in the test run).
    const text = await newestMailWith(page, [`Anna palautetta: ${TRAINING}`], 30_000);
    const link = /http:\/\/localhost:\d+\/fi\/feedback\/[A-Za-z0-9_-]{43}/.exec(text)![0];

    const attendee = await (await browser.newContext()).newPage();
    // A scanner opening the link (in either language) changes nothing.
    await attendee.goto(link.replace('/fi/', '/sv/'));
    await expect(attendee.getByRole('heading', { level: 1 })).toHaveText(/^Responsenkät: /);
    await expectAccessible(attendee);
    await attendee.goto(link);
    await expect(attendee.getByRole('heading', { level: 1 })).toHaveText(`Palautekysely: ${TRAINING}`);
    await expectAccessible(attendee);
    await attendee.getByRole('button', { name: 'Lähetä vastaukset' }).click();
    const summary = attendee.getByRole('alert', { name: 'Vastauksia ei vielä lähetetty. Tarkista nämä kohdat:' });
    await expect(summary).toBeFocused();
    await expect(summary.getByRole('link')).toHaveCount(2); // the two required scales
    await expectAccessible(attendee);

    // By keyboard: pick 4 in the first scale with the arrow keys, the rest by choosing.
    const overall = attendee.getByRole('radiogroup', { name: /Kokonaisarvio/ });
    await overall.getByRole('radio', { name: '3' }).focus();
    await attendee.keyboard.press('ArrowRight');
    await expect(overall.getByRole('radio', { name: '4' })).toBeChecked();
    await attendee
      .getByRole('radiogroup', { name: /hyödyllinen/ })
      .getByRole('radio', { name: '5' })
      .check();
    await attendee.getByLabel(/Mitä kehittäisit/).fill('Lisää esimerkkejä käytännöstä.');
    await attendee.getByRole('radio', { name: 'Työpajat' }).check();
    await attendee.getByRole('button', { name: 'Lähetä vastaukset' }).focus();
    await attendee.keyboard.press('Enter');
    await expect(attendee.getByRole('status')).toContainText('Kiitos palautteestasi!');
    await attendee.goto(link);
    await expect(attendee.getByRole('heading', { level: 1 })).toHaveText('Olet jo vastannut');

    // The organiser's results: per event and per region, charts with their tables.
    await page.goto(`/fi/workspace/events/${id}/feedback`);
    await expect(page.getByText(/Kyselyn sai \d+ ja siihen vastasi 1\./)).toBeVisible();
    await expect(page.getByText('Lisää esimerkkejä käytännöstä.')).toBeVisible();
    await expect(page.getByText('– nimetön')).toBeVisible();
    await expect(
      page.getByRole('table', { name: /Vastausten jakauma: Kokonaisarvio/ }).getByRole('row', { name: /^4 1 100 %$/ }),
    ).toBeVisible();
    await expectAccessible(page);
    const csv = await page.request.get(`/fi/workspace/events/${id}/feedback/export?format=csv`);
    expect(csv.status()).toBe(200);
    expect(await csv.text()).toContain('Lisää esimerkkejä käytännöstä.');
    await page.goto('/sv/workspace/feedback?region=TYKS');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Respons per område');
    await expect(
      page.getByRole('row').filter({ hasText: 'Att tidigt känna igen skolfrånvaro – fortbildning' }),
    ).toBeVisible();
    await expectAccessible(page);
  });

  test('a participant downloads and erases their data through a verified link, in Swedish', async ({
    page,
    request,
  }) => {
    test.setTimeout(60_000); // four pages checked with axe
    const email = `gdpr.${Date.now()}@vasa.example`;
    const signUp = await request.post('/api/events/pohjanmaan-natverksdag/registrations', {
      data: {
        firstName: 'Greta',
        lastName: 'Glömsk',
        email,
        organisation: 'Vasa stad',
        municipality: '905',
        sector: 'education',
        attendance: 'onsite',
        language: 'sv',
        consent: true,
      },
    });
    expect(signUp.status()).toBe(201);

    await page.goto('/sv/my-data');
    await page.getByLabel(/^E-postadress/).fill(email);
    await page.getByRole('button', { name: 'Skicka länken' }).click();
    await expect(page.getByRole('status')).toContainText(
      'Om tjänsten Kokoon har uppgifter om adressen har vi skickat en länk',
    );
    // An unknown address gets the very same answer.
    await page.goto('/sv/my-data');
    await page.getByLabel(/^E-postadress/).fill(`okand.${Date.now()}@vasa.example`);
    await page.getByRole('button', { name: 'Skicka länken' }).click();
    await expect(page.getByRole('status')).toContainText(
      'Om tjänsten Kokoon har uppgifter om adressen har vi skickat en länk',
    );

    const text = await newestMailWith(page, ['Dina uppgifter i tjänsten Kokoon', email]);
    const link = /http:\/\/localhost:\d+\/sv\/my-data\/[A-Za-z0-9_-]{43}/.exec(text)![0];
    await page.goto(link);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Dina uppgifter i tjänsten Kokoon');
    await expect(page.getByRole('cell', { name: /Greta Glömsk/ })).toBeVisible();
    await expectAccessible(page);

    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Ladda ner uppgifterna (JSON)' }).click();
    const file = await (await download).path();
    const { readFile } = await import('node:fs/promises');
    const data = JSON.parse(await readFile(file, 'utf8'));
    expect(data.email).toBe(email);
    expect(data.registrations[0]).toMatchObject({ firstName: 'Greta', lastName: 'Glömsk', status: 'confirmed' });

    await page.getByLabel('Jag förstår att mina uppgifter raderas permanent.').check();
    await page.getByRole('button', { name: 'Radera mina uppgifter' }).click();
    await expect(page.getByRole('status')).toContainText(
      'Vi raderade de identifierande uppgifterna från 1 anmälan och annullerade 1 kommande anmälan.',
    );
    await expect(page).toHaveTitle(/Mina uppgifter/);
    await expectAccessible(page);
    // The link is gone with the data.
    await page.goto(link);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Länken är inte giltig');
  });

  test('an admin handles a data request from the workspace; the materials bank lists public materials', async ({
    page,
  }) => {
    test.setTimeout(60_000);
    await signInAs(page, 'admin@kokoon.example');
    await page.goto('/fi/workspace/privacy');
    await expectAccessible(page);
    await page.getByLabel('Sähköpostiosoite').fill('ei.ketaan@kunta.example');
    await page.getByRole('button', { name: 'Hae tiedot' }).click();
    await expect(page.getByText('Osoitteella ei ole tietoja.')).toBeVisible();
    expect(page.url()).not.toContain('ei.ketaan');
    await expectAccessible(page);

    await page.goto('/fi/materials');
    await page.getByLabel('Teema').selectOption('sijoitetut-lapset');
    await page.getByRole('button', { name: 'Hae', exact: true }).click();
    await expect(page).toHaveURL(/theme=sijoitetut-lapset/);
    await expect(
      page.getByRole('link', { name: 'Sijoitetut lapset ja nuoret koulussa – kokoontumisajo' }),
    ).toBeVisible();
    await expect(page.getByText('Päivän tallenne')).toHaveCount(0); // for participants only
    await expect(page.getByRole('link', { name: /Puheenvuorojen diat/ })).toBeVisible();
  });
});
