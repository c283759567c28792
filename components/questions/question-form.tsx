'use client';
// The organiser's form for one own registration question (add, or edit one nobody has answered):
// Finnish and Swedish side by side, options one per line. The same zod schema runs on the server.
import { useState } from 'react';
import { useForm, useWatch } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { useTranslations } from 'next-intl';
import { useRouter } from 'next/navigation';
import {
  ASKED_OF,
  CHOICE_TYPES,
  QUESTION_LIMITS,
  QUESTION_TYPES,
  questionFormSchema,
  type QuestionFormValues,
  type QuestionInput,
} from '@/lib/questions/schema';
import {
  addQuestionAction,
  updateQuestionAction,
  type OwnerKind,
} from '@/app/[locale]/(workspace)/workspace/events/question-actions';
import {
  applyFieldErrors,
  BilingualPair,
  describedBy,
  ErrorSummary,
  Field,
  inputClass,
  ResultNote,
  TextField,
  useMessage,
  type ActionResult,
  SelectField,
} from '@/components/editor/form-kit';
import type { Locale } from '@/lib/i18n/routing';

const EMPTY: QuestionFormValues = {
  type: 'shortText',
  labelFi: '',
  labelSv: '',
  optionsFi: '',
  optionsSv: '',
  required: false,
  askedOf: 'both',
};
const ORDER = ['type', 'labelFi', 'labelSv', 'optionsFi', 'optionsSv', 'askedOf'];

export function QuestionForm({
  locale,
  kind = 'event',
  ownerId,
  questionId,
  initial,
}: {
  locale: Locale;
  kind?: OwnerKind;
  /** The event's or the series' id. */
  ownerId: number;
  questionId?: number;
  initial?: QuestionFormValues;
}) {
  const t = useTranslations('editor.questions');
  const msg = useMessage();
  const router = useRouter();
  const P = questionId ? `rq${questionId}` : 'rq';
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
    resolver: zodResolver(questionFormSchema),
    defaultValues: initial ?? EMPTY,
    shouldFocusError: false,
  });
  const label = (field: string) => t(`fields.${field}` as 'fields.type');
  const choice = CHOICE_TYPES.includes(useWatch({ control, name: 'type' }));

  const onSubmit = async () => {
    setResult(null);
    const r = questionId
      ? await updateQuestionAction(kind, locale, ownerId, questionId, getValues())
      : await addQuestionAction(kind, locale, ownerId, getValues());
    if (!r.ok) applyFieldErrors<QuestionFormValues>(r.fields, setError);
    else {
      if (!questionId) reset(EMPTY);
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
        name="type"
        label={label('type')}
        register={register}
        errors={errors}
        idPrefix={P}
        required
        options={QUESTION_TYPES.map((k) => ({ value: k, label: t(`types.${k}`) }))}
      />
      <BilingualPair>
        <TextField<QuestionFormValues>
          name="labelFi"
          label={label('labelFi')}
          register={register}
          errors={errors}
          idPrefix={P}
          required
          maxLength={QUESTION_LIMITS.label}
          lang="fi"
        />
        <TextField<QuestionFormValues>
          name="labelSv"
          label={label('labelSv')}
          register={register}
          errors={errors}
          idPrefix={P}
          required
          maxLength={QUESTION_LIMITS.label}
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
            required
            multiline={4}
            hint={t('optionsHint')}
            lang="sv"
          />
        </BilingualPair>
      )}
      <Field id={`${P}-askedOf`} label={label('askedOf')} required error={msg(errors.askedOf?.message)}>
        <select
          id={`${P}-askedOf`}
          className={inputClass(!!errors.askedOf)}
          aria-describedby={describedBy(`${P}-askedOf`, false, !!errors.askedOf)}
          {...register('askedOf')}
        >
          {ASKED_OF.map((k) => (
            <option key={k} value={k}>
              {t(`askedOf.${k}`)}
            </option>
          ))}
        </select>
      </Field>
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
          {isSubmitting ? t('saving') : questionId ? t('save') : t('add')}
        </button>
      </div>
    </form>
  );
}
