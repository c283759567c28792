import 'server-only';
// Organisers edit an event's programme (slots and their parallel workshops) and move people between
// workshops. Every function takes the signed-in Organiser and checks the event's scope itself
// (lib/auth/guards `findEventInScope`): an event outside it is "not found". Each change locks the
// event row — the lock every sign-up takes — so seats cannot change under a check, touches the row
// (sign-ups see the new version and re-read the programme; the cached event page is rendered again)
// and is audited in its transaction. A workshop (or a slot) that people hold is never removed, and a
// capacity is never lowered below the seats already held.
import { and, eq, inArray, sql } from 'drizzle-orm';
import { db, type Tx } from '@/db/client';
import { events, programmeSlots, programmeWorkshops, registrations, workshopPicks } from '@/db/schema';
import { findEventInScope, type Organiser } from '@/lib/auth/guards';
import { writeAudit } from '@/lib/audit';
import { isValidId } from '@/lib/ids';
import { helsinkiTime } from '@/lib/time';
import { enqueueRegistrationMailById } from '@/lib/registrations/service';
import { eventProgramme, type ProgrammeSlot } from './programme';
import type { SlotInput, WorkshopInput } from './schema';

export type ProgrammeError =
  | 'programme.errors.notFound'
  | 'programme.errors.eventCancelled'
  | 'programme.errors.hasPeople'
  | 'programme.errors.belowHeld'
  | 'programme.errors.full'
  | 'programme.errors.outsideEvent';
export type ProgrammeResult<T> =
  { ok: true; value: T } | { ok: false; error: ProgrammeError; params?: Record<string, string | number> };

const NOT_FOUND = { ok: false, error: 'programme.errors.notFound' } as const;

/** A workshop in the editor, with how many live registrations (confirmed or waiting) hold it. */
export type EditorSlot = Omit<ProgrammeSlot, 'workshops'> & {
  workshops: (ProgrammeSlot['workshops'][number] & { people: number })[];
};

/** The event's programme for its editor; null when the event is not in scope. */
export async function programmeForEditor(
  o: Organiser,
  eventId: number,
): Promise<{
  event: { id: number; titleFi: string; titleSv: string | null; startsAt: Date; endsAt: Date; status: string };
  slots: EditorSlot[];
} | null> {
  const e = await findEventInScope(o, eventId, {
    columns: ['id', 'titleFi', 'titleSv', 'startsAt', 'endsAt', 'status'],
  });
  if (!e) return null;
  const slots = await eventProgramme(e.id);
  const people = await heldSeats(
    db(),
    slots.flatMap((s) => s.workshops.map((w) => w.id)),
  );
  return {
    event: e,
    slots: slots.map((s) => ({ ...s, workshops: s.workshops.map((w) => ({ ...w, people: people.get(w.id) ?? 0 })) })),
  };
}

/** Live registrations (confirmed or waiting: both hold a seat) per workshop. */
async function heldSeats(client: Tx | ReturnType<typeof db>, workshopIds: number[]): Promise<Map<number, number>> {
  if (!workshopIds.length) return new Map();
  const rows = await client
    .select({ id: workshopPicks.workshopId, n: sql<number>`count(*)::int` })
    .from(workshopPicks)
    .innerJoin(registrations, eq(registrations.id, workshopPicks.registrationId))
    .where(and(inArray(workshopPicks.workshopId, workshopIds), sql`${registrations.status} <> 'cancelled'`))
    .groupBy(workshopPicks.workshopId);
  return new Map(rows.map((r) => [r.id, r.n]));
}

/** Runs `change` in a transaction holding the event's lock, if the event is in scope and not cancelled. */
async function withLockedEvent<T>(
  o: Organiser,
  eventId: number,
  change: (tx: Tx, event: { id: number; startsAt: Date; endsAt: Date }) => Promise<ProgrammeResult<T>>,
): Promise<ProgrammeResult<T>> {
  if (!isValidId(eventId)) return NOT_FOUND;
  return db().transaction(async (tx) => {
    const e = await findEventInScope(o, eventId, { columns: ['id', 'status', 'startsAt', 'endsAt'], lock: tx });
    if (!e) return NOT_FOUND;
    if (e.status === 'cancelled') return { ok: false, error: 'programme.errors.eventCancelled' } as const;
    const r = await change(tx, e);
    if (r.ok) {
      await tx.update(events).set({ updatedAt: new Date() }).where(eq(events.id, e.id));
      await writeAudit(tx, o, 'event.programme.change', `event:${e.id}`);
    }
    return r;
  });
}

