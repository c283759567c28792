'use server';
// Organisers' changes to one registration, posted from the list page, the door check-in page and the
// QR check-in page. Each action signs the organiser in first (actionOrganiser); the domain
// functions in lib/attendance check the organiser's scope on the registration itself, so ids from
// the form can never reach another region's people. The answer is a redirect back (POST → GET),
// which also works without JavaScript.
import { redirect } from 'next/navigation';
import { actionOrganiser } from '@/lib/auth/entry-points';
import type { Organiser } from '@/lib/auth/guards';
import type { Locale } from '@/lib/i18n/routing';
import { checkIn, markAttended, undoCheckIn } from '@/lib/attendance/check-in';
import { checkInAtWorkshop, undoCheckInAtWorkshop } from '@/lib/attendance/workshop-door';
import { cancelOnBehalf, moveOnBehalf, promoteManually } from '@/lib/attendance/places';
import { filtersQuery, parseFilters } from '@/lib/attendance/filters';
import { verifyCheckInCode } from '@/lib/attendance/qr';
import type { AttendanceResult } from '@/lib/attendance/types';
import { parseId } from '@/lib/ids';

type Outcome = { done: string; extra?: Record<string, string> };

function str(form: FormData, key: string): string {
  const v = form.get(key);
  return typeof v === 'string' ? v : '';
}

/** Where to go back to: only our own pages, built from validated parts. */
function back(
  form: FormData,
  locale: Locale,
  registrationId: number | null,
  eventId: number | null,
  params: Record<string, string>,
): string {
  const from = str(form, 'back');
  const r: Record<string, string> = registrationId ? { r: String(registrationId) } : {};
  if (from === 'code') {
    const code = str(form, 'code');
    if (verifyCheckInCode(code))
      return `/${locale}/workspace/checkin/${code}?${new URLSearchParams({ ...params, ...r })}`;
  }
  const event = eventId ?? parseId(str(form, 'eventId'));
  if (!event) return `/${locale}/workspace`;
  if (from === 'door') {
    // Back to the same person with the search kept (without JavaScript the page is a new one: the anchor keeps the place).
    const q = str(form, 'q').slice(0, 200);
    const workshop = parseId(str(form, 'workshop'));
    return `/${locale}/workspace/events/${event}/checkin?${new URLSearchParams({ ...params, ...r, ...(q ? { q } : {}), ...(workshop ? { workshop: String(workshop) } : {}) })}${registrationId ? `#p-${registrationId}` : ''}`;
  }
  const filters = parseFilters(
    Object.fromEntries([...form.entries()].filter(([, v]) => typeof v === 'string')) as Record<string, string>,
  );
  return `/${locale}/workspace/events/${event}?${filtersQuery(filters, { ...params, ...r })}${registrationId ? `#r-${registrationId}` : ''}`;
}

async function run<T extends { eventId: number }>(
  form: FormData,
  change: (o: Organiser, registrationId: number) => Promise<AttendanceResult<T>>,
  done: (value: T) => Outcome,
): Promise<never> {
  const { organiser: o, locale } = await actionOrganiser(str(form, 'locale'));
  const registrationId = parseId(str(form, 'registrationId'));
  const result: AttendanceResult<T> =
    registrationId === null ? { ok: false, error: 'attendance.notFound' } : await change(o, registrationId);
  if (!result.ok)
    redirect(back(form, locale, registrationId, null, { error: result.error.replace('attendance.', '') }));
  const { done: d, extra } = done(result.value);
  redirect(back(form, locale, registrationId, result.value.eventId, { done: d, ...extra }));
}

/** The workshop whose door the form was posted from (its own check-ins), or null for the event's door. */
function workshopOf(form: FormData): number | null {
  return str(form, 'back') === 'door' && form.has('workshop') ? (parseId(str(form, 'workshop')) ?? 0) : null;
}

export async function checkInAction(form: FormData): Promise<void> {
  const workshop = workshopOf(form);
  await run(
    form,
    (o, id) => (workshop === null ? checkIn(o, id) : checkInAtWorkshop(o, id, workshop)),
    (v) => ({ done: v.changed ? 'checkedIn' : 'alreadyCheckedIn' }),
  );
}

export async function undoCheckInAction(form: FormData): Promise<void> {
  const workshop = workshopOf(form);
  await run(
    form,
    (o, id) => (workshop === null ? undoCheckIn(o, id) : undoCheckInAtWorkshop(o, id, workshop)),
    () => ({ done: 'undone' }),
  );
}

export async function markAttendedAction(form: FormData): Promise<void> {
  const attended = str(form, 'attended') === 'yes';
  await run(
    form,
    (o, id) => markAttended(o, id, attended),
    () => ({ done: attended ? 'present' : 'absent' }),
  );
}

export async function cancelOnBehalfAction(form: FormData): Promise<void> {
  await run(
    form,
    (o, id) => cancelOnBehalf(o, id),
    (v) => ({ done: 'cancelled', extra: { promoted: String(v.promoted.length) } }),
  );
}

export async function promoteAction(form: FormData): Promise<void> {
  await run(
    form,
    (o, id) => promoteManually(o, id),
    (v) => ({ done: v.overCapacity ? 'promotedOver' : 'promoted' }),
  );
}

export async function moveAction(form: FormData): Promise<void> {
  const to = str(form, 'to');
  await run(
    form,
    (o, id) => moveOnBehalf(o, id, to),
    (v) => ({
      done: v.changed ? (to === 'remote' ? 'movedRemote' : 'movedOnsite') : 'notMoved',
      extra: { promoted: String(v.promoted.length) },
    }),
  );
}
