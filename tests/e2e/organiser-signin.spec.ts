import { test, expect } from './support/test';
import AxeBuilder from '@axe-core/playwright';
import { latestMailLink, SIGNIN_LINK } from './support/mailbox';

test.describe('organiser sign-in', () => {
  test('an invited regional organiser signs in by e-mail link and sees only their region', async ({
    page,
    request,
  }) => {
    await page.goto('/fi/workspace');
    await expect(page).toHaveURL(/\/fi\/signin/);
    await page.getByLabel('Sähköpostiosoite').fill('oys@kokoon.example');
    await page.getByRole('button', { name: 'Lähetä kirjautumislinkki' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Tarkista sähköpostisi');

    const link = await latestMailLink(page, 'oys@kokoon.example', SIGNIN_LINK);
    // A mail scanner opening the link (twice) signs nobody in.
    for (let i = 0; i < 2; i++) expect((await request.get(link)).status()).toBe(200);
    await page.goto(link);
    const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
    expect(results.violations.map((v) => v.id)).toEqual([]);
    await page.getByRole('button', { name: 'Kirjaudu sisään' }).click();
    await expect(page).toHaveURL(/\/fi\/workspace$/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Järjestäjän työtila');
    await expect(page.getByRole('link', { name: 'OYS-alueen verkostopäivä' })).toBeVisible();
    await expect(page.getByRole('link', { name: 'TAYS-alueen verkostopäivä' })).toHaveCount(0);
    await expect(page.getByRole('link', { name: 'HYKS-alueen verkostopäivä' })).toHaveCount(0);

    // The link worked once: pressing its button again is refused.
    await page.getByRole('button', { name: 'Kirjaudu ulos' }).click();
    await page.goto(link);
    await page.getByRole('button', { name: 'Kirjaudu sisään' }).click();
    await expect(page.getByRole('alert').filter({ hasText: 'vanhentunut tai jo käytetty' })).toBeVisible();
  });

  test('an address that is not invited gets the same answer and no mail', async ({ page }) => {
    const stranger = `vieras.${Date.now()}@example.fi`;
    await page.goto('/sv/signin');
    await page.getByLabel('E-postadress').fill(stranger);
    await page.getByRole('button', { name: 'Skicka inloggningslänk' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Kontrollera din e-post');
    await page.goto('/fi/dev/mailbox');
    await expect(page.getByRole('row').filter({ hasText: stranger })).toHaveCount(0);
  });
});
