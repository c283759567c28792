// The demo's mailbox as a person would use it in e2e tests: wait for the newest mail to an address,
// open it, read its text; and sign an organiser in through it.
import { expect, type Page } from '@playwright/test';

/** The text part of the newest mail to `email` (waits until one arrives). */
export async function latestMailText(page: Page, email: string): Promise<string> {
  return newestMailWith(page, [email]);
}

/** The text part of the newest mail whose mailbox row shows every one of `texts` (address, subject…). */
export async function newestMailWith(page: Page, texts: string[], timeout = 15_000): Promise<string> {
  const row = texts.reduce((rows, text) => rows.filter({ hasText: text }), page.getByRole('row')).first();
  await expect(async () => {
    await page.goto('/fi/dev/mailbox');
    await expect(row).toBeVisible({ timeout: 1000 });
  }).toPass({ timeout });
  await row.getByRole('link').click();
  return (await page.locator('pre').first().textContent()) ?? '';
}

/** The first link in the newest mail to `email` that matches `pattern`. */
export async function latestMailLink(page: Page, email: string, pattern: RegExp): Promise<string> {
  const text = await latestMailText(page, email);
  const link = pattern.exec(text)?.[0];
  expect(link, text).toBeTruthy();
  return link!;
}

export const SIGNIN_LINK = /http:\/\/localhost:\d+\/(fi|sv)\/signin\/confirm\?[^\s]+/;

/**
 * Signs an invited organiser in: asks for a link, opens it from the mailbox, presses the button.
 * Each spec signs in a different demo organiser, so parallel specs never take each other's link.
 */
export async function signInAs(page: Page, email: string): Promise<void> {
  await page.goto('/fi/signin');
  await page.getByLabel('Sähköpostiosoite').fill(email);
  await page.getByRole('button', { name: 'Lähetä kirjautumislinkki' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Tarkista sähköpostisi');
  await page.goto(await latestMailLink(page, email, SIGNIN_LINK));
  await page.getByRole('button', { name: 'Kirjaudu sisään' }).click();
  await expect(page).toHaveURL(/\/workspace$/);
}