function slotTimes(input: SlotInput) {
  const at = (s: string) => {
    const [d, t] = s.split('T');
    const [y, m, day] = d.split('-').map(Number);
    const [h, min] = t.split(':').map(Number);
    return helsinkiTime(y, m, day, h, min);
  };
  return { startsAt: at(input.start), endsAt: at(input.end) };
}

async function slotOf(tx: Tx, eventId: number, slotId: number) {
  if (!isValidId(slotId)) return undefined;
  const [s] = await tx
    .select({ id: programmeSlots.id })
    .from(programmeSlots)
    .where(and(eq(programmeSlots.id, slotId), eq(programmeSlots.eventId, eventId)));
  return s;
}

async function workshopOf(tx: Tx, eventId: number, workshopId: number) {
  if (!isValidId(workshopId)) return undefined;
  const [w] = await tx
    .select({
      id: programmeWorkshops.id,
      slotId: programmeWorkshops.slotId,
      titleFi: programmeWorkshops.titleFi,
      titleSv: programmeWorkshops.titleSv,
      slotTitleFi: programmeSlots.titleFi,
      slotTitleSv: programmeSlots.titleSv,
    })
    .from(programmeWorkshops)
    .innerJoin(programmeSlots, eq(programmeSlots.id, programmeWorkshops.slotId))
    .where(and(eq(programmeWorkshops.id, workshopId), eq(programmeSlots.eventId, eventId)))
    .for('update', { of: programmeWorkshops });
  return w;
}

/** Adds a slot (slotId null) or changes one. Its times must fall within the event's. */
export async function saveSlot(
  o: Organiser,
  eventId: number,
  slotId: number | null,
  input: SlotInput,
): Promise<ProgrammeResult<{ id: number }>> {
  return withLockedEvent(o, eventId, async (tx, e) => {
    const times = slotTimes(input);
    if (times.startsAt < e.startsAt || times.endsAt > e.endsAt)
      return { ok: false, error: 'programme.errors.outsideEvent' };
    const values = {
      ...times,
      titleFi: input.titleFi,
      titleSv: input.titleSv,
      speakers: input.speakers,
      roomFi: input.roomFi,
      roomSv: input.roomSv,
    };
    if (slotId === null) {
      const [s] = await tx
        .insert(programmeSlots)
        .values({ eventId: e.id, ...values })
        .returning({ id: programmeSlots.id });
      return { ok: true, value: s };
    }
    if (!(await slotOf(tx, e.id, slotId))) return NOT_FOUND;
    await tx.update(programmeSlots).set(values).where(eq(programmeSlots.id, slotId));
    return { ok: true, value: { id: slotId } };
  });
}

/** Removes a slot, refused while anyone holds a seat in one of its workshops. */
export async function removeSlot(o: Organiser, eventId: number, slotId: number): Promise<ProgrammeResult<null>> {
  return withLockedEvent(o, eventId, async (tx, e) => {
    if (!(await slotOf(tx, e.id, slotId))) return NOT_FOUND;
    const ws = await tx
      .select({ id: programmeWorkshops.id })
      .from(programmeWorkshops)
      .where(eq(programmeWorkshops.slotId, slotId));
    const held = [
      ...(
        await heldSeats(
          tx,
          ws.map((w) => w.id),
        )
      ).values(),
    ].reduce((a, b) => a + b, 0);
    if (held > 0) return { ok: false, error: 'programme.errors.hasPeople', params: { count: held } };
    await tx.delete(programmeSlots).where(eq(programmeSlots.id, slotId));
    return { ok: true, value: null };
  });
}

/** Adds a workshop to a slot (workshopId null) or changes one; a capacity never drops below the seats held. */
export async function saveWorkshop(
  o: Organiser,
  eventId: number,
  slotId: number,
  workshopId: number | null,
  input: WorkshopInput,
): Promise<ProgrammeResult<{ id: number }>> {
  return withLockedEvent(o, eventId, async (tx, e) => {
    if (!(await slotOf(tx, e.id, slotId))) return NOT_FOUND;
    const values = {
      titleFi: input.titleFi,
      titleSv: input.titleSv,
      capacity: input.capacity,
      remoteCapacity: input.remoteCapacity,
    };
    if (workshopId === null) {
      const [w] = await tx
        .insert(programmeWorkshops)
        .values({ slotId, ...values })
        .returning({ id: programmeWorkshops.id });
      return { ok: true, value: w };
    }
    const w = await workshopOf(tx, e.id, workshopId);
    if (!w || w.slotId !== slotId) return NOT_FOUND;
    const held = await tx.execute<{ onsite: number; remote: number }>(sql`
      select count(*) filter (where r.attendance = 'onsite')::int as onsite,
        count(*) filter (where r.attendance = 'remote')::int as remote
      from workshop_picks p join registrations r on r.id = p.registration_id
      where p.workshop_id = ${workshopId} and r.status <> 'cancelled'`);
    const { onsite, remote } = held[0];
    if (input.capacity < onsite || (input.remoteCapacity !== null && input.remoteCapacity < remote))
      return {
        ok: false,
        error: 'programme.errors.belowHeld',
        params: { count: input.capacity < onsite ? onsite : remote },
      };
    await tx.update(programmeWorkshops).set(values).where(eq(programmeWorkshops.id, workshopId));
    return { ok: true, value: { id: workshopId } };
  });
}

