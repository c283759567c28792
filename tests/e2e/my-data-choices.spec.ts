import { test, expect } from './support/test';
import { newestMailWith } from './support/mailbox';

// The my-data page (GDPR self-service) shows what the JSON download holds: also the answers to an
// event's own questions and the workshop picked from its programme, beside the registration.

const SLUG = 'pohjois-karjalan-verkostopaiva';

type ApiEvent = {
  questions: {
    id: number | string;
    type: string;
    required: boolean;
    options: { id: number | string; label: { fi: string } }[];
  }[];
  programme: {
    id: number | string;
    workshops: { id: number | string; title: { fi: string }; seatsLeft: number | null }[];
  }[];
};

test('a participant sees their own answers and workshop on the my-data page', async ({ page, request }) => {
  const event = (await (await request.get(`/api/events/${SLUG}`)).json()) as ApiEvent;
  const choice = event.questions.find((q) => q.type === 'single' && q.required)!;
  const slot = event.programme.find((s) => s.workshops.length > 1)!;
  const workshop = slot.workshops.find((w) => w.seatsLeft === null || w.seatsLeft > 0)!;
  const email = `omat.${Date.now()}@joensuu.example`;
  const answers = Object.fromEntries(
    event.questions
      .filter((q) => q.required)
      .map((q) => [
        String(q.id),
        q.type === 'single'
          ? q.options[0].id
          : q.type === 'multiple'
            ? [q.options[0].id]
            : q.type === 'yesNo' || q.type === 'consent'
              ? true
              : 'vastaus',
      ]),
  );
  const signUp = await request.post(`/api/events/${SLUG}/registrations`, {
    data: {
      firstName: 'Olli',
      lastName: 'Omatiedot',
      email,
      organisation: 'Joensuun kaupunki',
      municipality: '167',
      sector: 'education',
      attendance: 'onsite',
      language: 'fi',
      consent: true,
      answers,
      workshops: { [String(slot.id)]: workshop.id },
    },
  });
  expect(signUp.status(), await signUp.text()).toBe(201);

  await page.goto('/fi/my-data');
  await page.getByLabel(/^Sähköpostiosoite/).fill(email);
  await page.getByRole('button', { name: /^Lähetä linkki/ }).click();
  const text = await newestMailWith(page, ['Tietosi Kokoon-palvelussa', email]);
  const link = /http:\/\/localhost:\d+\/fi\/my-data\/[A-Za-z0-9_-]{43}/.exec(text)![0];
  await page.goto(link);
  const row = page.getByRole('row').filter({ hasText: 'Olli Omatiedot' });
  await expect(row).toContainText('Vastaukset kysymyksiin');
  await expect(row).toContainText(choice.options[0].label.fi);
  await expect(row).toContainText('Työpajavalinnat');
  await expect(row).toContainText(workshop.title.fi);
});
