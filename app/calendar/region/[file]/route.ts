// GET /calendar/region/{hyks|tyks|tays|kys|oys}.ics[?national=0] — a region's events with (by
// default) the national ones.
import { calendarFileRoute, parseNational } from '@/lib/calendar/http';
import { buildRegionFeed } from '@/lib/calendar/feeds';

export const dynamic = 'force-dynamic';

export const GET = calendarFileRoute(async (region, q) => {
  const national = parseNational(q);
  if (typeof national !== 'boolean') return national;
  return buildRegionFeed(region, q.lang, { national });
});
