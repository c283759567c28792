'use client';
// Writing a message to an event's people: the audience (with how many each reaches), subject and
// text in Finnish and optionally Swedish, side by side. Validated with the same schema as the server.
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { useTranslations } from 'next-intl';
import { useRouter } from 'next/navigation';
import { AUDIENCES, MESSAGE_LIMITS as L, messageSchema, type MessageFormValues, type MessageInput } from '@/lib/messages/schema';
import { sendMessageAction } from '@/app/[locale]/(workspace)/workspace/events/[id]/messages/actions';
import { applyFieldErrors, BilingualPair, ErrorSummary, ResultNote, TextField, useMessage, type ActionResult } from '@/components/editor/form-kit';

const P = 'msg';
const ORDER = ['audience', 'subjectFi', 'bodyFi', 'subjectSv', 'bodySv'] as const;

type Props = { locale: 'fi' | 'sv'; eventId: number; formKey: string; counts: Record<(typeof AUDIENCES)[number], number> };

export function MessageForm({ locale, eventId, formKey, counts }: Props) {
  const t = useTranslations('messages');
  const msg = useMessage();
  const router = useRouter();
  const [result, setResult] = useState<ActionResult | null>(null);
  const { register, handleSubmit, setError, getValues, formState: { errors, isSubmitting, isSubmitted, submitCount } } =
    useForm<MessageFormValues, unknown, MessageInput>({
      resolver: zodResolver(messageSchema), shouldFocusError: false,
      defaultValues: { audience: counts.registrants > 0 ? 'registrants' : undefined, subjectFi: '', bodyFi: '', subjectSv: '', bodySv: '', formKey },
    });
  const label = (field: string) => t(`fields.${field}` as 'fields.subjectFi');

  const onSubmit = async () => {
    setResult(null);
    const r = await sendMessageAction(locale, eventId, getValues());
    if (!r.ok) applyFieldErrors<MessageFormValues>(r.fields, setError);
    setResult(r);
    if (r.ok && r.redirectTo) router.push(r.redirectTo);
  };
  const audienceError = msg(errors.audience?.message);

  return (
    <form noValidate onSubmit={handleSubmit(onSubmit)} className="space-y-4">
      {isSubmitted && <ErrorSummary errors={errors} message={result && !result.ok ? result.message : null} idOf={(n) => (n === 'audience' ? `${P}-audience-registrants` : `${P}-${n}`)} labelOf={label} order={ORDER} submitCount={submitCount} />}
      <ResultNote result={result} />
      <fieldset className="space-y-2" aria-describedby={audienceError ? `${P}-audience-error` : undefined}>
        <legend className="font-semibold">{label('audience')}<span aria-hidden="true"> *</span></legend>
        {AUDIENCES.map((a) => (
          <label key={a} className="flex items-start gap-2">
            <input id={`${P}-audience-${a}`} type="radio" value={a} disabled={counts[a] === 0} className="mt-1 h-5 w-5" {...register('audience')} />
            <span>{t(`audiences.${a}`)} <span className="text-muted">({t('recipients', { count: counts[a] })})</span></span>
          </label>
        ))}
        {audienceError && <p id={`${P}-audience-error`} className="font-semibold text-bad">{audienceError}</p>}
      </fieldset>
      <BilingualPair>
        <TextField<MessageFormValues> name="subjectFi" label={label('subjectFi')} register={register} errors={errors} idPrefix={P} required maxLength={L.subject} lang="fi" />
        <TextField<MessageFormValues> name="subjectSv" label={label('subjectSv')} register={register} errors={errors} idPrefix={P} maxLength={L.subject} lang="sv" hint={t('hints.sv')} />
      </BilingualPair>
      <BilingualPair>
        <TextField<MessageFormValues> name="bodyFi" label={label('bodyFi')} register={register} errors={errors} idPrefix={P} required multiline={8} maxLength={L.body} lang="fi" hint={t('hints.body')} />
        <TextField<MessageFormValues> name="bodySv" label={label('bodySv')} register={register} errors={errors} idPrefix={P} multiline={8} maxLength={L.body} lang="sv" hint={t('hints.body')} />
      </BilingualPair>
      <input type="hidden" {...register('formKey')} />
      <p className="text-sm text-muted">{t('hints.delivery')}</p>
      <button type="submit" disabled={isSubmitting || (result?.ok ?? false)} className="w-full rounded bg-brand-dark px-5 py-2 font-semibold text-white hover:bg-brand disabled:opacity-70 sm:w-auto">
        {isSubmitting ? t('sending') : t('send')}
      </button>
    </form>
  );
}
