'use client';
// The participant's feedback form: one zod schema (built from the survey's questions, shared with
// the server) through react-hook-form; scales and choices are radio groups in fieldsets, every
// error is listed in a focused summary that links to its question. Only this form's POST answers.
import { useMemo, useState } from 'react';
import { useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { useTranslations } from 'next-intl';
import {
  answerField,
  answersSchema,
  type AnswerQuestion,
  type AnswersFormValues,
  type AnswersInput,
} from '@/lib/surveys/schema';
import { submitSurveyAction } from '@/app/[locale]/feedback/[token]/actions';
import { applyFieldErrors, ErrorSummary, inputClass, useMessage } from '@/components/editor/form-kit';
import type { Locale } from '@/lib/i18n/routing';

export function AnswerForm({
  locale,
  token,
  questions,
}: {
  locale: Locale;
  token: string;
  questions: AnswerQuestion[];
}) {
  const t = useTranslations('survey.page');
  const msg = useMessage();
  const schema = useMemo(() => answersSchema(questions), [questions]);
  const [done, setDone] = useState(false);
  const [serverMessage, setServerMessage] = useState<string | null>(null);
  const defaults = useMemo(
    (): AnswersFormValues =>
      Object.fromEntries([['showName', false], ...questions.map((q) => [answerField(q.id), ''])]),
    [questions],
  );
  const {
    register,
    handleSubmit,
    setError,
    getValues,
    formState: { errors, isSubmitting, isSubmitted, submitCount },
  } = useForm<AnswersFormValues, unknown, AnswersInput>({
    resolver: zodResolver(schema),
    defaultValues: defaults,
    shouldFocusError: false,
  });
  const label = (name: string) => questions.find((q) => answerField(q.id) === name)?.text ?? name;
  const idOf = (name: string) => `sv-${name}`;

  const onSubmit = async () => {
    setServerMessage(null);
    try {
      const r = await submitSurveyAction(locale, token, getValues());
      if (r.ok) setDone(true);
      else {
        if (r.fields) applyFieldErrors<AnswersFormValues>(r.fields, setError);
        setServerMessage(r.message);
      }
    } catch {
      setServerMessage(t('network'));
    }
  };

  if (done) {
    return (
      <div role="status" className="rounded-lg border-2 border-ok bg-ok-light p-4">
        <h2 className="text-xl font-bold text-ok">{t('thanksTitle')}</h2>
        <p className="mt-1">{t('thanksText')}</p>
      </div>
    );
  }

  return (
    <form noValidate onSubmit={handleSubmit(onSubmit)} className="space-y-5">
      {(isSubmitted || serverMessage) && (
        <ErrorSummary
          errors={errors}
          message={serverMessage ?? (Object.keys(errors).length ? t('errorSummary') : null)}
          idOf={idOf}
          labelOf={label}
          order={questions.map((q) => answerField(q.id))}
          submitCount={submitCount}
        />
      )}
      <p className="text-sm">{t('requiredNote')}</p>
      {questions.map((q, i) => {
        const name = answerField(q.id);
        const error = msg(errors[name]?.message as string | undefined);
        const errorId = `${idOf(name)}-error`;
        const heading = (
          <>
            {i + 1}. {q.text}
            {q.required && <span aria-hidden="true"> *</span>}
          </>
        );
        if (q.kind === 'text') {
          return (
            <div key={q.id} className="rounded-lg border border-line bg-white p-4">
              <label htmlFor={idOf(name)} className="block font-semibold">
                {heading}
              </label>
              <textarea
                id={idOf(name)}
                rows={4}
                maxLength={2000}
                aria-required={q.required || undefined}
                aria-invalid={!!error}
                aria-describedby={error ? errorId : undefined}
                className={inputClass(!!error)}
                {...register(name)}
              />
              {error && (
                <p id={errorId} className="mt-1 font-semibold text-bad">
                  {error}
                </p>
              )}
            </div>
          );
        }
        const options =
          q.kind === 'scale'
            ? ['1', '2', '3', '4', '5'].map((v) => ({ value: v, text: v }))
            : q.options.map((o, j) => ({ value: String(j), text: o }));
        return (
          // A radiogroup (not a bare group) may carry aria-required and aria-invalid; the legend names it.
          <fieldset
            key={q.id}
            id={idOf(name)}
            tabIndex={-1}
            role="radiogroup"
            aria-labelledby={`${idOf(name)}-legend`}
            aria-required={q.required || undefined}
            aria-invalid={!!error}
            aria-describedby={
              [q.kind === 'scale' ? `${idOf(name)}-scale` : '', error ? errorId : ''].filter(Boolean).join(' ') ||
              undefined
            }
            className="rounded-lg border border-line bg-white p-4"
          >
            <legend id={`${idOf(name)}-legend`} className="px-1 font-semibold">
              {heading}
            </legend>
            {q.kind === 'scale' && (
              <p id={`${idOf(name)}-scale`} className="text-sm text-muted">
                {t('scaleLow')}, {t('scaleHigh')}
              </p>
            )}
            <div className={q.kind === 'scale' ? 'mt-2 flex flex-wrap gap-2' : 'mt-2 space-y-2'}>
              {options.map((o) => (
                <label
                  key={o.value}
                  className={
                    q.kind === 'scale'
                      ? 'inline-flex min-w-12 items-center gap-2 rounded border border-muted px-3 py-2'
                      : 'flex items-start gap-2'
                  }
                >
                  <input type="radio" value={o.value} className="h-5 w-5" {...register(name)} />
                  <span>{o.text}</span>
                </label>
              ))}
            </div>
            {error && (
              <p id={errorId} className="mt-1 font-semibold text-bad">
                {error}
              </p>
            )}
          </fieldset>
        );
      })}
      <label className="flex items-start gap-2 rounded-lg border border-line bg-white p-4">
        <input type="checkbox" className="mt-1 h-5 w-5" {...register('showName')} />
        <span>{t('showName')}</span>
      </label>
      <button
        type="submit"
        disabled={isSubmitting}
        className="rounded bg-brand-dark px-5 py-2 font-semibold text-white hover:bg-brand disabled:opacity-70"
      >
        {isSubmitting ? t('submitting') : t('submit')}
      </button>
    </form>
  );
}
