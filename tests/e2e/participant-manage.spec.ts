// Issue 16 "Participants": the sign-up form without JavaScript, the form's announcements and
// answers, and the manage page (confirm before cancelling, saved values, cancelled events, QR code).
import { test, expect, type Page } from './support/test';
import { randomBytes, createHash } from 'node:crypto';
import { latestMailText } from './support/mailbox';
import { e2eDb } from './support/session';
import AxeBuilder from '@axe-core/playwright';

async function expectNoAxeViolations(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  expect(results.violations.map((v) => v.id)).toEqual([]);
}

const MANAGE = /\/(fi|sv)\/registrations\/[A-Za-z0-9_-]{43}/;

/** A registration made straight in the database (for states the UI cannot reach quickly); its manage path. */
async function seededRegistration(
  slug: string,
  o: { attendance?: 'onsite' | 'remote'; attended?: boolean } = {},
): Promise<string> {
  const sql = e2eDb();
  const [reg] = await sql`
    insert into registrations (event_id, status, attendance, first_name, last_name, email, organisation, consent, language, attended_onsite)
    select id, 'confirmed', ${o.attendance ?? 'onsite'}, 'Siru', 'Siemen', ${`siru.${Date.now()}.${randomBytes(3).toString('hex')}@kunta.example`}, 'Mikkelin kaupunki', true, 'fi', ${o.attended ?? null}
    from events where slug = ${slug} returning id`;
  const token = randomBytes(32).toString('base64url');
  await sql`insert into access_tokens (token_hash, purpose, registration_id) values (${createHash('sha256').update(token).digest('hex')}, 'manage', ${reg.id})`;
  return `/fi/registrations/${token}`;
}

async function fillForm(page: Page, email: string, o: { municipality?: string } = {}) {
  await page.getByLabel('Etunimi').fill('Noora');
  await page.getByLabel('Sukunimi').fill('Skriptitön');
  await page.getByLabel('Työsähköposti').fill(email);
  await page.getByLabel(/^Organisaatio/).fill('Oulun kaupunki');
  await page.getByLabel(/^Kunta/).fill(o.municipality ?? 'Oulu');
  await page.getByLabel('Sektori').selectOption('education');
  await page.getByLabel(/Hyväksyn, että tietojani/).check();
}

