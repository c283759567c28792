import 'server-only';
// A full session of a training series points to its sister sessions that still take sign-ups with
// a free place (issue 16): the same training in another city or on another day.
import { getPublicSeries, type EventSummary } from './queries';

/** Upcoming sessions of the series, other than `eventSlug`, open with a free place, soonest first. */
export async function sisterSessionsWithRoom(
  seriesSlug: string,
  eventSlug: string,
  now = new Date(),
): Promise<EventSummary[]> {
  const series = await getPublicSeries(seriesSlug, now);
  if (!series) return [];
  return series.sessions.filter((s) => s.slug !== eventSlug && s.availability.status === 'open' && s.startsAt > now);
}
