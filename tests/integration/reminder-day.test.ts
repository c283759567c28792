// The reminder says when the event is, counted in Helsinki calendar days from the moment it is
// queued: "today at 10.00" for an event an hour away, "tomorrow" only when its Helsinki date is
// tomorrow — never what the server's own time zone would make of it (issue 14).
import { describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { useTestDatabase } from '../support/test-db';
import { createEvent } from '../support/factories';
import { person } from '../support/registrations';
import { db } from '@/db/client';
import { mailOutbox, registrations } from '@/db/schema';
import { registerParticipant } from '@/lib/registrations/service';
import { enqueueDueReminders } from '@/lib/mail/scheduled';
import { renderMail, type MailData } from '@/emails/render';
import { helsinkiTime } from '@/lib/time';
import type { Locale } from '@/lib/i18n/routing';

useTestDatabase();

const RAW_ICU = /\{\w+, (plural|select)/;

/** Queues the reminders due at `now` for an event at `startsAt`, one Finnish and one Swedish participant; renders them. */
async function remindersFor(now: Date, startsAt: Date) {
  // Sign-up opened in real time (the clock the registration service reads); `now` is the reminder job's moment.
  const event = await createEvent({
    startsAt,
    endsAt: new Date(startsAt.getTime() + 3 * 3600_000),
    registrationOpensAt: new Date(Date.now() - 86400_000),
  });
  await registerParticipant(event.slug, person({ language: 'fi' }));
  await registerParticipant(event.slug, person({ language: 'sv' }));
  await enqueueDueReminders(now);
  const rows = await db()
    .select({ locale: mailOutbox.locale, payload: mailOutbox.payload })
    .from(mailOutbox)
    .innerJoin(registrations, eq(registrations.id, mailOutbox.registrationId))
    .where(eq(registrations.eventId, event.id));
  const mails: Record<string, { subject: string; text: string }> = {};
  for (const r of rows) {
    const p = r.payload as { kind: string; data: MailData };
    if (p.kind !== 'reminder') continue;
    const m = await renderMail('reminder', p.data);
    mails[r.locale] = { subject: m.subject, text: m.text };
  }
  expect(Object.keys(mails).sort()).toEqual(['fi', 'sv']);
  for (const m of Object.values(mails)) expect(`${m.subject}\n${m.text}`).not.toMatch(RAW_ICU);
  return mails as Record<Locale, { subject: string; text: string }>;
}

describe('reminder mail', () => {
  it('says "today at 10.00" for an event an hour away, not "tomorrow"', async () => {
    const m = await remindersFor(helsinkiTime(2027, 3, 10, 9, 0), helsinkiTime(2027, 3, 10, 10, 0));
    expect(m.fi.subject).toContain('tänään klo 10.00');
    expect(m.fi.text).toContain('tänään');
    expect(`${m.fi.subject} ${m.fi.text}`).not.toContain('huomenna');
    expect(m.sv.subject).toContain('i dag kl. 10.00');
    expect(m.sv.text).toContain('i dag');
    expect(`${m.sv.subject} ${m.sv.text}`).not.toContain('i morgon');
  });

  it('says "tomorrow" when the event is on the next Helsinki calendar date', async () => {
    const m = await remindersFor(helsinkiTime(2027, 3, 11, 20, 0), helsinkiTime(2027, 3, 12, 9, 30));
    expect(m.fi.subject).toContain('huomenna klo 9.30');
    expect(m.sv.subject).toContain('i morgon kl. 9.30');
  });

  it('counts days in Helsinki: at 0.30 Helsinki time (still yesterday in UTC) a 9.00 event is today', async () => {
    const m = await remindersFor(helsinkiTime(2027, 3, 13, 0, 30), helsinkiTime(2027, 3, 13, 9, 0));
    expect(m.fi.subject).toContain('tänään klo 9.00');
    expect(`${m.fi.subject} ${m.fi.text}`).not.toContain('huomenna');
    expect(m.sv.subject).toContain('i dag kl. 9.00');
    expect(`${m.sv.subject} ${m.sv.text}`).not.toContain('i morgon');
  });

  it('names the date when the event is further than tomorrow (up to 30 hours ahead)', async () => {
    const m = await remindersFor(helsinkiTime(2027, 3, 14, 20, 0), helsinkiTime(2027, 3, 16, 1, 0));
    expect(m.fi.subject).toContain('16.3.2027');
    expect(`${m.fi.subject} ${m.fi.text}`).not.toMatch(/huomenna|tänään/);
    expect(m.sv.subject).toContain('16.3.2027');
    expect(`${m.sv.subject} ${m.sv.text}`).not.toMatch(/i morgon|i dag/);
  });
});
