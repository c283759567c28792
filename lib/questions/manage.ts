import 'server-only';
// A registrant changes their answers to the event's own questions from the manage page, while
// registration is open. The secret manage token is the only authority (as for the other changes
// there); the event row is locked as a sign-up locks it, so an organiser's edit of a question
// cannot interleave with an answer to it.
import { registrationClosesAt } from '@/lib/events/availability';
import { registrationIdForToken, withRegistrationLocked, type Result } from '@/lib/registrations/service';
import { replaceAnswers } from './answers';

export async function updateAnswers(token: string, raw: unknown, now = new Date()): Promise<Result<null>> {
  const id = await registrationIdForToken(token);
  if (!id) return { ok: false, error: 'registration.notFound' };
  return withRegistrationLocked(id, undefined, async (tx, reg, event) => {
    if (event.status === 'cancelled') return { ok: false, error: 'registration.eventCancelled' };
    if (reg.status === 'cancelled' || now >= registrationClosesAt(event) || now >= event.endsAt)
      return { ok: false, error: 'registration.closed' };
    const check = await replaceAnswers(tx, reg, raw);
    return check.ok ? { ok: true, value: null } : { ok: false, error: 'registration.invalid', fields: check.fields };
  });
}
