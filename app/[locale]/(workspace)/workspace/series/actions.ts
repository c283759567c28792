'use server';
// Training series: create and edit. The organiser comes from the session (lib/auth/entry-points);
// lib/events/series-editor decides whether they may manage the series.
import { organiserAction, refused } from '@/lib/auth/entry-points';
import { translate } from '@/lib/i18n/messages';
import { fieldErrors, seriesSchema } from '@/lib/events/editor-schema';
import { createSeries, updateSeries } from '@/lib/events/series-editor';

export const saveSeriesAction = organiserAction<typeof seriesSchema, number | null>(
  {
    schema: seriesSchema,
    fieldErrors,
    invalid: 'editor.errors.invalid',
    signedOut: 'editor.errors.signedOut',
    notFound: 'editor.errors.seriesNotFound',
  },
  async ({ organiser, locale: l, id }, input) => {
    if (id === null) {
      const r = await createSeries(organiser, input);
      if (!r.ok) return refused(l, { error: r.error });
      return {
        ok: true,
        message: translate(l, 'editor.done.seriesCreated'),
        redirectTo: `/${l}/workspace/series/${r.value.id}?done=created`,
      };
    }
    const r = await updateSeries(organiser, id, input);
    if (r.ok) return { ok: true, message: translate(l, 'editor.done.saved') };
    return refused(l, { error: r.error === 'editor.errors.notFound' ? 'editor.errors.seriesNotFound' : r.error });
  },
);
