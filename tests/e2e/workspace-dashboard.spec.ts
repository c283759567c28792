import { test, expect } from './support/test';
import { e2eDb, signInContext } from './support/session';

test('the workspace lists upcoming events soonest first and past ones apart, each with its own counts', async ({
  page,
  context,
  baseURL,
}) => {
  await signInContext(context, baseURL!, 'tyks@kokoon.example');
  const rows = await e2eDb()<{ id: number; title_fi: string; past: boolean; confirmed: number }[]>`
    select e.id, e.title_fi, e.ends_at <= now() as past,
      (select count(*)::int from registrations r where r.event_id = e.id and r.status = 'confirmed') as confirmed
    from events e where e.region_code = 'TYKS' order by e.starts_at, e.id`;
  const upcoming = rows.filter((r) => !r.past);
  const past = rows.filter((r) => r.past).reverse();
  expect(upcoming.length).toBeGreaterThan(1);
  expect(past.length).toBeGreaterThan(0);

  await page.goto('/fi/workspace');
  const upcomingSection = page.getByRole('region', { name: 'Tulevat ja käynnissä olevat tapahtumat' });
  const pastSection = page.getByRole('region', { name: 'Menneet tapahtumat' });
  await expect(upcomingSection.locator('tbody tr td:first-child')).toHaveText(upcoming.map((r) => r.title_fi));
  await expect(pastSection.locator('tbody tr td:first-child')).toHaveText(past.map((r) => r.title_fi));
  // Past events take no more sign-ups, so their counts stand still while other specs run.
  for (const r of past) {
    await expect(
      pastSection
        .locator('tr', { has: page.locator(`#ws-event-${r.id}`) })
        .locator('td')
        .nth(3),
    ).toHaveText(String(r.confirmed));
  }
  expect(past.some((r) => r.confirmed > 1)).toBe(true);

  await page.goto('/sv/workspace');
  await expect(page.getByRole('heading', { level: 2, name: 'Kommande och pågående evenemang' })).toBeVisible();
  await expect(page.getByRole('heading', { level: 2, name: 'Tidigare evenemang' })).toBeVisible();
});

test('every workspace page leads back to the workspace with a named link', async ({ page, context, baseURL }) => {
  await signInContext(context, baseURL!, 'admin@kokoon.example');
  for (const [path, name] of [
    ['/fi/workspace/feedback', 'Takaisin työtilaan'],
    ['/fi/workspace/stats', 'Takaisin työtilaan'],
    ['/fi/workspace/privacy', 'Takaisin työtilaan'],
    ['/sv/workspace/organisers', 'Tillbaka till arbetsytan'],
    ['/sv/workspace/audit', 'Tillbaka till arbetsytan'],
  ] as const) {
    await page.goto(path);
    await page.getByRole('link', { name, exact: true }).click();
    await expect(page).toHaveURL(new RegExp(`${path.slice(0, 3)}/workspace$`));
  }
});
