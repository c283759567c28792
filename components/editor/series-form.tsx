'use client';
// The training series form (new series and edit): titles and descriptions in Finnish and Swedish
// side by side, trainers and project. Same zod schema as the server action.
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { useTranslations } from 'next-intl';
import { useRouter } from 'next/navigation';
import { seriesSchema, EDITOR_LIMITS as L, type SeriesFormValues, type SeriesInput } from '@/lib/events/editor-schema';
import { saveSeriesAction } from '@/app/[locale]/(workspace)/workspace/series/actions';
import {
  applyFieldErrors,
  BilingualPair,
  ErrorSummary,
  ResultNote,
  Section,
  TextField,
  type ActionResult,
} from './form-kit';
import type { Locale } from '@/lib/i18n/routing';

const P = 'se';

export function SeriesForm({
  locale,
  seriesId,
  initial,
}: {
  locale: Locale;
  seriesId: number | null;
  initial: SeriesFormValues;
}) {
  const t = useTranslations('editor');
  const router = useRouter();
  const [result, setResult] = useState<ActionResult | null>(null);
  const {
    register,
    handleSubmit,
    setError,
    getValues,
    formState: { errors, isSubmitting, isSubmitted, submitCount },
  } = useForm<SeriesFormValues, unknown, SeriesInput>({
    resolver: zodResolver(seriesSchema),
    defaultValues: initial,
    shouldFocusError: false,
  });
  const label = (field: string) => t(`seriesFields.${field}` as 'seriesFields.titleFi');
  const text = (
    k: keyof SeriesFormValues,
    o: { required?: boolean; multiline?: number; maxLength: number; lang?: string; hint?: string },
  ) => (
    <TextField<SeriesFormValues> name={k} label={label(k)} register={register} errors={errors} idPrefix={P} {...o} />
  );

  const onSubmit = async () => {
    setResult(null);
    const r = await saveSeriesAction(locale, seriesId, getValues());
    if (r.ok && r.redirectTo) {
      router.push(r.redirectTo);
      return;
    }
    if (!r.ok) applyFieldErrors<SeriesFormValues>(r.fields, setError);
    setResult(r);
    if (r.ok) router.refresh();
  };

  return (
    <form noValidate onSubmit={handleSubmit(onSubmit)} className="space-y-6" aria-describedby="se-required-note">
      <p id="se-required-note" className="text-sm text-muted">
        {t('form.requiredNote')}
      </p>
      {isSubmitted && (
        <ErrorSummary
          errors={errors}
          message={result && !result.ok ? result.message : null}
          idOf={(n) => `${P}-${n}`}
          labelOf={label}
          submitCount={submitCount}
        />
      )}
      <ResultNote result={result} />
      <Section id="se-texts" title={t('sections.seriesTexts')} hint={t('hints.bilingual')}>
        <BilingualPair>
          {text('titleFi', { required: true, maxLength: L.title, lang: 'fi' })}
          {text('titleSv', { maxLength: L.title, lang: 'sv' })}
        </BilingualPair>
        <BilingualPair>
          {text('descriptionFi', { multiline: 6, maxLength: L.description, lang: 'fi' })}
          {text('descriptionSv', { multiline: 6, maxLength: L.description, lang: 'sv' })}
        </BilingualPair>
      </Section>
      <Section id="se-people" title={t('sections.seriesPeople')}>
        <div className="grid gap-4 sm:grid-cols-2">
          {text('trainers', { multiline: 2, maxLength: L.trainers, hint: t('hints.trainers') })}
          {text('project', { maxLength: L.project, hint: t('hints.project') })}
        </div>
      </Section>
      <button
        type="submit"
        disabled={isSubmitting}
        className="w-full rounded bg-brand-dark px-6 py-3 text-lg font-semibold text-white hover:bg-brand disabled:opacity-70 sm:w-auto"
      >
        {isSubmitting ? t('form.saving') : seriesId === null ? t('form.createSeries') : t('form.save')}
      </button>
    </form>
  );
}
