import { beforeAll, describe, expect, it } from 'vitest';
import { useTestDatabase } from '../support/test-db';
import { createEvent } from '../support/factories';
import { db } from '@/db/client';
import { eq } from 'drizzle-orm';
import { eventMessages, events, eventStreams, mailOutbox, registrations } from '@/db/schema';
import { publishEvent, publishWarnings } from '@/lib/events/editor';
import { inviteOrganiser } from '@/lib/auth/accounts';
import type { Organiser } from '@/lib/auth/guards';
import { audienceLanguageCounts, sendTestMessage } from '@/lib/messages/service';
import { swedishTextMissing, testMessageSchema } from '@/lib/messages/schema';
import { randomUUID } from 'node:crypto';
import { renderOutgoing } from '@/lib/mail/worker';

useTestDatabase();

let hyks: Organiser;
let tays: Organiser;
let eventId: number;

beforeAll(async () => {
  hyks = {
    id: await inviteOrganiser(db(), { email: 'hyks@safety.example', role: 'organiser', regions: ['HYKS'] }),
    email: 'hyks@safety.example',
    name: null,
    role: 'organiser',
    regions: ['HYKS'],
  };
  tays = {
    id: await inviteOrganiser(db(), { email: 'tays@safety.example', role: 'organiser', regions: ['TAYS'] }),
    email: 'tays@safety.example',
    name: null,
    role: 'organiser',
    regions: ['TAYS'],
  };
  eventId = (await createEvent({ scope: 'region', regionCode: 'HYKS' })).id;
  const base = { eventId, attendance: 'onsite' as const, organisation: 'Kunta', consent: true };
  await db()
    .insert(registrations)
    .values([
      {
        ...base,
        status: 'confirmed',
        firstName: 'Aino',
        lastName: 'A',
        email: 'aino@kunta.example',
        language: 'fi',
        attendedOnsite: true,
      },
      { ...base, status: 'confirmed', firstName: 'Anna', lastName: 'B', email: 'anna@kommun.example', language: 'sv' },
      {
        ...base,
        status: 'confirmed',
        firstName: 'Bo',
        lastName: 'C',
        email: 'bo@kommun.example',
        language: 'sv',
        attendedOnsite: true,
      },
      {
        ...base,
        status: 'waitlisted',
        firstName: 'Olli',
        lastName: 'D',
        email: 'olli@kunta.example',
        language: 'fi',
        waitlistedAt: new Date(),
      },
      {
        ...base,
        status: 'cancelled',
        firstName: 'Stina',
        lastName: 'E',
        email: 'stina@kommun.example',
        language: 'sv',
      },
    ]);
});

describe('message form: who reads Swedish', () => {
  it('counts, per audience, the recipients who chose Finnish and Swedish (cancelled ones not at all)', async () => {
    expect(await audienceLanguageCounts(hyks, eventId)).toEqual({
      ok: true,
      value: { registrants: { fi: 1, sv: 2 }, waitlist: { fi: 1, sv: 0 }, attendees: { fi: 1, sv: 1 } },
    });
  });

  it("tells another region's organiser nothing", async () => {
    expect(await audienceLanguageCounts(tays, eventId)).toEqual({ ok: false, error: 'messages.errors.notFound' });
  });

  it('warns when Swedish speakers are among the recipients and the Swedish subject or text is empty', async () => {
    const r = await audienceLanguageCounts(hyks, eventId);
    if (!r.ok) throw new Error(r.error);
    const languages = r.value;
    expect(swedishTextMissing({ audience: 'registrants', subjectSv: '', bodySv: '' }, languages)).toBe(true);
    expect(swedishTextMissing({ audience: 'registrants', subjectSv: 'Rubrik', bodySv: '  ' }, languages)).toBe(true);
    expect(swedishTextMissing({ audience: 'registrants', subjectSv: 'Rubrik', bodySv: 'Text' }, languages)).toBe(false);
    // Nobody on the waiting list chose Swedish, and with no audience chosen there is nobody to warn about.
    expect(swedishTextMissing({ audience: 'waitlist', subjectSv: '', bodySv: '' }, languages)).toBe(false);
    expect(swedishTextMissing({ audience: undefined, subjectSv: '', bodySv: '' }, languages)).toBe(false);
  });
});

