import 'server-only';
// Check-in at one workshop's door (issue 15 §2): the workshop's host sees only the on-site people
// who picked that workshop and the workshop's own count (checked in / expected). The arrival is
// kept on the pick (workshop_picks.checked_in_at), apart from the event's door, so a person checked
// in at the morning door still shows as "not yet here" at each workshop. Arriving at a workshop
// also checks the person in to the event when nobody had (they are there); taking a workshop
// check-in back leaves the event's as it is. The registration row is locked as at the event's door.
import { and, eq } from 'drizzle-orm';
import { db } from '@/db/client';
import { registrations, workshopPicks } from '@/db/schema';
import type { Organiser } from '@/lib/auth/guards';
import { isValidId } from '@/lib/ids';
import type { ProgrammeSlot, ProgrammeWorkshop } from '@/lib/programme/programme';
import { recordAudit } from './audit';
import { lockInScope, type AttendanceChange } from './check-in';
import { listEventRegistrations, type DoorPerson, type ScopedEvent } from './registrations';
import type { AttendanceResult } from './types';
import type { Locale } from '@/lib/i18n/routing';

export type DoorWorkshop = ProgrammeWorkshop & { slot: Omit<ProgrammeSlot, 'workshops'> };

/** A workshop of this programme with its slot, or undefined. */
export function findWorkshop(programme: readonly ProgrammeSlot[], workshopId: number): DoorWorkshop | undefined {
  for (const { workshops, ...slot } of programme) {
    const w = workshops.find((x) => x.id === workshopId);
    if (w) return { ...w, slot };
  }
  return undefined;
}

export const workshopTitle = (w: Pick<ProgrammeWorkshop, 'titleFi' | 'titleSv'>, locale: Locale) =>
  locale === 'sv' ? w.titleSv || w.titleFi : w.titleFi;

export type WorkshopDoorList = {
  event: ScopedEvent;
  workshop: DoorWorkshop;
  /** The on-site people holding a seat in the workshop, confirmed first by name; checkedInAt is the workshop's. */
  people: DoorPerson[];
  /** Confirmed people checked in at the workshop, and confirmed people expected there. */
  counts: { checkedIn: number; expected: number };
};

/** The door list of one workshop of an event in the organiser's scope; not found for a workshop of another event. */
export async function listWorkshopDoor(
  o: Organiser,
  eventId: number,
  workshopId: number,
): Promise<AttendanceResult<WorkshopDoorList>> {
  if (!isValidId(workshopId)) return { ok: false, error: 'attendance.notFound' };
  const r = await listEventRegistrations(o, eventId, { mode: 'onsite', workshop: String(workshopId) });
  if (!r.ok) return r;
  const workshop = findWorkshop(r.value.programme, workshopId);
  if (!workshop) return { ok: false, error: 'attendance.notFound' };
  const arrivals = new Map(
    (
      await db()
        .select({ id: workshopPicks.registrationId, at: workshopPicks.checkedInAt })
        .from(workshopPicks)
        .where(eq(workshopPicks.workshopId, workshop.id))
    ).map((p) => [p.id, p.at]),
  );
  const rows = r.value.rows.filter((p) => p.status !== 'cancelled');
  const people = rows.map((p) => ({
    id: p.id,
    firstName: p.firstName,
    lastName: p.lastName,
    organisation: p.organisation,
    attendance: p.attendance,
    status: p.status,
    position: p.position,
    checkedInAt: arrivals.get(p.id)?.toISOString() ?? null,
  }));
  const confirmed = people.filter((p) => p.status === 'confirmed');
  return {
    ok: true,
    value: {
      event: r.value.event,
      workshop,
      people,
      counts: { checkedIn: confirmed.filter((p) => p.checkedInAt).length, expected: confirmed.length },
    },
  };
}

/**
 * Checks a confirmed on-site person in at their workshop (and at the event, if not yet). A person
 * who did not pick this workshop is "not found" here: the host checks in only their own people.
 */
