import 'server-only';
// An organiser's preview of an event's public page, drafts included: the same data the public page
// shows, for events in the organiser's scope only (another region's id is "not found").
import { and, eq } from 'drizzle-orm';
import { events } from '@/db/schema';
import { eventScope, type Organiser } from '@/lib/auth/guards';
import { parseId } from '@/lib/attendance/types';
import { selectEventDetail, type EventDetail } from './queries';

export async function getEventPreview(o: Organiser, eventId: unknown, now = new Date()): Promise<EventDetail | null> {
  const id = parseId(eventId);
  if (!id) return null;
  return selectEventDetail(and(eq(events.id, id), eventScope(o))!, now);
}
