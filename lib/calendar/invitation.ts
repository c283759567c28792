// Calendar invitations: the .ics file attached to a participant's mail (place confirmed or promoted,
// event changed, registration or event cancelled). Owns the iCalendar shape only; the caller decides
// when to send one and keeps `sequence` growing with every change of the event.
//
// Choices, and why:
// - METHOD:REQUEST (or CANCEL). Outlook shows an e-mailed .ics as a meeting only with a METHOD, and the
//   MIME part must carry the same one (`invitationContentType`). A later REQUEST with the same UID and
//   a higher SEQUENCE updates the entry in place; a CANCEL with the same UID removes it.
// - The attendee is the participant with PARTSTAT=ACCEPTED and RSVP=FALSE: the registration already is
//   the acceptance, so calendars file the meeting as accepted and no "Accept / Decline" reply is asked
//   for. Any reply a client still sends goes to ORGANIZER, which should therefore be a mailbox a person
//   reads (the event's contact), never a no-reply address.
// - Times are written in Europe/Helsinki with a VTIMEZONE (helpers shared with the feeds in ical.ts),
//   so the entry keeps its wall-clock time across daylight-saving changes and shows the Finnish time
//   in the title bar of every client, whatever TZ the server process runs with.
//   The zone is set on the event, not the calendar (see below), so DTSTAMP stays in UTC.
// - No `server-only`: the outbox worker renders invitations outside Next.
import ical, { ICalAttendeeRole, ICalAttendeeStatus, ICalCalendarMethod, ICalEventStatus } from 'ical-generator';
import { CALENDAR_TIME_ZONE, PROD_ID, helsinkiCalendarTime, vtimezone } from './ical';

export type InvitationInput = {
  uid: string; // stable per event, e.g. "event-42@kokoon"
  sequence: number;
  method: 'REQUEST' | 'CANCEL';
  start: Date;
  end: Date;
  summary: string;
  description: string;
  location: string | null;
  url: string;
  organizer: { name: string; email: string };
  attendee: { name: string; email: string };
  status?: 'CONFIRMED' | 'CANCELLED';
  /** DTSTAMP: when this invitation was made (the outbox row's time), so a resent mail is the same mail. */
  stamp?: Date;
};

/**
 * A person's name as a CN parameter: RFC 5545 parameter values cannot hold a double quote (not even
 * escaped) or a line break, and ical-generator passes them through — a name with a `"` would end
 * the parameter early and let the rest rewrite the attendee line. Quotes become apostrophes, and
 * `^` is written `^^` (RFC 6868, so that "^n" in a name is not read as a line break).
 */
export function paramSafeName(name: string): string {
  return name
    .replace(/\^/g, '^^')
    .replace(/"/g, "'")
    .replace(/[\r\n\u0000-\u001F\u007F]+/g, ' ');
}

export function buildInvitation(input: InvitationInput): string {
  const start = input.start.getTime();
  const end = input.end.getTime();
  if (Number.isNaN(start) || Number.isNaN(end)) throw new Error('invitation: invalid start or end');
  if (end < start) throw new Error('invitation: end must not be before start');
  if (!Number.isInteger(input.sequence) || input.sequence < 0)
    throw new Error('invitation: sequence must be a non-negative integer');

  const cancel = input.method === 'CANCEL';
  const calendar = ical({
    prodId: { ...PROD_ID },
    method: cancel ? ICalCalendarMethod.CANCEL : ICalCalendarMethod.REQUEST,
    // Only the generator at calendar level: with a calendar-wide zone name ical-generator would also
    // write DTSTAMP as local time without `Z`, which RFC 5545 forbids (DTSTAMP is always UTC). The
    // event's own zone still brings in the VTIMEZONE block.
    timezone: { name: null, generator: vtimezone },
  });

  const status = input.status ?? (cancel ? 'CANCELLED' : 'CONFIRMED');
  calendar.createEvent({
    id: input.uid,
    sequence: input.sequence,
    stamp: input.stamp ?? new Date(),
    start: helsinkiCalendarTime(start),
    end: helsinkiCalendarTime(end),
    timezone: CALENDAR_TIME_ZONE,
    summary: input.summary,
    description: input.description,
    location: input.location,
    url: input.url,
    status: status === 'CANCELLED' ? ICalEventStatus.CANCELLED : ICalEventStatus.CONFIRMED,
    organizer: { name: paramSafeName(input.organizer.name), email: input.organizer.email },
    attendees: [
      {
        name: paramSafeName(input.attendee.name),
        email: input.attendee.email,
        role: ICalAttendeeRole.REQ,
        status: ICalAttendeeStatus.ACCEPTED,
        rsvp: false,
      },
    ],
  });
  return calendar.toString();
}

/** The Content-Type of the attachment / calendar MIME part; its `method` must match the file's. */
export function invitationContentType(method: InvitationInput['method']): string {
  return `text/calendar; charset=utf-8; method=${method}`;
}
