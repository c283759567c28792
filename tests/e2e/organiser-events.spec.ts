import { test, expect, type Page } from './support/test';
import AxeBuilder from '@axe-core/playwright';
import { signInAs } from './support/mailbox';

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

test.describe('organiser event editor', () => {
  test('a regional organiser creates a training series with a session in Tampere, publishes it and finds it in the catalogue', async ({
    page,
  }) => {
    test.setTimeout(90_000);
    await signInAs(page, 'tays@kokoon.example');
    const stamp = Date.now().toString(36);
    const titleFi = `Moniammatillinen yhteistyö ${stamp}`;
    const titleSv = `Mångprofessionellt samarbete ${stamp}`;
    const year = new Date().getFullYear() + 1;

    // The series.
    await page.getByRole('link', { name: 'Uusi koulutussarja' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Uusi koulutussarja');
    await expectNoAxeViolations(page);
    await page.getByLabel('Koulutussarjan nimi suomeksi').fill(titleFi);
    await page.getByLabel('Koulutussarjan nimi ruotsiksi').fill(titleSv);
    await page.getByLabel('Kuvaus suomeksi').fill('Koulutus aikuisten näkökulmasta vaativassa erityisessä tuessa.');
    await page.getByLabel('Kouluttajat').fill('Kaisa Kouluttaja, Valteri');
    await page.getByLabel('Hanke').fill('TUVET');
    await page.getByRole('button', { name: 'Tallenna koulutussarja' }).click();
    await expect(page).toHaveURL(/\/fi\/workspace\/series\/\d+\?done=created$/);
    await expect(page.getByRole('status')).toContainText('Koulutussarja tallennettiin');
    await expect(page.getByText('Sarjassa ei ole vielä koulutuspäiviä.')).toBeVisible();

    // A session, prefilled from the series.
    await page.getByRole('link', { name: 'Lisää koulutuspäivä' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Uusi koulutuspäivä');
    await expect(page.getByLabel('Otsikko suomeksi')).toHaveValue(titleFi);
    await expect(page.getByLabel('Otsikko ruotsiksi')).toHaveValue(titleSv);
    await expect(page.getByLabel('Tapahtuman tyyppi')).toHaveValue('training');
    await expect(page.getByRole('combobox', { name: 'Yhteistoiminta-alue', exact: true })).toHaveValue('TAYS');

    // Saving without a date shows the errors next to the fields and in a summary.
    await page.getByRole('button', { name: 'Tallenna luonnos' }).click();
    const summary = page.getByRole('alert').filter({ hasText: 'Tarkista nämä tiedot' });
    await expect(summary).toContainText('Alkamispäivä');
    await expect(page.getByLabel('Alkamispäivä')).toHaveAttribute('aria-invalid', 'true');
    await expectNoAxeViolations(page);

    await page.getByLabel('Alkamispäivä').fill(`${year}-03-10`);
    await page.getByLabel('Alkamisaika').fill('09:00');
    await page.getByLabel('Päättymispäivä').fill(`${year}-03-10`);
    await page.getByLabel('Päättymisaika').fill('15:00');
    await page.getByLabel('Paikan nimi', { exact: true }).fill('Tampereen yliopisto, Pinni B');
    await page.getByLabel('Katuosoite', { exact: true }).fill('Kanslerinrinne 1, 33100 Tampere');
    await page.getByLabel('Paikkakunta').fill('Tampere');
    await page.getByLabel('Paikkoja paikan päällä').fill('35');
    await page.getByRole('button', { name: 'Tallenna luonnos' }).click();
    await expect(page).toHaveURL(/\/fi\/workspace\/events\/\d+\/edit\?done=created$/);
    await expect(page.getByRole('status')).toHaveText('Tapahtuma tallennettiin luonnoksena.');

    // Publish it: the Swedish summary is missing, so publishing asks for a confirmation first.
    const check = page.getByRole('form', { name: 'Tarkista ennen julkaisua' });
    await expect(check.getByRole('listitem')).toHaveText([
      'Ruotsinkielinen tiivistelmä puuttuu: ruotsinkieliset sivut näyttävät suomenkielisen tiivistelmän.',
    ]);
    await expectNoAxeViolations(page);
    await check.getByRole('checkbox', { name: 'Olen nähnyt puutteet ja haluan julkaista tapahtuman silti.' }).check();
    await check.getByRole('button', { name: 'Julkaise silti' }).click();
    await expect(page.getByRole('status')).toContainText('Tapahtuma julkaistiin.');
    await expectNoAxeViolations(page);
    const editUrl = page.url();

    // Usable on a phone: nothing wider than the screen.
    await page.setViewportSize({ width: 375, height: 740 });
    await page.reload();
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow).toBeLessThanOrEqual(0);
    await page.setViewportSize({ width: 1280, height: 800 });

    // The public catalogue shows the session, in both languages; its page links to the series.
    await page.goto('/fi?region=TAYS&kind=training');
    await page.getByRole('link', { name: titleFi }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(titleFi);
    await expect(page.getByText('Tampereen yliopisto, Pinni B, Kanslerinrinne 1').first()).toBeVisible();
    await page.getByRole('definition').getByRole('link', { name: titleFi, exact: true }).click();
    await expect(page.getByRole('heading', { level: 1 })).toContainText(titleFi);
    await page.goto('/sv?region=TAYS&kind=training');
    await expect(page.getByRole('link', { name: titleSv })).toBeVisible();

    // Back in the workspace: the event is listed with an edit link.
    await page.goto('/fi/workspace');
    const row = page.getByRole('row').filter({ hasText: titleFi });
    await expect(row.getByRole('link', { name: titleFi })).toHaveAttribute('href', /\/fi\/workspace\/events\/\d+$/);
    await row.getByRole('link', { name: 'Muokkaa' }).click();
    await expect(page).toHaveURL(editUrl.replace(/\?.*$/, ''));
    // An organiser has no audit log page.
    await page.goto('/fi/workspace/audit');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Sivua ei löytynyt');
  });

  test('sends visitors who are not signed in to the sign-in page', async ({ page }) => {
    for (const path of [
      '/fi/workspace/events/new',
      '/fi/workspace/events/1/edit',
      '/sv/workspace/series/new',
      '/fi/workspace/audit',
    ]) {
      await page.goto(path);
      await expect(page).toHaveURL(/\/(fi|sv)\/signin/);
    }
  });
});
