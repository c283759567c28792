// Issue 16 "Participants": the sign-up form without JavaScript, the form's announcements and
// answers, and the manage page (confirm before cancelling, saved values, cancelled events, QR code).
import { test, expect, type Page } from './support/test';
import { latestMailText } from './support/mailbox';

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

  test('a form with mistakes gets a translated list of them in form order and saves nothing (Swedish)', async ({ page }) => {
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
    expect(items.findIndex((i) => i.startsWith('Organisation:'))).toBeLessThan(items.findIndex((i) => i.startsWith('Kommun:')));
    expect(items.findIndex((i) => i.startsWith('Kommun:'))).toBeLessThan(items.findIndex((i) => i.startsWith('Sektor:')));
    expect(items.at(-1)).toContain('Godkänn behandlingen');
    await expect(page.getByText('Ingenting sparades')).toBeVisible();
    await page.goto('/fi/dev/mailbox');
    await expect(page.getByRole('row').filter({ hasText: email })).toHaveCount(0);
  });
});

test.describe('the sign-up form announces and answers clearly', () => {
  test('required fields are announced, with a visible asterisk and its legend', async ({ page }) => {
    await page.goto('/fi/events/kys-verkostopaiva');
    await expect(page.getByText('Tähdellä (*) merkityt kentät ovat pakollisia.')).toBeVisible();
    for (const label of ['Etunimi', 'Sukunimi', 'Työsähköposti', /^Organisaatio/, /^Kunta/, 'Sektori', /Hyväksyn, että tietojani/]) {
      await expect(page.getByLabel(label)).toHaveAttribute('required', '');
    }
    await expect(page.getByLabel(/^Tehtävä tai ammattinimike/)).not.toHaveAttribute('required', '');
    await expect(page.locator('label[for="reg-firstName"]')).toContainText('*');
  });

  test('focus moves to the error summary when the only error is the municipality', async ({ page }) => {
    await page.goto('/fi/events/kys-verkostopaiva');
    await fillForm(page, `kunnaton.${Date.now()}@kunta.example`, { municipality: 'Atlantis' });
    await page.getByRole('button', { name: 'Ilmoittaudu' }).click();
    const summary = page.getByRole('alert');
    await expect(summary.getByRole('link', { name: 'Kunta: Valitse kunta luettelosta.' })).toBeVisible();
    await expect(summary).toBeFocused();
  });

  test('the error summary follows the form order', async ({ page }) => {
    await page.goto('/fi/events/kys-verkostopaiva');
    await page.getByLabel(/Hyväksyn, että tietojani/).check();
    await page.getByRole('button', { name: 'Ilmoittaudu' }).click();
    const links = await page.getByRole('alert').getByRole('link').allTextContents();
    const names = links.map((l) => l.split(':')[0]);
    expect(names).toEqual(['Etunimi', 'Sukunimi', 'Työsähköposti', 'Organisaatio', 'Kunta', 'Sektori']);
    await expect(page.getByRole('alert')).toBeFocused();
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
