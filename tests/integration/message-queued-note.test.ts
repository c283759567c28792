// What the organiser reads after sending a message: "Viesti on jonossa 3 vastaanottajalle." /
// "Meddelandet står i kö till 3 mottagare." — the server action's note, with its ICU plural
// formatted, never the raw pattern (issue 14).
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { randomUUID } from 'node:crypto';
import { useTestDatabase } from '../support/test-db';
import { createEvent } from '../support/factories';
import { db } from '@/db/client';
import { registrations } from '@/db/schema';
import { inviteOrganiser } from '@/lib/auth/accounts';
import type { Organiser } from '@/lib/auth/guards';

// The signed-in organiser comes from the session cookie in the app; here the session is this one.
const session = vi.hoisted(() => ({ organiser: null as unknown }));
vi.mock('@/lib/auth/guards', async (original) => ({
  ...(await original<typeof import('@/lib/auth/guards')>()),
  currentOrganiser: async () => session.organiser,
}));
const { sendMessageAction } = await import('@/app/[locale]/(workspace)/workspace/events/[id]/messages/actions');

useTestDatabase();

let eventId: number;

beforeAll(async () => {
  const email = 'note@msg.example';
  session.organiser = {
    id: await inviteOrganiser(db(), { email, role: 'organiser', regions: ['HYKS'] }),
    email,
    name: null,
    role: 'organiser',
    regions: ['HYKS'],
  } satisfies Organiser;
  eventId = (await createEvent({ scope: 'region', regionCode: 'HYKS' })).id;
  const base = {
    eventId,
    attendance: 'onsite' as const,
    organisation: 'Kunta',
    consent: true,
    status: 'confirmed' as const,
  };
  await db()
    .insert(registrations)
    .values([
      { ...base, firstName: 'Aino', lastName: 'A', email: 'aino@kunta.example', language: 'fi' },
      { ...base, firstName: 'Anna', lastName: 'B', email: 'anna@kommun.example', language: 'sv' },
      { ...base, firstName: 'Olli', lastName: 'C', email: 'olli@kunta.example', language: 'fi' },
    ]);
});

const form = () => ({
  audience: 'registrants',
  subjectFi: 'Ennakkotehtävä',
  bodyFi: 'Tuokaa palvelukartta.',
  subjectSv: '',
  bodySv: '',
  formKey: randomUUID(),
});

describe('the organiser\'s "message queued" note', () => {
  it('says "3 vastaanottajalle" in Finnish and "3 mottagare" in Swedish', async () => {
    const fi = await sendMessageAction('fi', eventId, form());
    expect(fi).toMatchObject({ ok: true, message: 'Viesti on jonossa 3 vastaanottajalle.' });
    const sv = await sendMessageAction('sv', eventId, form());
    expect(sv).toMatchObject({ ok: true, message: 'Meddelandet står i kö till 3 mottagare.' });
    for (const r of [fi, sv]) expect(r.message).not.toMatch(/\{\w+, (plural|select)/);
  });
});
