// Issue 16 "Swedish as a first language" in the browser: Swedish venue, address and contact on /sv,
// Finnish fallback marked (lang="fi" and a visible "(på finska)"), a municipality typed in either
// language on the sign-up form and the manage page, and a calendar box that says what its feed holds.
import { test, expect, type Page } from './support/test';
import AxeBuilder from '@axe-core/playwright';
import { latestMailText } from './support/mailbox';

const WCAG = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];
const noAxeViolations = async (page: Page) =>
  expect((await new AxeBuilder({ page }).withTags(WCAG).analyze()).violations.map((v) => v.id)).toEqual([]);

test.describe('Swedish venue, address and contact', () => {
  test('the /sv page shows them in Swedish, agreeing with the card on "Vasa"; /fi keeps the Finnish ones', async ({
    page,
  }) => {
    await page.goto('/sv/events/pohjanmaan-natverksdag');
    const facts = page.locator('dl').first();
    await expect(facts).toContainText('Vasa stadshus, Handelsesplanaden 23, 65100 Vasa');
    await expect(facts).toContainText('Sanna Mäkinen, kärngruppen för ÅUCS-området');
    await expect(facts).not.toContainText('Kauppapuistikko');
    await expect(facts).not.toContainText('på finska');

    await page.goto('/sv?region=TYKS');
    const card = page.locator('article').filter({ has: page.getByRole('link', { name: 'Nätverksdag i Österbotten' }) });
    await expect(card).toContainText('Vasa');
    await expect(card).not.toContainText('Vaasa');

    await page.goto('/fi/events/pohjanmaan-natverksdag');
    await expect(page.locator('dl').first()).toContainText('Vaasan kaupungintalo, Kauppapuistikko 23, 65100 Vaasa');
  });

  test('Finnish text on a Swedish page is marked lang="fi" and "(på finska)", and not on the Finnish page', async ({
    page,
  }) => {
    await page.goto('/sv/events/etela-pohjanmaan-verkostopaiva');
    const h1 = page.getByRole('heading', { level: 1 });
    await expect(h1).toContainText('Etelä-Pohjanmaan verkostopäivä');
    await expect(h1).toContainText('(på finska)');
    await expect(h1.locator('[lang="fi"]')).toHaveText('Etelä-Pohjanmaan verkostopäivä');
    // No Swedish venue in the demo here: the Finnish one is marked too, the city is the card's.
    const where = page.locator('dl').first();
    await expect(where.locator('[lang="fi"]').filter({ hasText: 'Seinäjoen kaupungintalo' })).toBeVisible();
    await noAxeViolations(page);

    await page.goto('/sv?province=14');
    const link = page.getByRole('link', { name: /Etelä-Pohjanmaan verkostopäivä/ });
    await expect(link.locator('[lang="fi"]')).toHaveText('Etelä-Pohjanmaan verkostopäivä');
    await expect(link).toContainText('(på finska)');

    await page.goto('/fi/events/etela-pohjanmaan-verkostopaiva');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Etelä-Pohjanmaan verkostopäivä');
    await expect(page.locator('main [lang="fi"]')).toHaveCount(0);
  });
});

test.describe('a municipality in either language', () => {
  test('"Vaasa" is accepted on the Swedish sign-up form, and the manage page\'s type-ahead takes "Helsinki" on /sv', async ({
    page,
  }) => {
    const email = `ruth.${Date.now()}@vasa.example`;
    await page.goto('/sv/events/pohjanmaan-natverksdag');
    await page.getByLabel('Förnamn').fill('Ruth');
    await page.getByLabel('Efternamn').fill('Lindqvist');
    await page.getByLabel('E-post i arbetet').fill(email);
    await page.getByLabel(/^Organisation/).fill('Vasa stad');
    await page.getByLabel(/^Kommun/).fill('Vaasa');
    await page.getByLabel('Sektor').selectOption('education');
    await page.getByLabel(/Jag godkänner att mina uppgifter/).check();
    await page.getByRole('button', { name: 'Anmäl dig' }).click();
    await expect(page.getByText('Anmälan bekräftad')).toBeVisible();

    await page.goto(/\/sv\/registrations\/[A-Za-z0-9_-]{43}/.exec(await latestMailText(page, email))![0]);
    const summary = page.locator('dl').first();
    await expect(summary).toContainText('Vasa stad, Vasa');
    const municipality = page.getByLabel(/^Kommun/);
    await expect(municipality).toHaveJSProperty('tagName', 'INPUT'); // a type-ahead, not a 308-item select
    await expect(municipality).toHaveValue('Vasa');
    await municipality.fill('Helsinki');
    await page.getByRole('button', { name: 'Spara ändringarna' }).click();
    await expect(page.getByText('Dina uppgifter har sparats.')).toBeVisible();
    await expect(summary).toContainText('Vasa stad, Helsingfors');
  });
});

test.describe('the calendar box', () => {
  test("says what the feed holds; a list filtered to OYS subscribes to OYS's own events, as the list shows", async ({
    page,
  }) => {
    await page.goto('/fi?region=OYS');
    const box = page.getByRole('region', { name: 'Tilaa kalenteriin' });
    await expect(box.getByTestId('feed-holds')).toContainText('Kalenteri sisältää: VIP-verkoston tapahtumat: OYS');
    await expect(box.getByTestId('feed-holds')).not.toContainText('valtakunnalliset');
    await expect(box.getByRole('link', { name: /Apple-kalenteri/ })).toHaveAttribute(
      'href',
      /region\/oys\.ics\?national=0/,
    );

    await page.goto('/sv/regions/oys');
    await expect(page.getByTestId('feed-holds')).toContainText('nationella evenemang');

    await page.goto('/fi?region=OYS&kind=training');
    await expect(page.getByText(/Kalenteri ei noudata kaikkia yllä valitsemiasi rajauksia/)).toBeVisible();
  });
});
