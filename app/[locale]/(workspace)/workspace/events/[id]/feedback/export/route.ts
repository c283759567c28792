// GET /{locale}/workspace/events/{id}/feedback/export?format=csv|xlsx — the event's survey answers
// (one row per answer set; names only where the person allowed). Organisers in scope only; audited.
import { NextResponse, type NextRequest } from 'next/server';
import { currentOrganiser } from '@/lib/auth/guards';
import { exportSurveyResults } from '@/lib/surveys/results';
import { isLocale } from '@/lib/i18n/routing';
import { translate } from '@/lib/i18n/messages';
import { withDatabaseErrors } from '@/lib/http';
import { parseId } from '@/lib/ids';

export const dynamic = 'force-dynamic';
const PRIVATE = { 'Cache-Control': 'private, no-store', 'X-Robots-Tag': 'noindex, nofollow' };

type Ctx = { params: Promise<{ locale: string; id: string }> };

export const GET = withDatabaseErrors(async (req: NextRequest, ctx: Ctx) => {
  const { locale: raw, id } = await ctx.params;
  const locale = isLocale(raw) ? raw : 'fi';
  const o = await currentOrganiser();
  const url = new URL(req.url);
  if (!o) return new NextResponse(null, { status: 303, headers: { ...PRIVATE, Location: `/${locale}/signin?callbackUrl=${encodeURIComponent(url.pathname + url.search)}` } });
  const format = url.searchParams.get('format') ?? 'csv';
  if (format !== 'csv' && format !== 'xlsx') return NextResponse.json({ error: 'bad_request', message: translate(locale, 'attendance.export.badRequest') }, { status: 400, headers: PRIVATE });
  const eventId = parseId(id);
  const file = eventId === null ? null : await exportSurveyResults(o, eventId, format, locale);
  if (!file) return NextResponse.json({ error: 'not_found', message: translate(locale, 'survey.errors.notFound') }, { status: 404, headers: PRIVATE });
  const ascii = file.filename.replace(/[^\x20-\x7e]|["\\]/g, '_');
  return new NextResponse(new Uint8Array(file.body), {
    status: 200,
    headers: { ...PRIVATE, 'Content-Type': file.contentType, 'Content-Disposition': `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(file.filename)}` },
  });
});
