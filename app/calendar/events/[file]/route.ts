// GET /calendar/events/{slug}.ics — one event as a download ("add to calendar").
import { calendarFileRoute } from '@/lib/calendar/http';
import { buildEventFeed } from '@/lib/calendar/feeds';

export const dynamic = 'force-dynamic';

export const GET = calendarFileRoute((slug, { lang }) => buildEventFeed(slug, lang));
