// GET /calendar/region/{hyks|tyks|tays|kys|oys}.ics[?national=0][&language=sv] — a region's events with
// (by default) the national ones.
import { calendarFileRoute, parseNational, publicFeed } from '@/lib/calendar/http';

export const dynamic = 'force-dynamic';

export const GET = calendarFileRoute(async (region, q) => {
  const national = parseNational(q);
  if (typeof national !== 'boolean') return national;
  return publicFeed(q, { kind: 'region', region, national });
});
