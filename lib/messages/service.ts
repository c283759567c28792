import 'server-only';
// Organisers' messages to an event's registrants (confirmed), waiting list or attendees (marked
// present on site, or joined the stream), or to the people of one workshop of its programme
// (confirmed, and optionally those waiting). Sending is one transaction: the message, one outbox row
// per recipient in their language (Swedish where the organiser wrote it, else Finnish) with a fresh
// manage link, the links between them, and the audit row; the mail worker does the sending. The
// organiser's scope is a condition of every query: another region's event is "not found".
import { and, desc, eq, inArray, isNotNull, or, sql, type SQL } from 'drizzle-orm';
import { db } from '@/db/client';
import {
  eventMessageMails,
  eventMessages,
  mailOutbox,
  programmeSlots,
  programmeWorkshops,
  registrations,
  workshopPicks,
} from '@/db/schema';
import { eventProgramme, slotTitle } from '@/lib/programme/programme';
import { formatClockRange } from '@/lib/time';
import { findEventInScope, type Organiser } from '@/lib/auth/guards';
import { writeAudit } from '@/lib/audit';
import { composeRegistrationMail, type MailEventRow } from '@/lib/mail/compose';
import { isValidId } from '@/lib/ids';
import type {
  Audience,
  EventAudience,
  LanguageCounts,
  MessageSendInput,
  TestMessageInput,
  WorkshopAudience,
} from './schema';
import { withLocalCities } from '@/lib/reference';
import { enqueueForEach } from '@/lib/mail/outbox';
import { queueTestMail, type TestMailResult } from '@/lib/mail/test-send';
import { translate } from '@/lib/i18n/messages';
import type { Locale } from '@/lib/i18n/routing';

export type MessageError =
  'messages.errors.notFound' | 'messages.errors.noRecipients' | 'messages.errors.workshopNotFound';
export type MessageResult<T> = { ok: true; value: T } | { ok: false; error: MessageError };

const CHUNK = 500;

const audienceWhere: Record<EventAudience, SQL> = {
  registrants: eq(registrations.status, 'confirmed'),
  waitlist: eq(registrations.status, 'waitlisted'),
  attendees: and(
    eq(registrations.status, 'confirmed'),
    or(eq(registrations.attendedOnsite, true), isNotNull(registrations.remoteJoinedAt)),
  )!,
};

