// GET /calendar/all.ics[?language=sv] — every public event (see lib/calendar/feeds.ts for what is in a feed).
import { calendarRoute, publicFeed } from '@/lib/calendar/http';

export const dynamic = 'force-dynamic';

export const GET = calendarRoute((q) => publicFeed(q, { kind: 'all' }));
