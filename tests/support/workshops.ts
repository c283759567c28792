// An event with a programme of parallel workshops, and people who picked them, for the tests of
// the workshop door, sheet, messages and mode switches (issue 15 §2).
import { db } from '@/db/client';
import { programmeSlots, programmeWorkshops } from '@/db/schema';
import { inviteOrganiser } from '@/lib/auth/accounts';
import type { Organiser } from '@/lib/auth/guards';
import { registerParticipant } from '@/lib/registrations/service';
import type { RegistrationInput } from '@/lib/registrations/schema';
import { createEvent } from './factories';
import { person } from './registrations';

const HOUR = 3600_000;

/** A slot of workshops A, B, C… with these on-site capacities (and remote ones, null = unlimited). */
export async function eventWithWorkshops(
  capacities: number[],
  o: Parameters<typeof createEvent>[0] = {},
  remoteCapacities: (number | null)[] = [],
) {
  // At 9.00 Helsinki time, ten days ahead: the slot never crosses midnight, whatever the hour of the run.
  const startsAt = new Date(Date.now() + 10 * 24 * HOUR);
  startsAt.setUTCHours(7, 0, 0, 0);
  const event = await createEvent({ capacityOnsite: 200, startsAt, ...o });
  const [slot] = await db()
    .insert(programmeSlots)
    .values({
      eventId: event.id,
      startsAt: new Date(event.startsAt.getTime() + HOUR),
      endsAt: new Date(event.startsAt.getTime() + 2 * HOUR),
      titleFi: 'Iltapäivän työpajat',
      titleSv: 'Eftermiddagens workshoppar',
    })
    .returning();
  const workshops = await db()
    .insert(programmeWorkshops)
    .values(
      capacities.map((capacity, i) => ({
        slotId: slot.id,
        titleFi: `Työpaja ${'ABCD'[i]}`,
        titleSv: `Workshop ${'ABCD'[i]}`,
        capacity,
        remoteCapacity: remoteCapacities[i] ?? null,
        sortOrder: i,
      })),
    )
    .returning();
  return { event, slot, workshops };
}

/** Signs someone up with a pick in the slot; throws if refused. */
export async function signUpTo(
  slug: string,
  slotId: number,
  workshopId: number,
  o: Partial<RegistrationInput> = {},
): Promise<number> {
  const r = await registerParticipant(slug, person({ ...o, workshops: { [String(slotId)]: workshopId } }));
  if (!r.ok) throw new Error(r.error);
  return r.value.registrationId;
}

let n = 0;
/** A regional organiser (TAYS unless told). */
export async function regionOrganiser(region = 'TAYS'): Promise<Organiser> {
  n += 1;
  const email = `tyopaja${n}.${region.toLowerCase()}@ws.example`;
  const id = await inviteOrganiser(db(), { email, role: 'organiser', regions: [region] });
  return { id, email, name: null, role: 'organiser', regions: [region] };
}
