// Issue 15 §2: switching between on site and remote moves the person's workshop seats to the other
// mode, so each workshop they hold must have room there (remote capacity vs capacity). A refusal
// names the workshops with room and changes nothing; under a rush exactly the free seats switch.
import { describe, expect, it } from 'vitest';
import { and, eq, sql } from 'drizzle-orm';
import { useTestDatabase } from '../support/test-db';
import { db } from '@/db/client';
import { mailOutbox, registrations, workshopPicks } from '@/db/schema';
import { changeAttendance, registerParticipant } from '@/lib/registrations/service';
import { moveOnBehalf } from '@/lib/attendance/places';
import { moveToWorkshop } from '@/lib/programme/editor';
import { modeSwitchRefusalText } from '@/lib/programme/mode-switch';
import { person } from '../support/registrations';
import { eventWithWorkshops, regionOrganiser } from '../support/workshops';

useTestDatabase();

async function signUp(slug: string, slotId: number, workshopId: number, attendance: 'onsite' | 'remote') {
  const r = await registerParticipant(slug, person({ attendance, workshops: { [String(slotId)]: workshopId } }));
  if (!r.ok) throw new Error(r.error);
  return r.value;
}

async function state(id: number) {
  const [r] = await db().select().from(registrations).where(eq(registrations.id, id));
  const picks = await db().select().from(workshopPicks).where(eq(workshopPicks.registrationId, id));
  const [{ n }] = await db()
    .select({ n: sql<number>`count(*)::int` })
    .from(mailOutbox)
    .where(and(eq(mailOutbox.registrationId, id), eq(mailOutbox.kind, 'attendance_changed')));
  return { attendance: r.attendance, status: r.status, picks: picks.map((p) => p.workshopId), changeMails: n };
}

const hybrid = { scope: 'region' as const, regionCode: 'TAYS', format: 'hybrid' as const, capacityRemote: null };

describe('a switch of mode and the workshop seats', () => {
  it('refuses a switch to remote when the person’s workshop has no remote seat, naming the ones with room; nothing changes', async () => {
    const o = await regionOrganiser();
    const { event, slot, workshops } = await eventWithWorkshops([5, 5, 5], hybrid, [1, 3, 0]);
    const [a, b] = workshops;
    await signUp(event.slug, slot.id, a.id, 'remote'); // A's one remote seat
    const p = await signUp(event.slug, slot.id, a.id, 'onsite');
    const before = await state(p.registrationId);

    expect(await changeAttendance(p.manageToken, 'remote')).toMatchObject({
      ok: false,
      error: 'registration.workshopFull',
    });
    expect(await moveOnBehalf(o, p.registrationId, 'remote')).toEqual({ ok: false, error: 'attendance.workshopFull' });
    expect(await state(p.registrationId)).toEqual(before);
    expect(before).toMatchObject({ attendance: 'onsite', picks: [a.id], changeMails: 0 });

    // The refusal names B (3 remote seats), not C (none).
    const fi = await modeSwitchRefusalText(p.registrationId, 'fi');
    expect(fi).toContain('Työpaja A');
    expect(fi).toContain('etäosallistujille');
    expect(fi).toContain('Tilaa on vielä näissä: Työpaja B.');
    const sv = await modeSwitchRefusalText(p.registrationId, 'sv');
    expect(sv).toContain('Det finns ännu plats i: Workshop B.');

    // In workshop B the switch goes through, and the seat it holds is then a remote one.
    expect((await moveToWorkshop(o, event.id, p.registrationId, slot.id, b.id)).ok).toBe(true);
    expect(await changeAttendance(p.manageToken, 'remote')).toMatchObject({ ok: true });
    expect(await state(p.registrationId)).toMatchObject({ attendance: 'remote', picks: [b.id], changeMails: 1 });
    expect(await modeSwitchRefusalText(p.registrationId, 'fi')).toBeNull();
  });

  it('lets exactly the free remote seats of a workshop switch when 6 people switch at once', async () => {
    const { event, slot, workshops } = await eventWithWorkshops([10], hybrid, [2]);
    const [a] = workshops;
    const people = [];
    for (let i = 0; i < 6; i++) people.push(await signUp(event.slug, slot.id, a.id, 'onsite'));
    const results = await Promise.all(people.map((p) => changeAttendance(p.manageToken, 'remote')));
    expect(results.filter((r) => r.ok)).toHaveLength(2);
    expect(results.filter((r) => !r.ok && r.error === 'registration.workshopFull')).toHaveLength(4);
    const [{ remote }] = await db().execute<{ remote: number }>(sql`
      select count(*)::int as remote from registrations where event_id = ${event.id} and attendance = 'remote'`);
    expect(remote).toBe(2);
  });
});
