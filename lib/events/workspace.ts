import 'server-only';
// Organiser views of events: always filtered by the organiser's scope (lib/auth/guards).
import { and, asc, sql } from 'drizzle-orm';
import { db } from '@/db/client';
import { qualified } from '@/db/qualified';
import { events, registrations } from '@/db/schema';
import { eventScope, type Organiser } from '@/lib/auth/guards';

export async function listWorkspaceEvents(o: Organiser) {
  return db()
    .select({
      id: events.id,
      slug: events.slug,
      titleFi: events.titleFi,
      titleSv: events.titleSv,
      status: events.status,
      visibility: events.visibility,
      startsAt: events.startsAt,
      endsAt: events.endsAt,
      regionCode: events.regionCode,
      format: events.format,
      capacityOnsite: events.capacityOnsite,
      capacityRemote: events.capacityRemote,
      registrationUrl: events.registrationUrl,
      confirmed: sql<number>`(select count(*)::int from ${registrations} r where r.event_id = ${qualified(events.id)} and r.status = 'confirmed')`,
      waitlisted: sql<number>`(select count(*)::int from ${registrations} r where r.event_id = ${qualified(events.id)} and r.status = 'waitlisted')`,
    })
    .from(events)
    .where(and(eventScope(o)))
    .orderBy(asc(events.startsAt));
}
