'use client';
// "Send me a link to my data": one e-mail field, the shared zod schema in the browser and on the
// server. The answer is the same whether or not the address is known.
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { useTranslations } from 'next-intl';
import { dataRequestSchema, type DataRequestFormValues, type DataRequestInput } from '@/lib/privacy/schema';
import { requestDataAction, type DataRequestState } from '@/app/[locale]/my-data/actions';
import { ErrorSummary, TextField } from '@/components/editor/form-kit';
import type { Locale } from '@/lib/i18n/routing';

export function DataRequestForm({ locale }: { locale: Locale }) {
  const t = useTranslations('privacyData');
  const [state, setState] = useState<DataRequestState | null>(null);
  const {
    register,
    handleSubmit,
    getValues,
    setError,
    formState: { errors, isSubmitting, isSubmitted, submitCount },
  } = useForm<DataRequestFormValues, unknown, DataRequestInput>({
    resolver: zodResolver(dataRequestSchema),
    defaultValues: { email: '' },
    shouldFocusError: false,
  });

  const onSubmit = async () => {
    setState(null);
    try {
      const r = await requestDataAction(locale, getValues());
      if (!r.ok && r.field) setError('email', { message: r.field });
      setState(r);
    } catch {
      setState({ ok: false, message: t('network') });
    }
  };

  if (state?.ok) {
    return (
      <div role="status" className="rounded-lg border-2 border-ok bg-ok-light p-4">
        <h2 className="text-xl font-bold text-ok">{t('sentTitle')}</h2>
        <p className="mt-1">{state.message}</p>
      </div>
    );
  }
  return (
    <form noValidate onSubmit={handleSubmit(onSubmit)} className="space-y-4 rounded-lg border border-line bg-white p-4">
      {(isSubmitted || state) && (
        <ErrorSummary
          errors={errors}
          message={state && !state.ok ? state.message : Object.keys(errors).length ? t('errorSummary') : null}
          idOf={(n) => `md-${n}`}
          labelOf={() => t('email')}
          submitCount={submitCount}
        />
      )}
      <TextField<{ email: string }>
        name="email"
        label={t('email')}
        hint={t('emailHint')}
        register={register}
        errors={errors}
        idPrefix="md"
        required
        type="email"
        autoComplete="email"
        inputMode="email"
        maxLength={254}
      />
      <button
        type="submit"
        disabled={isSubmitting}
        className="rounded bg-brand-dark px-5 py-2 font-semibold text-white disabled:opacity-70"
      >
        {isSubmitting ? t('submitting') : t('submit')}
      </button>
    </form>
  );
}
