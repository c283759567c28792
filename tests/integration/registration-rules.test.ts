// Issue 14 §4: the sign-up rules have one home, the database function kokoon_register (with
// kokoon_seats_left for the free places). The function also records whether the person is a
// returning participant (migration 0006's column), and the application's free-place answers are
// the function's own.
import { describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { useTestDatabase } from '../support/test-db';
import { addRegistrations, createEvent } from '../support/factories';
import { person } from '../support/registrations';
import { db } from '@/db/client';
import { registrations } from '@/db/schema';
import { registerParticipant, setEventCapacity } from '@/lib/registrations/service';
import { seatsLeft } from '@/lib/registrations/availability';

useTestDatabase();

const DAY = 86400_000;

async function returningOf(result: Awaited<ReturnType<typeof registerParticipant>>) {
  if (!result.ok) throw new Error(`sign-up refused: ${result.error}`);
  const [row] = await db()
    .select({ returning: registrations.returningParticipant })
    .from(registrations)
    .where(eq(registrations.id, result.value.registrationId));
  return row.returning;
}

describe('returning participant, recorded by the sign-up itself', () => {
  it('is true for someone who had a place at an earlier event and false for a first-timer', async () => {
    const earlier = await createEvent({
      startsAt: new Date(Date.now() - 30 * DAY),
      registrationOpensAt: new Date(Date.now() - 60 * DAY),
    });
    await addRegistrations(earlier.id, 1, { email: 'palaava@kunta.example', attendedOnsite: true });
    await addRegistrations(earlier.id, 1, { email: 'peruja@kunta.example', status: 'cancelled' });
    const event = await createEvent({ capacityOnsite: 1, waitlistEnabled: true });

    // The earlier address however typed; the first place and the waiting list alike.
    expect(await returningOf(await registerParticipant(event.slug, person({ email: ' Palaava@Kunta.example ' })))).toBe(
      true,
    );
    expect(await returningOf(await registerParticipant(event.slug, person({ email: 'uusi@kunta.example' })))).toBe(
      false,
    );
    // A cancelled registration is no place had.
    expect(await returningOf(await registerParticipant(event.slug, person({ email: 'peruja@kunta.example' })))).toBe(
      false,
    );
  });

  it('counts only events that start before this one', async () => {
    const later = await createEvent({ startsAt: new Date(Date.now() + 40 * DAY) });
    await addRegistrations(later.id, 1, { email: 'tuleva@kunta.example' });
    const event = await createEvent();
    expect(await returningOf(await registerParticipant(event.slug, person({ email: 'tuleva@kunta.example' })))).toBe(
      false,
    );
  });
});

describe('free places, as the sign-up counts them', () => {
  it('are the places the next sign-ups get, before and after the capacity changes', async () => {
    const event = await createEvent({
      format: 'hybrid',
      capacityOnsite: 2,
      capacityRemote: null,
      waitlistEnabled: true,
    });
    expect(await seatsLeft(event.id)).toEqual({ onsite: 2, remote: null });
    await registerParticipant(event.slug, person());
    expect(await seatsLeft(event.id)).toEqual({ onsite: 1, remote: null });
    await registerParticipant(event.slug, person());
    expect(await seatsLeft(event.id)).toEqual({ onsite: 0, remote: null });
    expect(await registerParticipant(event.slug, person())).toMatchObject({
      ok: true,
      value: { status: 'waitlisted', position: 1 },
    });
    expect(await registerParticipant(event.slug, person({ attendance: 'remote' }))).toMatchObject({
      ok: true,
      value: { status: 'confirmed' },
    });

    // Lowered below the confirmed count: none free (never negative), the next one waits.
    await setEventCapacity(event.id, { onsite: 1, remote: null });
    expect(await seatsLeft(event.id)).toEqual({ onsite: 0, remote: null });
    expect(await registerParticipant(event.slug, person())).toMatchObject({
      ok: true,
      value: { status: 'waitlisted', position: 2 },
    });

    // Raised: the first two in line get the places at once, one place stays free.
    const raised = await setEventCapacity(event.id, { onsite: 5, remote: null });
    expect(raised.ok && raised.value.promoted).toHaveLength(2);
    expect(await seatsLeft(event.id)).toEqual({ onsite: 1, remote: null });
    expect(await registerParticipant(event.slug, person())).toMatchObject({ ok: true, value: { status: 'confirmed' } });
    expect(await seatsLeft(event.id)).toEqual({ onsite: 0, remote: null });
  });
});