test.describe('the sign-up form with JavaScript blocked', () => {
  test.use({ javaScriptEnabled: false });

  test('posts the form (no name or e-mail in any URL) and answers with a page; the mail arrives', async ({ page }) => {
    const email = `noora.${Date.now()}@ouka.example`;
    const urls: string[] = [];
    page.on('request', (r) => urls.push(r.url()));
    await page.goto('/fi/events/oys-verkostopaiva');
    await fillForm(page, email);
    await page.getByLabel('Paikan päällä').check();
    await page.getByRole('button', { name: 'Ilmoittaudu' }).click();
    await expect(page.getByRole('status')).toContainText('Ilmoittautuminen vahvistettu');
    await expect(page.getByRole('status')).toContainText(email);
    expect(page.url()).toMatch(/\/fi\/events\/oys-verkostopaiva\/sign-up$/);
    for (const u of urls) expect(u).not.toContain('ouka.example');
    expect(urls.some((u) => u.includes('Skriptit'))).toBe(false);
    expect(await latestMailText(page, email)).toContain('vahvistettu');
  });

  test('a form with mistakes gets a translated list of them in form order and saves nothing (Swedish)', async ({
    page,
  }) => {
    const email = `anders.${Date.now()}@vasa.example`;
    await page.goto('/sv/events/oys-verkostopaiva');
    await page.getByLabel('Förnamn').fill('Anders');
    await page.getByLabel('E-post i arbetet').fill(email);
    await page.getByLabel(/^Kommun/).fill('Ingenstans');
    await page.getByRole('button', { name: 'Anmäl dig' }).click();
    const alert = page.getByRole('alert');
    await expect(alert).toContainText('Anmälan lyckades inte ännu');
    const items = await alert.getByRole('listitem').allTextContents();
    expect(items[0]).toMatch(/^Efternamn: /);
    expect(items.findIndex((i) => i.startsWith('Organisation:'))).toBeLessThan(
      items.findIndex((i) => i.startsWith('Kommun:')),
    );
    expect(items.findIndex((i) => i.startsWith('Kommun:'))).toBeLessThan(
      items.findIndex((i) => i.startsWith('Sektor:')),
    );
    expect(items.at(-1)).toContain('Godkänn behandlingen');
    await expect(page.getByText('Ingenting sparades')).toBeVisible();
    await page.goto('/fi/dev/mailbox');
    await expect(page.getByRole('row').filter({ hasText: email })).toHaveCount(0);
  });

  test('cancelling asks first, "no" keeps the place, "yes" cancels and offers to register again', async ({ page }) => {
    const email = `peruja.${Date.now()}@kunta.example`;
    await page.goto('/fi/events/kys-verkostopaiva');
    await fillForm(page, email, { municipality: 'Kuopio' });
    await page.getByRole('button', { name: 'Ilmoittaudu' }).click();
    await expect(page.getByRole('status')).toContainText('Ilmoittautuminen vahvistettu');
    const manage = MANAGE.exec(await latestMailText(page, email))![0];

    await page.goto(manage);
    await page.getByRole('link', { name: 'Peru ilmoittautumiseni' }).click();
    await expect(page.getByRole('heading', { name: 'Haluatko varmasti perua ilmoittautumisesi?' })).toBeVisible();
    await expect(page.getByText('Vahvistettu', { exact: true })).toBeVisible(); // asking changed nothing
    await page.getByRole('link', { name: 'Ei, pidä ilmoittautumiseni' }).click();
    await expect(page.getByRole('heading', { name: 'Haluatko varmasti perua ilmoittautumisesi?' })).toHaveCount(0);
    await expect(page.getByText('Vahvistettu', { exact: true })).toBeVisible();

    await page.getByRole('link', { name: 'Peru ilmoittautumiseni' }).click();
    await page.getByRole('button', { name: 'Kyllä, peru ilmoittautumiseni' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Ilmoittautumisesi on peruttu' })).toBeVisible();
    await expect(page.getByText('Peruttu', { exact: true })).toBeVisible();
    await page.getByRole('link', { name: 'Ilmoittaudu uudelleen tapahtumaan' }).click();
    await expect(page).toHaveURL(/\/fi\/events\/kys-verkostopaiva/);
    await expect(page.getByRole('button', { name: 'Ilmoittaudu' })).toBeVisible();
  });
});

test.describe('the manage page', () => {
  test('after "save changes" the summary shows the saved values', async ({ page }) => {
    const email = `tallentaja.${Date.now()}@kunta.example`;
    await page.goto('/fi/events/kys-verkostopaiva');
    await fillForm(page, email, { municipality: 'Kuopio' });
    await page.getByRole('button', { name: 'Ilmoittaudu' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Ilmoittautuminen vahvistettu' })).toBeVisible();
    await page.goto(MANAGE.exec(await latestMailText(page, email))![0]);
    const summary = page.locator('dl').first();
    await expect(summary).toContainText('Oulun kaupunki');
    await page.getByLabel(/^Organisaatio/).fill('Kuopion kaupunki, oppilashuolto');
    await page.getByLabel(/^Sukunimi/).fill('Tallennettu');
    await page.getByRole('button', { name: 'Tallenna muutokset' }).click();
    await expect(page.getByText('Tietosi on tallennettu.')).toBeVisible();
    await expect(summary).toContainText('Kuopion kaupunki, oppilashuolto');
    await expect(summary).toContainText('Noora Tallennettu');
  });

  test('for a cancelled event, says so first and offers no actions', async ({ page }) => {
    await page.goto(await seededRegistration('etela-savon-verkostopaiva'));
    const first = page.locator('main h2').first();
    await expect(first).toHaveText('Tapahtuma on peruttu');
    await expectNoAxeViolations(page);
    await expect(page.getByText('Tapahtuma peruttu', { exact: true })).toBeVisible();
    await expect(page.getByText('Vahvistettu', { exact: true })).toHaveCount(0);
    await expect(page.getByRole('link', { name: 'Peru ilmoittautumiseni' })).toHaveCount(0);
    await expect(page.getByRole('button', { name: 'Tallenna muutokset' })).toHaveCount(0);
    await expect(page.getByRole('button', { name: /^Vaihda/ })).toHaveCount(0);
  });
});

test('the page that answers a form posted without JavaScript passes axe (errors and success)', async ({ page }) => {
  // axe needs JavaScript in the page: the answer is fetched as the browser would post it, then shown.
  const forms: Record<string, string>[] = [
    { firstName: 'Anders', email: 'inte-en-adress', language: 'sv' },
    {
      firstName: 'Anders',
      lastName: 'Axe',
      email: `anders.axe.${Date.now()}@vasa.example`,
      organisation: 'Vasa stad',
      municipalityName: 'Vasa',
      sector: 'education',
      attendance: 'onsite',
      language: 'sv',
      consent: 'on',
    },
  ];
  for (const form of forms) {
    const res = await page.request.post('/sv/events/oys-verkostopaiva/sign-up', { form });
    expect(res.headers()['content-type']).toMatch(/^text\/html/);
    await page.setContent(await res.text());
    await expect(page.getByRole(res.status() === 201 ? 'status' : 'alert')).toBeVisible();
    await expectNoAxeViolations(page);
  }
});

test.describe('the sign-up form announces and answers clearly', () => {
  test('required fields are announced, with a visible asterisk and its legend', async ({ page }) => {
    await page.goto('/fi/events/kys-verkostopaiva');
    await expect(page.getByText('Tähdellä (*) merkityt kentät ovat pakollisia.')).toBeVisible();
    for (const label of [
      'Etunimi',
      'Sukunimi',
      'Työsähköposti',
      /^Organisaatio/,
      /^Kunta/,
      'Sektori',
      /Hyväksyn, että tietojani/,
    ]) {
      await expect(page.getByLabel(label)).toHaveAttribute('required', '');
    }
    await expect(page.getByLabel(/^Tehtävä tai ammattinimike/)).not.toHaveAttribute('required', '');
    await expect(page.locator('label[for="reg-firstName"]')).toContainText('*');
  });

  test('focus moves to the error summary when the only error is the municipality', async ({ page }) => {
    await page.goto('/fi/events/kys-verkostopaiva');
    await fillForm(page, `kunnaton.${Date.now()}@kunta.example`, { municipality: 'Atlantis' });
    await page.getByRole('button', { name: 'Ilmoittaudu' }).click();
    const summary = page.getByRole('alert').filter({ hasText: 'Tarkista nämä kohdat' });
    await expect(summary.getByRole('link', { name: 'Kunta: Valitse kunta luettelosta.' })).toBeVisible();
    await expect(summary).toBeFocused();
  });

  test('the error summary follows the form order', async ({ page }) => {
    await page.goto('/fi/events/kys-verkostopaiva');
    await page.getByLabel(/Hyväksyn, että tietojani/).check();
    await page.getByRole('button', { name: 'Ilmoittaudu' }).click();
    const summary = page.getByRole('alert').filter({ hasText: 'Tarkista nämä kohdat' });
    await expect(summary).toBeFocused();
    const names = (await summary.getByRole('link').allTextContents()).map((l) => l.split(':')[0]);
    expect(names).toEqual(['Etunimi', 'Sukunimi', 'Työsähköposti', 'Organisaatio', 'Kunta', 'Sektori']);
  });

  test('a waiting-list place is told apart from a confirmed one (Swedish)', async ({ page }) => {
    await page.goto('/sv/events/tuvet-osallisuus-turku');
    await page.getByLabel('Förnamn').fill('Vera');
    await page.getByLabel('Efternamn').fill('Väntare');
    await page.getByLabel('E-post i arbetet').fill(`vera.${Date.now()}@vasa.example`);
    await page.getByLabel(/^Organisation/).fill('Vasa stad');
    await page.getByLabel(/^Kommun/).fill('Vasa');
    await page.getByLabel('Sektor').selectOption('education');
    await page.getByLabel(/Jag godkänner/).check();
    await page.getByRole('button', { name: 'Anmäl dig till kön' }).click();
    const answer = page.getByRole('status').filter({ hasText: 'Du står i kö' });
    await expect(answer).toBeFocused();
    await expect(answer).toHaveAttribute('data-outcome', 'waitlisted');
    await expect(answer).toHaveClass(/border-warn/);
    await expect(answer).not.toHaveClass(/border-ok/);
  });
});

test.describe('the manage page shows what the person needs on the day', () => {
  test('the door check-in QR code for an on-site place, none for a remote one', async ({ page }) => {
    await page.goto(await seededRegistration('kys-verkostopaiva'));
    await expect(page.getByRole('heading', { name: 'QR-koodi ilmoittautumispisteelle' })).toBeVisible();
    const qr = page.getByRole('img', { name: 'Henkilökohtainen QR-koodisi saapumisen kirjaamiseen' });
    await expect(qr).toBeVisible();
    expect(await qr.getAttribute('src')).toMatch(/^data:image\/png;base64,/);
    await page.getByRole('link', { name: 'Peru ilmoittautumiseni' }).click();
    await expect(page.getByRole('button', { name: 'Kyllä, peru ilmoittautumiseni' })).toBeVisible();
    await expectNoAxeViolations(page);
    await page.goto(await seededRegistration('oys-verkostopaiva', { attendance: 'remote' }));
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Ilmoittautumisesi');
    await expect(page.getByRole('img', { name: /QR-koodi/ })).toHaveCount(0);
  });

  test('the certificate link after a training the person attended', async ({ page }) => {
    await page.goto(await seededRegistration('tunnistaminen-taydennyskoulutus', { attended: true }));
    const link = page.getByRole('link', { name: 'Lataa osallistumistodistus (PDF)' });
    await expect(link).toBeVisible();
    const res = await page.request.get((await link.getAttribute('href')) ?? '');
    expect(res.headers()['content-type']).toBe('application/pdf');
  });
});

test('a full session of a series points to sister sessions with free places (fi and sv)', async ({ page }) => {
  await page.goto('/fi/events/tuvet-osallisuus-turku');
  const box = page.getByRole('heading', { name: 'Sarjan muissa tilaisuuksissa on tilaa' }).locator('..');
  await expect(box).toBeVisible();
  await expect(box.getByRole('link')).not.toHaveCount(0);
  await box.getByRole('link').first().click();
  await expect(page).toHaveURL(/\/fi\/events\/tuvet-osallisuus-(oulu|joensuu|helsinki|seinajoki)$/);
  await expect(page.getByRole('button', { name: 'Ilmoittaudu', exact: true })).toBeVisible();
  await page.goto('/sv/events/tuvet-osallisuus-turku');
  await expect(page.getByRole('heading', { name: 'Det finns plats vid seriens andra tillfällen' })).toBeVisible();
});
