import { test, expect } from './support/test';
import AxeBuilder from '@axe-core/playwright';
import { signInContext } from './support/session';
import { caseTitle, publicPages, workspaceAxeCases, workspaceIds } from './support/pages';
import { expectNoRawKeys, rawKeysOn } from './support/raw-keys';

for (const path of publicPages) {
  test(`${path} has no WCAG 2.1 A/AA violations`, async ({ page }) => {
    await page.goto(path);
    const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
    const summary = results.violations.map(
      (v) =>
        `${v.id}: ${v.nodes
          .map((n) => n.target.join(' '))
          .slice(0, 3)
          .join(', ')}`,
    );
    expect(summary).toEqual([]);
  });
}

test('the catalogue can be used with the keyboard alone', async ({ page }) => {
  await page.goto('/fi');
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Siirry sisältöön' });
  await expect(skip).toBeFocused();
  await page.keyboard.press('Enter');
  // Tab on to the region filter, choose with the keyboard and submit with Enter.
  const region = page.getByLabel('Alue', { exact: true });
  for (let i = 0; i < 10 && !(await region.evaluate((el) => el === document.activeElement)); i++)
    await page.keyboard.press('Tab');
  await expect(region).toBeFocused();
  await region.selectOption('KYS');
  await page.getByRole('button', { name: 'Näytä tapahtumat' }).focus();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/region=KYS/);
});

// Workspace pages of the reach statistics, messages, preview and organiser admin, signed in (a
// database session per organiser, see support/session.ts), in both languages.
test.describe('workspace pages, signed in', () => {
  test.setTimeout(60_000); // the statistics pages are long: axe takes its time on a shared 2-core machine
  for (const c of workspaceAxeCases) {
    test(`${caseTitle(c)} has no WCAG 2.1 A/AA violations`, async ({ page, context, baseURL }) => {
      const ids = await workspaceIds();
      await signInContext(context, baseURL!, c.who);
      const res = await page.goto(c.path(ids));
      expect(res?.status()).toBe(200);
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
    });
  }
});
// --- After the event and privacy (issue 6) ---

test('no page shows a raw message key, in Finnish or Swedish', async ({ page }) => {
  test.setTimeout(90_000);
  const paths = [
    '',
    '/past',
    '/regions',
    '/regions/tyks',
    '/events/koulua-koulua-kaymattomille',
    '/events/tunnistaminen-taydennyskoulutus',
    '/series/tuvet-lapsen-osallisuus',
    '/about',
    '/privacy',
    '/accessibility',
    '/materials',
    '/my-data',
    '/signin',
    `/registrations/${'x'.repeat(43)}`,
    `/feedback/${'x'.repeat(43)}`,
    `/my-data/${'x'.repeat(43)}`,
    '/ei-ole',
  ];
  const found: string[] = [];
  for (const locale of ['fi', 'sv']) {
    for (const path of paths) {
      await page.goto(`/${locale}${path}`);
      found.push(...(await rawKeysOn(page)).map((k) => `/${locale}${path}: ${k}`));
    }
  }
  expect(found).toEqual([]);
});

test('the raw-key check does find a key-shaped text', async ({ page }) => {
  await page.setContent(
    '<html lang="fi"><title>survey.page.title</title><body><p>Hei</p><label aria-label="privacyData.email">x</label></body></html>',
  );
  expect(await rawKeysOn(page)).toEqual(['survey.page.title', 'privacyData.email']);
});

for (const [locale, submit, error] of [
  ['fi', 'Lähetä linkki', 'Anna sähköpostiosoite'],
  ['sv', 'Skicka länken', 'Ange e-postadressen'],
] as const) {
  test(`/${locale}/my-data with errors showing has no WCAG 2.1 A/AA violations and works by keyboard`, async ({
    page,
  }) => {
    await page.goto(`/${locale}/my-data`);
    await page.getByRole('button', { name: submit }).focus();
    await page.keyboard.press('Enter');
    const summary = page.getByRole('alert', {
      name:
        locale === 'fi'
          ? 'Linkkiä ei vielä lähetetty. Tarkista nämä kohdat:'
          : 'Länken har inte skickats ännu. Kontrollera följande:',
    });
    await expect(summary).toBeVisible();
    await expect(summary).toBeFocused();
    // From the summary: its link to the field, then the field itself; type and send with Enter.
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    await expect(page.getByRole('textbox')).toBeFocused();
    await page.keyboard.type('ei-osoite');
    await page.keyboard.press('Enter');
    await expect(page.getByText(new RegExp(error)).first()).toBeVisible();
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
    await expectNoRawKeys(page);
  });
}