const MAIL_EVENT_COLUMNS = [
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

function eventInScope(o: Organiser, eventId: number): Promise<MailEventRow | null> {
  return findEventInScope(o, eventId, { columns: MAIL_EVENT_COLUMNS });
}

/** The people of one workshop: those holding a seat in it, confirmed (and waiting, if asked). */
function workshopWhere(workshopId: number, withWaitlist: boolean): SQL {
  return and(
    withWaitlist ? inArray(registrations.status, ['confirmed', 'waitlisted']) : eq(registrations.status, 'confirmed'),
    sql`exists (select 1 from ${workshopPicks} where ${workshopPicks.registrationId} = ${registrations.id}
      and ${workshopPicks.workshopId} = ${workshopId})`,
  )!;
}

/** The event's workshops with their people per status and language, labelled in the organiser's language. */
export async function workshopAudiences(
  o: Organiser,
  eventId: number,
  locale: Locale,
): Promise<MessageResult<WorkshopAudience[]>> {
  const event = await eventInScope(o, eventId);
  if (!event) return { ok: false, error: 'messages.errors.notFound' };
  const slots = await eventProgramme(event.id);
  const rows = await db()
    .select({
      workshopId: workshopPicks.workshopId,
      status: registrations.status,
      language: registrations.language,
      n: sql<number>`count(*)::int`,
    })
    .from(workshopPicks)
    .innerJoin(registrations, eq(registrations.id, workshopPicks.registrationId))
    .where(and(eq(registrations.eventId, event.id), inArray(registrations.status, ['confirmed', 'waitlisted'])))
    .groupBy(workshopPicks.workshopId, registrations.status, registrations.language);
  const count = (id: number, status: string, language: Locale) =>
    rows.find((r) => r.workshopId === id && r.status === status && r.language === language)?.n ?? 0;
  return {
    ok: true,
    value: slots.flatMap((s) =>
      s.workshops.map((w) => ({
        id: w.id,
        label: `${locale === 'sv' ? w.titleSv || w.titleFi : w.titleFi} (${formatClockRange(s.startsAt, s.endsAt, locale, event.startsAt)} ${slotTitle(s, locale)})`,
        confirmed: { fi: count(w.id, 'confirmed', 'fi'), sv: count(w.id, 'confirmed', 'sv') },
        waitlisted: { fi: count(w.id, 'waitlisted', 'fi'), sv: count(w.id, 'waitlisted', 'sv') },
      })),
    ),
  };
}

/** Is this workshop one of the event's? */
async function workshopOfEvent(eventId: number, workshopId: number): Promise<boolean> {
  if (!isValidId(workshopId)) return false;
  const [w] = await db()
    .select({ id: programmeWorkshops.id })
    .from(programmeWorkshops)
    .innerJoin(programmeSlots, eq(programmeSlots.id, programmeWorkshops.slotId))
    .where(and(eq(programmeWorkshops.id, workshopId), eq(programmeSlots.eventId, eventId)));
  return !!w;
}

/** How many people each audience would reach now. */
export async function audienceCounts(
  o: Organiser,
  eventId: number,
): Promise<MessageResult<Record<EventAudience, number>>> {
  const event = await eventInScope(o, eventId);
  if (!event) return { ok: false, error: 'messages.errors.notFound' };
  const [row] = await db()
    .select({
      registrants: sql<number>`count(*) filter (where ${audienceWhere.registrants})::int`,
      waitlist: sql<number>`count(*) filter (where ${audienceWhere.waitlist})::int`,
      attendees: sql<number>`count(*) filter (where ${audienceWhere.attendees})::int`,
    })
    .from(registrations)
    .where(eq(registrations.eventId, event.id));
  return { ok: true, value: row };
}

/**
 * How many people of each audience chose Finnish and Swedish, so the form can say who gets which
 * text (and warn when Swedish speakers would get the Finnish one).
 */
export async function audienceLanguageCounts(
  o: Organiser,
  eventId: number,
): Promise<MessageResult<Record<EventAudience, LanguageCounts>>> {
  const event = await eventInScope(o, eventId);
  if (!event) return { ok: false, error: 'messages.errors.notFound' };
  const count = (a: EventAudience, l: Locale) =>
    sql<number>`count(*) filter (where ${audienceWhere[a]} and ${registrations.language} = ${l})::int`;
  const [row] = await db()
    .select({
      registrantsFi: count('registrants', 'fi'),
      registrantsSv: count('registrants', 'sv'),
      waitlistFi: count('waitlist', 'fi'),
      waitlistSv: count('waitlist', 'sv'),
      attendeesFi: count('attendees', 'fi'),
      attendeesSv: count('attendees', 'sv'),
    })
    .from(registrations)
    .where(eq(registrations.eventId, event.id));
  return {
    ok: true,
    value: {
      registrants: { fi: row.registrantsFi, sv: row.registrantsSv },
      waitlist: { fi: row.waitlistFi, sv: row.waitlistSv },
      attendees: { fi: row.attendeesFi, sv: row.attendeesSv },
    },
  };
}

export type SentMessage = { messageId: number; eventId: number; recipients: number; repeated: boolean };

/** Queues the message to everyone in the audience. The same form sent twice sends once. */
export async function sendEventMessage(
  o: Organiser,
  eventId: number,
  input: MessageSendInput,
): Promise<MessageResult<SentMessage>> {
  const event = await eventInScope(o, eventId);
  if (!event) return { ok: false, error: 'messages.errors.notFound' };
  return db().transaction(async (tx): Promise<MessageResult<SentMessage>> => {
    const again = async () => {
      const [m] = await tx
        .select({ id: eventMessages.id, eventId: eventMessages.eventId, recipients: eventMessages.recipients })
        .from(eventMessages)
        .where(eq(eventMessages.formKey, input.formKey));
      return m && m.eventId === event.id
        ? {
            ok: true as const,
            value: { messageId: m.id, eventId: m.eventId, recipients: m.recipients, repeated: true },
          }
        : null;
    };
    const earlier = await again();
    if (earlier) return earlier;
    const workshopId = input.audience === 'workshop' ? (input.workshopId ?? null) : null;
    const withWaitlist = !!input.withWaitlist;
    if (input.audience === 'workshop' && !(workshopId && (await workshopOfEvent(event.id, workshopId))))
      return { ok: false, error: 'messages.errors.workshopNotFound' };
    const who =
      input.audience === 'workshop' ? workshopWhere(workshopId!, withWaitlist) : audienceWhere[input.audience];
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
      .where(and(eq(registrations.eventId, event.id), who));
    if (people.length === 0) return { ok: false, error: 'messages.errors.noRecipients' };
    const [message] = await tx
      .insert(eventMessages)
      .values({
        eventId: event.id,
        audience: input.audience,
        subjectFi: input.subjectFi,
        bodyFi: input.bodyFi,
        subjectSv: input.subjectSv,
        bodySv: input.bodySv,
        recipients: people.length,
        sentBy: o.id,
        sentByEmail: o.email,
        formKey: input.formKey,
        workshopId,
        withWaitlist: workshopId ? withWaitlist : false,
      })
      .onConflictDoNothing({ target: eventMessages.formKey })
      .returning({ id: eventMessages.id });
    if (!message) return (await again()) ?? { ok: false, error: 'messages.errors.notFound' };

    const texts = {
      fi: { subject: input.subjectFi, body: input.bodyFi },
      sv:
        input.subjectSv && input.bodySv
          ? { subject: input.subjectSv, body: input.bodySv }
          : { subject: input.subjectFi, body: input.bodyFi },
    };
    const eventIn = await withLocalCities(event); // place names per language
    const ids = await enqueueForEach(tx, people, {
      manageLinks: true,
      mail: (p, manageToken) =>
        composeRegistrationMail('organiser_message', p, eventIn[p.language], {
          manageToken,
          message: texts[p.language],
          status: p.status === 'waitlisted' ? 'waitlisted' : 'confirmed',
        }),
    });
    for (let i = 0; i < ids.length; i += CHUNK) {
      await tx
        .insert(eventMessageMails)
        .values(ids.slice(i, i + CHUNK).map((outboxId) => ({ messageId: message.id, outboxId })));
    }
    await writeAudit(tx, o, 'event.message', `event:${event.id}`, {
      eventId: event.id,
      messageId: message.id,
      audience: input.audience,
      ...(workshopId ? { workshopId, withWaitlist } : {}),
      recipients: people.length,
      subjectFi: input.subjectFi,
      swedish: !!(input.subjectSv && input.bodySv),
    });
    return {
      ok: true,
      value: { messageId: message.id, eventId: event.id, recipients: people.length, repeated: false },
    };
  });
}

/**
 * "Send a test to me": the message as a recipient who chose `testLanguage` would get it (the Finnish
 * text when no Swedish was written), queued to the signed-in organiser's own address only. Its
 * subject is marked as a test and its manage link leads nowhere; nothing is recorded as sent (rate limit
 * and audit row: lib/mail/test-send).
 */
export async function sendTestMessage(
  o: Organiser,
  eventId: number,
  input: TestMessageInput,
  now = new Date(),
): Promise<MessageResult<{ to: string }> | Exclude<TestMailResult, { ok: true }>> {
  const event = await eventInScope(o, eventId);
  if (!event) return { ok: false, error: 'messages.errors.notFound' };
  const l = input.testLanguage;
  const text =
    l === 'sv' && input.subjectSv && input.bodySv
      ? { subject: input.subjectSv, body: input.bodySv }
      : { subject: input.subjectFi, body: input.bodyFi };
  const eventIn = await withLocalCities(event);
  const me = {
    id: 0,
    firstName: o.name ?? '',
    lastName: '',
    email: o.email,
    language: l,
    attendance: 'onsite' as const,
  };
  const mail = composeRegistrationMail('organiser_message', me, eventIn[l], {
    manageToken: 'test',
    status: 'confirmed',
    message: { subject: `${translate(l, 'messages.test.subjectPrefix')} ${text.subject}`, body: text.body },
  });
  return queueTestMail(o, { eventId: event.id, kind: 'message', language: l }, { payload: mail.payload }, now);
}

export type MessageProgress = {
  id: number;
  audience: Audience;
  subjectFi: string;
  subjectSv: string | null;
  bodyFi: string;
  bodySv: string | null;
  recipients: number;
  sentByEmail: string;
  createdAt: Date;
  /** Audience 'workshop': the workshop's title (null once it is removed). */
  workshopTitleFi: string | null;
  workshopTitleSv: string | null;
  withWaitlist: boolean;
  queued: number;
  sent: number;
  failed: number;
};

/** A message's audience in words: "Työpajan osallistujat: Kiusaamisen ehkäisy (myös jonossa olevat)". */
export function audienceText(
  m: Pick<MessageProgress, 'audience' | 'workshopTitleFi' | 'workshopTitleSv' | 'withWaitlist'>,
  locale: Locale,
): string {
  const base = translate(locale, `messages.audiences.${m.audience}`);
  if (m.audience !== 'workshop') return base;
  const title = locale === 'sv' ? m.workshopTitleSv || m.workshopTitleFi : m.workshopTitleFi;
  return translate(locale, 'programme.views.messageAudience', {
    audience: base,
    workshop: title ?? '–',
    waitlist: String(m.withWaitlist),
  });
}

/** The event's messages, newest first, with how many of each are queued, sent and failed. */
export async function listEventMessages(
  o: Organiser,
  eventId: number,
  messageId?: number,
): Promise<MessageResult<MessageProgress[]>> {
  const event = await eventInScope(o, eventId);
  if (!event) return { ok: false, error: 'messages.errors.notFound' };
  const one = messageId;
  if (one !== undefined && !isValidId(one)) return { ok: false, error: 'messages.errors.notFound' };
  const rows = await db()
    .select({
      id: eventMessages.id,
      audience: eventMessages.audience,
      subjectFi: eventMessages.subjectFi,
      subjectSv: eventMessages.subjectSv,
      bodyFi: eventMessages.bodyFi,
      bodySv: eventMessages.bodySv,
      recipients: eventMessages.recipients,
      sentByEmail: eventMessages.sentByEmail,
      createdAt: eventMessages.createdAt,
      workshopTitleFi: programmeWorkshops.titleFi,
      workshopTitleSv: programmeWorkshops.titleSv,
      withWaitlist: eventMessages.withWaitlist,
      queued: sql<number>`count(${mailOutbox.id}) filter (where ${mailOutbox.status} = 'pending')::int`,
      failed: sql<number>`count(${mailOutbox.id}) filter (where ${mailOutbox.status} = 'failed')::int`,
    })
    .from(eventMessages)
    .leftJoin(eventMessageMails, eq(eventMessageMails.messageId, eventMessages.id))
    .leftJoin(mailOutbox, eq(mailOutbox.id, eventMessageMails.outboxId))
    .leftJoin(programmeWorkshops, eq(programmeWorkshops.id, eventMessages.workshopId))
    .where(and(eq(eventMessages.eventId, event.id), one ? eq(eventMessages.id, one) : undefined))
    .groupBy(eventMessages.id, programmeWorkshops.id)
    .orderBy(desc(eventMessages.createdAt), desc(eventMessages.id));
  if (one && rows.length === 0) return { ok: false, error: 'messages.errors.notFound' };
  // Sent mails leave the outbox after 30 days (retention): whatever is neither queued nor failed was sent.
  return { ok: true, value: rows.map((r) => ({ ...r, sent: r.recipients - r.queued - r.failed })) };
}
