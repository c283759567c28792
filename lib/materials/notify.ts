import 'server-only';
// The "materials are available" mail (issue 17): when an organiser saves an event's material with
// "send a mail to the participants" ticked, each participant gets one mail in their own language
// with a fresh link to their private manage page (where participants-only materials are listed).
// Once per person and event: materials_mail_sent remembers who got it, so a second publish with the
// box ticked mails only people not mailed before. Runs in the save's transaction (the event row
// locked), so the mails, the record and the audit row commit with the material or not at all.
//
// Who is a participant: confirmed registrations, narrowed by attendance where it was taken —
// on site, if anyone's on-site attendance is marked, only those marked present; remote, if anyone
// has opened the stream through their link, only those who did. Before the event (or when nobody
// took attendance) every confirmed person gets it. Waitlisted and cancelled people never do.
import { and, eq, isNotNull, isNull, or, sql } from 'drizzle-orm';
import { db, type Tx } from '@/db/client';
import { materialsMailSent, registrations } from '@/db/schema';
import { findEventInScope, type Organiser } from '@/lib/auth/guards';
import { writeAudit } from '@/lib/audit';
import { composeRegistrationMail, type MailEventRow } from '@/lib/mail/compose';
import { enqueueForEach } from '@/lib/mail/outbox';
import { withLocalCities } from '@/lib/reference';

export const MAIL_EVENT_COLUMNS = [
  'id',
  'slug',
  'titleFi',
  'titleSv',
  'format',
  'venueName',
  'venueAddress',
  'city',
  'startsAt',
  'endsAt',
  'contactName',
  'contactEmail',
  'sequence',
  'status',
  'venueNameSv',
  'venueAddressSv',
  'contactNameSv',
] as const;

/** Queues the mail to the event's participants not mailed before; returns how many were queued. */
export async function notifyMaterialsAvailable(tx: Tx, o: Organiser, event: MailEventRow): Promise<number> {
  if (event.status === 'draft') return 0; // nobody can have registered, nor see the materials
  const r = registrations;
  const onsiteTaken = sql`exists (select 1 from registrations x where x.event_id = ${event.id} and x.attendance = 'onsite' and x.attended_onsite is not null)`;
  const remoteTaken = sql`exists (select 1 from registrations x where x.event_id = ${event.id} and x.attendance = 'remote' and x.remote_joined_at is not null)`;
  const people = await tx
    .select({
      id: r.id,
      firstName: r.firstName,
      lastName: r.lastName,
      email: r.email,
      language: r.language,
      attendance: r.attendance,
    })
    .from(r)
    .leftJoin(materialsMailSent, eq(materialsMailSent.registrationId, r.id))
    .where(
      and(
        eq(r.eventId, event.id),
        eq(r.status, 'confirmed'),
        isNull(materialsMailSent.registrationId),
        or(
          and(eq(r.attendance, 'onsite'), or(sql`not ${onsiteTaken}`, eq(r.attendedOnsite, true))),
          and(eq(r.attendance, 'remote'), or(sql`not ${remoteTaken}`, isNotNull(r.remoteJoinedAt))),
        ),
      ),
    )
    .orderBy(r.id);
  if (people.length > 0) {
    const eventIn = await withLocalCities(event);
    await enqueueForEach(tx, people, {
      manageLinks: true,
      mail: (p, manageToken) =>
        composeRegistrationMail('materials_available', p, eventIn[p.language], { manageToken, status: 'confirmed' }),
    });
    await tx
      .insert(materialsMailSent)
      .values(people.map((p) => ({ registrationId: p.id, eventId: event.id, sentBy: o.id })))
      .onConflictDoNothing();
  }
  await writeAudit(tx, o, 'event.materialsMail', `event:${event.id}`, {
    eventId: event.id,
    recipients: people.length,
  });
  return people.length;
}

/** How many of the event's registrations have had the mail (the editor shows it beside the box); null outside the scope. */
export async function materialsMailCount(o: Organiser, eventId: number): Promise<number | null> {
  if (!(await findEventInScope(o, eventId, { columns: ['id'] }))) return null;
  const [row] = await db()
    .select({ n: sql<number>`count(*)::int` })
    .from(materialsMailSent)
    .where(eq(materialsMailSent.eventId, eventId));
  return row?.n ?? 0;
}
