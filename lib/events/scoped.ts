import 'server-only';
// One event as the organiser's pages about it show it in their heading (attendance list, door list,
// sign-in sheet, messages, feedback, statistics): read through findEventInScope, so another
// region's event is "not found" exactly like a missing one.
import type { events } from '@/db/schema';
import { findEventInScope, type Organiser } from '@/lib/auth/guards';

export const SCOPED_EVENT_COLUMNS = [
  'id',
  'slug',
  'titleFi',
  'titleSv',
  'status',
  'format',
  'startsAt',
  'endsAt',
  'capacityOnsite',
  'capacityRemote',
  'waitlistEnabled',
  'regionCode',
  'venueName',
  'venueAddress',
  'city',
  'kind',
  'visibility',
  'registrationUrl',
] as const;
export type ScopedEvent = Pick<typeof events.$inferSelect, (typeof SCOPED_EVENT_COLUMNS)[number]>;

/** The event if this organiser may manage it; null for a missing id and for one outside their scope alike. */
export function scopedEvent(o: Organiser, eventId: number): Promise<ScopedEvent | null> {
  return findEventInScope(o, eventId, { columns: SCOPED_EVENT_COLUMNS });
}
