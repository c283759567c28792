// What every .ics Kokoon writes shares: the product id, the event UID, and Europe/Helsinki times
// with their VTIMEZONE. Used by the e-mailed invitations (invitation.ts) and the feeds (builder.ts).
//
// - The VTIMEZONE comes from timezones-ical-library, which works inside a Next bundle
//   (@touch4it/ical-timezones silently emits nothing there).
// - ical-generator formats a plain Date in the server's own zone when given a `timezone`, hence
//   TZDate: the output is the same whatever TZ the process runs with.
// - No `server-only`: the outbox worker renders invitations outside Next.
import { TZDate } from '@date-fns/tz';
import { tzlib_get_ical_block } from 'timezones-ical-library';
import { TIME_ZONE } from '@/lib/time';

export const CALENDAR_TIME_ZONE = TIME_ZONE;

export const PROD_ID = { company: 'Kokoon', product: 'VIP-verkosto', language: 'FI' } as const;

/**
 * The UID of an event in every calendar file: invitations and feeds use the same one, so an entry a
 * person got by mail and the same event in a subscribed feed are recognisably one event. Never change.
 */
export function eventUid(eventId: number): string {
  return `event-${eventId}@kokoon`;
}

/** The VTIMEZONE block for ical-generator's `timezone.generator`. */
export function vtimezone(tz: string): string | null {
  const block = tzlib_get_ical_block(tz);
  return Array.isArray(block) ? (block[0] ?? null) : null;
}

/** An instant as a Helsinki wall-clock value ical-generator writes as `TZID=Europe/Helsinki:…`. */
export function helsinkiCalendarTime(date: Date | number): TZDate {
  return new TZDate(typeof date === 'number' ? date : date.getTime(), CALENDAR_TIME_ZONE);
}
