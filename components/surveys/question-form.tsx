'use client';
// The organiser's "add your own question" form (Finnish and Swedish side by side; options one per line).
import { useState } from 'react';
import { useForm, useWatch } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { useTranslations } from 'next-intl';
import { useRouter } from 'next/navigation';
import {
  questionSchema,
  QUESTION_KINDS,
  SURVEY_LIMITS,
  type QuestionFormValues,
  type QuestionInput,
} from '@/lib/surveys/schema';
import { addQuestionAction } from '@/app/[locale]/(workspace)/workspace/events/survey-actions';
import {
  applyFieldErrors,
  BilingualPair,
  ErrorSummary,
  ResultNote,
  TextField,
  type ActionResult,
  SelectField,
} from '@/components/editor/form-kit';
import type { Locale } from '@/lib/i18n/routing';

const P = 'sq';
const EMPTY: QuestionFormValues = {
  kind: 'scale',
  textFi: '',
  textSv: '',
  optionsFi: '',
  optionsSv: '',
  required: false,
};
const ORDER = ['kind', 'textFi', 'textSv', 'optionsFi', 'optionsSv'];

export function QuestionForm({ locale, eventId }: { locale: Locale; eventId: number }) {
  const t = useTranslations('survey.editor');
  const router = useRouter();
  const [result, setResult] = useState<ActionResult | null>(null);
  const {
    register,
    control,
    handleSubmit,
    setError,
    getValues,
    reset,
    formState: { errors, isSubmitting, isSubmitted, submitCount },
  } = useForm<QuestionFormValues, unknown, QuestionInput>({
    resolver: zodResolver(questionSchema),
    defaultValues: EMPTY,
    shouldFocusError: false,
  });
  const label = (field: string) => t(`fields.${field}` as 'fields.kind');
  const choice = useWatch({ control, name: 'kind' }) === 'choice';

  const onSubmit = async () => {
    setResult(null);
    const r = await addQuestionAction(locale, eventId, getValues());
    if (!r.ok) applyFieldErrors<QuestionFormValues>(r.fields, setError);
    else {
      reset(EMPTY);
      router.refresh();
    }
    setResult(r);
  };

  return (
    <form noValidate onSubmit={handleSubmit(onSubmit)} className="space-y-4">
      {isSubmitted && !result?.ok && (
        <ErrorSummary
          errors={errors}
          message={result && !result.ok ? result.message : null}
          idOf={(n) => `${P}-${n}`}
          labelOf={label}
          order={ORDER}
          submitCount={submitCount}
        />
      )}
      <ResultNote result={result} />
      <SelectField<QuestionFormValues>
        name="kind"
        label={label('kind')}
        register={register}
        errors={errors}
        idPrefix={P}
        required
        options={QUESTION_KINDS.map((k) => ({ value: k, label: t(`kinds.${k}`) }))}
      />
      <BilingualPair>
        <TextField<QuestionFormValues>
          name="textFi"
          label={label('textFi')}
          register={register}
          errors={errors}
          idPrefix={P}
          required
          maxLength={SURVEY_LIMITS.question}
          lang="fi"
        />
        <TextField<QuestionFormValues>
          name="textSv"
          label={label('textSv')}
          register={register}
          errors={errors}
          idPrefix={P}
          maxLength={SURVEY_LIMITS.question}
          lang="sv"
        />
      </BilingualPair>
      {choice && (
        <BilingualPair>
          <TextField<QuestionFormValues>
            name="optionsFi"
            label={label('optionsFi')}
            register={register}
            errors={errors}
            idPrefix={P}
            required
            multiline={4}
            hint={t('optionsHint')}
            lang="fi"
          />
          <TextField<QuestionFormValues>
            name="optionsSv"
            label={label('optionsSv')}
            register={register}
            errors={errors}
            idPrefix={P}
            multiline={4}
            hint={t('optionsHint')}
            lang="sv"
          />
        </BilingualPair>
      )}
      <label className="inline-flex items-start gap-2">
        <input type="checkbox" className="mt-1 h-5 w-5" {...register('required')} />
        <span>{label('required')}</span>
      </label>
      <div>
        <button
          type="submit"
          disabled={isSubmitting}
          className="rounded bg-brand-dark px-5 py-2 font-semibold text-white hover:bg-brand disabled:opacity-70"
        >
          {isSubmitting ? t('saving') : t('add')}
        </button>
      </div>
    </form>
  );
}
