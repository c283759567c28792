import 'server-only';
// The daily digest of new registrations (issue 17), run by the `organiser-digest` job at 07:00
// Helsinki time (lib/jobs). Each opted-in organiser gets one mail listing, per event their alerts
// cover (./scope.ts), how many registrations arrived since the previous digest — on site, remote,
// waiting list — counts only, no names or addresses. The period's end is stored on the settings row
// in the same transaction as the mail, and a digest is sent at most once per Helsinki day, so a
// rerun (a retried job, a second instance) sends nothing twice; no mail when nothing arrived.
import { and, eq, gt, lte, sql } from 'drizzle-orm';
import { db } from '@/db/client';
import { events, organiserAlerts, registrations } from '@/db/schema';
import { publicBaseUrl } from '@/lib/config';
import { localized } from '@/lib/i18n/messages';
import { enqueue } from '@/lib/mail/outbox';
import { formatDateTime, formatEventTime, formatShortDate, helsinkiDate } from '@/lib/time';
import { alertScope, alertSubscribers, type AlertSubscriber } from './scope';

const DAY_MS = 24 * 3600_000;
/**
 * The period ends a minute before the run: a sign-up stamped just before the run but committed just
 * after it is then counted in the next digest instead of falling between two.
 */
const SETTLE_MS = 60_000;

const dayKey = (d: Date) => {
  const h = helsinkiDate(d);
  return `${h.year}-${String(h.month).padStart(2, '0')}-${String(h.day).padStart(2, '0')}`;
};

export const settingsUrl = (locale: string) => `${publicBaseUrl()}/${locale}/workspace/account`;
export const workspaceEventUrl = (locale: string, id: number) => `${publicBaseUrl()}/${locale}/workspace/events/${id}`;

/** Queues today's digest for one organiser; true when a mail was queued. */
async function digestFor(s: AlertSubscriber, now: Date): Promise<boolean> {
  const o = s.organiser;
  return db().transaction(async (tx) => {
    // The row locked: two runs at once queue at most one digest.
    const [row] = await tx
      .select({ coveredUntil: organiserAlerts.digestCoveredUntil, dailyDigest: organiserAlerts.dailyDigest })
      .from(organiserAlerts)
      .where(eq(organiserAlerts.userId, o.id))
      .for('update');
    if (!row?.dailyDigest) return false;
    if (row.coveredUntil && dayKey(row.coveredUntil) === dayKey(now)) return false; // today's is done
    const until = new Date(now.getTime() - SETTLE_MS);
    const since = row.coveredUntil ?? new Date(until.getTime() - DAY_MS);
    const lines = await tx
      .select({
        id: events.id,
        titleFi: events.titleFi,
        titleSv: events.titleSv,
        startsAt: events.startsAt,
        endsAt: events.endsAt,
        onsite: sql<number>`(count(*) filter (where ${registrations.status} = 'confirmed' and ${registrations.attendance} = 'onsite'))::int`,
        remote: sql<number>`(count(*) filter (where ${registrations.status} = 'confirmed' and ${registrations.attendance} = 'remote'))::int`,
        waitlisted: sql<number>`(count(*) filter (where ${registrations.status} = 'waitlisted'))::int`,
      })
      .from(registrations)
      .innerJoin(events, eq(events.id, registrations.eventId))
      .where(
        and(
          gt(registrations.createdAt, since),
          lte(registrations.createdAt, until),
          sql`${registrations.status} <> 'cancelled'`,
          alertScope(o),
        ),
      )
      .groupBy(events.id)
      .orderBy(events.startsAt, events.id);
    await tx.update(organiserAlerts).set({ digestCoveredUntil: until }).where(eq(organiserAlerts.userId, o.id));
    if (lines.length === 0) return false;
    const l = s.language;
    const id = await enqueue(tx, {
      toEmail: o.email,
      locale: l,
      key: `organiser_digest:${o.id}:${dayKey(now)}`,
      payload: {
        kind: 'organiser_digest',
        locale: l,
        date: formatShortDate(now, l),
        since: formatDateTime(since, l),
        settingsUrl: settingsUrl(l),
        events: lines.map((e) => ({
          title: localized(l, e.titleFi, e.titleSv),
          when: formatEventTime(e.startsAt, e.endsAt, l),
          url: workspaceEventUrl(l, e.id),
          onsite: e.onsite,
          remote: e.remote,
          waitlisted: e.waitlisted,
        })),
      },
    });
    return id !== null;
  });
}

/** The digest run: one mail per opted-in organiser with news. Returns how many were queued. */
export async function sendDailyDigests(now = new Date()): Promise<number> {
  let sent = 0;
  for (const s of await alertSubscribers('digest')) if (await digestFor(s, now)) sent += 1;
  return sent;
}
