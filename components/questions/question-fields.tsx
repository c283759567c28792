'use client';
// Own registration questions in the public sign-up form, after the standard fields. Choices are a
// fieldset with a legend; every field's error is tied to it (aria-describedby) and required ones are
// announced. Field names are `answers.q<id>` in the form ("q": a bare number would make
// react-hook-form build an array) and `answers.<id>` in the API; the browser posts them as they are
// when its JavaScript did not run (lib/registrations/form-post.ts reads them).
import type { FieldErrors, UseFormRegister, FieldValues, Path } from 'react-hook-form';
import { Field, inputClass, describedBy } from '@/components/registrations/field';
import type { Translate } from '@/components/i18n/translate';
import { askedOfMode, type FormQuestion, type StoredAnswer } from '@/lib/questions/answer-rules';

export const formFieldOf = (id: number) => `answers.q${id}`;
export const domIdOf = (id: number) => `reg-q${id}`;

/** The questions this form shows: those asked of the chosen mode (all, until a mode is chosen). */
export const shownQuestions = (questions: FormQuestion[], mode: 'onsite' | 'remote' | undefined) =>
  questions.filter((q) => !mode || askedOfMode(q.askedOf, mode));

/** The form's values (strings, string arrays, booleans) → the API's `answers` (ids as numbers). */
export function toApiAnswers(
  questions: FormQuestion[],
  mode: 'onsite' | 'remote' | undefined,
  values: Record<string, unknown> | undefined,
): Record<string, StoredAnswer> {
  const out: Record<string, StoredAnswer> = {};
  for (const q of shownQuestions(questions, mode)) {
    const v = values?.[`q${q.id}`];
    if (v === undefined || v === null || v === '' || (v === false && q.type !== 'consent')) continue;
    if (q.type === 'single') out[q.id] = Number(v);
    else if (q.type === 'multiple') {
      const ids = (Array.isArray(v) ? v : [v]).map(Number);
      if (ids.length) out[q.id] = ids;
    } else if (q.type === 'yesNo') out[q.id] = v === 'yes';
    else if (q.type === 'consent') {
      if (v === true || v === 'on') out[q.id] = true;
    } else out[q.id] = String(v);
  }
  return out;
}

type Props<T extends FieldValues> = {
  questions: FormQuestion[];
  mode: 'onsite' | 'remote' | undefined;
  register: UseFormRegister<T>;
  errors: FieldErrors<T>;
  t: Translate;
  msg: (m?: string) => string | undefined;
};

export function QuestionFields<T extends FieldValues>({ questions, mode, register, errors, t, msg }: Props<T>) {
  const shown = shownQuestions(questions, mode);
  if (!shown.length) return null;
  const answerErrors = (errors as { answers?: Record<string, { message?: string } | undefined> }).answers ?? {};
  const name = (q: FormQuestion) => formFieldOf(q.id) as Path<T>;
  const forWhom = (q: FormQuestion) =>
    !mode && q.askedOf !== 'both'
      ? t(q.askedOf === 'onsite' ? 'registration.form.questionOnsiteOnly' : 'registration.form.questionRemoteOnly')
      : undefined;
  const requiredMark = (q: FormQuestion) =>
    q.required && (
      <>
        <span aria-hidden="true"> *</span>
        <span className="sr-only"> ({t('registration.form.questionRequired')})</span>
      </>
    );
  return (
    <section aria-labelledby="reg-questions" className="space-y-4">
      <h3 id="reg-questions" className="text-lg font-bold">
        {t('registration.form.questionsTitle')}
      </h3>
      {shown.map((q) => {
        const id = domIdOf(q.id);
        const error = msg(answerErrors[`q${q.id}`]?.message);
        const hint = forWhom(q);
        const described = describedBy(id, !!hint, !!error);
        if (q.type === 'shortText' || q.type === 'longText') {
          return (
            <Field key={q.id} id={id} label={q.label} required={q.required} hint={hint} error={error}>
              {q.type === 'shortText' ? (
                <input
                  id={id}
                  className={inputClass(!!error)}
                  aria-invalid={!!error}
                  aria-required={q.required || undefined}
                  aria-describedby={described}
                  {...register(name(q))}
                />
              ) : (
                <textarea
                  id={id}
                  rows={3}
                  className={inputClass(!!error)}
                  aria-invalid={!!error}
                  aria-required={q.required || undefined}
                  aria-describedby={described}
                  {...register(name(q))}
                />
              )}
            </Field>
          );
        }
        if (q.type === 'consent') {
          return (
            <div key={q.id}>
              <label className="inline-flex items-start gap-2">
                <input
                  id={id}
                  type="checkbox"
                  className="mt-1 h-5 w-5"
                  aria-invalid={!!error}
                  aria-required={q.required || undefined}
                  aria-describedby={described}
                  {...register(name(q))}
                />
                <span>
                  {q.label}
                  {requiredMark(q)}
                </span>
              </label>
              {hint && (
                <p id={`${id}-hint`} className="ml-7 text-sm text-muted">
                  {hint}
                </p>
              )}
              {error && (
                <p id={`${id}-error`} className="mt-1 font-semibold text-bad">
                  {error}
                </p>
              )}
            </div>
          );
        }
        const options =
          q.type === 'yesNo'
            ? [
                { value: 'yes', label: t('registration.form.questionYes') },
                { value: 'no', label: t('registration.form.questionNo') },
              ]
            : q.options.map((o) => ({ value: String(o.id), label: o.label }));
        const radio = q.type !== 'multiple';
        return (
          <fieldset key={q.id} aria-describedby={described} className="space-y-1">
            <legend className="font-semibold">
              {q.label}
              {requiredMark(q)}
            </legend>
            {hint && (
              <p id={`${id}-hint`} className="text-sm text-muted">
                {hint}
              </p>
            )}
            <div className="flex flex-wrap gap-x-6 gap-y-2">
              {options.map((o, i) => (
                <label key={o.value} className="inline-flex items-center gap-2">
                  <input
                    type={radio ? 'radio' : 'checkbox'}
                    value={o.value}
                    id={i === 0 ? id : undefined}
                    className="h-5 w-5"
                    required={radio && q.required}
                    {...register(name(q))}
                  />
                  {o.label}
                </label>
              ))}
            </div>
            {error && (
              <p id={`${id}-error`} className="mt-1 font-semibold text-bad">
                {error}
              </p>
            )}
          </fieldset>
        );
      })}
    </section>
  );
}
