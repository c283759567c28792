import { test, expect, type Page } from './support/test';
import AxeBuilder from '@axe-core/playwright';
import { signInAs } from './support/mailbox';
import { e2eDb, inviteTestOrganiser } from './support/session';

// Issue 15 §3, who the audience is: a participant answers role category, workplace type, education
// levels and VIPU contact person in Finnish and in Swedish; the national admin edits the lists (a
// regional organiser cannot even see the page); the event's statistics show the dimension tables.

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

async function answersOf(email: string) {
  const rows = await e2eDb()`
    select a.role_category_code, a.organisation_type_code, a.vipu_contact,
           array(select level_code from registration_education_levels l where l.registration_id = r.id order by level_code) as levels
    from registrations r join registration_audience a on a.registration_id = r.id where r.email = ${email}`;
  return rows[0];
}

test.describe('who the audience is', () => {
  test('a participant picks role, workplace type and levels in Finnish, another in Swedish', async ({ page }) => {
    const stamp = Date.now();
    const fi = `rehtori.${stamp}@helsinki.example`;
    await page.goto('/fi/events/hyks-verkostopaiva');
    await page.getByLabel('Etunimi').fill('Raili');
    await page.getByLabel('Sukunimi').fill('Rehtori');
    await page.getByLabel('Työsähköposti').fill(fi);
    await page.getByLabel(/^Organisaatio/).fill('Helsingin kaupunki, perusopetus');
    await page.getByLabel(/^Kunta/).fill('Helsinki');
    await page.getByLabel('Sektori').selectOption('education');
    await page.getByLabel('Tehtäväryhmä (vapaaehtoinen)').selectOption({ label: 'Rehtori' });
    await page.getByLabel('Työpaikan tyyppi (vapaaehtoinen)').selectOption({ label: 'Kunta' });
    const levels = page.getByRole('group', { name: /Koulutusasteet, joilla työskentelet/ });
    await levels.getByLabel('Esiopetus').check();
    await levels.getByLabel('Perusopetus').check();
    await page.getByLabel('Olen VIPU-yhteyshenkilö').check();
    await page.getByLabel(/Hyväksyn, että tietojani/).check();
    await expectNoAxeViolations(page);
    await page.getByRole('button', { name: 'Ilmoittaudu' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Ilmoittautuminen vahvistettu' })).toBeVisible();
    expect(await answersOf(fi)).toEqual({
      role_category_code: 'principal',
      organisation_type_code: 'municipality',
      vipu_contact: true,
      levels: ['basic', 'pre_primary'],
    });

    const sv = `kurator.${stamp}@pargas.example`;
    await page.goto('/sv/events/koulua-koulua-kaymattomille');
    await page.getByLabel('Förnamn').fill('Sara');
    await page.getByLabel('Efternamn').fill('Kurator');
    await page.getByLabel('E-post i arbetet').fill(sv);
    await page.getByLabel(/^Organisation/).fill('Välfärdsområdet');
    await page.getByLabel(/^Kommun/).fill('Pargas');
    await page.getByLabel('Sektor').selectOption('social');
    await page.getByLabel('Yrkesgrupp (frivilligt)').selectOption({ label: 'Elevhälsa: skolkurator' });
    await page.getByLabel('Typ av organisation (frivilligt)').selectOption({ label: 'Välfärdsområde' });
    await page
      .getByRole('group', { name: /Utbildningsstadier du arbetar med/ })
      .getByLabel('Andra stadiet')
      .check();
    await page.getByLabel('På distans (livesändning)').check();
    await page.getByLabel(/Jag godkänner/).check();
    await page.getByRole('button', { name: 'Anmäl dig' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Anmälan bekräftad' })).toBeVisible();
    expect(await answersOf(sv)).toEqual({
      role_category_code: 'school_social_worker',
      organisation_type_code: 'wellbeing_county',
      vipu_contact: false,
      levels: ['upper_secondary'],
    });
  });

  test('the national admin adds and renames a list item; the event statistics show the dimension tables', async ({
    page,
  }) => {
    test.setTimeout(120_000);
    const stamp = Date.now();
    await signInAs(page, await inviteTestOrganiser('audience', 'admin', []));
    await page.getByRole('link', { name: 'Kohderyhmäluettelot' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Kohderyhmäluettelot');
    const roles = page.getByRole('region', { name: 'Tehtäväryhmät' });
    await roles.getByLabel('Uusi kohta suomeksi').fill(`Nuorisotyö ${stamp}`);
    await roles.getByLabel('Uusi kohta ruotsiksi').fill(`Ungdomsarbete ${stamp}`);
    await roles.getByRole('button', { name: /^Lisää/ }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Kohta lisättiin.' })).toBeVisible();
    const item = page.getByRole('listitem').filter({ has: page.locator(`input[value="Nuorisotyö ${stamp}"]`) });
    await item.getByLabel('Nimi suomeksi').fill(`Nuoriso- ja vapaa-aikatyö ${stamp}`);
    await item.getByLabel('Nimi ruotsiksi').fill(`Ungdoms- och fritidsarbete ${stamp}`);
    await item.getByRole('button', { name: /^Tallenna/ }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Muutokset tallennettiin.' })).toBeVisible();
    await expect(
      page.getByLabel('Nimi suomeksi').and(page.locator(`[value="Nuoriso- ja vapaa-aikatyö ${stamp}"]`)),
    ).toHaveCount(1);
    await expectNoAxeViolations(page);

    // The registration form of an event page offers the renamed item.
    await expect(async () => {
      await page.goto('/sv/events/hyks-verkostopaiva');
      await expect(
        page
          .getByLabel('Yrkesgrupp (frivilligt)')
          .locator('option', { hasText: `Ungdoms- och fritidsarbete ${stamp}` }),
      ).toHaveCount(1);
    }).toPass({ timeout: 20_000 });

    const [event] = await e2eDb()`select id from events where slug = 'hyks-verkostopaiva'`;
    await page.goto(`/fi/workspace/events/${event.id}/stats`);
    const roleTable = page.getByRole('region', { name: 'Tehtäväryhmittäin' });
    await expect(roleTable.getByRole('img', { name: 'Tehtäväryhmittäin' })).toBeVisible();
    await expect(roleTable.getByRole('columnheader', { name: 'Palaavat' })).toBeVisible();
    await expect(roleTable.getByRole('rowheader', { name: 'Rehtori' })).toBeVisible();
    await expect(
      page.getByRole('region', { name: 'Koulutusasteittain' }).getByRole('rowheader', { name: 'Perusopetus' }),
    ).toBeVisible();
    await expect(page.getByRole('region', { name: 'Puuttuvat ryhmät tapahtumittain' })).toBeVisible();
    await expect(page.getByRole('link', { name: 'Tehtäväryhmittäin (CSV)' })).toBeVisible();
    await expectNoAxeViolations(page);
  });

  test('a regional organiser cannot open the list page', async ({ page }) => {
    await signInAs(page, await inviteTestOrganiser('audience-region', 'organiser', ['TAYS']));
    await expect(page.getByRole('link', { name: 'Kohderyhmäluettelot' })).toHaveCount(0);
    const res = await page.goto('/fi/workspace/audience');
    expect(res?.status()).toBe(404);
  });
});
