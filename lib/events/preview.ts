import 'server-only';
// An organiser's preview of an event's public page, drafts included: the same data the public page
// shows, for events in the organiser's scope only (another region's id is "not found").
import { eq } from 'drizzle-orm';
import { events } from '@/db/schema';
import { findEventInScope, type Organiser } from '@/lib/auth/guards';
import { selectEventDetail, type EventDetail } from './queries';

export async function getEventPreview(o: Organiser, eventId: number, now = new Date()): Promise<EventDetail | null> {
  const event = await findEventInScope(o, eventId, { columns: ['id'] });
  if (!event) return null;
  return selectEventDetail(eq(events.id, event.id), now);
}
