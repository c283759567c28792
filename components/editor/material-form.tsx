'use client';
// Add a material (recording, slides, link) to an event, for the public page or participants only.
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { useTranslations } from 'next-intl';
import { useRouter } from 'next/navigation';
import { materialSchema, MATERIAL_KINDS, MATERIAL_VISIBILITIES, EDITOR_LIMITS as L, type MaterialFormValues, type MaterialInput } from '@/lib/events/editor-schema';
import { addMaterialAction } from '@/app/[locale]/(workspace)/workspace/events/actions';
import { applyFieldErrors, BilingualPair, describedBy, ErrorSummary, Field, inputClass, ResultNote, TextField, useMessage, type ActionResult } from './form-kit';
import type { Locale } from '@/lib/i18n/routing';

const P = 'ma';
const EMPTY: MaterialFormValues = { kind: 'slides', titleFi: '', titleSv: '', url: '', visibility: 'participants' };

export function MaterialForm({ locale, eventId }: { locale: Locale; eventId: number }) {
  const t = useTranslations('editor');
  const msg = useMessage();
  const router = useRouter();
  const [result, setResult] = useState<ActionResult | null>(null);
  const { register, handleSubmit, setError, getValues, reset, formState: { errors, isSubmitting, isSubmitted, submitCount } } =
    useForm<MaterialFormValues, unknown, MaterialInput>({ resolver: zodResolver(materialSchema), defaultValues: EMPTY, shouldFocusError: false });
  const label = (field: string) => t(`materialFields.${field}` as 'materialFields.url');

  const onSubmit = async () => {
    setResult(null);
    const r = await addMaterialAction(locale, eventId, getValues());
    if (!r.ok) applyFieldErrors<MaterialFormValues>(r.fields, setError);
    if (r.ok) {
      reset(EMPTY);
      router.refresh();
    }
    setResult(r);
  };

  return (
    <form noValidate onSubmit={handleSubmit(onSubmit)} className="space-y-4">
      {isSubmitted && !result?.ok && <ErrorSummary errors={errors} message={result && !result.ok ? result.message : null} idOf={(n) => `${P}-${n}`} labelOf={label} submitCount={submitCount} />}
      <ResultNote result={result} />
      <div className="grid gap-4 sm:grid-cols-2">
        <Field id={`${P}-kind`} label={label('kind')} required error={msg(errors.kind?.message)}>
          <select id={`${P}-kind`} className={inputClass(!!errors.kind)} aria-describedby={describedBy(`${P}-kind`, false, !!errors.kind)} {...register('kind')}>
            {MATERIAL_KINDS.map((k) => <option key={k} value={k}>{t(`materialKinds.${k}`)}</option>)}
          </select>
        </Field>
        <Field id={`${P}-visibility`} label={label('visibility')} required error={msg(errors.visibility?.message)}>
          <select id={`${P}-visibility`} className={inputClass(!!errors.visibility)} aria-describedby={describedBy(`${P}-visibility`, false, !!errors.visibility)} {...register('visibility')}>
            {MATERIAL_VISIBILITIES.map((v) => <option key={v} value={v}>{t(`visibilities.${v}`)}</option>)}
          </select>
        </Field>
      </div>
      <BilingualPair>
        <TextField<MaterialFormValues> name="titleFi" label={label('titleFi')} register={register} errors={errors} idPrefix={P} required maxLength={L.title} lang="fi" />
        <TextField<MaterialFormValues> name="titleSv" label={label('titleSv')} register={register} errors={errors} idPrefix={P} maxLength={L.title} lang="sv" />
      </BilingualPair>
      <TextField<MaterialFormValues> name="url" label={label('url')} register={register} errors={errors} idPrefix={P} required type="url" inputMode="url" maxLength={L.url} />
      <button type="submit" disabled={isSubmitting} className="rounded bg-brand-dark px-5 py-2 font-semibold text-white hover:bg-brand disabled:opacity-70">
        {isSubmitting ? t('form.saving') : t('form.addMaterial')}
      </button>
    </form>
  );
}
