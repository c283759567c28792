// Results of the attendance functions. Every function checks the organiser's scope itself: an event
// or registration outside it is `attendance.notFound`, exactly like one that does not exist.
export type AttendanceError =
  | 'attendance.notFound'
  | 'attendance.notConfirmed'
  | 'attendance.notWaitlisted'
  | 'attendance.closed'
  | 'attendance.eventCancelled'
  | 'attendance.notStarted'
  | 'attendance.modeFull'
  | 'attendance.modeNotOffered'
  | 'attendance.remote'; // a remote participant is not checked in at the door: the stream records them

export type AttendanceResult<T> = { ok: true; value: T } | { ok: false; error: AttendanceError };

/** A database id from a URL or a form field; anything else is no id at all. */
export function parseId(raw: unknown): number | null {
  const s = typeof raw === 'number' ? String(raw) : typeof raw === 'string' ? raw.trim() : '';
  if (!/^\d{1,10}$/.test(s)) return null;
  const n = Number(s);
  return n > 0 && n <= 2_147_483_647 ? n : null;
}
