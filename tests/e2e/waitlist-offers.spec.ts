import { test, expect, type Page } from './support/test';
import AxeBuilder from '@axe-core/playwright';
import { randomBytes } from 'node:crypto';
import { latestMailLink, newestMailWith } from './support/mailbox';
import { e2eDb, inviteTestOrganiser, signInContext } from './support/session';

// Waiting-list offers (issue 17), as the people involved meet them: an OYS organiser switches their
// full event to give freed places as offers; the confirmed person cancels; the first in line gets
// the offer mail with its deadline, opens the accept link (opening it changes nothing), sees the
// offer first on their page and accepts it; the organiser's list showed the open offer meanwhile.

async function expectNoAxeViolations(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
}

const MANAGE_LINK = /http:\/\/localhost:\d+\/fi\/registrations\/[A-Za-z0-9_-]{43}/;
const ACCEPT_LINK = /http:\/\/localhost:\d+\/fi\/registrations\/[A-Za-z0-9_-]{43}\?offer=accept#offer/;

test.describe('waiting-list offers', () => {
  test('the organiser turns offers on, a place frees, the first in line accepts it from the mail', async ({
    page,
    browser,
    baseURL,
  }) => {
    test.slow(); // two browsers, the mailbox three times, axe on three pages
    const tag = `${Date.now()}${randomBytes(2).toString('hex')}`;
    const sql = e2eDb();
    const [event] = await sql`
      insert into events (slug, kind, status, title_fi, summary_fi, scope, region_code, format, city,
                          venue_name, starts_at, ends_at, capacity_onsite, is_free)
      values (${`tarjoustesti-${tag}`}, 'network_day', 'published', ${`Tarjoustesti ${tag}`}, 'Paikkatarjousten testi',
              'region', 'OYS', 'onsite', 'Oulu', 'Oulun kaupungintalo',
              date_trunc('day', now() + interval '20 days') + interval '7 hours',
              date_trunc('day', now() + interval '20 days') + interval '13 hours', 1, true)
      returning id, slug`;
    const organiser = await inviteTestOrganiser('tarjous', 'organiser', ['OYS']);
    const orgContext = await browser.newContext();
    await signInContext(orgContext, baseURL!, organiser);
    const org = await orgContext.newPage();

    // The organiser chooses "as an offer" in the editor.
    await org.goto(`/fi/workspace/events/${event.id}/edit`);
    await org.getByLabel('Vapautuva paikka').selectOption('offer');
    await expect(org.getByLabel(/^Vastausaika tunteina/)).toHaveValue('24');
    await org.getByRole('button', { name: 'Tallenna muutokset' }).click();
    await expect(org.getByText('Muutokset tallennettiin.')).toBeVisible();
    await expect
      .poll(async () => (await sql`select freed_places from events where id = ${event.id}`)[0].freed_places)
      .toBe('offer');

    // Two people sign up for the one place: the second waits.
    const first = `eka.${tag}@ouka.example`;
    const second = `toka.${tag}@ouka.example`;
    for (const [email, firstName] of [
      [first, 'Eeva'],
      [second, 'Topias'],
    ]) {
      const res = await page.request.post(`/api/events/${event.slug}/registrations`, {
        data: {
          firstName,
          lastName: 'Tarjous',
          email,
          organisation: 'Oulun kaupunki',
          municipality: '564',
          sector: 'education',
          attendance: 'onsite',
          language: 'fi',
          consent: true,
        },
      });
      expect(res.status()).toBe(201);
    }

    // The confirmed person cancels from their page.
    await page.goto(`${await latestMailLink(page, first, MANAGE_LINK)}?confirm=cancel`);
    await page.getByRole('button', { name: 'Kyllä, peru ilmoittautumiseni' }).click();
    await expect(page.getByRole('status')).toContainText('Ilmoittautumisesi on peruttu');

    // The organiser sees the open offer in the attendance list.
    await org.goto(`/fi/workspace/events/${event.id}`);
    const row = org.getByRole('row').filter({ hasText: 'Topias' });
    await expect(row).toContainText(/Paikkatarjous voimassa \p{L}{2} \d{1,2}\.\d{1,2}\.\d{4} klo \d{1,2}\.\d{2} asti/u);
    await expectNoAxeViolations(org);

    // The offer mail names the deadline in Helsinki time and links to the person's page.
    const mail = await newestMailWith(page, [second, 'Sinulle tarjotaan paikkaa']);
    expect(mail).toMatch(/Vahvista paikkasi viimeistään \p{L}{2} \d{1,2}\.\d{1,2}\.\d{4} klo \d{1,2}\.\d{2}/u);
    const accept = ACCEPT_LINK.exec(mail)?.[0];
    expect(accept, mail).toBeTruthy();

    // Opening the link (twice, as a mail scanner would first) shows the offer and changes nothing.
    await page.goto(accept!);
    await page.goto(accept!);
    const offer = page.getByRole('region', { name: 'Sinulle tarjotaan paikkaa' });
    await expect(offer).toBeVisible();
    await expect(page.getByRole('heading', { level: 2 }).first()).toHaveText('Sinulle tarjotaan paikkaa');
    await expect(page.getByText('Jonossa, sija 1')).toBeVisible();
    await expectNoAxeViolations(page);

    await offer.getByRole('button', { name: 'Vahvista paikka' }).click();
    await expect(page.getByRole('status')).toHaveText(
      'Paikkasi on vahvistettu. Saat vahvistuksen ja kalenterikutsun sähköpostiisi.',
    );
    await expect(page.getByText('Vahvistettu', { exact: true })).toBeVisible();
    await expect(page.getByRole('region', { name: 'Sinulle tarjotaan paikkaa' })).toHaveCount(0);
    await expectNoAxeViolations(page);
    expect(await newestMailWith(page, [second, 'Sait paikan tapahtumaan'])).toContain('vahvistettu');

    // In the organiser's list the person is now confirmed, with no offer left open.
    await org.reload();
    await expect(org.getByRole('row').filter({ hasText: 'Topias' })).not.toContainText('Paikkatarjous');
    await orgContext.close();
  });

  test('in Swedish: the first in line opens the decline link, is asked, declines, and the next in line gets the offer', async ({
    page,
  }) => {
    test.slow();
    const tag = `${Date.now()}${randomBytes(2).toString('hex')}`;
    const sql = e2eDb();
    const [event] = await sql`
      insert into events (slug, kind, status, title_fi, title_sv, summary_fi, scope, format, city, starts_at, ends_at,
                          capacity_onsite, is_free, freed_places, offer_hours)
      values (${`erbjudande-${tag}`}, 'network_day', 'published', ${`Tarjous ${tag}`}, ${`Erbjudande ${tag}`}, 'Testi',
              'national', 'onsite', 'Vaasa', now() + interval '20 days', now() + interval '20 days 6 hours', 1, true,
              'offer', 12)
      returning slug`;
    const people = ['ett', 'tva', 'tre'].map((n) => `${n}.${tag}@vasa.example`);
    for (const email of people) {
      const res = await page.request.post(`/api/events/${event.slug}/registrations`, {
        data: {
          firstName: 'Sara',
          lastName: 'Svensson',
          email,
          organisation: 'Vasa stad',
          municipality: '905',
          sector: 'education',
          attendance: 'onsite',
          language: 'sv',
          consent: true,
        },
      });
      expect(res.status()).toBe(201);
    }
    const manage = /http:\/\/localhost:\d+\/sv\/registrations\/[A-Za-z0-9_-]{43}/;
    await page.goto(`${await latestMailLink(page, people[0], manage)}?confirm=cancel`);
    await page.getByRole('button', { name: 'Ja, annullera min anmälan' }).click();
    await expect(page.getByRole('status')).toContainText('Din anmälan är annullerad');

    const mail = await newestMailWith(page, [people[1], 'Du erbjuds en plats']);
    expect(mail).toMatch(
      /Bekräfta din plats senast \p{L}{2,4} \d{1,2}\.\d{1,2}\.\d{4} kl\. \d{1,2}\.\d{2} \(finsk tid\)/u,
    );
    const accept = /http:\/\/localhost:\d+\/sv\/registrations\/[A-Za-z0-9_-]{43}\?offer=accept#offer/.exec(mail)?.[0];
    expect(accept, mail).toBeTruthy();
    await page.goto(accept!.replace('offer=accept', 'offer=decline'));
    const offer = page.getByRole('region', { name: 'Du erbjuds en plats' });
    await expect(offer).toContainText('Vill du avstå från platsen?');
    await expectNoAxeViolations(page);
    await offer.getByRole('button', { name: 'Avstå från platsen' }).click();
    await expect(page.getByRole('status')).toHaveText(
      'Du avstod från platsen och den gick till nästa person i kön. Din plats i kön har upphört.',
    );
    await expect(page.getByText('Annullerad', { exact: true })).toBeVisible();
    // The place passes on: the third person now has the offer.
    expect(await newestMailWith(page, [people[2], 'Du erbjuds en plats'])).toContain('finsk tid');
  });
});
