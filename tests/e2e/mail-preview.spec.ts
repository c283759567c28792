// Issue 16: "messages, certificates and surveys go out on one click". Before certificates or the
// feedback survey go out, the organiser sees the mail in Finnish and Swedish, how many of each
// language would get it, a sample certificate, and sends a test to themselves only — in both
// languages of the interface, with axe on each page.
import { test, expect, type Page } from './support/test';
import AxeBuilder from '@axe-core/playwright';
import { e2eDb, inviteTestOrganiser, signInContext } from './support/session';
import { newestMailWith } from './support/mailbox';
import { expectNoRawKeys } from './support/raw-keys';

const WCAG = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

async function expectAccessible(page: Page) {
  await expect(page).toHaveTitle(/\S/);
  const results = await new AxeBuilder({ page }).withTags(WCAG).analyze();
  expect(
    results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3)}`),
    page.url(),
  ).toEqual([]);
  await expectNoRawKeys(page);
  expect(await page.evaluate(() => document.documentElement.scrollWidth), 'no sideways scrolling').toBeLessThanOrEqual(
    page.viewportSize()!.width,
  );
}

async function eventId(slug: string): Promise<number> {
  const [row] = await e2eDb()`select id from events where slug = ${slug}`;
  return row.id as number;
}

test.describe('previews before a bulk sending', () => {
  test('the certificate mail in both languages with the recipients per language, a sample PDF, and a test to me', async ({
    page,
    context,
    baseURL,
  }) => {
    test.setTimeout(90_000);
    const email = await inviteTestOrganiser('preview-cert', 'organiser', ['TYKS']);
    await signInContext(context, baseURL!, email);
    const id = await eventId('tunnistaminen-taydennyskoulutus');
    await page.goto(`/fi/workspace/events/${id}`);
    await page.getByRole('link', { name: 'Esikatsele todistusviesti ja lähetä testi itsellesi' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(
      'Koulupoissaolojen varhainen tunnistaminen – täydennyskoulutus',
    );
    await expect(page.getByTestId('preview-recipients')).toHaveText(
      /^Lähetys menisi nyt \d+ henkilölle: \d+ suomeksi, \d+ ruotsiksi\.$/,
    );
    const fi = page.getByRole('region', { name: 'Suomeksi' });
    const sv = page.getByRole('region', { name: 'Ruotsiksi' });
    await expect(fi).toContainText('Osallistumistodistus: ');
    await expect(sv).toContainText('Deltagarintyg: ');
    await expect(sv.locator('[lang="sv"]')).toContainText('Hej Testi preview-cert');
    await expectAccessible(page);

    // The sample PDF, in Swedish.
    const href = await page.getByRole('link', { name: 'Lataa mallitodistus ruotsiksi (PDF)' }).getAttribute('href');
    const pdf = await page.request.get(href!);
    expect(pdf.status()).toBe(200);
    expect(pdf.headers()['content-type']).toBe('application/pdf');
    expect((await pdf.body()).subarray(0, 5).toString()).toBe('%PDF-');

    // The test: to me only, marked, with a link that opens nothing.
    await page.getByRole('button', { name: 'Lähetä testi ruotsiksi' }).click();
    await expect(page).toHaveURL(/[?&]test=sv\b/, { timeout: 30_000 }); // the action renders both mails again
    await expect(page.getByRole('status')).toHaveText(`Ruotsinkielinen testiviesti on jonossa osoitteeseen ${email}.`);
    await expectAccessible(page);
    const text = await newestMailWith(page, [email, '[TEST] Deltagarintyg'], 30_000);
    expect(text).toContain('testmeddelande');
    expect(text).toMatch(/\/sv\/registrations\/test\b/);
  });

  test('the feedback survey invitation, in Swedish: exact recipients per language, both languages, a test to me', async ({
    page,
    context,
    baseURL,
  }) => {
    test.setTimeout(90_000);
    const email = await inviteTestOrganiser('preview-survey', 'organiser', ['HYKS']);
    await signInContext(context, baseURL!, email);
    const id = await eventId('kymenlaakson-verkostopaiva');
    const [want] = await e2eDb()`
      select count(*) filter (where r.language = 'fi' and i.id is null)::int as fi,
             count(*) filter (where r.language = 'sv' and i.id is null)::int as sv
        from registrations r
        join surveys s on s.event_id = r.event_id
        left join survey_invitations i on i.survey_id = s.id and i.registration_id = r.id
       where r.event_id = ${id} and r.status = 'confirmed'
         and (r.attended_onsite = true or r.remote_joined_at is not null)
         and r.email not like '%@anonymised.invalid'`;
    await page.goto(`/sv/workspace/events/${id}/feedback`);
    await page.getByRole('link', { name: 'Förhandsgranska enkätinbjudan och skicka ett test till dig själv' }).click();
    const total = want.fi + want.sv;
    await expect(page.getByTestId('preview-recipients')).toHaveText(
      `Utskicket skulle nu gå till ${total} ${total === 1 ? 'person' : 'personer'}: ${want.fi} på finska, ${want.sv} på svenska.`,
    );
    await expect(page.getByRole('region', { name: 'På finska' })).toContainText('Anna palautetta: ');
    await expect(page.getByRole('region', { name: 'På svenska' })).toContainText('Ge respons: ');
    await expectAccessible(page);

    await page.getByRole('button', { name: 'Skicka test på finska' }).click();
    await expect(page).toHaveURL(/[?&]test=fi\b/, { timeout: 30_000 });
    await expect(page.getByRole('status')).toHaveText(`Ett finskspråkigt testmeddelande står i kö till ${email}.`);
    const text = await newestMailWith(page, [email, '[TESTI] Anna palautetta'], 30_000);
    expect(text).toContain('testiviesti');
    expect(text).toMatch(/\/fi\/feedback\/test\b/);
  });
});
