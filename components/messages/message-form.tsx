'use client';
// Writing a message to an event's people: the audience (with how many each reaches), subject and
// text in Finnish and optionally Swedish, side by side. Validated with the same schema as the server.
import { useState } from 'react';
import { useForm, useWatch } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { useTranslations } from 'next-intl';
import { useRouter } from 'next/navigation';
import {
  chosenLanguages,
  EVENT_AUDIENCES,
  MESSAGE_LIMITS as L,
  messageSchema,
  swedishTextMissing,
  type EventAudience,
  type LanguageCounts,
  type MessageFormValues,
  type MessageInput,
  type WorkshopAudience,
} from '@/lib/messages/schema';
import {
  sendMessageAction,
  sendTestMessageAction,
} from '@/app/[locale]/(workspace)/workspace/events/[id]/messages/actions';
import {
  applyFieldErrors,
  BilingualPair,
  ErrorSummary,
  ResultNote,
  TextField,
  useMessage,
  type ActionResult,
} from '@/components/editor/form-kit';
import type { Locale } from '@/lib/i18n/routing';

const P = 'msg';
const ORDER = ['audience', 'workshopId', 'subjectFi', 'bodyFi', 'subjectSv', 'bodySv'] as const;

type Props = {
  locale: Locale;
  eventId: number;
  formKey: string;
  counts: Record<EventAudience, number>;
  /** How many of each audience chose Finnish and Swedish. */
  languages: Record<EventAudience, LanguageCounts>;
  /** The programme's workshops (audience "the people of workshop X"). */
  workshops?: WorkshopAudience[];
};

const total = (c: LanguageCounts) => c.fi + c.sv;

