import { test, expect, type Page } from './support/test';
import AxeBuilder from '@axe-core/playwright';
import { e2eDb, signInContext } from './support/session';

// Issue 15 §1 leftovers in the browser: a training series' own question (added by the TUVET project
// organiser on the series page), answered on a session's sign-up and shown in that session's
// attendance list and statistics (a chart with its table); questions put in order by dragging and
// by the arrows. Issue 17: the organiser mails an invitation again and removes one.

const WCAG = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];
const SERIES = 'tuvet-lapsen-osallisuus';
const SESSION = 'tuvet-osallisuus-seinajoki';
const INVITED = 'vip-ohjausryhman-kokous';

async function axe(page: Page) {
  expect(
    (await new AxeBuilder({ page }).withTags(WCAG).analyze()).violations.map(
      (v) => `${v.id}: ${v.nodes.map((n) => n.target).join(', ')}`,
    ),
  ).toEqual([]);
}

test('a series question is asked on a session, answered, and shown in its attendance list and statistics; drag and arrows order the questions', async ({
  page,
  context,
  baseURL,
}) => {
  test.slow();
  const stamp = Date.now();
  const [series] = await e2eDb()`select id from training_series where slug = ${SERIES}`;
  const [session] = await e2eDb()`select id from events where slug = ${SESSION}`;
  await signInContext(context, baseURL!, 'tuvet@kokoon.example');

  await page.goto(`/fi/workspace/series/${series.id}`);
  const section = page.getByRole('region', { name: 'Omat kysymykset ilmoittautujille' });
  await expect(section).toContainText('jokaisen istunnon ilmoittautumislomakkeessa');
  const add = async (fi: string, sv: string) => {
    await section.getByLabel('Kysymyksen tyyppi').last().selectOption({ label: 'Yksi vaihtoehto' });
    await section.getByLabel('Kysymys suomeksi').last().fill(fi);
    await section.getByLabel('Kysymys ruotsiksi').last().fill(sv);
    await section
      .getByLabel(/^Vaihtoehdot suomeksi/)
      .last()
      .fill('Kasvis\nLiha');
    await section
      .getByLabel(/^Vaihtoehdot ruotsiksi/)
      .last()
      .fill('Vegetarisk\nKött');
    await section.getByRole('button', { name: 'Lisää kysymys' }).click();
    await expect(section.getByRole('listitem').filter({ hasText: fi })).toBeVisible();
  };
  await add(`Lounas ${stamp}`, `Lunch ${stamp}`);
  await add(`Päivällinen ${stamp}`, `Middag ${stamp}`);
  await axe(page);

  // Drag the last question onto the first: the new order is saved and announced.
  const item = (text: string) => section.getByRole('listitem').filter({ hasText: text });
  const order = async () =>
    (await section.getByRole('listitem').allTextContents()).filter((t) => t.includes(String(stamp)));
  // Both items in sight first, as a hand would have them (the page was left at the add form below):
  // a target scrolled into view in the middle of a drag cancels the browser's drag and drop.
  await section.getByTestId('question-list').evaluate((list) => list.scrollIntoView({ block: 'center' }));
  // Held by its title (not a button) and moved over the other in a few steps, as a hand would.
  await item(`Päivällinen ${stamp}`).dragTo(item(`Lounas ${stamp}`), {
    sourcePosition: { x: 12, y: 10 },
    targetPosition: { x: 12, y: 10 },
    steps: 5,
  });
  await expect(section.getByRole('status').filter({ hasText: 'Järjestys on muutettu.' })).toBeVisible();
  await expect
    .poll(async () => (await order()).map((t) => (t.includes(`Päivällinen ${stamp}`) ? 'P' : 'L')).join(''))
    .toBe('PL');
  // The arrow (a plain form, the keyboard's way) moves it back.
  await section.getByRole('button', { name: new RegExp(`Siirrä alas.*Päivällinen ${stamp}`) }).click();
  await expect
    .poll(async () => (await order()).map((t) => (t.includes(`Päivällinen ${stamp}`) ? 'P' : 'L')).join(''))
    .toBe('LP');

  // A participant signs up to a session of the series and answers the series' question.
  const participantContext = await context.browser()!.newContext();
  const participant = await participantContext.newPage();
  await participant.goto(`/fi/events/${SESSION}`);
  await participant.getByLabel('Etunimi').fill('Sarja');
  await participant.getByLabel('Sukunimi').fill(`Vastaaja${stamp}`);
  await participant.getByLabel('Työsähköposti').fill(`sarja.${stamp}@seinajoki.example`);
  await participant.getByLabel(/^Organisaatio/).fill('Seinäjoen kaupunki');
  await participant.getByLabel(/^Kunta/).fill('Seinäjoki');
  await participant.getByLabel('Sektori').selectOption('education');
  await participant
    .getByRole('group', { name: new RegExp(`^Lounas ${stamp}`) })
    .getByLabel('Kasvis')
    .check();
  await participant.getByLabel(/Hyväksyn, että tietojani/).check();
  await participant.getByRole('button', { name: 'Ilmoittaudu' }).click();
  await expect(participant.getByRole('status').filter({ hasText: 'vahvistettu' })).toBeVisible();
  await participantContext.close();

  // The session's attendance list shows the answer; its statistics chart the choice with a table.
  await page.goto(`/fi/workspace/events/${session.id}`);
  await expect(page.getByRole('row').filter({ hasText: `Vastaaja${stamp}` })).toContainText(`Lounas ${stamp}: Kasvis`);
  await page.goto(`/fi/workspace/events/${session.id}/stats`);
  const stats = page.getByRole('region', { name: `Kysymys: Lounas ${stamp}` });
  await expect(stats.getByRole('img', { name: `Kysymys: Lounas ${stamp}` })).toBeVisible();
  await expect(stats.getByRole('row').filter({ hasText: 'Kasvis' })).toContainText('100 %');
  await axe(page);

  // The session's own editor points to the series' questions.
  await page.goto(`/fi/workspace/events/${session.id}/edit`);
  await expect(page.getByRole('link', { name: /Lisäksi kysytään sarjan \d+ kysymystä/ })).toBeVisible();
});

