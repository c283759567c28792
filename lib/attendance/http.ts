import 'server-only';
// GET /{locale}/workspace/events/{id}/export?format=csv|xlsx&list=registrations|waitlist|attendance
// (plus the list page's filters). The organiser comes from the session (the route is wrapped in
// withOrganiser): nobody signed in is sent to the sign-in page, an event outside the organiser's
// scope is a 404 exactly like a missing one.
import { asOrganiser, type OrganiserRequest } from '@/lib/auth/entry-points';
import type { Organiser } from '@/lib/auth/guards';
import { fileResponse, jsonError } from '@/lib/http';
import { translate } from '@/lib/i18n/messages';
import { parseId } from '@/lib/ids';
import { buildExport, EXPORT_FORMATS, EXPORT_LISTS, type ExportFormat, type ExportList } from './export';
import { parseFilters } from './filters';

type Params = { locale: string; id: string };

export async function exportRegistrations({
  url,
  locale,
  params,
  organiser,
}: OrganiserRequest<Params>): Promise<Response> {
  const format = url.searchParams.get('format') ?? 'csv';
  const list = url.searchParams.get('list') ?? 'registrations';
  if (!(EXPORT_FORMATS as readonly string[]).includes(format) || !(EXPORT_LISTS as readonly string[]).includes(list)) {
    return jsonError(400, 'bad_request', translate(locale, 'attendance.export.badRequest'));
  }
  const eventId = parseId(params.id);
  const file =
    eventId === null
      ? null
      : await buildExport(organiser, eventId, {
          list: list as ExportList,
          format: format as ExportFormat,
          locale,
          filters: parseFilters(url.searchParams),
        });
  if (!file?.ok) return jsonError(404, 'not_found', translate(locale, 'attendance.errors.notFound'));
  return fileResponse(file.value);
}

/** The export as the route answers it, for whoever `organiser` is (null: nobody signed in). */
export function handleExportRequest(req: Request, params: Params, organiser: Organiser | null): Promise<Response> {
  return asOrganiser(req, params, organiser, exportRegistrations);
}
