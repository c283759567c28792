'use client';
// The manage page's form for changing one's answers to the event's own questions: the same fields
// and the same check as the sign-up form, saved by a server action that checks them again.
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslations } from 'next-intl';
import { checkAnswers, toAnswerRule, type FormQuestion } from '@/lib/questions/answer-rules';
import { isMessageKey } from '@/lib/text-rules';
import type { Translate } from '@/components/i18n/translate';
import { QuestionFields, toApiAnswers } from './question-fields';

type Values = { answers: Record<string, unknown> };
type Saved = { ok: boolean; message?: string; fields?: Record<string, string> };

export function AnswersForm({
  questions,
  mode,
  initial,
  save,
}: {
  questions: FormQuestion[];
  mode: 'onsite' | 'remote';
  initial: Record<string, unknown>;
  save: (answers: unknown) => Promise<Saved>;
}) {
  const next = useTranslations();
  const t: Translate = (key, values) => next(key as never, values as never);
  const msg = (m?: string) => (m ? (isMessageKey(m) ? t(m) : m) : undefined);
  const [result, setResult] = useState<Saved | null>(null);
  const {
    register,
    handleSubmit,
    setError,
    clearErrors,
    formState: { errors, isSubmitting },
  } = useForm<Values>({ defaultValues: { answers: initial } });
  const fieldOf = (key: string) => `answers.q${key.replace(/^answers\./, '')}` as `answers.${string}`;

  const onSubmit = async (values: Values) => {
    clearErrors();
    setResult(null);
    const answers = toApiAnswers(questions, mode, values.answers);
    const check = checkAnswers(questions.map(toAnswerRule), mode, answers);
    const r: Saved = check.ok
      ? await save(answers)
      : { ok: false, message: t('registration.errors.invalid'), fields: check.fields };
    for (const [k, m] of Object.entries(r.fields ?? {})) setError(fieldOf(k), { message: m });
    setResult(r);
  };

  return (
    <form noValidate onSubmit={handleSubmit(onSubmit)} className="mt-3 space-y-4">
      {result?.message && (
        <p
          role={result.ok ? 'status' : 'alert'}
          className={`rounded border-2 p-3 font-semibold ${result.ok ? 'border-ok bg-ok-light text-ok' : 'border-bad bg-bad-light text-bad'}`}
        >
          {result.message}
        </p>
      )}
      <QuestionFields questions={questions} mode={mode} register={register} errors={errors} t={t} msg={msg} />
      <button
        type="submit"
        disabled={isSubmitting}
        className="rounded bg-brand-dark px-5 py-2 font-semibold text-white hover:bg-brand disabled:opacity-70"
      >
        {t('manage.answersSave')}
      </button>
    </form>
  );
}
