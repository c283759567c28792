import 'server-only';
// Organisers' changes to places: cancelling on someone's behalf and promoting someone from the
// waiting list by hand. Both run under the event lock of lib/registrations (the same rules and
// outbox mails as the participant's own changes), with the organiser's scope as a condition of the
// lock itself, and write their audit row in the same transaction.
import type { Organiser } from '@/lib/auth/guards';
import { eventScope } from '@/lib/auth/guards';
import {
  cancelLockedRegistration,
  moveLockedRegistration,
  promoteLockedRegistration,
  withRegistrationLocked,
  type RegistrationError,
} from '@/lib/registrations/service';
import { recordAudit } from './audit';
import { isValidId } from '@/lib/ids';
import type { AttendanceError, AttendanceResult } from './types';

const FROM_REGISTRATION: Partial<Record<RegistrationError, AttendanceError>> = {
  'registration.notFound': 'attendance.notFound',
  'registration.closed': 'attendance.closed',
  'registration.eventCancelled': 'attendance.eventCancelled',
  'registration.invalid': 'attendance.notWaitlisted',
};

function mapError(
  e: RegistrationError,
  own: Partial<Record<RegistrationError, AttendanceError>> = {},
): AttendanceError {
  const mapped = own[e] ?? FROM_REGISTRATION[e];
  if (!mapped) throw new Error(`unexpected registration error: ${e}`);
  return mapped;
}

export type CancelOutcome = {
  registrationId: number;
  eventId: number;
  name: string;
  changed: boolean;
  promoted: number[];
};

/**
 * Cancels a registration for the person (they are told by mail); a confirmed place goes to the
 * first in line of the same mode, who is told too. Cancelling twice changes nothing.
 */
export async function cancelOnBehalf(
  o: Organiser,
  id: number,
  now = new Date(),
): Promise<AttendanceResult<CancelOutcome>> {
  if (!isValidId(id)) return { ok: false, error: 'attendance.notFound' };
  let outcome: CancelOutcome | undefined;
  const r = await withRegistrationLocked(id, eventScope(o), async (tx, reg, event) => {
    const res = await cancelLockedRegistration(tx, reg, event, now, { byOrganiser: true });
    if (!res.ok) return res;
    const changed = reg.status !== 'cancelled';
    if (changed) {
      await recordAudit(tx, o, 'registration.cancelOnBehalf', `registration:${reg.id}`, {
        eventId: event.id,
        before: { status: reg.status },
        after: { status: 'cancelled' },
        promoted: res.value.promoted,
      });
    }
    outcome = {
      registrationId: reg.id,
      eventId: event.id,
      name: `${reg.firstName} ${reg.lastName}`,
      changed,
      promoted: res.value.promoted,
    };
    return res;
  });
  return r.ok ? { ok: true, value: outcome! } : { ok: false, error: mapError(r.error) };
}

export type PromoteOutcome = { registrationId: number; eventId: number; name: string; overCapacity: boolean };

/**
 * Gives a waiting person a confirmed place now, whatever their place in line; when the mode is full
 * this goes over the capacity by one (`overCapacity`), which is the organiser's call. The person is
 * told by mail with the calendar invitation.
 */
export async function promoteManually(
  o: Organiser,
  id: number,
  now = new Date(),
): Promise<AttendanceResult<PromoteOutcome>> {
  if (!isValidId(id)) return { ok: false, error: 'attendance.notFound' };
  let outcome: PromoteOutcome | undefined;
  const r = await withRegistrationLocked(id, eventScope(o), async (tx, reg, event) => {
    const res = await promoteLockedRegistration(tx, reg, event, now);
    if (!res.ok) return res;
    await recordAudit(tx, o, 'registration.promote', `registration:${reg.id}`, {
      eventId: event.id,
      before: { status: reg.status },
      after: { status: 'confirmed' },
      overCapacity: res.value.overCapacity,
    });
    outcome = {
      registrationId: reg.id,
      eventId: event.id,
      name: `${reg.firstName} ${reg.lastName}`,
      overCapacity: res.value.overCapacity,
    };
    return res;
  });
  return r.ok ? { ok: true, value: outcome! } : { ok: false, error: mapError(r.error) };
}

export type MoveOutcome = {
  registrationId: number;
  eventId: number;
  name: string;
  changed: boolean;
  promoted: number[];
};

/**
 * Moves a person between on-site and remote attendance (they are told by mail), while the other
 * mode has a free place, until the event ends; a freed on-site place goes to the first in line.
 */
export async function moveOnBehalf(
  o: Organiser,
  id: number,
  to: unknown,
  now = new Date(),
): Promise<AttendanceResult<MoveOutcome>> {
  if (!isValidId(id)) return { ok: false, error: 'attendance.notFound' };
  if (to !== 'onsite' && to !== 'remote') return { ok: false, error: 'attendance.modeNotOffered' };
  let outcome: MoveOutcome | undefined;
  const r = await withRegistrationLocked(id, eventScope(o), async (tx, reg, event) => {
    const res = await moveLockedRegistration(tx, reg, event, to, now, { byOrganiser: true });
    if (!res.ok) return res;
    if (res.value.changed) {
      await recordAudit(tx, o, 'registration.move', `registration:${reg.id}`, {
        eventId: event.id,
        before: { attendance: reg.attendance },
        after: { attendance: to },
        promoted: res.value.promoted,
      });
    }
    outcome = {
      registrationId: reg.id,
      eventId: event.id,
      name: `${reg.firstName} ${reg.lastName}`,
      changed: res.value.changed,
      promoted: res.value.promoted,
    };
    return res;
  });
  return r.ok
    ? { ok: true, value: outcome! }
    : {
        ok: false,
        error: mapError(r.error, {
          'registration.modeFull': 'attendance.modeFull',
          'registration.invalid': 'attendance.modeNotOffered',
          'registration.workshopFull': 'attendance.workshopFull',
        }),
      };
}
