import 'server-only';
// GET …/workspace/stats/export and …/workspace/events/{id}/stats/export
// (?format=csv|xlsx&table=…, plus the page's own area and period). The organiser comes from the
// session (the route passes currentOrganiser()): nobody signed in is sent to the sign-in page, an
// area or event outside the organiser's scope is a 404 exactly like a missing one.
import { NextResponse } from 'next/server';
import type { Organiser } from '@/lib/auth/guards';
import { contentDisposition, PRIVATE } from '@/lib/attendance/http';
import { isLocale, type AppLocale } from '@/lib/i18n/routing';
import { translate } from '@/lib/i18n/messages';
import { STATS_FORMATS, statsFile, type StatsFormat } from './export';
import { loadAreaReport, loadEventReport } from './report';
import { TABLE_KEYS, type TableKey } from './tables';
import { parseId } from '@/lib/ids';


export async function handleStatsExport(
  req: Request, params: { locale: string; id?: string }, organiser: Organiser | null,
): Promise<Response> {
  const locale: AppLocale = isLocale(params.locale) ? params.locale : 'fi';
  const url = new URL(req.url);
  if (!organiser) {
    return new NextResponse(null, {
      status: 303, headers: { ...PRIVATE, Location: `/${locale}/signin?callbackUrl=${encodeURIComponent(`${url.pathname}${url.search}`)}` },
    });
  }
  const format = url.searchParams.get('format') ?? 'xlsx';
  const table = url.searchParams.get('table') ?? undefined;
  if (!(STATS_FORMATS as readonly string[]).includes(format) || (table !== undefined && !(TABLE_KEYS as readonly string[]).includes(table))) {
    return NextResponse.json({ error: 'bad_request', message: translate(locale, 'stats.errors.badExport') }, { status: 400, headers: PRIVATE });
  }
  const notFound = () => NextResponse.json({ error: 'not_found', message: translate(locale, 'stats.errors.notFound') }, { status: 404, headers: PRIVATE });
  let tables;
  let base;
  if (params.id !== undefined) {
    const eventId = parseId(params.id);
    if (eventId === null) return notFound();
    const r = await loadEventReport(organiser, eventId, locale);
    if (!r.ok) return notFound();
    tables = r.value.tables;
    base = `${translate(locale, 'stats.fileEvent')}-${r.value.event.id}`;
  } else {
    const r = await loadAreaReport(organiser, url.searchParams, locale);
    if (!r.ok) return notFound();
    tables = r.value.tables;
    base = `${translate(locale, 'stats.fileArea')}-${r.value.area.toLowerCase()}-${r.value.period.from}-${r.value.period.to}`;
  }
  const file = await statsFile(tables, format as StatsFormat, base, table as TableKey | undefined);
  if (!file) return notFound();
  return new NextResponse(new Uint8Array(file.body), {
    status: 200,
    headers: { ...PRIVATE, 'Content-Type': file.contentType, 'Content-Disposition': contentDisposition(file.filename), 'Content-Length': String(file.body.length) },
  });
}
