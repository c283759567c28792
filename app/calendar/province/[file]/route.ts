// GET /calendar/province/{code}.ics — a province's events (Statistics Finland code, e.g. 14).
import { calendarFileRoute } from '@/lib/calendar/http';
import { buildProvinceFeed } from '@/lib/calendar/feeds';

export const dynamic = 'force-dynamic';

export const GET = calendarFileRoute((province, { lang }) => buildProvinceFeed(province, lang));
