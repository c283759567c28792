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
  | 'attendance.workshopFull' // a workshop the person holds has no seat in the other mode
  | 'attendance.remote'; // a remote participant is not checked in at the door: the stream records them

export type AttendanceResult<T> = { ok: true; value: T } | { ok: false; error: AttendanceError };
