import { test, expect, type Page } from './support/test';
import AxeBuilder from '@axe-core/playwright';
import { e2eDb, signInContext } from './support/session';

// Issue 15 §2 at the workshops' doors, in the browser: a workshop host picks their workshop on the
// door page, sees only its on-site people and its own count (checked in / expected), checks one in
// (counted at that workshop only), and prints the workshop's sign-in sheet — in Finnish and Swedish,
// with axe checks. The event is this spec's own (a KYS hybrid day with two workshops), so counts
// are exact whatever the other specs do.

const WCAG = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

async function axe(page: Page) {
  expect(
    (await new AxeBuilder({ page }).withTags(WCAG).analyze()).violations.map(
      (v) => `${v.id}: ${v.nodes.map((n) => n.target).join(', ')}`,
    ),
  ).toEqual([]);
}

/** "Kirjaa saapuneeksi: Aino …": the name part is visually hidden (Chromium may put a space before the colon). */
const labelFor = (action: string, who: string) => new RegExp(`^${action}\\s?: ${who}$`);

test('a workshop host checks in their own people at the workshop door and prints the workshop’s sheet', async ({
  page,
  context,
  baseURL,
}) => {
  test.setTimeout(120_000);
  const stamp = Date.now();
  const sql = e2eDb();
  const starts = new Date(Date.now() + 3600_000);
  const [event] = await sql`
    insert into events (slug, kind, status, title_fi, title_sv, summary_fi, scope, region_code, format, city,
      starts_at, ends_at, capacity_onsite)
    values (${`tyopajaovi-${stamp}`}, 'network_day', 'published', ${`Työpajapäivä ${stamp}`},
      ${`Workshopdag ${stamp}`}, 'Työpajojen päivä', 'region', 'KYS', 'hybrid', 'Kuopio', ${starts},
      ${new Date(starts.getTime() + 6 * 3600_000)}, 50)
    returning id`;
  const [slot] = await sql`
    insert into programme_slots (event_id, starts_at, ends_at, title_fi, title_sv, room_fi, room_sv)
    values (${event.id}, ${new Date(starts.getTime() + 3600_000)}, ${new Date(starts.getTime() + 2 * 3600_000)},
      'Iltapäivän työpajat', 'Eftermiddagens workshoppar', 'Luokka 2', 'Klassrum 2')
    returning id`;
  const [a] = await sql`
    insert into programme_workshops (slot_id, title_fi, title_sv, capacity, sort_order)
    values (${slot.id}, 'Kiusaamisen ehkäisy', 'Att förebygga mobbning', 10, 1) returning id`;
  const [b] = await sql`
    insert into programme_workshops (slot_id, title_fi, title_sv, capacity, sort_order)
    values (${slot.id}, 'Toimiva arki', 'En fungerande vardag', 10, 2) returning id`;
  const person = async (first: string, last: string, workshop: number, attendance = 'onsite', language = 'fi') => {
    const [r] = await sql`
      insert into registrations (event_id, status, attendance, first_name, last_name, email, organisation, language, consent)
      values (${event.id}, 'confirmed', ${attendance}, ${first}, ${last}, ${`${last.toLowerCase()}@kuopio.example`},
        'Kuopion kaupunki', ${language}, true)
      returning id`;
    await sql`insert into workshop_picks (registration_id, slot_id, workshop_id) values (${r.id}, ${slot.id}, ${workshop})`;
    return r.id as number;
  };
  const aalto = `Aalto${stamp}`;
  const berg = `Berg${stamp}`;
  const remote = `Etäinen${stamp}`;
  const other = `Toinen${stamp}`;
  const aino = await person('Aino', aalto, a.id);
  await person('Britt', berg, a.id, 'onsite', 'sv');
  await person('Eetu', remote, a.id, 'remote');
  await person('Tuomas', other, b.id);

  await signInContext(context, baseURL!, 'admin@kokoon.example');
  await page.goto(`/fi/workspace/events/${event.id}/checkin`);
  await expect(page.getByText('Saapuneita 0/3')).toBeVisible(); // the event's door: every on-site person
  await page.getByLabel('Työpaja', { exact: true }).selectOption({ label: 'Kiusaamisen ehkäisy' });
  await page.getByRole('button', { name: 'Näytä', exact: true }).click();
  await expect(page).toHaveURL(new RegExp(`workshop=${a.id}`));
  await expect(page.getByText('Saapumisten kirjaus työpajaan Kiusaamisen ehkäisy')).toBeVisible();
  await expect(page.getByText('Työpajaan saapuneita 0/2')).toBeVisible();
  const list = page.getByRole('list').filter({ hasText: aalto });
  await expect(list.getByRole('listitem')).toHaveCount(2);
  await expect(page.getByText(other)).toHaveCount(0);
  await expect(page.getByText(remote)).toHaveCount(0);
  await axe(page);

  await page.getByRole('button', { name: labelFor('Kirjaa saapuneeksi', `Aino ${aalto}`) }).click();
  await expect(page.getByText('Työpajaan saapuneita 1/2')).toBeVisible();
  await expect(page).toHaveURL(new RegExp(`workshop=${a.id}`));
  await expect(
    page.getByRole('button', { name: labelFor('Peru saapumisen kirjaus', `Aino ${aalto}`) }).first(),
  ).toBeVisible();
  // Arriving at the workshop checked her in at the event too; workshop B's door counts nobody.
  const [row] = await sql`select checked_in_at, attended_onsite from registrations where id = ${aino}`;
  expect(row.attended_onsite).toBe(true);
  await page.goto(`/fi/workspace/events/${event.id}/checkin?workshop=${b.id}`);
  await expect(page.getByText('Työpajaan saapuneita 0/1')).toBeVisible();

  // The programme editor links each workshop's door and sheet for its host.
  await page.goto(`/fi/workspace/events/${event.id}/programme`);
  await page.getByRole('link', { name: 'Allekirjoituslista: Toimiva arki' }).click();
  await expect(page).toHaveURL(new RegExp(`/fi/workspace/events/${event.id}/sheet\\?workshop=${b.id}$`));
  await expect(page.getByRole('rowheader')).toHaveText([`${other}, Tuomas`]);

  // The workshop's sign-in sheet, in Swedish: its people, its title, slot and room in the header.
  await page.goto(`/sv/workspace/events/${event.id}/sheet`);
  await page.getByLabel('Workshop', { exact: true }).selectOption({ label: 'Att förebygga mobbning' });
  await page.getByRole('button', { name: 'Visa', exact: true }).click();
  await expect(page).toHaveURL(new RegExp(`workshop=${a.id}`));
  const sheet = page.locator('section[aria-labelledby="sheet-heading"]');
  await expect(sheet.getByRole('heading', { level: 2 })).toHaveText(
    `Underskriftslista: Att förebygga mobbning – Workshopdag ${stamp}`,
  );
  await expect(sheet).toContainText('Eftermiddagens workshoppar,');
  await expect(sheet).toContainText('Klassrum 2');
  await expect(sheet.getByRole('rowheader')).toHaveText([`${aalto}, Aino`, `${berg}, Britt`]);
  await axe(page);

  // "Message the people of this workshop": its confirmed people (2 Finnish — the remote one too — and 1 Swedish).
  await page.goto(`/fi/workspace/events/${event.id}/messages`);
  await page.getByLabel('Työpajan osallistujat').check();
  await page.getByLabel('Otsikko suomeksi').fill(`Työpajan ennakkotehtävä ${stamp}`);
  await page.getByLabel('Viesti suomeksi').fill('Tuokaa mukananne yksi esimerkkitapaus.');
  await page.getByRole('button', { name: 'Lähetä viesti' }).click();
  await expect(page.getByRole('alert').filter({ hasText: 'Valitse työpaja.' })).toBeVisible();
  await page.getByRole('combobox', { name: 'Työpaja', exact: true }).selectOption({ index: 1 });
  await expect(page.getByText('Valitusta joukosta 2 on valinnut suomen ja 1 ruotsin kielekseen.')).toBeVisible();
  await axe(page);
  await page.getByRole('button', { name: 'Lähetä viesti' }).click();
  await expect(page).toHaveURL(/\/messages\/\d+$/);
  await expect(page.getByText(/^Vastaanottajat: Työpajan osallistujat: Kiusaamisen ehkäisy\. /)).toBeVisible();
  const [sent] = await sql`select audience, workshop_id, recipients from event_messages where event_id = ${event.id}`;
  expect(sent).toEqual({ audience: 'workshop', workshop_id: a.id, recipients: 3 });
});