export function MessageForm({ locale, eventId, formKey, counts, languages, workshops = [] }: Props) {
  const t = useTranslations('messages');
  const msg = useMessage();
  const router = useRouter();
  const [result, setResult] = useState<ActionResult | null>(null);
  const [testResult, setTestResult] = useState<ActionResult | null>(null);
  const {
    register,
    handleSubmit,
    setError,
    getValues,
    control,
    formState: { errors, isSubmitting, isSubmitted, submitCount },
  } = useForm<MessageFormValues, unknown, MessageInput>({
    resolver: zodResolver(messageSchema),
    shouldFocusError: false,
    defaultValues: {
      audience: counts.registrants > 0 ? 'registrants' : undefined,
      subjectFi: '',
      bodyFi: '',
      subjectSv: '',
      bodySv: '',
      formKey,
      workshopId: '',
      withWaitlist: false,
    },
  });
  const label = (field: string) => t(`fields.${field}` as 'fields.subjectFi');

  const onSubmit = async () => {
    setResult(null);
    const r = await sendMessageAction(locale, eventId, getValues());
    if (!r.ok) applyFieldErrors<MessageFormValues>(r.fields, setError);
    setResult(r);
    if (r.ok && r.redirectTo) router.push(r.redirectTo);
  };
  // A test goes to the signed-in organiser only (the server takes the address from the session).
  const onTest = (testLanguage: Locale) => async () => {
    setTestResult(null);
    const r = await sendTestMessageAction(locale, eventId, { ...getValues(), testLanguage });
    if (!r.ok) applyFieldErrors<MessageFormValues>(r.fields, setError);
    setTestResult(r);
  };
  const audienceError = msg(errors.audience?.message);
  const [audience, subjectSv, bodySv, workshopId, withWaitlist] = useWatch({
    control,
    name: ['audience', 'subjectSv', 'bodySv', 'workshopId', 'withWaitlist'],
  });
  const chosen = chosenLanguages({ audience, workshopId, withWaitlist }, languages, workshops);
  const svMissing = swedishTextMissing({ audience, subjectSv, bodySv, workshopId, withWaitlist }, languages, workshops);
  const svWarning = svMissing && chosen ? `${P}-sv-warning` : undefined;
  const workshopError = msg(errors.workshopId?.message);

  return (
    <form noValidate onSubmit={handleSubmit(onSubmit)} className="space-y-4">
      {isSubmitted && (
        <ErrorSummary
          errors={errors}
          message={result && !result.ok ? result.message : null}
          idOf={(n) =>
            n === 'audience'
              ? `${P}-audience-${EVENT_AUDIENCES.find((a) => counts[a] > 0) ?? 'registrants'}`
              : `${P}-${n}`
          }
          labelOf={label}
          order={ORDER}
          submitCount={submitCount}
        />
      )}
      <ResultNote result={result} />
      <fieldset className="space-y-2" aria-describedby={audienceError ? `${P}-audience-error` : undefined}>
        <legend className="font-semibold">
          {label('audience')}
          <span aria-hidden="true"> *</span>
        </legend>
        {EVENT_AUDIENCES.map((a) => (
          <label key={a} className="flex items-start gap-2">
            <input
              id={`${P}-audience-${a}`}
              type="radio"
              value={a}
              disabled={counts[a] === 0}
              className="mt-1 h-5 w-5"
              {...register('audience')}
            />
            <span>
              {t(`audiences.${a}`)} <span className="text-muted">({t('recipients', { count: counts[a] })})</span>
            </span>
          </label>
        ))}
        {workshops.length > 0 && (
          <label className="flex items-start gap-2">
            <input
              id={`${P}-audience-workshop`}
              type="radio"
              value="workshop"
              className="mt-1 h-5 w-5"
              {...register('audience')}
            />
            <span>{t('audiences.workshop')}</span>
          </label>
        )}
        {audience === 'workshop' && (
          <div className="ml-7 space-y-2">
            <div>
              <label htmlFor={`${P}-workshopId`} className="block font-semibold">
                {label('workshopId')}
                <span aria-hidden="true"> *</span>
              </label>
              <select
                id={`${P}-workshopId`}
                aria-invalid={!!workshopError}
                aria-describedby={workshopError ? `${P}-workshopId-error` : undefined}
                className="mt-1 block w-full min-w-0 rounded border border-muted bg-white px-3 py-2"
                {...register('workshopId')}
              >
                <option value="">{t('workshop.choose')}</option>
                {workshops.map((w) => (
                  <option key={w.id} value={String(w.id)}>
                    {t('workshop.option', {
                      label: w.label,
                      confirmed: total(w.confirmed),
                      waitlisted: total(w.waitlisted),
                    })}
                  </option>
                ))}
              </select>
              {workshopError && (
                <p id={`${P}-workshopId-error`} className="mt-1 font-semibold text-bad">
                  {workshopError}
                </p>
              )}
            </div>
            <label className="flex items-start gap-2">
              <input id={`${P}-withWaitlist`} type="checkbox" className="mt-1 h-5 w-5" {...register('withWaitlist')} />
              <span>{t('workshop.withWaitlist')}</span>
            </label>
          </div>
        )}
        {audienceError && (
          <p id={`${P}-audience-error`} className="font-semibold text-bad">
            {audienceError}
          </p>
        )}
        <p id={`${P}-languages`} aria-live="polite" className="text-sm">
          {chosen ? t('languages.split', chosen) : t('languages.chooseAudience')}
        </p>
      </fieldset>
      {svWarning && chosen && (
        // Text, not colour alone; the Swedish fields point to it with aria-describedby.
        <p id={svWarning} className="rounded border-l-4 border-bad bg-white p-3 font-semibold">
          <span aria-hidden="true">⚠ </span>
          {t('languages.svMissing', { count: chosen.sv })}
        </p>
      )}
      <BilingualPair>
        <TextField<MessageFormValues>
          name="subjectFi"
          label={label('subjectFi')}
          register={register}
          errors={errors}
          idPrefix={P}
          required
          maxLength={L.subject}
          lang="fi"
        />
        <TextField<MessageFormValues>
          name="subjectSv"
          label={label('subjectSv')}
          register={register}
          errors={errors}
          idPrefix={P}
          maxLength={L.subject}
          lang="sv"
          hint={t('hints.sv')}
          alsoDescribedBy={svWarning}
        />
      </BilingualPair>
      <BilingualPair>
        <TextField<MessageFormValues>
          name="bodyFi"
          label={label('bodyFi')}
          register={register}
          errors={errors}
          idPrefix={P}
          required
          multiline={8}
          maxLength={L.body}
          lang="fi"
          hint={t('hints.body')}
        />
        <TextField<MessageFormValues>
          name="bodySv"
          label={label('bodySv')}
          register={register}
          errors={errors}
          idPrefix={P}
          multiline={8}
          maxLength={L.body}
          lang="sv"
          hint={t('hints.body')}
          alsoDescribedBy={svWarning}
        />
      </BilingualPair>
      <input type="hidden" {...register('formKey')} />
      <div className="space-y-2 rounded border border-line p-3">
        <p id={`${P}-test-hint`} className="text-sm">
          {t('test.hint')}
        </p>
        <div className="flex flex-col gap-2 sm:flex-row sm:flex-wrap">
          {(['fi', 'sv'] as const).map((l) => (
            <button
              key={l}
              type="button"
              onClick={handleSubmit(onTest(l))}
              disabled={isSubmitting}
              aria-describedby={`${P}-test-hint`}
              className="w-full rounded border-2 border-brand-dark bg-white px-4 py-2 font-semibold text-brand-dark hover:bg-brand-light sm:w-auto"
            >
              {t(l === 'fi' ? 'test.sendFi' : 'test.sendSv')}
            </button>
          ))}
        </div>
        <ResultNote result={testResult} />
        {testResult && !testResult.ok && Object.keys(testResult.fields).length === 0 && (
          <p role="alert" className="rounded border-2 border-bad bg-bad-light p-3 font-semibold text-bad">
            {testResult.message}
          </p>
        )}
      </div>
      <p className="text-sm text-muted">{t('hints.delivery')}</p>
      <button
        type="submit"
        disabled={isSubmitting || (result?.ok ?? false)}
        className="w-full rounded bg-brand-dark px-5 py-2 font-semibold text-white hover:bg-brand disabled:opacity-70 sm:w-auto"
      >
        {isSubmitting ? t('sending') : t('send')}
      </button>
    </form>
  );
}
