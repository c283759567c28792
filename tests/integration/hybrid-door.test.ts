// Issue 15 §4: the door check-in lists and counts only the people coming on site; a remote
// participant's attendance is the stream's, so they cannot be checked in at the door.
import { describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { useTestDatabase } from '../support/test-db';
import { createEvent } from '../support/factories';
import { person } from '../support/registrations';
import { db } from '@/db/client';
import { registrations } from '@/db/schema';
import { inviteOrganiser } from '@/lib/auth/accounts';
import type { Organiser } from '@/lib/auth/guards';
import { registerParticipant } from '@/lib/registrations/service';
import { listDoor } from '@/lib/attendance/registrations';
import { checkIn } from '@/lib/attendance/check-in';

useTestDatabase();

async function signUp(slug: string, attendance: 'onsite' | 'remote', lastName: string) {
  const r = await registerParticipant(slug, person({ attendance, lastName }));
  if (!r.ok) throw new Error(r.error);
  return r.value.registrationId;
}

describe('door check-in of a hybrid event', () => {
  it('lists and counts only on-site people and refuses to check in a remote one', async () => {
    const uid = await inviteOrganiser(db(), { email: 'ovi@door.example', role: 'organiser', regions: ['TAYS'] });
    const o: Organiser = { id: uid, email: 'ovi@door.example', name: null, role: 'organiser', regions: ['TAYS'] };
    const event = await createEvent({
      scope: 'region',
      regionCode: 'TAYS',
      format: 'hybrid',
      capacityOnsite: 10,
      capacityRemote: null,
    });
    const paikalla = await signUp(event.slug, 'onsite', 'Paikalla');
    await signUp(event.slug, 'onsite', 'Toinenpaikalla');
    const eta = await signUp(event.slug, 'remote', 'Etäinen');
    await signUp(event.slug, 'remote', 'Toinenetä');

    expect((await checkIn(o, paikalla)).ok).toBe(true);
    expect(await checkIn(o, eta)).toEqual({ ok: false, error: 'attendance.remote' });
    const [row] = await db().select().from(registrations).where(eq(registrations.id, eta));
    expect(row.checkedInAt).toBeNull();
    expect(row.attendedOnsite).toBeNull();

    const door = await listDoor(o, event.id);
    if (!door.ok) throw new Error(door.error);
    expect(door.value.people.map((p) => p.lastName).sort()).toEqual(['Paikalla', 'Toinenpaikalla']);
    // "Saapuneita 1/2": the confirmed count is the on-site people's.
    expect(door.value.counts.confirmed).toEqual({ onsite: 2, remote: 0 });
    expect(door.value.counts.checkedIn).toBe(1);
  });
});