test('the admin mails an invitation again and removes one; the list says so (the rate limit is proved in tests/integration/invitation-changes.test.ts)', async ({
  page,
  baseURL,
}) => {
  test.slow();
  const stamp = Date.now();
  const email = `uusintakutsu.${stamp}@kunta.example`;
  const [event] = await e2eDb()`select id from events where slug = ${INVITED}`;
  await e2eDb()`insert into event_invitations (event_id, email, language, token_hash)
    values (${event.id}, ${email}, 'fi', ${`e2e-${stamp}`})`;
  await signInContext(page.context(), baseURL!, 'admin@kokoon.example');
  await page.goto(`/fi/workspace/events/${event.id}/invitations`);

  // Each button names its action and is described by the address of its row.
  const row = page.getByRole('row').filter({ hasText: email });
  await expect(row.getByRole('button', { name: 'Lähetä kutsu uudelleen' })).toHaveAccessibleDescription(email);
  await row.getByRole('button', { name: 'Lähetä kutsu uudelleen' }).click();
  await expect(
    page.getByRole('status').filter({ hasText: `Kutsu lähtee uudelleen osoitteeseen ${email}` }),
  ).toBeVisible();
  await axe(page);

  await page.getByRole('row').filter({ hasText: email }).getByRole('button', { name: 'Poista kutsu' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Kutsu on poistettu.' })).toBeVisible();
  await expect(page.getByRole('cell', { name: email })).toHaveCount(0);
  expect((await e2eDb()`select 1 from event_invitations where email = ${email}`).length).toBe(0);
});
