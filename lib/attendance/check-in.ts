import 'server-only';
// Door check-in, its undo, and marking on-site attendance by hand after the event starts. These
// touch no places, so they lock the registration row (not the event): two phones at two doors
// cannot check the same person in twice, and a concurrent cancellation is seen before the change.
import { and, eq } from 'drizzle-orm';
import { db, type Tx } from '@/db/client';
import { events, registrations } from '@/db/schema';
import { eventScope, type Organiser } from '@/lib/auth/guards';
import { recordAudit } from './audit';
import { isValidId } from '@/lib/ids';
import type { AttendanceResult } from './types';

type Locked = {
  id: number;
  eventId: number;
  status: 'confirmed' | 'waitlisted' | 'cancelled';
  attendance: 'onsite' | 'remote';
  firstName: string;
  lastName: string;
  checkedInAt: Date | null;
  checkedInBy: string | null;
  attendedOnsite: boolean | null;
  eventStatus: 'draft' | 'published' | 'cancelled';
  startsAt: Date;
};

/** The registration, locked, if it belongs to an event in the organiser's scope. */
export async function lockInScope(tx: Tx, o: Organiser, registrationId: number): Promise<Locked | undefined> {
  const [row] = await tx
    .select({
      id: registrations.id,
      eventId: registrations.eventId,
      status: registrations.status,
      attendance: registrations.attendance,
      firstName: registrations.firstName,
      lastName: registrations.lastName,
      checkedInAt: registrations.checkedInAt,
      checkedInBy: registrations.checkedInBy,
      attendedOnsite: registrations.attendedOnsite,
      eventStatus: events.status,
      startsAt: events.startsAt,
    })
    .from(registrations)
    .innerJoin(events, eq(events.id, registrations.eventId))
    .where(and(eq(registrations.id, registrationId), eventScope(o)))
    .for('update', { of: registrations });
  return row;
}

const snapshot = (r: Pick<Locked, 'checkedInAt' | 'checkedInBy' | 'attendedOnsite'>) => ({
  checkedInAt: r.checkedInAt?.toISOString() ?? null,
  checkedInBy: r.checkedInBy,
  attendedOnsite: r.attendedOnsite,
});

export type AttendanceChange = {
  registrationId: number;
  eventId: number;
  name: string;
  /** false when the registration already was in the requested state (a double tap): nothing was written. */
  changed: boolean;
  checkedInAt: Date | null;
  attendedOnsite: boolean | null;
};

function change(r: Locked, changed: boolean, after: Pick<Locked, 'checkedInAt' | 'attendedOnsite'>): AttendanceChange {
  return { registrationId: r.id, eventId: r.eventId, name: `${r.firstName} ${r.lastName}`, changed, ...after };
}

async function inTransaction(
  o: Organiser,
  id: number,
  body: (tx: Tx, r: Locked) => Promise<AttendanceResult<AttendanceChange>>,
): Promise<AttendanceResult<AttendanceChange>> {
  if (!isValidId(id)) return { ok: false, error: 'attendance.notFound' };
  return db().transaction(async (tx) => {
    const r = await lockInScope(tx, o, id);
    if (!r) return { ok: false, error: 'attendance.notFound' };
    return body(tx, r);
  });
}

/** Checks a confirmed person in at the door (and marks them present). A second tap changes nothing. */
export async function checkIn(
  o: Organiser,
  registrationId: number,
  now = new Date(),
): Promise<AttendanceResult<AttendanceChange>> {
  return inTransaction(o, registrationId, async (tx, r) => {
    if (r.eventStatus === 'cancelled') return { ok: false, error: 'attendance.eventCancelled' };
    if (r.status !== 'confirmed') return { ok: false, error: 'attendance.notConfirmed' };
    if (r.attendance === 'remote') return { ok: false, error: 'attendance.remote' };
    if (r.checkedInAt) return { ok: true, value: change(r, false, r) };
    const after = { checkedInAt: now, checkedInBy: o.id, attendedOnsite: true };
    await tx.update(registrations).set(after).where(eq(registrations.id, r.id));
    await recordAudit(tx, o, 'registration.checkIn', `registration:${r.id}`, {
      eventId: r.eventId,
      before: snapshot(r),
      after: snapshot(after),
    });
    return { ok: true, value: change(r, true, after) };
  });
}

/** Takes back a mistaken check-in: the person is "not marked" again. */
export async function undoCheckIn(o: Organiser, registrationId: number): Promise<AttendanceResult<AttendanceChange>> {
  return inTransaction(o, registrationId, async (tx, r) => {
    if (!r.checkedInAt) return { ok: true, value: change(r, false, r) };
    const after = { checkedInAt: null, checkedInBy: null, attendedOnsite: null };
    await tx.update(registrations).set(after).where(eq(registrations.id, r.id));
    await recordAudit(tx, o, 'registration.undoCheckIn', `registration:${r.id}`, {
      eventId: r.eventId,
      before: snapshot(r),
      after: snapshot(after),
    });
    return { ok: true, value: change(r, true, after) };
  });
}

/**
 * Marks on-site attendance by hand once the event has started (for those who were not checked in
 * at the door, or who left). Marking someone absent also clears their check-in; the audit log keeps it.
 */
export async function markAttended(
  o: Organiser,
  registrationId: number,
  attended: boolean,
  now = new Date(),
): Promise<AttendanceResult<AttendanceChange>> {
  return inTransaction(o, registrationId, async (tx, r) => {
    if (r.status !== 'confirmed') return { ok: false, error: 'attendance.notConfirmed' };
    if (now < r.startsAt) return { ok: false, error: 'attendance.notStarted' };
    if (r.attendedOnsite === attended) return { ok: true, value: change(r, false, r) };
    const after = attended
      ? { checkedInAt: r.checkedInAt, checkedInBy: r.checkedInBy, attendedOnsite: true }
      : { checkedInAt: null, checkedInBy: null, attendedOnsite: false };
    await tx.update(registrations).set(after).where(eq(registrations.id, r.id));
    await recordAudit(tx, o, 'registration.markAttended', `registration:${r.id}`, {
      eventId: r.eventId,
      before: snapshot(r),
      after: snapshot(after),
    });
    return { ok: true, value: change(r, true, after) };
  });
}
