import 'server-only';
// Mail to everyone registered for an event when the organiser changes its time or place
// (`event_changed`) or cancels it (`event_cancelled`). Runs in the caller's transaction, which holds
// the event lock, so the mails commit with the change or not at all. Each person gets the mail in
// their own language, with the organiser's note in that language when one was written (else Finnish).
import { and, eq, inArray } from 'drizzle-orm';
import type { Tx } from '@/db/client';
import { registrations } from '@/db/schema';
import { composeRegistrationMail, type MailEventRow } from '@/lib/mail/compose';
import { localized } from '@/lib/i18n/messages';
import { withLocalCities } from '@/lib/reference';
import { enqueueForEach } from '@/lib/mail/outbox';
import { eventProgramme, invitationSlots, picksOf } from '@/lib/programme/programme';

export type ChangeNote = { fi: string | null; sv: string | null };

/** Enqueues one mail per confirmed or waitlisted registration; returns how many. */
export async function notifyRegistrants(
  tx: Tx,
  event: MailEventRow,
  kind: 'event_changed' | 'event_cancelled',
  note: ChangeNote,
): Promise<number> {
  const people = await tx
    .select({
      id: registrations.id,
      firstName: registrations.firstName,
      lastName: registrations.lastName,
      email: registrations.email,
      language: registrations.language,
      attendance: registrations.attendance,
      status: registrations.status,
    })
    .from(registrations)
    .where(and(eq(registrations.eventId, event.id), inArray(registrations.status, ['confirmed', 'waitlisted'])));

  const eventIn = await withLocalCities(event); // place names per language
  // The updated invitation describes the programme as the confirmation's did, with each person's workshops.
  const slots = kind === 'event_changed' ? await eventProgramme(event.id, tx) : [];
  const picks = slots.length
    ? await picksOf(
        people.map((p) => p.id),
        tx,
      )
    : new Map<number, Map<number, number>>();
  // The changed-event mail links to the person's own page; the cancellation has nothing to manage.
  await enqueueForEach(tx, people, {
    manageLinks: kind === 'event_changed',
    mail(p, manageToken) {
      const changeNote = note.fi ? localized(p.language, note.fi, note.sv) : note.sv;
      const mail = composeRegistrationMail(kind, p, eventIn[p.language], {
        manageToken,
        changeNote,
        status: p.status === 'waitlisted' ? 'waitlisted' : 'confirmed',
        programme: slots.length ? invitationSlots(slots, picks.get(p.id)) : undefined,
      });
      // Someone on the waiting list never got a calendar entry: no invitation update or withdrawal for them.
      if (p.status === 'waitlisted') delete mail.payload.invitation;
      return mail;
    },
  });
  return people.length;
}
