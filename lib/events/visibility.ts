import 'server-only';
// Which events the public sees, in one place (issue 17). An event is *public* (reachable at all)
// when it is published or cancelled; it is *publicly listed* when it is also of `public` visibility.
// Every list the public sees — the catalogue and its month filter, region pages, series pages,
// /api/events, the public .ics feeds, the materials bank and /api/materials, the sitemap — filters
// with `publiclyListed`; an event's own page, its .ics download and a person's own feed only need
// `publiclyReachable`, so an unlisted or invited event stays reachable by its link and stays in its
// participants' calendars.
import { and, eq, inArray, type SQL } from 'drizzle-orm';
import { events } from '@/db/schema';
import type { EventVisibility } from './filters';

export { EVENT_VISIBILITIES, type EventVisibility } from './filters';

/** Published or cancelled: an event the public may open by its link. Drafts never are. */
export const publiclyReachable: SQL = inArray(events.status, ['published', 'cancelled']);

/** Reachable and of public visibility: the only events any public list may show. */
export const publiclyListed: SQL = and(publiclyReachable, eq(events.visibility, 'public'))!;

/** Search engines are asked not to index the page of an event that is not listed. */
export function isIndexable(visibility: EventVisibility): boolean {
  return visibility === 'public';
}