describe('publishing: a confirm step for what would be missing', () => {
  const statusOf = async (id: number) =>
    (await db().select({ status: events.status }).from(events).where(eq(events.id, id)))[0].status;

  it('does not publish a hybrid event with no stream URL and no Swedish title or summary until the organiser confirms', async () => {
    const { id } = await createEvent({
      scope: 'region',
      regionCode: 'HYKS',
      status: 'draft',
      format: 'hybrid',
      capacityRemote: 100,
      titleSv: null,
      summarySv: null,
    });
    expect(await publishWarnings(hyks, id)).toEqual({ ok: true, value: ['noStream', 'noTitleSv', 'noSummarySv'] });
    expect(await publishEvent(hyks, id)).toEqual({ ok: false, error: 'editor.errors.publishWarnings' });
    expect(await statusOf(id)).toBe('draft');
    // Another region's organiser learns nothing about the event.
    expect(await publishWarnings(tays, id)).toEqual({ ok: false, error: 'editor.errors.notFound' });
    // Seen and confirmed: published deliberately.
    expect(await publishEvent(hyks, id, new Date(), { confirmed: true })).toEqual({ ok: true, value: null });
    expect(await statusOf(id)).toBe('published');
    expect(await publishWarnings(hyks, id)).toEqual({ ok: true, value: [] });
  });

  it('warns about the stream of an online event alone when the Swedish texts are there, and not once the stream is set', async () => {
    const { id } = await createEvent({
      scope: 'region',
      regionCode: 'HYKS',
      status: 'draft',
      format: 'online',
      capacityOnsite: null,
      capacityRemote: 100,
      titleSv: 'Webbinarium',
      summarySv: 'Sammanfattning',
    });
    expect(await publishWarnings(hyks, id)).toEqual({ ok: true, value: ['noStream'] });
    await db().insert(eventStreams).values({ eventId: id, url: 'https://meet.example/abc' });
    expect(await publishWarnings(hyks, id)).toEqual({ ok: true, value: [] });
    expect(await publishEvent(hyks, id)).toEqual({ ok: true, value: null });
  });

  it('publishes a complete on-site event in one step, as before', async () => {
    const { id } = await createEvent({
      scope: 'region',
      regionCode: 'HYKS',
      status: 'draft',
      summarySv: 'Sammanfattning',
    });
    expect(await publishEvent(hyks, id)).toEqual({ ok: true, value: null });
    expect(await statusOf(id)).toBe('published');
  });
});

describe('message form: send a test to me', () => {
  const form = (o: Record<string, string> = {}) =>
    testMessageSchema.parse({
      audience: 'registrants',
      subjectFi: 'Ennakkotehtävä',
      bodyFi: 'Tuokaa palvelukartta.',
      subjectSv: 'Förhandsuppgift',
      bodySv: 'Ta med servicekartan.',
      formKey: randomUUID(),
      testLanguage: 'sv',
      ...o,
    });
  const outbox = () => db().select().from(mailOutbox).where(eq(mailOutbox.kind, 'organiser_message'));

  it('queues one mail to the signed-in organiser only, in the chosen language, marked as a test, and sends nothing to the participants', async () => {
    expect(await sendTestMessage(hyks, eventId, form())).toEqual({ ok: true, value: { to: 'hyks@safety.example' } });
    expect(await sendTestMessage(hyks, eventId, form({ testLanguage: 'fi' }))).toMatchObject({ ok: true });
    const mails = await outbox();
    expect(mails.map((m) => [m.toEmail, m.locale])).toEqual([
      ['hyks@safety.example', 'sv'],
      ['hyks@safety.example', 'fi'],
    ]);
    const texts = mails.map(
      (m) => (m.payload as { data: { message: { subject: string; body: string } } }).data.message,
    );
    expect(texts).toEqual([
      { subject: '[TEST] Förhandsuppgift', body: 'Ta med servicekartan.' },
      { subject: '[TESTI] Ennakkotehtävä', body: 'Tuokaa palvelukartta.' },
    ]);
    expect(await db().select().from(eventMessages)).toEqual([]); // not a sent message
  });

  it("shows a Swedish reader the Finnish text when no Swedish was written, and refuses another region's event", async () => {
    await db().delete(mailOutbox).where(eq(mailOutbox.kind, 'organiser_message'));
    expect(await sendTestMessage(hyks, eventId, form({ subjectSv: '', bodySv: '' }))).toMatchObject({ ok: true });
    expect(await sendTestMessage(tays, eventId, form())).toEqual({ ok: false, error: 'messages.errors.notFound' });
    const mails = await outbox();
    expect(mails).toHaveLength(1);
    expect(mails[0]).toMatchObject({ toEmail: 'hyks@safety.example', locale: 'sv' });
    expect((mails[0].payload as { data: { message: { subject: string } } }).data.message.subject).toBe(
      '[TEST] Ennakkotehtävä',
    );
    // The worker renders it like any message: to the organiser, with the test subject.
    const out = await renderOutgoing(mails[0]);
    expect(out.to).toBe('hyks@safety.example');
    expect(JSON.stringify(out)).toContain('[TEST] Ennakkotehtävä');
  });
});
