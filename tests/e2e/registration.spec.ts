import { test, expect, type Page } from './support/test';
import AxeBuilder from '@axe-core/playwright';
import { latestMailText } from './support/mailbox';

async function fillForm(page: Page, email: string, o: { municipality?: string } = {}) {
  await page.getByLabel('Etunimi').fill('Eeva');
  await page.getByLabel('Sukunimi').fill('Esimerkki');
  await page.getByLabel('Työsähköposti').fill(email);
  await page.getByLabel(/^Organisaatio/).fill('Tampereen kaupunki, perusopetus');
  await page.getByLabel(/^Kunta/).fill(o.municipality ?? 'Tampere');
  await page.getByLabel('Sektori').selectOption('education');
  await page.getByLabel(/Hyväksyn, että tietojani/).check();
}

test.describe('signing up', () => {
  test('a participant signs up, gets the confirmation, and cancels from the manage link', async ({ page }) => {
    const email = `eeva.${Date.now()}@tampere.example`;
    await page.goto('/fi/events/info-ja-verkostoitumispaiva-hankkeille');
    await fillForm(page, email);
    await page.getByRole('button', { name: 'Ilmoittaudu' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Ilmoittautuminen vahvistettu' })).toBeVisible();
    await expect(page.getByText(`osoitteeseen ${email}`)).toBeVisible();

    const text = await latestMailText(page, email);
    await expect(page.getByRole('heading', { level: 1 })).toContainText('Info- ja verkostoitumispäivä');
    const manage = /http:\/\/localhost:\d+\/fi\/registrations\/[A-Za-z0-9_-]{43}/.exec(text)?.[0];
    expect(manage).toBeTruthy();
    await expect(page.getByText('BEGIN:VCALENDAR')).toBeVisible();

    await page.goto(manage!);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Ilmoittautumisesi');
    await expect(page.getByText('Vahvistettu')).toBeVisible();
    await page.getByRole('link', { name: 'Peru ilmoittautumiseni' }).click();
    await page.getByRole('button', { name: 'Kyllä, peru ilmoittautumiseni' }).click();
    await expect(page.getByRole('status')).toHaveText(
      'Ilmoittautumisesi on peruttu. Lähetimme vahvistuksen sähköpostiisi.',
    );
    await expect(page.getByText('Peruttu', { exact: true })).toBeVisible();
    await expect(page.getByRole('link', { name: 'Peru ilmoittautumiseni' })).toHaveCount(0);
  });

  test('a mail scanner opening the manage link twice changes nothing', async ({ page, request }) => {
    const email = `skanneri.${Date.now()}@kunta.example`;
    await page.goto('/fi/events/hyks-verkostopaiva');
    await fillForm(page, email);
    await page.getByRole('button', { name: 'Ilmoittaudu' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'vahvistettu' })).toBeVisible();
    const manage = /\/fi\/registrations\/[A-Za-z0-9_-]{43}/.exec(await latestMailText(page, email))![0];
    for (let i = 0; i < 2; i++) expect((await request.get(manage)).status()).toBe(200);
    await page.goto(manage);
    await expect(page.getByText('Vahvistettu')).toBeVisible();
  });

  test('shows every error next to its field in Swedish, keeps what was typed, and passes axe with errors showing', async ({
    page,
  }) => {
    await page.goto('/sv/events/koulua-koulua-kaymattomille');
    await page.getByLabel('Förnamn').fill('Anders');
    await page.getByLabel('E-post i arbetet').fill('inte-en-adress');
    await page.getByLabel(/^Organisation/).fill('Kommu\u0007nen'); // a control character pasted from somewhere
    await page.getByRole('button', { name: 'Anmäl dig' }).click();
    await expect(
      page.getByText('Texten innehåller styrtecken som inte kan sparas. Skriv texten på nytt.').first(),
    ).toBeVisible();
    await expect(page.getByText('Ange e-postadressen i formen namn@exempel.fi.').first()).toBeVisible();
    await expect(page.getByText('Den här uppgiften behövs.').first()).toBeVisible();
    await expect(page.getByText('Välj kommun i listan.').first()).toBeVisible();
    await expect(
      page.getByText('Godkänn behandlingen av dina uppgifter för att kunna anmäla dig.').first(),
    ).toBeVisible();
    await expect(page.getByLabel('Förnamn')).toHaveValue('Anders');
    await expect(page.getByLabel('E-post i arbetet')).toHaveAttribute('aria-invalid', 'true');
    // The summary names each field, and its link leads there.
    const summary = page.getByRole('alert').filter({ hasText: 'Kontrollera följande' });
    await expect(
      summary.getByRole('link', { name: 'E-post i arbetet: Ange e-postadressen i formen namn@exempel.fi.' }),
    ).toBeVisible();
    await summary.getByRole('link', { name: 'Efternamn: Den här uppgiften behövs.' }).click();
    await expect(page.getByLabel('Efternamn')).toBeFocused();
    const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
    expect(results.violations.map((v) => v.id)).toEqual([]);
  });

  test('a second sign-up with the same address gets a clear answer and one registration', async ({ page }) => {
    const email = `tupla.${Date.now()}@kunta.example`;
    await page.goto('/fi/events/tays-verkostopaiva');
    await fillForm(page, email);
    await page.getByRole('button', { name: 'Ilmoittaudu' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'vahvistettu' })).toBeVisible();

    await page.goto('/fi/events/tays-verkostopaiva');
    await fillForm(page, `  ${email.toUpperCase()} `);
    await page.getByRole('button', { name: 'Ilmoittaudu' }).click();
    // Not a red error: the person's own answer, with focus on it.
    const answer = page.getByRole('status').filter({ hasText: 'Olet jo ilmoittautunut' });
    await expect(answer).toBeVisible();
    await expect(answer).toBeFocused();
    await expect(page.getByRole('alert').filter({ hasText: 'Olet jo ilmoittautunut' })).toHaveCount(0);

    // One registration: the mailbox holds one confirmation and one "already registered" mail with the link again.
    await expect(async () => {
      await page.goto('/fi/dev/mailbox');
      const rows = page.getByRole('row').filter({ hasText: email });
      await expect(rows.filter({ hasText: 'Olet jo ilmoittautunut' })).toHaveCount(1, { timeout: 1000 });
      await expect(rows.filter({ hasText: 'Ilmoittautuminen vahvistettu' })).toHaveCount(1, { timeout: 1000 });
    }).toPass({ timeout: 15_000 });
  });

  test('can be done with the keyboard alone', async ({ page }) => {
    const email = `nappis.${Date.now()}@kunta.example`;
    await page.goto('/fi/events/kys-verkostopaiva');
    await page.getByLabel('Etunimi').focus();
    await page.keyboard.type('Kalle');
    await page.keyboard.press('Tab');
    await page.keyboard.type('Näppäimistö');
    await page.keyboard.press('Tab');
    await page.keyboard.type(email);
    await page.keyboard.press('Tab');
    await page.keyboard.type('Kuopion kaupunki');
    await page.keyboard.press('Tab');
    await page.keyboard.type('Kuopio');
    await page.keyboard.press('Tab');
    await page.keyboard.press('ArrowDown'); // sector
    await expect(page.getByLabel('Sektori')).not.toHaveValue('');
    for (
      let i = 0;
      i < 30 && !(await page.getByLabel(/Hyväksyn, että tietojani/).evaluate((el) => el === document.activeElement));
      i++
    ) {
      await page.keyboard.press('Tab');
    }
    await page.keyboard.press('Space');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    await expect(page.getByRole('button', { name: 'Ilmoittaudu' })).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(page.getByRole('status').filter({ hasText: 'Ilmoittautuminen vahvistettu' })).toBeVisible();
  });
});
