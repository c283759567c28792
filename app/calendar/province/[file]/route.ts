// GET /calendar/province/{code}.ics[?language=sv] — a province's events (Statistics Finland code, e.g. 14).
import { calendarFileRoute, publicFeed } from '@/lib/calendar/http';

export const dynamic = 'force-dynamic';

export const GET = calendarFileRoute((province, q) => publicFeed(q, { kind: 'province', province }));
