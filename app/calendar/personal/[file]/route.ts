// GET /calendar/personal/{token}.ics — the events one person is registered for (confirmed and
// waitlisted), with their personal stream links. Secret URL; never cached by shared caches.
import type { NextRequest } from 'next/server';
import { buildPersonalFeed } from '@/lib/calendar/feeds';
import { calendarResponse, parseFeedLang } from '@/lib/calendar/http';
import { personalFeedData } from '@/lib/calendar/personal';
import { icsBaseName } from '@/lib/calendar/links';
import { calendarTexts } from '@/lib/calendar/texts';
import { withDatabaseErrors } from '@/lib/http';

export const dynamic = 'force-dynamic';

export const GET = withDatabaseErrors(async (req: NextRequest, ctx: { params: Promise<{ file: string }> }) => {
  const token = icsBaseName((await ctx.params).file);
  const data = token ? await personalFeedData(token) : null;
  const asked = parseFeedLang(req.nextUrl.searchParams);
  const lang = req.nextUrl.searchParams.has('lang') && asked.ok ? asked.lang : (data?.language ?? 'fi');
  if (!data) {
    return new Response(calendarTexts(lang).errors.notFound, {
      status: 404,
      headers: {
        'Content-Type': 'text/plain; charset=utf-8',
        'Cache-Control': 'no-store',
        'Referrer-Policy': 'no-referrer',
      },
    });
  }
  const body = await buildPersonalFeed(data.entries, lang, (eventId) => data.streamLinks.get(eventId));
  return calendarResponse(req, { body }, { visibility: 'private' });
});
