'use server';
// Training series: create and edit. The organiser comes from the session; lib/events/series-editor
// decides whether they may manage the series.
import { currentOrganiser } from '@/lib/auth/guards';
import { isLocale, type AppLocale } from '@/lib/i18n/routing';
import { translate } from '@/lib/i18n/messages';
import { fieldErrors, seriesSchema } from '@/lib/events/editor-schema';
import { createSeries, updateSeries } from '@/lib/events/series-editor';
import type { ActionResult } from '@/components/editor/form-kit';

export async function saveSeriesAction(locale: string, seriesId: number | null, values: unknown): Promise<ActionResult> {
  const l: AppLocale = isLocale(locale) ? locale : 'fi';
  const o = await currentOrganiser();
  if (!o) return { ok: false, message: translate(l, 'editor.errors.signedOut'), fields: {} };
  const parsed = seriesSchema.safeParse(values);
  if (!parsed.success) {
    const fields = Object.fromEntries(Object.entries(fieldErrors(parsed.error)).map(([k, v]) => [k, translate(l, v)]));
    return { ok: false, message: translate(l, 'editor.errors.invalid'), fields };
  }
  if (seriesId === null) {
    const r = await createSeries(o, parsed.data);
    if (!r.ok) return { ok: false, message: translate(l, r.error), fields: {} };
    return { ok: true, message: translate(l, 'editor.done.seriesCreated'), redirectTo: `/${l}/workspace/series/${r.value.id}?done=created` };
  }
  const r = await updateSeries(o, Number(seriesId), parsed.data);
  if (r.ok) return { ok: true, message: translate(l, 'editor.done.saved') };
  return { ok: false, message: translate(l, r.error === 'editor.errors.notFound' ? 'editor.errors.seriesNotFound' : r.error), fields: {} };
}
