'use client';
// The live stream of an online or hybrid event: its address (never shown publicly) and instructions.
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { useTranslations } from 'next-intl';
import { streamSchema, EDITOR_LIMITS as L, type StreamFormValues, type StreamInput } from '@/lib/events/editor-schema';
import { saveStreamAction } from '@/app/[locale]/(workspace)/workspace/events/actions';
import { applyFieldErrors, BilingualPair, ErrorSummary, ResultNote, TextField, type ActionResult } from './form-kit';
import type { Locale } from '@/lib/i18n/routing';

const P = 'st';

export function StreamForm({
  locale,
  eventId,
  initial,
}: {
  locale: Locale;
  eventId: number;
  initial: StreamFormValues;
}) {
  const t = useTranslations('editor');
  const [result, setResult] = useState<ActionResult | null>(null);
  const {
    register,
    handleSubmit,
    setError,
    getValues,
    formState: { errors, isSubmitting, isSubmitted, submitCount },
  } = useForm<StreamFormValues, unknown, StreamInput>({
    resolver: zodResolver(streamSchema),
    defaultValues: initial,
    shouldFocusError: false,
  });
  const label = (field: string) => t(`streamFields.${field}` as 'streamFields.url');

  const onSubmit = async () => {
    setResult(null);
    const r = await saveStreamAction(locale, eventId, getValues());
    if (!r.ok) applyFieldErrors<StreamFormValues>(r.fields, setError);
    setResult(r);
  };

  return (
    <form noValidate onSubmit={handleSubmit(onSubmit)} className="space-y-4">
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
      <TextField<StreamFormValues>
        name="url"
        label={label('url')}
        register={register}
        errors={errors}
        idPrefix={P}
        required
        type="url"
        inputMode="url"
        maxLength={L.url}
        hint={t('hints.streamUrl')}
      />
      <BilingualPair>
        <TextField<StreamFormValues>
          name="instructionsFi"
          label={label('instructionsFi')}
          register={register}
          errors={errors}
          idPrefix={P}
          multiline={3}
          maxLength={L.instructions}
          lang="fi"
        />
        <TextField<StreamFormValues>
          name="instructionsSv"
          label={label('instructionsSv')}
          register={register}
          errors={errors}
          idPrefix={P}
          multiline={3}
          maxLength={L.instructions}
          lang="sv"
        />
      </BilingualPair>
      <button
        type="submit"
        disabled={isSubmitting}
        className="rounded bg-brand-dark px-5 py-2 font-semibold text-white hover:bg-brand disabled:opacity-70"
      >
        {isSubmitting ? t('form.saving') : t('form.saveStream')}
      </button>
    </form>
  );
}
