import 'server-only';
// A registrant changes their workshop from the manage page while registration is open and the other
// workshop has a seat. The secret manage token is the only authority (as for the other changes
// there); the event row is locked as a sign-up locks it, so the seat count cannot change under it.
import { registrationClosesAt } from '@/lib/events/availability';
import { isValidId } from '@/lib/ids';
import { registrationIdForToken, withRegistrationLocked } from '@/lib/registrations/service';
import { pickWorkshopLocked } from './editor';

export type WorkshopChange = 'changed' | 'unchanged' | 'full' | 'closed' | 'notFound';

export async function changeWorkshop(
  token: string,
  slotId: number,
  workshopId: number,
  now = new Date(),
): Promise<WorkshopChange> {
  const id = await registrationIdForToken(token);
  if (!id || !isValidId(slotId) || !isValidId(workshopId)) return 'notFound';
  let outcome: WorkshopChange = 'notFound';
  await withRegistrationLocked(id, undefined, async (tx, reg, event) => {
    if (
      event.status === 'cancelled' ||
      reg.status === 'cancelled' ||
      now >= registrationClosesAt(event) ||
      now >= event.endsAt
    ) {
      outcome = 'closed';
      return { ok: true, value: null };
    }
    const r = await pickWorkshopLocked(tx, reg, slotId, workshopId);
    outcome = r.ok
      ? r.value.changed
        ? 'changed'
        : 'unchanged'
      : r.error === 'programme.errors.full'
        ? 'full'
        : 'notFound';
    return { ok: true, value: null };
  });
  return outcome;
}
