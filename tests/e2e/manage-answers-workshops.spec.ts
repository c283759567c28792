import { createHash, randomBytes } from 'node:crypto';
import { test, expect, type Page } from './support/test';
import AxeBuilder from '@axe-core/playwright';
import { e2eDb, signInContext } from './support/session';

// Issue 15 §1–2 on the manage page, in the browser: a participant changes their answers to the
// event's own questions ("Tallenna vastaukset") and their workshop ("Vaihda työpaja"), switches to
// remote — the on-site lunch answer goes and the page asks for the remote mode's required question,
// in Finnish and Swedish — and an organiser moves them to another workshop from the attendance list.
// The event is this spec's own (a TAYS hybrid day), so nothing depends on the other specs.

const WCAG = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];
const HOUR = 3600_000;

async function axe(page: Page) {
  expect(
    (await new AxeBuilder({ page }).withTags(WCAG).analyze()).violations.map(
      (v) => `${v.id}: ${v.nodes.map((n) => n.target).join(', ')}`,
    ),
  ).toEqual([]);
}

test('a participant changes answers and workshop and switches to remote; an organiser moves them to another workshop', async ({
  page,
  context,
  baseURL,
}) => {
  test.setTimeout(120_000);
  const stamp = Date.now();
  const sql = e2eDb();
  const starts = new Date(Date.now() + 10 * 24 * HOUR);
  const [event] = await sql`
    insert into events (slug, kind, status, title_fi, title_sv, summary_fi, scope, region_code, format, city,
      starts_at, ends_at, capacity_onsite, capacity_remote)
    values (${`vastauspaiva-${stamp}`}, 'network_day', 'published', ${`Vastauspäivä ${stamp}`},
      ${`Svarsdag ${stamp}`}, 'Verkostopäivä', 'region', 'TAYS', 'hybrid', 'Tampere', ${starts},
      ${new Date(starts.getTime() + 6 * HOUR)}, 50, null)
    returning id`;
  const [slot] = await sql`
    insert into programme_slots (event_id, starts_at, ends_at, title_fi, title_sv)
    values (${event.id}, ${new Date(starts.getTime() + HOUR)}, ${new Date(starts.getTime() + 2 * HOUR)},
      'Iltapäivän työpajat', 'Eftermiddagens workshoppar')
    returning id`;
  const workshop = async (fi: string, sv: string, order: number) => {
    const [w] = await sql`
      insert into programme_workshops (slot_id, title_fi, title_sv, capacity, sort_order)
      values (${slot.id}, ${fi}, ${sv}, 10, ${order}) returning id`;
    return w.id as number;
  };
  const a = await workshop('Kiusaamisen ehkäisy', 'Att förebygga mobbning', 1);
  const b = await workshop('Toimiva arki', 'En fungerande vardag', 2);
  const question = async (
    position: number,
    type: string,
    fi: string,
    sv: string,
    askedOf: string,
    required: boolean,
    options: { id: number; fi: string; sv: string }[] = [],
  ) => {
    const [q] = await sql`
      insert into registration_questions (event_id, position, type, label_fi, label_sv, options, required, asked_of)
      values (${event.id}, ${position}, ${type}, ${fi}, ${sv}, ${sql.json(options)}, ${required}, ${askedOf})
      returning id`;
    return q.id as number;
  };
  const lunch = await question(1, 'single', 'Lounasvalinta', 'Lunchval', 'onsite', true, [
    { id: 1, fi: 'Liharuoka', sv: 'Kötträtt' },
    { id: 2, fi: 'Kasvisruoka', sv: 'Vegetarisk rätt' },
  ]);
  const device = await question(2, 'single', 'Etäyhteyden laite', 'Enhet för distansdeltagandet', 'remote', true, [
    { id: 1, fi: 'Tietokone', sv: 'Dator' },
    { id: 2, fi: 'Puhelin', sv: 'Telefon' },
  ]);
  const greeting = await question(
    3,
    'shortText',
    'Terveiset järjestäjälle',
    'Hälsningar till arrangören',
    'both',
    false,
  );

  // Signed up on site, with meat for lunch, in workshop A.
  const last = `Vastaaja${stamp}`;
  const [reg] = await sql`
    insert into registrations (event_id, status, attendance, first_name, last_name, email, organisation, language, consent)
    values (${event.id}, 'confirmed', 'onsite', 'Vilja', ${last}, ${`vilja.${stamp}@tampere.example`},
      'Tampereen kaupunki', 'fi', true)
    returning id`;
  await sql`insert into registration_answers (registration_id, question_id, value) values (${reg.id}, ${lunch}, ${sql.json(1)})`;
  await sql`insert into workshop_picks (registration_id, slot_id, workshop_id) values (${reg.id}, ${slot.id}, ${a})`;
  const token = randomBytes(32).toString('base64url');
  await sql`insert into access_tokens (token_hash, purpose, registration_id)
    values (${createHash('sha256').update(token).digest('hex')}, 'manage', ${reg.id})`;
  const answers = async () =>
    Object.fromEntries(
      (await sql`select question_id, value from registration_answers where registration_id = ${reg.id}`).map((r) => [
        r.question_id,
        r.value,
      ]),
    );
  const pick = async () =>
    (await sql`select workshop_id from workshop_picks where registration_id = ${reg.id}`)[0]?.workshop_id;

  // The participant, in a context of their own (no organiser session).
  const participantContext = await context.browser()!.newContext();
  const me = await participantContext.newPage();
  const manage = `/fi/registrations/${token}`;
  await me.goto(manage);
  const answersSection = me.getByRole('region', { name: 'Vastauksesi lisäkysymyksiin', exact: true });
  await expect(answersSection.getByRole('group', { name: /^Lounasvalinta/ }).getByLabel('Liharuoka')).toBeChecked();
  await expect(answersSection.getByRole('group', { name: /^Etäyhteyden laite/ })).toHaveCount(0); // a remote question
  await expect(me.getByRole('region', { name: 'Vastaa vielä lisäkysymyksiin', exact: true })).toHaveCount(0);

  // Changing the answers.
  await answersSection
    .getByRole('group', { name: /^Lounasvalinta/ })
    .getByLabel('Kasvisruoka')
    .check();
  await answersSection.getByLabel(/^Terveiset järjestäjälle/).fill('Kiitos hyvästä päivästä');
  await answersSection.getByRole('button', { name: 'Tallenna vastaukset' }).click();
  await expect(answersSection.getByRole('status')).toHaveText('Vastauksesi on tallennettu.');
  expect(await answers()).toEqual({ [lunch]: 2, [greeting]: 'Kiitos hyvästä päivästä' });
  await me.reload();
  await expect(answersSection.getByRole('group', { name: /^Lounasvalinta/ }).getByLabel('Kasvisruoka')).toBeChecked();
  await expect(answersSection.getByLabel(/^Terveiset järjestäjälle/)).toHaveValue('Kiitos hyvästä päivästä');

  // Changing the workshop.
  const workshops = me.getByRole('region', { name: 'Työpajat', exact: true });
  await expect(workshops.getByLabel('Kiusaamisen ehkäisy')).toBeChecked();
  await workshops.getByLabel('Toimiva arki').check();
  await workshops.getByRole('button', { name: 'Vaihda työpaja' }).click();
  await expect(me.getByRole('status').filter({ hasText: 'Työpajasi on tallennettu.' })).toBeVisible();
  await expect(me.getByRole('region', { name: 'Työpajat', exact: true }).getByLabel('Toimiva arki')).toBeChecked();
  expect(await pick()).toBe(b);

  // Switching to remote: the lunch answer goes, and the page asks for the remote question.
  await me.getByRole('button', { name: 'Vaihda etäosallistumiseen' }).click();
  await expect(me.getByRole('status').filter({ hasText: 'Osallistumistapasi on vaihdettu.' })).toBeVisible();
  const prompt = me.getByRole('region', { name: 'Vastaa vielä lisäkysymyksiin', exact: true });
  await expect(prompt.getByRole('listitem')).toHaveText(['Etäyhteyden laite']);
  expect(await answers()).toEqual({ [greeting]: 'Kiitos hyvästä päivästä' });
  await expect(answersSection.getByRole('group', { name: /^Lounasvalinta/ })).toHaveCount(0);
  await axe(me);
  // The same in Swedish.
  await me.goto(`/sv/registrations/${token}`);
  await expect(me.getByRole('region', { name: 'Svara ännu på tilläggsfrågorna' }).getByRole('listitem')).toHaveText([
    'Enhet för distansdeltagandet',
  ]);
  await me.goto(manage);
  await prompt.getByRole('link', { name: 'Vastaa kysymyksiin' }).click();
  // Saving without the required answer is refused by name; with it, the prompt is gone.
  await answersSection.getByRole('button', { name: 'Tallenna vastaukset' }).click();
  await expect(answersSection.getByRole('alert')).toBeVisible();
  await expect(answersSection.getByRole('group', { name: /^Etäyhteyden laite/ })).toContainText('Valitse vastaus.');
  await answersSection
    .getByRole('group', { name: /^Etäyhteyden laite/ })
    .getByLabel('Tietokone')
    .check();
  await answersSection.getByRole('button', { name: 'Tallenna vastaukset' }).click();
  await expect(answersSection.getByRole('status')).toHaveText('Vastauksesi on tallennettu.');
  expect(await answers()).toEqual({ [greeting]: 'Kiitos hyvästä päivästä', [device]: 1 });
  await me.reload();
  await expect(me.getByRole('region', { name: 'Vastaa vielä lisäkysymyksiin', exact: true })).toHaveCount(0);

  // The organiser moves the person back to workshop A from the attendance list.
  await signInContext(context, baseURL!, 'tays@kokoon.example');
  await page.goto(`/fi/workspace/events/${event.id}`);
  const row = page.getByRole('row').filter({ hasText: last });
  await expect(row).toContainText('Etäyhteyden laite: Tietokone');
  await expect(row).not.toContainText('Lounasvalinta');
  await row.getByLabel(/^Työpaja: Iltapäivän työpajat/).selectOption({ label: 'Kiusaamisen ehkäisy' });
  await row.getByRole('button', { name: /^Siirrä/ }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Osallistuja siirretty työpajaan.' })).toBeVisible();
  await expect(
    page
      .getByRole('row')
      .filter({ hasText: last })
      .getByLabel(/^Työpaja: Iltapäivän työpajat/),
  ).toHaveValue(String(a));
  expect(await pick()).toBe(a);
  await axe(page);
  await me.reload();
  await expect(
    me.getByRole('region', { name: 'Työpajat', exact: true }).getByLabel('Kiusaamisen ehkäisy'),
  ).toBeChecked();
  await participantContext.close();
});
