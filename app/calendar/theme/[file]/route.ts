// GET /calendar/theme/{slug}.ics[?language=sv] — the events of one theme.
import { calendarFileRoute, publicFeed } from '@/lib/calendar/http';

export const dynamic = 'force-dynamic';

export const GET = calendarFileRoute((theme, q) => publicFeed(q, { kind: 'theme', theme }));
