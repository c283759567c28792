import 'server-only';
// GET /{locale}/workspace/events/{id}/export?format=csv|xlsx&list=registrations|waitlist|attendance
// (plus the list page's filters). The organiser comes from the session (the route passes
// currentOrganiser()): nobody signed in is sent to the sign-in page, an event outside the
// organiser's scope is a 404 exactly like a missing one.
import { NextResponse } from 'next/server';
import type { Organiser } from '@/lib/auth/guards';
import { isLocale, type AppLocale } from '@/lib/i18n/routing';
import { translate } from '@/lib/i18n/messages';
import { buildExport, EXPORT_FORMATS, EXPORT_LISTS, type ExportFormat, type ExportList } from './export';
import { parseFilters } from './filters';
import { parseId } from '@/lib/ids';

export const PRIVATE = { 'Cache-Control': 'private, no-store', 'X-Robots-Tag': 'noindex, nofollow' };

export function contentDisposition(filename: string): string {
  const ascii = filename.replace(/[^\x20-\x7e]|["\\]/g, '_');
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(filename)}`;
}

export async function handleExportRequest(req: Request, params: { locale: string; id: string }, organiser: Organiser | null): Promise<Response> {
  const locale: AppLocale = isLocale(params.locale) ? params.locale : 'fi';
  const url = new URL(req.url);
  if (!organiser) {
    const back = `${url.pathname}${url.search}`;
    return new NextResponse(null, {
      status: 303,
      headers: { ...PRIVATE, Location: `/${locale}/signin?callbackUrl=${encodeURIComponent(back)}` },
    });
  }
  const format = url.searchParams.get('format') ?? 'csv';
  const list = url.searchParams.get('list') ?? 'registrations';
  if (!(EXPORT_FORMATS as readonly string[]).includes(format) || !(EXPORT_LISTS as readonly string[]).includes(list)) {
    return NextResponse.json({ error: 'bad_request', message: translate(locale, 'attendance.export.badRequest') }, { status: 400, headers: PRIVATE });
  }
  const eventId = parseId(params.id);
  const file = eventId === null ? null : await buildExport(organiser, eventId, {
    list: list as ExportList, format: format as ExportFormat, locale, filters: parseFilters(url.searchParams),
  });
  if (!file?.ok) {
    return NextResponse.json({ error: 'not_found', message: translate(locale, 'attendance.errors.notFound') }, { status: 404, headers: PRIVATE });
  }
  return new NextResponse(new Uint8Array(file.value.body), {
    status: 200,
    headers: {
      ...PRIVATE,
      'Content-Type': file.value.contentType,
      'Content-Disposition': contentDisposition(file.value.filename),
      'Content-Length': String(file.value.body.length),
    },
  });
}
