// GET /calendar/all.ics — every public event (see lib/calendar/feeds.ts for what is in a feed).
import { calendarRoute } from '@/lib/calendar/http';
import { buildAllFeed } from '@/lib/calendar/feeds';

export const dynamic = 'force-dynamic';

export const GET = calendarRoute(({ lang }) => buildAllFeed(lang));
