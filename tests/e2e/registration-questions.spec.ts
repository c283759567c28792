import { test, expect, type Page } from './support/test';
import AxeBuilder from '@axe-core/playwright';
import { e2eDb, signInContext } from './support/session';

// Issue 15 §1 "Own registration questions", in the browser: an organiser adds a required single
// choice in Finnish and Swedish, participants answer it in both languages (the form refuses a
// missing answer, naming the question), and the answers show in the attendance list and filter it.

const WCAG = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];
const SLUG = 'etela-pohjanmaan-verkostopaiva';

async function axe(page: Page) {
  expect(
    (await new AxeBuilder({ page }).withTags(WCAG).analyze()).violations.map(
      (v) => `${v.id}: ${v.nodes.map((n) => n.target).join(', ')}`,
    ),
  ).toEqual([]);
}

test('an organiser adds a question, participants answer it in Finnish and Swedish, and the answers show in the attendance list', async ({
  page,
  context,
  baseURL,
}) => {
  test.setTimeout(90_000);
  const stamp = Date.now();
  const [{ id }] = await e2eDb()`select id from events where slug = ${SLUG}`;
  await signInContext(context, baseURL!, 'tays@kokoon.example');

  await page.goto(`/fi/workspace/events/${id}/edit`);
  const section = page.getByRole('region', { name: 'Omat kysymykset ilmoittautujille' });
  await section.getByLabel('Kysymyksen tyyppi').selectOption({ label: 'Yksi vaihtoehto' });
  await section.getByLabel('Kysymys suomeksi').fill(`Työpaja ${stamp}`);
  await section.getByLabel('Kysymys ruotsiksi').fill(`Workshop ${stamp}`);
  await section.getByLabel(/^Vaihtoehdot suomeksi/).fill('Aamu\nIlta');
  await section.getByLabel(/^Vaihtoehdot ruotsiksi/).fill('Morgon\nKväll');
  await section.getByLabel('Vastaus on pakollinen').check();
  await section.getByRole('button', { name: 'Lisää kysymys' }).click();
  await expect(section.getByText('Kysymys on lisätty.')).toBeVisible();
  await expect(section.getByRole('listitem').filter({ hasText: `Työpaja ${stamp}` })).toContainText('Aamu / Ilta');
  await axe(page);

  // Finnish: without an answer the form names the question; with one, the place is confirmed.
  // A context of its own (axe needs one made by browser.newContext()), without the organiser's session.
  const participantContext = await context.browser()!.newContext();
  const participant = await participantContext.newPage();
  await participant.goto(`/fi/events/${SLUG}`);
  await participant.getByLabel('Etunimi').fill('Eeli');
  await participant.getByLabel('Sukunimi').fill(`Suomi${stamp}`);
  await participant.getByLabel('Työsähköposti').fill(`eeli.${stamp}@seinajoki.example`);
  await participant.getByLabel(/^Organisaatio/).fill('Seinäjoen kaupunki');
  await participant.getByLabel(/^Kunta/).fill('Seinäjoki');
  await participant.getByLabel('Sektori').selectOption('education');
  await participant.getByLabel(/Hyväksyn, että tietojani/).check();
  await participant.getByRole('button', { name: 'Ilmoittaudu' }).click();
  const summary = participant.getByRole('alert').filter({ hasText: 'Valitse vastaus.' });
  await expect(summary.getByRole('link', { name: `Työpaja ${stamp}: Valitse vastaus.` })).toBeVisible();
  const group = participant.getByRole('group', { name: new RegExp(`^Työpaja ${stamp}`) });
  await expect(group).toContainText('Valitse vastaus.');
  await axe(participant);
  await group.getByLabel('Ilta').check();
  await participant.getByRole('button', { name: 'Ilmoittaudu' }).click();
  await expect(participant.getByRole('status').filter({ hasText: 'vahvistettu' })).toBeVisible();

  // Swedish.
  await participant.goto(`/sv/events/${SLUG}`);
  await participant.getByLabel('Förnamn').fill('Stina');
  await participant.getByLabel('Efternamn').fill(`Svensk${stamp}`);
  await participant.getByLabel('E-post i arbetet').fill(`stina.${stamp}@seinajoki.example`);
  await participant.getByLabel(/^Organisation/).fill('Seinäjoki stad');
  await participant.getByLabel(/^Kommun/).fill('Seinäjoki');
  await participant.getByLabel('Sektor').selectOption('education');
  await participant
    .getByRole('group', { name: new RegExp(`^Workshop ${stamp}`) })
    .getByLabel('Morgon')
    .check();
  await participant.getByLabel(/Jag godkänner att mina uppgifter/).check();
  await participant.getByRole('button', { name: 'Anmäl dig' }).click();
  await expect(participant.getByRole('status').filter({ hasText: 'bekräftad' })).toBeVisible();
  await participantContext.close();

  // The organiser's list shows the answers and filters by one.
  await page.goto(`/fi/workspace/events/${id}`);
  await expect(page.getByRole('row').filter({ hasText: `Suomi${stamp}` })).toContainText(`Työpaja ${stamp}: Ilta`);
  await expect(page.getByRole('row').filter({ hasText: `Svensk${stamp}` })).toContainText(`Työpaja ${stamp}: Aamu`);
  await page.getByLabel('Vastaukset lisäkysymyksiin').selectOption({ label: `Työpaja ${stamp}: Aamu` });
  await page.getByRole('button', { name: 'Hae', exact: true }).click();
  await expect(page.getByRole('row').filter({ hasText: `Svensk${stamp}` })).toBeVisible();
  await expect(page.getByRole('row').filter({ hasText: `Suomi${stamp}` })).toHaveCount(0);
  await axe(page);
});
