import { test, expect } from './support/test';
import AxeBuilder from '@axe-core/playwright';

const pages = [
  '/fi', '/sv', '/fi?region=TAYS&kind=network_day', '/sv?kind=party',
  '/fi/past', '/sv/past', '/fi/regions', '/sv/regions/oys',
  '/fi/events/koulua-koulua-kaymattomille', '/sv/events/koulua-koulua-kaymattomille',
  '/fi/events/etela-savon-verkostopaiva', '/sv/events/tuvet-osallisuus-turku',
  '/fi/series/tuvet-lapsen-osallisuus', '/sv/series/tuvet-aikuisten-nakokulma',
  '/fi/about', '/sv/about', '/fi/ei-ole', '/fi/privacy', '/sv/privacy', '/fi/accessibility', '/sv/accessibility',
];

for (const path of pages) {
  test(`${path} has no WCAG 2.1 A/AA violations`, async ({ page }) => {
    await page.goto(path);
    const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
    const summary = results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')}`);
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
  for (let i = 0; i < 10 && !(await region.evaluate((el) => el === document.activeElement)); i++) await page.keyboard.press('Tab');
  await expect(region).toBeFocused();
  await region.selectOption('KYS');
  await page.getByRole('button', { name: 'Näytä tapahtumat' }).focus();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/region=KYS/);
});
