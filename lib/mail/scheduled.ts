// Mails that are due at a time rather than caused by a change: the reminder up to a day before and
// the "stream opens" mail shortly before an online event. Each registration gets each at most
// once: the outbox's unique idempotency key (`reminder:<id>`, `stream:<id>`) makes these jobs safe
// to run from any number of workers, as often as they like.
import { and, eq, gt, lte, sql } from 'drizzle-orm';
import { db } from '@/db/client';
import { qualified } from '@/db/qualified';
import { accessTokens, eventStreams, events, mailOutbox, registrations } from '@/db/schema';
import { hashToken, newToken } from '@/lib/registrations/tokens';
import { streamLink } from '@/lib/streams/tokens';
import { config } from '@/lib/config';
import type { MailData, MailKind } from '@/emails/render';
import { composeRegistrationMail } from './compose';
import { withLocalCity } from '@/lib/reference';
import { TZDate } from '@date-fns/tz';
import { helsinkiDate, TIME_ZONE } from '@/lib/time';
import { enqueue } from './outbox';

export const REMINDER_HOURS = 30;

type Due = { reg: typeof registrations.$inferSelect; event: typeof events.$inferSelect };

/**
 * When an event starts, seen from `now` in Helsinki calendar days (never the server's time zone):
 * 'today' or 'tomorrow' with the clock time ("9.30"), else 'later'. The reminder says this, so an
 * event an hour away is "tänään klo 10.00", not "huomenna".
 */
export function startsIn(startsAt: Date, now: Date): NonNullable<MailData['startsIn']> {
  const dayNumber = (d: Date) => {
    const { year, month, day } = helsinkiDate(d);
    return Date.UTC(year, month - 1, day) / 86400_000;
  };
  const days = dayNumber(startsAt) - dayNumber(now);
  const local = new TZDate(startsAt.getTime(), TIME_ZONE);
  const time = `${local.getHours()}.${String(local.getMinutes()).padStart(2, '0')}`;
  return { day: days <= 0 ? 'today' : days === 1 ? 'tomorrow' : 'later', time };
}

async function enqueueOnce(kind: MailKind, keyPrefix: string, due: Due[], now: Date): Promise<number> {
  let queued = 0;
  for (const { reg, event } of due) {
    await db().transaction(async (tx) => {
      const token = newToken();
      const remote = reg.attendance === 'remote' && event.format !== 'onsite';
      const mail = composeRegistrationMail(kind, reg, await withLocalCity(event, reg.language), {
        manageToken: token,
        streamUrl: remote ? streamLink(reg.id) : null,
      });
      const payload =
        kind === 'reminder'
          ? { ...mail.payload, data: { ...mail.payload.data, startsIn: startsIn(event.startsAt, now) } }
          : mail.payload;
      const id = await enqueue(tx, {
        toEmail: mail.toEmail,
        locale: mail.locale,
        registrationId: reg.id,
        payload,
        key: `${keyPrefix}:${reg.id}`,
      });
      if (id !== null) {
        await tx
          .insert(accessTokens)
          .values({ tokenHash: hashToken(token), purpose: 'manage', registrationId: reg.id });
        queued++;
      }
    });
  }
  return queued;
}

const notYet = (prefix: string) =>
  sql`not exists (select 1 from ${mailOutbox} o where o.idempotency_key = ${prefix} || ':' || ${qualified(registrations.id)})`;

/** Confirmed participants of events starting within REMINDER_HOURS. */
export async function enqueueDueReminders(now = new Date()): Promise<number> {
  const due = await db()
    .select({ reg: registrations, event: events })
    .from(registrations)
    .innerJoin(events, eq(events.id, registrations.eventId))
    .where(
      and(
        eq(registrations.status, 'confirmed'),
        eq(events.status, 'published'),
        gt(events.startsAt, now),
        lte(events.startsAt, new Date(now.getTime() + REMINDER_HOURS * 3600_000)),
        notYet('reminder'),
      ),
    )
    .limit(1000);
  return enqueueOnce('reminder', 'reminder', due, now);
}

/** Confirmed remote participants of events with a stream, once the stream links open. */
export async function enqueueStreamOpensMails(now = new Date()): Promise<number> {
  const due = await db()
    .select({ reg: registrations, event: events })
    .from(registrations)
    .innerJoin(events, eq(events.id, registrations.eventId))
    .innerJoin(eventStreams, eq(eventStreams.eventId, events.id))
    .where(
      and(
        eq(registrations.status, 'confirmed'),
        eq(registrations.attendance, 'remote'),
        eq(events.status, 'published'),
        gt(events.endsAt, now),
        lte(events.startsAt, new Date(now.getTime() + config().STREAM_OPENS_MINUTES * 60_000)),
        notYet('stream'),
      ),
    )
    .limit(5000);
  return enqueueOnce('stream_opens', 'stream', due, now);
}
