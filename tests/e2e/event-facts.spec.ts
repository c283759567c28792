import { test, expect, type Page } from './support/test';
import AxeBuilder from '@axe-core/playwright';
import { e2eDb, signInContext } from './support/session';

// The facts of an event (issue 17), as an organiser and the public meet them: a TAYS organiser says
// in the editor that the training also covers KYS, is organised by a named project and takes its
// sign-ups on the project's own page (an http address is refused with a message first; then the
// capacity fields go). The public page names the regions and the organiser and offers the external
// sign-up button instead of the form, in both languages; the KYS catalogue and region page list it.

async function expectNoAxeViolations(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
}

const EXTERNAL = 'https://tapahtumat.mindme.example/ilmoittaudu';

test.describe('regions, organising body and registration elsewhere', () => {
  test('set in the editor, shown on the public page in both languages and listed under the extra region', async ({
    page,
    baseURL,
  }) => {
    test.setTimeout(120_000);
    const stamp = Date.now().toString(36);
    const slug = `e2e-mindme-${stamp}`;
    const titleFi = `MindMe-koulutus ${stamp}`;
    const titleSv = `MindMe-utbildning ${stamp}`;
    const [event] = await e2eDb()`
      insert into events (slug, kind, status, title_fi, title_sv, summary_fi, summary_sv, scope, region_code,
        format, venue_name, venue_address, city, starts_at, ends_at, capacity_onsite, registration_opens_at)
      values (${slug}, 'training', 'published', ${titleFi}, ${titleSv}, 'Mielenterveyden tuki koulussa.',
        'Stöd för psykisk hälsa i skolan.', 'region', 'TAYS', 'onsite', 'Tampere-talo', 'Yliopistonkatu 55',
        'Tampere', now() + interval '40 days', now() + interval '40 days 6 hours', 40, now() - interval '1 day')
      returning id`;
    await signInContext(page.context(), baseURL!, 'tays@kokoon.example');

    await page.goto(`/fi/workspace/events/${event.id}/edit`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(titleFi);
    const regions = page.getByRole('group', { name: 'Tapahtuma koskee myös alueita' });
    await expect(regions.getByRole('checkbox')).toHaveCount(4); // every region but the owning TAYS
    await regions.getByRole('checkbox', { name: 'KYS-alue (Kuopio)' }).check();
    await page.getByRole('combobox', { name: 'Järjestäjä', exact: true }).selectOption('project');
    await page.getByLabel('Järjestäjän nimi suomeksi').fill('MindMe-hanke');
    await page.getByLabel('Järjestäjän nimi ruotsiksi').fill('MindMe-projektet');
    const url = page.getByLabel('Ilmoittautuminen muualla: osoite');
    await url.fill('http://tapahtumat.mindme.example/ilmoittaudu');
    await page.getByRole('button', { name: 'Tallenna muutokset' }).click();
    await expect(url).toHaveAttribute('aria-invalid', 'true');
    await expect(page.getByText('Anna osoite, joka alkaa https://').first()).toBeVisible();
    await expectNoAxeViolations(page);

    await url.fill(EXTERNAL);
    // No places in Kokoon for it: the capacity and waiting-list fields go.
    await expect(page.getByLabel(/^Paikkoja paikan päällä/)).toHaveCount(0);
    await expect(page.getByLabel('Jonoon voi ilmoittautua, kun paikat ovat täynnä')).toHaveCount(0);
    await page.getByRole('button', { name: 'Tallenna muutokset' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Muutokset tallennettiin.' })).toBeVisible();
    const [saved] = await e2eDb()`
      select extra_region_codes, organising_body::text, organising_body_fi, registration_url, capacity_onsite
      from events where id = ${event.id}`;
    expect(saved).toEqual({
      extra_region_codes: ['KYS'],
      organising_body: 'project',
      organising_body_fi: 'MindMe-hanke',
      registration_url: EXTERNAL,
      capacity_onsite: null,
    });

    // The public page: both regions, the organiser, the external sign-up instead of the form.
    await page.goto(`/fi/events/${slug}`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(titleFi);
    await expect(page.getByText('TAYS-alue (Tampere), KYS-alue (Kuopio)')).toBeVisible();
    await expect(page.getByRole('definition').filter({ hasText: 'MindMe-hanke' })).toBeVisible();
    const signUp = page.getByRole('link', { name: 'Ilmoittautuminen: tapahtumat.mindme.example' });
    await expect(signUp).toHaveAttribute('href', EXTERNAL);
    await expect(page.getByRole('button', { name: 'Ilmoittaudu' })).toHaveCount(0);
    await expect(page.getByLabel('Etunimi')).toHaveCount(0);
    await expectNoAxeViolations(page);

    await page.goto(`/sv/events/${slug}`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(titleSv);
    await expect(page.getByText('TAYS-området (Tammerfors), KUS-området (Kuopio)')).toBeVisible();
    await expect(page.getByRole('definition').filter({ hasText: 'MindMe-projektet' })).toBeVisible();
    await expect(page.getByRole('link', { name: 'Anmälan: tapahtumat.mindme.example' })).toHaveAttribute(
      'href',
      EXTERNAL,
    );
    await expectNoAxeViolations(page);

    // Listed under the extra region: the catalogue's region filter and the region page.
    for (const path of ['/fi?region=KYS', '/fi/regions/kys']) {
      await page.goto(path);
      const card = page.getByRole('article').filter({ has: page.getByRole('link', { name: titleFi }) });
      await expect(card).toBeVisible();
      await expect(card.getByText('Järjestäjä: MindMe-hanke')).toBeVisible();
      await expect(card.getByText('Ilmoittautuminen järjestäjän sivulla')).toBeVisible();
    }
    await expectNoAxeViolations(page);
  });
});
