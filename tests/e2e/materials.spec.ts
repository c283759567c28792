import { test, expect, type Page } from './support/test';
import AxeBuilder from '@axe-core/playwright';
import { signInContext } from './support/session';
import { tinyPdf } from '../../db/seed/tiny-pdf';

async function expectNoAxeViolations(page: Page) {
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
}

test.describe('materials archive', () => {
  test('an organiser uploads a PDF (a fake one is refused), adds a link, reorders them, and the public page serves the file safely', async ({
    page,
    context,
    baseURL,
  }) => {
    test.setTimeout(240_000); // many steps, each a server round trip on a busy shared machine
    const stamp = Date.now().toString(36);
    // A session of its own (another spec signs in as TAYS by mail link at the same time).
    await signInContext(context, baseURL!, 'tays@kokoon.example');
    await page.goto('/fi/workspace');
    const attendance = await page.getByRole('link', { name: 'TAYS-alueen verkostopäivä' }).first().getAttribute('href');
    const id = /\/workspace\/events\/(\d+)/.exec(attendance!)![1];
    await page.goto(`/fi/workspace/events/${id}/edit`);
    const section = page.locator('section', { has: page.getByRole('heading', { name: 'Materiaalit', level: 2 }) });

    // A text file named .pdf: refused by its content, with the reason, and nothing is listed.
    await section.getByLabel('Kenelle näkyy').selectOption('public');
    await section.getByLabel('Nimi suomeksi').fill(`Päivän diat ${stamp}`);
    await section
      .locator('input[type=file]')
      .setInputFiles({ name: 'diat.pdf', mimeType: 'application/pdf', buffer: Buffer.from('Tämä ei ole PDF.') });
    await section.getByRole('button', { name: 'Lisää materiaali' }).click();
    await expect(section.getByRole('alert').first()).toContainText('Tiedostoa ei hyväksytty');
    await expect(section.getByText(`Päivän diat ${stamp}`)).toHaveCount(0);

    // A real PDF.
    await section
      .locator('input[type=file]')
      .setInputFiles({ name: 'diat.pdf', mimeType: 'application/pdf', buffer: Buffer.from(tinyPdf(['Päivän diat'])) });
    await section.getByRole('button', { name: 'Lisää materiaali' }).click();
    await expect(section.getByRole('status').filter({ hasText: 'Materiaali lisättiin.' })).toBeVisible();
    await expect(section.getByRole('listitem').filter({ hasText: `Päivän diat ${stamp}` })).toBeVisible();

    // A captioned recording link.
    await section.getByLabel('Materiaalin tyyppi').selectOption('recording');
    await section.getByLabel('Kenelle näkyy').selectOption('public');
    await section.getByLabel('Nimi suomeksi').fill(`Tallenne ${stamp}`);
    await section.getByLabel('Osoite').fill('https://video.kokoon.example/e2e');
    await section.getByRole('button', { name: 'Lisää materiaali' }).click();
    await expect(section.locator('legend', { hasText: 'Onko tallenne tekstitetty?' })).toBeVisible();
    await expect(section.getByRole('alert').first()).toContainText('Kerro, onko tallenne tekstitetty.');
    // "No captions" draws the reminder that public bodies must caption what they publish.
    await section.getByLabel('Ei tekstitystä').check();
    await expect(section.getByRole('status').filter({ hasText: 'on tekstitettävä' })).toContainText('306/2019');
    await section.getByLabel('Kyllä, tekstitetty').check();
    await expect(section.getByRole('status').filter({ hasText: 'on tekstitettävä' })).toHaveCount(0);
    await section.getByRole('button', { name: 'Lisää materiaali' }).click();
    await expect(section.getByRole('listitem').filter({ hasText: `Tallenne ${stamp}` })).toContainText('tekstitetty');
    await expectNoAxeViolations(page);

    // Reorder with the arrows: the recording goes above the slides.
    const items = section.getByRole('listitem').filter({ hasText: stamp });
    await expect(items).toHaveText([new RegExp(`Päivän diat ${stamp}`), new RegExp(`Tallenne ${stamp}`)]);
    await section.getByRole('button', { name: `Siirrä ylemmäs: Tallenne ${stamp}` }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Järjestys tallennettu.' })).toBeVisible();
    await expect(section.getByRole('listitem').filter({ hasText: stamp })).toHaveText([
      new RegExp(`Tallenne ${stamp}`),
      new RegExp(`Päivän diat ${stamp}`),
    ]);

    // The public event page lists both in that order; the file downloads as a sandboxed attachment.
    await page.goto('/fi/events/tays-verkostopaiva');
    const materials = page.locator('section', { has: page.getByRole('heading', { name: 'Materiaalit', level: 2 }) });
    await expect(materials.getByRole('listitem').filter({ hasText: stamp })).toHaveText([
      new RegExp(`Tallenne ${stamp}.*tekstitetty`),
      new RegExp(`Päivän diat ${stamp}`),
    ]);
    const href = await materials.getByRole('link', { name: new RegExp(`Päivän diat ${stamp}`) }).getAttribute('href');
    const file = await page.request.get(href!);
    expect(file.status()).toBe(200);
    expect(file.headers()['content-type']).toBe('application/pdf');
    expect(file.headers()['content-disposition']).toMatch(/^attachment; filename="diat\.pdf"/);
    expect(file.headers()['x-content-type-options']).toBe('nosniff');
    expect(file.headers()['content-security-policy']).toMatch(/(^|; )sandbox(;|$)/);
    expect((await file.body()).subarray(0, 5).toString()).toBe('%PDF-');

    // Remove, after a confirmation.
    await page.goto(`/fi/workspace/events/${id}/edit`);
    await section.locator('summary', { hasText: `Tallenne ${stamp}` }).click();
    await section.getByRole('button', { name: `Vahvista poisto: Tallenne ${stamp}` }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Materiaali poistettu.' })).toBeVisible();
    await expect(section.getByRole('listitem').filter({ hasText: stamp })).toHaveCount(1);
  });

  test('the materials bank finds the standalone guide and the captioned recording, in Finnish and Swedish', async ({
    page,
  }) => {
    test.setTimeout(90_000);
    await page.goto('/sv/materials');
    await page.getByRole('searchbox').fill('skolfrånvaro');
    await page.getByRole('button', { name: 'Sök' }).click();
    const guide = page.getByRole('link', { name: /Guide: Skolfrånvaro – guide för skolor/ });
    await expect(guide).toBeVisible();
    expect(await guide.getAttribute('href')).toMatch(/^\/api\/materials\/\d+\/file$/);
    await expectNoAxeViolations(page);

    await page.goto('/fi/materials');
    await page.getByLabel('Tyyppi').selectOption('video');
    await page.getByRole('button', { name: 'Hae' }).click();
    await expect(
      page.getByRole('listitem').filter({ hasText: 'Sijoitetut lapset koulussa – webinaarin tallenne' }),
    ).toContainText('tekstitetty');
    await expect(page.getByRole('link', { name: /Opas:/ })).toHaveCount(0);
    await expectNoAxeViolations(page);
  });

  test('the materials bank filters by target level and year, and /api/materials takes them too', async ({
    page,
    baseURL,
  }) => {
    const guide = /Koulua käymättömät – opas kouluille/;
    const video = /Sijoitetut lapset koulussa – webinaarin tallenne/;
    await page.goto('/fi/materials');
    await page.getByLabel('Kohdetaso').selectOption({ label: 'Perustaso' });
    await page.getByLabel('Vuosi', { exact: true }).selectOption('2025');
    await page.getByRole('button', { name: 'Hae' }).click();
    await expect(page).toHaveURL(/level=introductory/);
    await expect(page.getByRole('link', { name: guide })).toBeVisible();
    await expect(page.getByRole('link', { name: video })).toHaveCount(0);
    // The choices stay chosen on the results.
    await expect(page.getByLabel('Kohdetaso')).toHaveValue('introductory');
    await expect(page.getByLabel('Vuosi', { exact: true })).toHaveValue('2025');

    await page.goto('/sv/materials?level=intermediate');
    await expect(page.getByLabel('Målnivå')).toHaveValue('intermediate');
    await expect(page.getByLabel('År', { exact: true }).locator('option').first()).toHaveText('Alla år');
    await expect(page.getByRole('link', { name: /Placerade barn i skolan – inspelning av webbinariet/ })).toBeVisible();
    await expect(page.getByRole('link', { name: /Skolfrånvaro – guide för skolor/ })).toHaveCount(0);

    const api = (await (await page.request.get('/api/materials?level=introductory&year=2025')).json()) as {
      title: { fi: string };
      url: string;
    }[];
    const file = api.find((m) => guide.test(m.title.fi));
    expect(file?.url).toMatch(new RegExp(`^${baseURL}/api/materials/\\d+/file$`));
    expect(api.some((m) => video.test(m.title.fi))).toBe(false);
  });
});
