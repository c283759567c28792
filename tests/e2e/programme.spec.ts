import { test, expect, type Page } from './support/test';
import AxeBuilder from '@axe-core/playwright';
import { e2eDb, signInContext } from './support/session';

// Issue 15 §2 "A programme with parallel workshops", in the browser: the event page shows the
// timetable (fitting a 320 px screen), the sign-up form asks for one workshop of the slot (refusing
// a missing choice by name), the organiser's programme editor refuses to remove a workshop people
// hold, and the attendance list filters by workshop.

const WCAG = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];
const SLUG = 'pohjois-karjalan-verkostopaiva';

async function axe(page: Page) {
  expect(
    (await new AxeBuilder({ page }).withTags(WCAG).analyze()).violations.map(
      (v) => `${v.id}: ${v.nodes.map((n) => n.target).join(', ')}`,
    ),
  ).toEqual([]);
}

test('a participant picks a workshop from the timetable; the organiser edits the programme and filters the list by workshop', async ({
  page,
  context,
  baseURL,
}) => {
  test.setTimeout(120_000);
  const stamp = Date.now();
  const [{ id }] = await e2eDb()`select id from events where slug = ${SLUG}`;

  const participantContext = await context.browser()!.newContext();
  const participant = await participantContext.newPage();
  await participant.goto(`/fi/events/${SLUG}`);
  const timetable = participant.getByRole('region', { name: 'Ohjelma' });
  await expect(timetable.getByRole('heading', { name: 'Rinnakkaiset työpajat' })).toBeVisible();
  await expect(timetable.getByText(/^Kouluun paluun tukeminen/)).toBeVisible();
  await expect(timetable).toContainText('Leena Laaksonen');
  await axe(participant);
  await participant.setViewportSize({ width: 320, height: 900 });
  expect(await participant.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
  await participant.setViewportSize({ width: 1280, height: 900 });

  await participant.getByLabel('Etunimi').fill('Veera');
  await participant.getByLabel('Sukunimi').fill(`Työpaja${stamp}`);
  await participant.getByLabel('Työsähköposti').fill(`veera.${stamp}@joensuu.example`);
  await participant.getByLabel(/^Organisaatio/).fill('Joensuun kaupunki');
  await participant.getByLabel(/^Kunta/).fill('Joensuu');
  await participant.getByLabel('Sektori').selectOption('education');
  await participant
    .getByRole('group', { name: /^Lounasvalinta/ })
    .getByLabel('Kasvis')
    .check();
  await participant.getByLabel(/Hyväksyn, että tietojani/).check();
  await participant.getByRole('button', { name: 'Ilmoittaudu' }).click();
  const summary = participant.getByRole('alert').filter({ hasText: 'Valitse yksi työpaja tästä osiosta.' });
  await expect(
    summary.getByRole('link', { name: 'Rinnakkaiset työpajat: Valitse yksi työpaja tästä osiosta.' }),
  ).toBeVisible();
  const group = participant.getByRole('group', { name: /^Rinnakkaiset työpajat/ });
  await expect(group).toContainText('Valitse yksi työpaja tästä osiosta.');
  await axe(participant);
  await group.getByLabel(/^Etäyhteydet opetuksessa/).check();
  await participant.getByRole('button', { name: 'Ilmoittaudu' }).click();
  await expect(participant.getByRole('status').filter({ hasText: 'vahvistettu' })).toBeVisible();
  await participantContext.close();

  // The organiser: the programme editor (a workshop people hold is not removed), then the list.
  await signInContext(context, baseURL!, 'admin@kokoon.example');
  await page.goto(`/fi/workspace/events/${id}/programme`);
  await expect(page.getByRole('heading', { name: 'Ohjelma ja työpajat', level: 1 })).toBeVisible();
  await axe(page);
  await page.getByRole('button', { name: 'Poista työpaja: Etäyhteydet opetuksessa' }).click();
  await expect(page.getByRole('alert').filter({ hasText: 'Ei poistettu' })).toBeVisible();

  await page.goto(`/fi/workspace/events/${id}`);
  await page
    .getByLabel('Työpajat', { exact: true })
    .selectOption({ label: 'Rinnakkaiset työpajat: Etäyhteydet opetuksessa' });
  await page.getByRole('button', { name: 'Hae', exact: true }).click();
  await expect(page.getByRole('row').filter({ hasText: `Työpaja${stamp}` })).toBeVisible();
  await axe(page);
});
