import { test, expect } from './support/test';
import AxeBuilder from '@axe-core/playwright';
import { signInContext } from './support/session';

// Issue 15 §4 "Hybrid that includes everyone", in the browser: the event language on cards, event
// pages and the catalogue filter (fi and sv); a remote registrant's access need reaching the
// organiser's summary; the door list holding only the on-site people.

const WCAG = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

test.describe('event language', () => {
  test('the catalogue filters by language and cards and event pages say it, in Swedish and Finnish', async ({
    page,
  }) => {
    await page.goto('/sv');
    await page.getByLabel('Evenemangets språk', { exact: true }).selectOption({ label: 'Svenska' });
    await page.getByRole('button', { name: /Visa evenemang/ }).click();
    await expect(page).toHaveURL(/language=sv/);
    const cards = page.locator('article');
    await expect(cards.first()).toBeVisible();
    for (const text of await cards.allTextContents()) expect(text).toContain('Språk: Svenska');
    await expect(page.getByRole('link', { name: 'Nätverksdag i Österbotten' })).toBeVisible();
    expect((await new AxeBuilder({ page }).withTags(WCAG).analyze()).violations).toEqual([]);

    await page.goto('/fi/events/koulua-koulua-kaymattomille');
    const facts = page.locator('dl').first();
    await expect(facts.getByText('Kieli', { exact: true })).toBeVisible();
    await expect(facts.getByText('Kaksikielinen (suomi ja ruotsi)')).toBeVisible();
  });
});

test.describe('hybrid for the organiser', () => {
  test("a remote registrant's captions need shows in the summary per mode, and the door lists only on-site people", async ({
    page,
    context,
    baseURL,
    request,
  }) => {
    test.setTimeout(60_000);
    const stamp = Date.now();
    const sign = (lastName: string, attendance: 'onsite' | 'remote', accessNeeds: string | null) =>
      request.post('/api/events/oys-verkostopaiva/registrations', {
        data: {
          firstName: 'Hilla',
          lastName,
          email: `hilla.${attendance}.${stamp}@oulu.example`,
          organisation: 'Oulun kaupunki',
          municipality: '564',
          sector: 'education',
          attendance,
          language: 'fi',
          consent: true,
          ...(accessNeeds ? { accessNeeds } : {}),
        },
      });
    expect((await sign(`Etä${stamp}`, 'remote', 'tekstitys')).status()).toBe(201);
    expect((await sign(`Paikalla${stamp}`, 'onsite', null)).status()).toBe(201);
    const { events } = (await (await request.get('/api/events?region=OYS')).json()) as {
      events: { id: number; slug: string }[];
    };
    const id = events.find((e) => e.slug === 'oys-verkostopaiva')!.id;

    await signInContext(context, baseURL!, 'oys@kokoon.example');
    await page.goto(`/fi/workspace/events/${id}`);
    const needs = page.getByRole('region', { name: 'Saavutettavuus- ja avustustarpeet' });
    const remote = needs.getByRole('list', { name: /^Etänä:/ });
    await expect(remote.getByRole('listitem').filter({ hasText: `Etä${stamp}, Hilla` })).toContainText('tekstitys');
    expect((await new AxeBuilder({ page }).withTags(WCAG).analyze()).violations).toEqual([]);

    await page.goto(`/fi/workspace/events/${id}/checkin`);
    await expect(
      page.getByText('Listalla ja luvuissa ovat vain paikan päälle ilmoittautuneet.', { exact: false }),
    ).toBeVisible();
    const search = page.getByRole('searchbox');
    await search.fill(`Paikalla${stamp}`);
    await expect(page.getByText(`Paikalla${stamp}`, { exact: false }).first()).toBeVisible();
    await search.fill(`Etä${stamp}`);
    await expect(page.getByText('Ei hakutuloksia.')).toBeVisible();
  });
});
