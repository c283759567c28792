// GET /calendar/theme/{slug}.ics — the events of one theme.
import { calendarFileRoute } from '@/lib/calendar/http';
import { buildThemeFeed } from '@/lib/calendar/feeds';

export const dynamic = 'force-dynamic';

export const GET = calendarFileRoute((theme, { lang }) => buildThemeFeed(theme, lang));
