// Issue 15 §2: a workshop's host checks in at their own door — only the on-site people who picked
// that workshop, counted apart from the event's door (checked in / expected).
import { describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { useTestDatabase } from '../support/test-db';
import { db } from '@/db/client';
import { registrations, workshopPicks } from '@/db/schema';
import { checkIn } from '@/lib/attendance/check-in';
import { cancelOnBehalf } from '@/lib/attendance/places';
import { checkInAtWorkshop, listWorkshopDoor, undoCheckInAtWorkshop } from '@/lib/attendance/workshop-door';
import { eventWithWorkshops, regionOrganiser, signUpTo } from '../support/workshops';

useTestDatabase();

async function door(o: Awaited<ReturnType<typeof regionOrganiser>>, eventId: number, workshopId: number) {
  const r = await listWorkshopDoor(o, eventId, workshopId);
  if (!r.ok) throw new Error(r.error);
  return r.value;
}

describe('door check-in per workshop', () => {
  it('lists only the workshop’s on-site people and counts its own check-ins, apart from the event’s door', async () => {
    const o = await regionOrganiser();
    const { event, slot, workshops } = await eventWithWorkshops([10, 10], {
      scope: 'region',
      regionCode: 'TAYS',
      format: 'hybrid',
      capacityRemote: null,
    });
    const [a, b] = workshops;
    const aino = await signUpTo(event.slug, slot.id, a.id, { lastName: 'Aalto' });
    const bertta = await signUpTo(event.slug, slot.id, a.id, { lastName: 'Berg' });
    const cecilia = await signUpTo(event.slug, slot.id, a.id, { lastName: 'Cederberg' });
    const peruva = await signUpTo(event.slug, slot.id, a.id, { lastName: 'Peruva' });
    await signUpTo(event.slug, slot.id, a.id, { lastName: 'Etäinen', attendance: 'remote' });
    const toinen = await signUpTo(event.slug, slot.id, b.id, { lastName: 'Toisessa' });
    expect((await cancelOnBehalf(o, peruva)).ok).toBe(true);

    // Aino came through the morning door: at the workshop she is not yet checked in.
    expect((await checkIn(o, aino)).ok).toBe(true);
    let list = await door(o, event.id, a.id);
    expect(list.people.map((p) => p.lastName)).toEqual(['Aalto', 'Berg', 'Cederberg']);
    expect(list.people.every((p) => p.checkedInAt === null)).toBe(true);
    expect(list.counts).toEqual({ checkedIn: 0, expected: 3 });
    expect(list.workshop.titleFi).toBe('Työpaja A');
    expect(list.workshop.slot.titleFi).toBe('Iltapäivän työpajat');

    // Bertta arrives at the workshop: checked in there, and at the event too (nobody had).
    const r = await checkInAtWorkshop(o, bertta, a.id);
    expect(r.ok && r.value.changed).toBe(true);
    expect((await checkInAtWorkshop(o, bertta, a.id)).ok && true).toBe(true);
    list = await door(o, event.id, a.id);
    expect(list.counts).toEqual({ checkedIn: 1, expected: 3 });
    expect(list.people.find((p) => p.id === bertta)?.checkedInAt).not.toBeNull();
    const [row] = await db().select().from(registrations).where(eq(registrations.id, bertta));
    expect(row.attendedOnsite).toBe(true);
    expect(row.checkedInAt).not.toBeNull();
    // Workshop B's door knows nothing of it.
    expect((await door(o, event.id, b.id)).counts).toEqual({ checkedIn: 0, expected: 1 });

    // The host of A cannot check in someone of B at A's door.
    expect(await checkInAtWorkshop(o, toinen, a.id)).toEqual({ ok: false, error: 'attendance.notFound' });
    // Cecilia at A, then taken back: the workshop count drops, her event check-in stays.
    expect((await checkInAtWorkshop(o, cecilia, a.id)).ok).toBe(true);
    expect((await door(o, event.id, a.id)).counts).toEqual({ checkedIn: 2, expected: 3 });
    expect((await undoCheckInAtWorkshop(o, cecilia, a.id)).ok).toBe(true);
    expect((await door(o, event.id, a.id)).counts).toEqual({ checkedIn: 1, expected: 3 });
    const [c] = await db().select().from(registrations).where(eq(registrations.id, cecilia));
    expect(c.attendedOnsite).toBe(true);
    const [pick] = await db().select().from(workshopPicks).where(eq(workshopPicks.registrationId, cecilia));
    expect(pick.checkedInAt).toBeNull();
  });

  it('refuses a remote participant, and is not found for another region’s organiser or another event’s workshop', async () => {
    const o = await regionOrganiser('TAYS');
    const stranger = await regionOrganiser('OYS');
    const { event, slot, workshops } = await eventWithWorkshops([5], {
      scope: 'region',
      regionCode: 'TAYS',
      format: 'hybrid',
      capacityRemote: null,
    });
    const other = await eventWithWorkshops([5], { scope: 'region', regionCode: 'TAYS' });
    const eta = await signUpTo(event.slug, slot.id, workshops[0].id, { attendance: 'remote' });
    const paikalla = await signUpTo(event.slug, slot.id, workshops[0].id);
    expect(await checkInAtWorkshop(o, eta, workshops[0].id)).toEqual({ ok: false, error: 'attendance.remote' });
    expect(await listWorkshopDoor(stranger, event.id, workshops[0].id)).toEqual({
      ok: false,
      error: 'attendance.notFound',
    });
    expect(await checkInAtWorkshop(stranger, paikalla, workshops[0].id)).toEqual({
      ok: false,
      error: 'attendance.notFound',
    });
    expect(await listWorkshopDoor(o, event.id, other.workshops[0].id)).toEqual({
      ok: false,
      error: 'attendance.notFound',
    });
    const [pick] = await db().select().from(workshopPicks).where(eq(workshopPicks.registrationId, paikalla));
    expect(pick.checkedInAt).toBeNull();
  });
});
