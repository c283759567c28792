// Issue 15 §2: "message the people of this workshop" — the organiser writes to those holding a seat
// in one workshop (confirmed, optionally the waiting ones too), through the outbox, audited like the
// event's other messages; a workshop of another event is refused and nothing is stored.
import { describe, expect, it } from 'vitest';
import { randomUUID } from 'node:crypto';
import { and, eq, sql } from 'drizzle-orm';
import { useTestDatabase } from '../support/test-db';
import { db } from '@/db/client';
import { auditLog, eventMessages, mailOutbox } from '@/db/schema';
import { messageSchema } from '@/lib/messages/schema';
import { audienceText, listEventMessages, sendEventMessage, workshopAudiences } from '@/lib/messages/service';
import { cancelOnBehalf } from '@/lib/attendance/places';
import { eventWithWorkshops, regionOrganiser, signUpTo } from '../support/workshops';

useTestDatabase();

const input = (o: Record<string, unknown>) =>
  messageSchema.parse({
    audience: 'workshop',
    subjectFi: 'Työpajan ennakkotehtävä',
    bodyFi: 'Tuokaa kannettava.',
    subjectSv: 'Förhandsuppgift',
    bodySv: 'Ta med en bärbar dator.',
    formKey: randomUUID(),
    ...o,
  });

async function outboxOf(messageId: number) {
  return db().execute<{ to_email: string; locale: string; kind: string }>(sql`
    select m.to_email, m.locale, m.kind from mail_outbox m
    join event_message_mails l on l.outbox_id = m.id where l.message_id = ${messageId} order by m.to_email`);
}

async function setUp() {
  const o = await regionOrganiser('HYKS');
  // The event holds 3 on site: the fourth sign-up waits, with their pick held.
  const { event, slot, workshops } = await eventWithWorkshops([5, 5], {
    scope: 'region',
    regionCode: 'HYKS',
    capacityOnsite: 3,
  });
  const [a, b] = workshops;
  await signUpTo(event.slug, slot.id, a.id, { email: 'aino@a.example' });
  await signUpTo(event.slug, slot.id, a.id, { email: 'anna@a.example', language: 'sv' });
  await signUpTo(event.slug, slot.id, b.id, { email: 'bertta@b.example' });
  await signUpTo(event.slug, slot.id, a.id, { email: 'jonossa@a.example' });
  const gone = await signUpTo(event.slug, slot.id, a.id, { email: 'peruttu@a.example' });
  expect((await cancelOnBehalf(o, gone)).ok).toBe(true);
  return { o, event, a, b };
}

describe('a message to the people of one workshop', () => {
  it('reaches exactly the workshop’s confirmed people, in their language, queued, linked and audited', async () => {
    const { o, event, a } = await setUp();
    const r = await sendEventMessage(o, event.id, input({ workshopId: String(a.id) }));
    if (!r.ok) throw new Error(r.error);
    expect(r.value.recipients).toBe(2);
    const mails = await outboxOf(r.value.messageId);
    expect(mails.map((m) => [m.to_email, m.locale, m.kind])).toEqual([
      ['aino@a.example', 'fi', 'organiser_message'],
      ['anna@a.example', 'sv', 'organiser_message'],
    ]);
    const [stored] = await db().select().from(eventMessages).where(eq(eventMessages.id, r.value.messageId));
    expect(stored).toMatchObject({ audience: 'workshop', workshopId: a.id, withWaitlist: false, recipients: 2 });
    const [audit] = await db()
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, 'event.message'), eq(auditLog.target, `event:${event.id}`)));
    expect(audit.summary).toMatchObject({ audience: 'workshop', workshopId: a.id, recipients: 2 });
    // The message list names the workshop.
    const listed = await listEventMessages(o, event.id, r.value.messageId);
    expect(listed.ok && audienceText(listed.value[0], 'sv')).toBe('Workshoppens deltagare: Workshop A');
  });

  it('with the waiting list too when asked: 3 people, never the cancelled one or another workshop’s', async () => {
    const { o, event, a } = await setUp();
    const r = await sendEventMessage(o, event.id, input({ workshopId: String(a.id), withWaitlist: true }));
    if (!r.ok) throw new Error(r.error);
    expect(r.value.recipients).toBe(3);
    expect((await outboxOf(r.value.messageId)).map((m) => m.to_email)).toEqual([
      'aino@a.example',
      'anna@a.example',
      'jonossa@a.example',
    ]);
  });

  it('counts each workshop’s people per status and language for the form', async () => {
    const { o, event, a, b } = await setUp();
    const r = await workshopAudiences(o, event.id, 'fi');
    if (!r.ok) throw new Error(r.error);
    expect(r.value.map((w) => [w.id, w.confirmed, w.waitlisted])).toEqual([
      [a.id, { fi: 1, sv: 1 }, { fi: 1, sv: 0 }],
      [b.id, { fi: 1, sv: 0 }, { fi: 0, sv: 0 }],
    ]);
    expect(r.value[0].label).toContain('Työpaja A');
  });

  it('refuses another event’s workshop or none, and another region’s organiser, storing nothing', async () => {
    const { o, event } = await setUp();
    const other = await eventWithWorkshops([5], { scope: 'region', regionCode: 'HYKS' });
    await signUpTo(other.event.slug, other.slot.id, other.workshops[0].id);
    const messagesBefore = await db()
      .select({ n: sql<number>`count(*)::int` })
      .from(eventMessages);
    const before = await db()
      .select({ n: sql<number>`count(*)::int` })
      .from(mailOutbox);
    expect(await sendEventMessage(o, event.id, input({ workshopId: String(other.workshops[0].id) }))).toEqual({
      ok: false,
      error: 'messages.errors.workshopNotFound',
    });
    const stranger = await regionOrganiser('TAYS');
    expect(await workshopAudiences(stranger, event.id, 'fi')).toEqual({ ok: false, error: 'messages.errors.notFound' });
    expect(await sendEventMessage(stranger, event.id, input({ workshopId: String(other.workshops[0].id) }))).toEqual({
      ok: false,
      error: 'messages.errors.notFound',
    });
    expect(
      await db()
        .select({ n: sql<number>`count(*)::int` })
        .from(eventMessages),
    ).toEqual(messagesBefore);
    expect(
      await db()
        .select({ n: sql<number>`count(*)::int` })
        .from(mailOutbox),
    ).toEqual(before);
    // The form asks for a workshop when that audience is chosen.
    const bad = messageSchema.safeParse({ ...input({ workshopId: '1' }), workshopId: '' });
    expect(bad.success).toBe(false);
    expect(bad.error?.issues.map((i) => [i.path.join('.'), i.message])).toEqual([
      ['workshopId', 'messages.validation.workshop'],
    ]);
  });
});
