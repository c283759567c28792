// GET /{locale}/workspace/events/{id}/feedback/export?format=csv|xlsx — the event's survey answers
// (one row per answer set; names only where the person allowed). Organisers in scope only; audited.
import { withOrganiser } from '@/lib/auth/entry-points';
import { exportSurveyResults } from '@/lib/surveys/results';
import { translate } from '@/lib/i18n/messages';
import { fileResponse, jsonError } from '@/lib/http';
import { parseId } from '@/lib/ids';

export const dynamic = 'force-dynamic';

export const GET = withOrganiser<{ locale: string; id: string }>(async ({ url, locale, params, organiser }) => {
  const format = url.searchParams.get('format') ?? 'csv';
  if (format !== 'csv' && format !== 'xlsx')
    return jsonError(400, 'bad_request', translate(locale, 'attendance.export.badRequest'));
  const eventId = parseId(params.id);
  const file = eventId === null ? null : await exportSurveyResults(organiser, eventId, format, locale);
  if (!file) return jsonError(404, 'not_found', translate(locale, 'survey.errors.notFound'));
  return fileResponse(file);
});