export async function checkInAtWorkshop(
  o: Organiser,
  registrationId: number,
  workshopId: number,
  now = new Date(),
): Promise<AttendanceResult<AttendanceChange>> {
  if (!isValidId(registrationId) || !isValidId(workshopId)) return { ok: false, error: 'attendance.notFound' };
  return db().transaction(async (tx) => {
    const r = await lockInScope(tx, o, registrationId);
    if (!r) return { ok: false, error: 'attendance.notFound' };
    const [pick] = await tx
      .select({ slotId: workshopPicks.slotId, checkedInAt: workshopPicks.checkedInAt })
      .from(workshopPicks)
      .where(and(eq(workshopPicks.registrationId, r.id), eq(workshopPicks.workshopId, workshopId)));
    if (!pick) return { ok: false, error: 'attendance.notFound' };
    if (r.eventStatus === 'cancelled') return { ok: false, error: 'attendance.eventCancelled' };
    if (r.status !== 'confirmed') return { ok: false, error: 'attendance.notConfirmed' };
    if (r.attendance === 'remote') return { ok: false, error: 'attendance.remote' };
    const result = (changed: boolean, at: Date | null): AttendanceChange => ({
      registrationId: r.id,
      eventId: r.eventId,
      name: `${r.firstName} ${r.lastName}`,
      changed,
      checkedInAt: at,
      attendedOnsite: true,
    });
    if (pick.checkedInAt) return { ok: true, value: result(false, pick.checkedInAt) };
    await tx
      .update(workshopPicks)
      .set({ checkedInAt: now, checkedInBy: o.id })
      .where(and(eq(workshopPicks.registrationId, r.id), eq(workshopPicks.slotId, pick.slotId)));
    const atEvent = !r.checkedInAt;
    if (atEvent)
      await tx
        .update(registrations)
        .set({ checkedInAt: now, checkedInBy: o.id, attendedOnsite: true })
        .where(eq(registrations.id, r.id));
    await recordAudit(tx, o, 'registration.checkIn', `registration:${r.id}`, {
      eventId: r.eventId,
      workshopId,
      alsoEvent: atEvent,
      after: { checkedInAt: now.toISOString() },
    });
    return { ok: true, value: result(true, now) };
  });
}

/** Takes back a mistaken check-in at the workshop (the event's check-in stays). */
export async function undoCheckInAtWorkshop(
  o: Organiser,
  registrationId: number,
  workshopId: number,
): Promise<AttendanceResult<AttendanceChange>> {
  if (!isValidId(registrationId) || !isValidId(workshopId)) return { ok: false, error: 'attendance.notFound' };
  return db().transaction(async (tx) => {
    const r = await lockInScope(tx, o, registrationId);
    if (!r) return { ok: false, error: 'attendance.notFound' };
    const [pick] = await tx
      .select({ slotId: workshopPicks.slotId, checkedInAt: workshopPicks.checkedInAt })
      .from(workshopPicks)
      .where(and(eq(workshopPicks.registrationId, r.id), eq(workshopPicks.workshopId, workshopId)));
    if (!pick) return { ok: false, error: 'attendance.notFound' };
    const value: AttendanceChange = {
      registrationId: r.id,
      eventId: r.eventId,
      name: `${r.firstName} ${r.lastName}`,
      changed: !!pick.checkedInAt,
      checkedInAt: null,
      attendedOnsite: r.attendedOnsite,
    };
    if (!pick.checkedInAt) return { ok: true, value };
    await tx
      .update(workshopPicks)
      .set({ checkedInAt: null, checkedInBy: null })
      .where(and(eq(workshopPicks.registrationId, r.id), eq(workshopPicks.slotId, pick.slotId)));
    await recordAudit(tx, o, 'registration.undoCheckIn', `registration:${r.id}`, {
      eventId: r.eventId,
      workshopId,
      before: { checkedInAt: pick.checkedInAt.toISOString() },
    });
    return { ok: true, value };
  });
}
