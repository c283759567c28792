import 'server-only';
// GET …/workspace/stats/export and …/workspace/events/{id}/stats/export
// (?format=csv|xlsx&table=…, plus the page's own area and period). The organiser comes from the
// session (the routes are wrapped in withOrganiser): nobody signed in is sent to the sign-in page,
// an area or event outside the organiser's scope is a 404 exactly like a missing one.
import type { OrganiserRequest } from '@/lib/auth/entry-points';
import { fileResponse, jsonError } from '@/lib/http';
import { translate } from '@/lib/i18n/messages';
import { parseId } from '@/lib/ids';
import { STATS_FORMATS, statsFile, type StatsFormat } from './export';
import { loadAreaReport, loadEventReport } from './report';
import { isTableKey, type TableKey } from './tables';

type Params = { locale: string; id?: string };

export async function exportStats({ url, locale, params, organiser }: OrganiserRequest<Params>): Promise<Response> {
  const format = url.searchParams.get('format') ?? 'xlsx';
  const table = url.searchParams.get('table') ?? undefined;
  if (!(STATS_FORMATS as readonly string[]).includes(format) || (table !== undefined && !isTableKey(table))) {
    return jsonError(400, 'bad_request', translate(locale, 'stats.errors.badExport'));
  }
  const notFound = () => jsonError(404, 'not_found', translate(locale, 'stats.errors.notFound'));
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
  return fileResponse(file);
}
