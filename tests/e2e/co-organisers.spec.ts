import { test, expect, type Page } from './support/test';
import AxeBuilder from '@axe-core/playwright';
import { e2eDb, signInContext } from './support/session';

// Issue 17 "Who organises": the national admin names a co-organiser from another region in the
// event editor (a plain form, no JavaScript needed), and that organiser then manages the event; a
// project organiser signs in to a workspace of only its series' sessions, in Swedish too.

async function expectNoAxeViolations(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
}

test.describe('co-organisers', () => {
  test.slow(); // two signed-in browsers and axe on the editor's long page
  test('the admin names the TAYS organiser on a TYKS event, who can then open its editor', async ({
    browser,
    baseURL,
  }) => {
    const [event] = await e2eDb()`select id from events where slug = 'tyks-kevaan-verkostopaiva'`;
    const edit = `/fi/workspace/events/${event.id}/edit`;
    const tays = await browser.newContext();
    await signInContext(tays, baseURL!, 'tays@kokoon.example');
    const taysPage = await tays.newPage();
    expect((await taysPage.goto(edit))?.status()).toBe(404);

    const admin = await browser.newContext();
    await signInContext(admin, baseURL!, 'admin@kokoon.example');
    const page = await admin.newPage();
    await page.goto(edit);
    const section = page.getByRole('region', { name: 'Järjestäjät' });
    await expect(section.getByText('Muita järjestäjiä ei ole nimetty.')).toBeVisible();
    const group = section.getByRole('group', { name: 'Nimetyt järjestäjät' });
    await expect(group.getByLabel(/admin@kokoon\.example/)).toHaveCount(0);
    await group.getByLabel(/tays@kokoon\.example/).check();
    await expectNoAxeViolations(page);
    await section.getByRole('button', { name: 'Tallenna järjestäjät' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Järjestäjät tallennettiin.' })).toBeVisible();
    await expect(section.getByText(/Nimetyt järjestäjät: .*tays@kokoon\.example/)).toBeVisible();

    expect((await taysPage.goto(edit))?.status()).toBe(200);
    await expect(taysPage.getByRole('heading', { level: 1 })).toBeVisible();
    // The co-organiser sees who is named but cannot change it.
    await expect(taysPage.getByRole('button', { name: 'Tallenna järjestäjät' })).toHaveCount(0);

    // Undo, so that the other specs see the demo as seeded.
    await page.goto(edit);
    await page
      .getByRole('group', { name: 'Nimetyt järjestäjät' })
      .getByLabel(/tays@kokoon\.example/)
      .uncheck();
    await page.getByRole('button', { name: 'Tallenna järjestäjät' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Järjestäjät tallennettiin.' })).toBeVisible();
    expect((await taysPage.goto(edit))?.status()).toBe(404);
    await tays.close();
    await admin.close();
  });

  test('a project organiser sees its series and their sessions only, and names its role in Swedish', async ({
    page,
    context,
    baseURL,
  }) => {
    await signInContext(context, baseURL!, 'tuvet@kokoon.example');
    await page.goto('/sv/workspace');
    await expect(page.getByText('Projektarrangör', { exact: false }).first()).toBeVisible();
    const [other] = await e2eDb()`select title_sv from events where slug = 'hyks-verkostopaiva'`;
    await expect(page.getByText(other.title_sv)).toHaveCount(0);
    await page.goto('/sv/workspace/series');
    await expect(
      page.getByRole('link', { name: 'Barnets delaktighet och rättigheter i mångprofessionellt samarbete' }),
    ).toBeVisible();
    await expectNoAxeViolations(page);
  });
});
