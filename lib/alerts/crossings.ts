import 'server-only';
// "The event is full" and "the waiting list passed N" mails (issue 17), one per crossing. Detected
// by the scheduled-mail job (every SCHEDULED_MAIL_SECONDS, lib/jobs), never in the sign-up: the rush
// path (kokoon_register) gains no work, and a mail goes out within a job interval of the crossing.
// For each opted-in organiser the job compares the state of their upcoming published events with the
// crossings already mailed (organiser_alert_marks): a new crossing gets its mark and its mail in one
// transaction (the mark's insert decides, so two runs at once mail once); a condition that passed
// (a seat freed, the list shortened, the alert turned off) loses its mark, so a later crossing is
// mailed again. A mode is full when it has a capacity above 0 and kokoon_seats_left answers 0.
import { and, eq, gt, inArray, sql } from 'drizzle-orm';
import { db } from '@/db/client';
import { qualified } from '@/db/qualified';
import { events, organiserAlertMarks } from '@/db/schema';
import { localized } from '@/lib/i18n/messages';
import { enqueue } from '@/lib/mail/outbox';
import { formatEventTime } from '@/lib/time';
import { alertScope, alertSubscribers, type AlertSubscriber } from './scope';
import { settingsUrl, workspaceEventUrl } from './digest';

type Crossing = 'full_onsite' | 'full_remote' | 'waitlist';

async function crossingsFor(s: AlertSubscriber, now: Date): Promise<number> {
  const o = s.organiser;
  const state = await db()
    .select({
      id: events.id,
      titleFi: events.titleFi,
      titleSv: events.titleSv,
      startsAt: events.startsAt,
      endsAt: events.endsAt,
      fullOnsite: sql<boolean>`(${events.format} <> 'online' and coalesce(${events.capacityOnsite}, 0) > 0
        and kokoon_seats_left(${qualified(events.id)}, 'onsite') = 0)`,
      fullRemote: sql<boolean>`(${events.format} <> 'onsite' and coalesce(${events.capacityRemote}, 0) > 0
        and kokoon_seats_left(${qualified(events.id)}, 'remote') = 0)`,
      waitlisted: sql<number>`(select count(*)::int from registrations r where r.event_id = ${qualified(events.id)} and r.status = 'waitlisted')`,
    })
    .from(events)
    .where(and(eq(events.status, 'published'), gt(events.endsAt, now), alertScope(o)));
  if (state.length === 0) return 0;
  const marks = await db()
    .select({ eventId: organiserAlertMarks.eventId, kind: organiserAlertMarks.kind })
    .from(organiserAlertMarks)
    .where(
      and(
        eq(organiserAlertMarks.userId, o.id),
        inArray(
          organiserAlertMarks.eventId,
          state.map((e) => e.id),
        ),
      ),
    );
  const marked = new Set(marks.map((m) => `${m.eventId}:${m.kind}`));
  const threshold = s.waitlistThreshold;
  let sent = 0;
  for (const e of state) {
    const holds: Record<Crossing, boolean> = {
      full_onsite: s.eventFull && e.fullOnsite,
      full_remote: s.eventFull && e.fullRemote,
      waitlist: threshold !== null && e.waitlisted > threshold,
    };
    for (const crossing of Object.keys(holds) as Crossing[]) {
      const was = marked.has(`${e.id}:${crossing}`);
      if (holds[crossing] === was) continue;
      const where = and(
        eq(organiserAlertMarks.userId, o.id),
        eq(organiserAlertMarks.eventId, e.id),
        eq(organiserAlertMarks.kind, crossing),
      );
      if (!holds[crossing]) {
        await db().delete(organiserAlertMarks).where(where);
        continue;
      }
      await db().transaction(async (tx) => {
        const [mark] = await tx
          .insert(organiserAlertMarks)
          .values({ userId: o.id, eventId: e.id, kind: crossing })
          .onConflictDoNothing()
          .returning({ at: organiserAlertMarks.notifiedAt });
        if (!mark) return; // another run mailed this crossing
        const l = s.language;
        await enqueue(tx, {
          toEmail: o.email,
          locale: l,
          payload: {
            kind: 'organiser_alert',
            locale: l,
            crossing,
            title: localized(l, e.titleFi, e.titleSv),
            when: formatEventTime(e.startsAt, e.endsAt, l),
            url: workspaceEventUrl(l, e.id),
            count: e.waitlisted,
            threshold: threshold ?? 0,
            settingsUrl: settingsUrl(l),
          },
        });
        sent += 1;
      });
    }
  }
  return sent;
}

/** One pass over every organiser who asked for full / waiting-list mails. Returns how many were queued. */
export async function sendCrossingAlerts(now = new Date()): Promise<number> {
  let sent = 0;
  for (const s of await alertSubscribers('crossings')) sent += await crossingsFor(s, now);
  return sent;
}
