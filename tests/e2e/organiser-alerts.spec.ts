// Issue 17 in the browser: an organiser's own alert settings (both languages, a refused threshold,
// axe) and the "materials are available" box in the event's material form — the mail arrives once,
// in the participant's language, and its link opens their own page with the material.
import { randomBytes } from 'node:crypto';
import AxeBuilder from '@axe-core/playwright';
import { test, expect, type Page } from './support/test';
import { e2eDb, inviteTestOrganiser, signInContext } from './support/session';
import { newestMailWith } from './support/mailbox';

async function expectNoAxeViolations(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3)}`)).toEqual([]);
}

const settingsOf = async (email: string) =>
  (
    await e2eDb()`select a.daily_digest, a.event_full, a.waitlist_threshold, a.language
      from organiser_alerts a join users u on u.id = a.user_id where u.email = ${email}`
  )[0];

test.describe('organiser alerts', () => {
  test('an organiser opts in to alerts on their own settings page, in Finnish and in Swedish; a bad threshold is refused and nothing is saved', async ({
    page,
    context,
    baseURL,
  }) => {
    test.setTimeout(120_000);
    const email = await inviteTestOrganiser('halytykset', 'organiser', ['OYS']);
    await signInContext(context, baseURL!, email);
    await page.goto('/fi/workspace');
    await page.getByRole('link', { name: 'Ilmoitusasetukset' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Ilmoitusasetukset');
    await expect(page.getByLabel('Päivittäinen kooste uusista ilmoittautumisista')).not.toBeChecked();
    await expectNoAxeViolations(page);

    await page.getByLabel('Päivittäinen kooste uusista ilmoittautumisista').check();
    await page.getByLabel('Viesti, kun jonossa on enemmän kuin').fill('0');
    await page.getByRole('button', { name: 'Tallenna asetukset' }).click();
    await expect(page.getByRole('alert').filter({ hasText: 'Asetuksia ei tallennettu' })).toBeVisible();
    const threshold = page.getByLabel('Viesti, kun jonossa on enemmän kuin');
    await expect(threshold).toHaveAccessibleDescription(/Anna jonon raja kokonaislukuna 1–10000/);
    await expect(threshold).toHaveValue('0');
    await expect(page.getByLabel('Päivittäinen kooste uusista ilmoittautumisista')).toBeChecked();
    expect(await settingsOf(email)).toBeUndefined();
    await expectNoAxeViolations(page);

    await threshold.fill('5');
    await page.getByLabel('Viesti, kun tapahtuma tulee täyteen').check();
    await page.getByRole('button', { name: 'Tallenna asetukset' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Asetukset tallennettiin.' })).toBeVisible();
    await page.reload();
    await expect(page.getByLabel('Päivittäinen kooste uusista ilmoittautumisista')).toBeChecked();
    await expect(page.getByLabel('Viesti, kun tapahtuma tulee täyteen')).toBeChecked();
    await expect(page.getByLabel('Viesti, kun jonossa on enemmän kuin')).toHaveValue('5');
    expect(await settingsOf(email)).toEqual({
      daily_digest: true,
      event_full: true,
      waitlist_threshold: 5,
      language: 'fi',
    });

    // In Swedish: the mails follow the language the settings were saved in; an empty threshold is off.
    await page.goto('/sv/workspace/account');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Aviseringsinställningar');
    await page.getByLabel('Daglig sammanfattning av nya anmälningar').uncheck();
    await page.getByLabel('Meddelande när fler står i kön än').fill('');
    await page.getByRole('button', { name: 'Spara inställningarna' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Inställningarna sparades.' })).toBeVisible();
    expect(await settingsOf(email)).toEqual({
      daily_digest: false,
      event_full: true,
      waitlist_threshold: null,
      language: 'sv',
    });
    await expectNoAxeViolations(page);
  });

  test('"send a mail to the participants" with a material: each participant gets it once, in their language, with their own link', async ({
    page,
    context,
    baseURL,
  }) => {
    test.setTimeout(180_000);
    const stamp = `${Date.now().toString(36)}${randomBytes(2).toString('hex')}`;
    const sql = e2eDb();
    const [event] = await sql`
      insert into events (slug, kind, status, title_fi, title_sv, summary_fi, scope, region_code, format, city,
                          starts_at, ends_at, capacity_onsite, registration_opens_at)
      values (${`materiaaliviesti-${stamp}`}, 'network_day', 'published', ${`Materiaalipäivä ${stamp}`},
              ${`Materialdag ${stamp}`}, 'Tiivistelmä', 'region', 'OYS', 'onsite', 'Oulu',
              now() + interval '20 days', now() + interval '20 days 6 hours', 30, now() - interval '1 day')
      returning id`;
    const annaEmail = `anna.${stamp}@kommun.example`;
    for (const [first, mail, lang, status] of [
      ['Anna', annaEmail, 'sv', 'confirmed'],
      ['Aino', `aino.${stamp}@kunta.example`, 'fi', 'confirmed'],
      ['Olli', `olli.${stamp}@kunta.example`, 'fi', 'waitlisted'],
    ])
      await sql`insert into registrations (event_id, status, attendance, first_name, last_name, email, organisation, language, consent, waitlisted_at)
        values (${event.id}, ${status}, 'onsite', ${first}, 'Testinen', ${mail}, 'Kunta', ${lang}, true,
                ${status === 'waitlisted' ? new Date() : null})`;

    const email = await inviteTestOrganiser('materiaalit', 'organiser', ['OYS']);
    await signInContext(context, baseURL!, email);
    await page.goto(`/fi/workspace/events/${event.id}/edit`);
    const section = page.locator('section', { has: page.getByRole('heading', { name: 'Materiaalit', level: 2 }) });
    const box = section.getByLabel('Lähetä osallistujille sähköposti, että materiaalit ovat saatavilla');
    await expect(box).not.toBeChecked();
    await section.getByLabel('Nimi suomeksi').fill(`Diat ${stamp}`);
    await section.getByLabel('Osoite').fill('https://example.fi/diat');
    await box.check();
    await expectNoAxeViolations(page);
    await section.getByRole('button', { name: 'Lisää materiaali' }).click();
    await expect(
      section.getByRole('status').filter({ hasText: 'Sähköposti materiaaleista lähtee 2 osallistujalle.' }),
    ).toBeVisible();
    await expect(box).not.toBeChecked();

    // Anna reads it in Swedish and her link opens her own page, with the participants' material.
    const text = await newestMailWith(page, [annaEmail, `Material tillgängligt: Materialdag ${stamp}`], 30_000);
    expect(text).toContain(`Arrangören av evenemanget Materialdag ${stamp} har publicerat evenemangets material.`);
    const link = /http:\/\/localhost:\d+\/sv\/registrations\/[A-Za-z0-9_-]+/.exec(text)?.[0];
    expect(link, text).toBeTruthy();
    await page.goto(link!);
    await expect(page.getByRole('heading', { name: 'Material', exact: true, level: 2 })).toBeVisible();
    await expect(page.getByRole('link', { name: new RegExp(`Diat ${stamp}`) })).toBeVisible();

    // A second material with the box ticked mails nobody again; the form says so.
    await page.goto(`/fi/workspace/events/${event.id}/edit`);
    await expect(section.getByText('Viesti materiaaleista on lähetetty 2 osallistujalle.')).toBeVisible();
    await section.getByLabel('Nimi suomeksi').fill(`Tallenne ${stamp}`);
    await section.getByLabel('Osoite').fill('https://example.fi/tallenne');
    await box.check();
    await section.getByRole('button', { name: 'Lisää materiaali' }).click();
    await expect(section.getByRole('status').filter({ hasText: 'Kaikki osallistujat ovat jo saaneet' })).toBeVisible();
    const mails = await sql`select to_email from mail_outbox where kind = 'materials_available'
      and to_email like ${`%.${stamp}@%`} order by to_email`;
    expect(mails.map((m) => m.to_email)).toEqual([`aino.${stamp}@kunta.example`, annaEmail]);
  });
});