/** Removes a workshop, refused while anyone (confirmed or waiting) holds a seat in it. */
export async function removeWorkshop(
  o: Organiser,
  eventId: number,
  workshopId: number,
): Promise<ProgrammeResult<null>> {
  return withLockedEvent(o, eventId, async (tx, e) => {
    const w = await workshopOf(tx, e.id, workshopId);
    if (!w) return NOT_FOUND;
    const held = (await heldSeats(tx, [w.id])).get(w.id) ?? 0;
    if (held > 0) return { ok: false, error: 'programme.errors.hasPeople', params: { count: held } };
    await tx.delete(programmeWorkshops).where(eq(programmeWorkshops.id, w.id));
    return { ok: true, value: null };
  });
}

/**
 * Puts a registration (of an event in the caller's scope or — `o` null — the participant's own, the
 * caller having checked the manage link) in another workshop of a slot, in a transaction holding
 * the event lock: refused when that workshop has no seat for the person's mode.
 */
export async function pickWorkshopLocked(
  tx: Tx,
  reg: { id: number; eventId: number; attendance: 'onsite' | 'remote'; status: string },
  slotId: number,
  workshopId: number,
  opts: { byOrganiser?: boolean } = {},
): Promise<ProgrammeResult<{ changed: boolean }>> {
  if (reg.status === 'cancelled') return NOT_FOUND;
  const w = await workshopOf(tx, reg.eventId, workshopId);
  if (!w || w.slotId !== slotId) return NOT_FOUND;
  const [current] = await tx
    .select({ workshopId: workshopPicks.workshopId })
    .from(workshopPicks)
    .where(and(eq(workshopPicks.registrationId, reg.id), eq(workshopPicks.slotId, slotId)));
  if (current?.workshopId === workshopId) return { ok: true, value: { changed: false } };
  const [{ left }] = await tx.execute<{ left: number | null }>(
    sql`select kokoon_workshop_seats_left(${workshopId}, ${reg.attendance}::attendance_mode) as left`,
  );
  if (left !== null && left <= 0) return { ok: false, error: 'programme.errors.full' };
  await tx
    .insert(workshopPicks)
    .values({ registrationId: reg.id, slotId, workshopId })
    .onConflictDoUpdate({ target: [workshopPicks.registrationId, workshopPicks.slotId], set: { workshopId } });
  // The person is told, with the calendar invitation updated to the new workshop (its programme lists it).
  await enqueueRegistrationMailById(tx, 'workshop_changed', reg.id, {
    byOrganiser: opts.byOrganiser,
    workshop: { slot: { fi: w.slotTitleFi, sv: w.slotTitleSv }, name: { fi: w.titleFi, sv: w.titleSv } },
  });
  return { ok: true, value: { changed: true } };
}

/** An organiser moves a person to another workshop of a slot (refused if it is full). */
export async function moveToWorkshop(
  o: Organiser,
  eventId: number,
  registrationId: number,
  slotId: number,
  workshopId: number,
): Promise<ProgrammeResult<{ changed: boolean }>> {
  if (!isValidId(registrationId)) return NOT_FOUND;
  return db().transaction(async (tx) => {
    const e = await findEventInScope(o, eventId, { columns: ['id', 'status'], lock: tx });
    if (!e) return NOT_FOUND;
    if (e.status === 'cancelled') return { ok: false, error: 'programme.errors.eventCancelled' } as const;
    const [reg] = await tx
      .select({
        id: registrations.id,
        eventId: registrations.eventId,
        attendance: registrations.attendance,
        status: registrations.status,
      })
      .from(registrations)
      .where(and(eq(registrations.id, registrationId), eq(registrations.eventId, e.id)));
    if (!reg) return NOT_FOUND;
    const r = await pickWorkshopLocked(tx, reg, slotId, workshopId, { byOrganiser: true });
    if (r.ok && r.value.changed)
      await writeAudit(tx, o, 'registration.workshop.move', `registration:${reg.id}`, {
        after: { slotId, workshopId },
      });
    return r;
  });
}
