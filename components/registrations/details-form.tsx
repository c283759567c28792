'use client';
// "Change your details" on the manage page: same zod schema in the browser and in the server action.
import { useState } from 'react';
import { useRouter } from 'next/navigation';
import { useForm } from 'react-hook-form';
import type * as z from 'zod/mini';
import { zodResolver } from '@hookform/resolvers/zod';
import { useTranslations } from 'next-intl';
import { detailsSchema, type DetailsInput } from '@/lib/registrations/schema';
import { updateDetailsAction } from '@/app/[locale]/registrations/[token]/actions';
import { Field, inputClass, describedBy } from './field';
import { isMessageKey } from '@/lib/zod-mini';
import type { Locale } from '@/lib/i18n/routing';
import { MunicipalityInput } from './municipality-input';
import type { MunicipalityOption } from '@/lib/registrations/municipality-names';

type Option = { code: string; name: string };
type FormValues = z.input<typeof detailsSchema>;

export function DetailsForm({
  locale,
  token,
  onsite,
  initial,
  municipalities,
  sectors,
}: {
  locale: Locale;
  token: string;
  onsite: boolean;
  initial: FormValues;
  municipalities: MunicipalityOption[];
  sectors: Option[];
}) {
  const t = useTranslations();
  const router = useRouter();
  const [result, setResult] = useState<{ ok: boolean; message?: string } | null>(null);
  // The same type-ahead as the sign-up form (not a 308-item select), starting from the saved municipality.
  const [municipalityText, setMunicipalityText] = useState(
    () => municipalities.find((m) => m.code === initial.municipality)?.name ?? '',
  );
  const {
    register,
    handleSubmit,
    setError,
    setValue,
    formState: { errors, isSubmitted, isSubmitting },
  } = useForm<FormValues, unknown, DetailsInput>({
    resolver: zodResolver(detailsSchema),
    defaultValues: initial,
  });
  const msg = (m?: string) => (m ? (isMessageKey(m) ? t(m as 'validation.required') : m) : undefined);
  const err = (k: keyof FormValues) => msg(errors[k]?.message as string | undefined);

  const onSubmit = async (values: DetailsInput) => {
    const r = await updateDetailsAction(locale, token, values);
    for (const [k, m] of Object.entries(r.fields ?? {}))
      setError(k as keyof FormValues, { message: m }, { shouldFocus: true });
    setResult(r);
    // The page's summary above the form shows what is saved now, not what was there before.
    if (r.ok) router.refresh();
  };

  const text = (k: keyof FormValues, label: string, required = false, autoComplete?: string) => (
    <Field id={`d-${k}`} label={label} required={required} error={err(k)}>
      <input
        id={`d-${k}`}
        autoComplete={autoComplete}
        className={inputClass(!!errors[k])}
        aria-invalid={!!errors[k]}
        aria-describedby={describedBy(`d-${k}`, false, !!errors[k])}
        {...register(k)}
      />
    </Field>
  );

  return (
    <form noValidate onSubmit={handleSubmit(onSubmit)} className="mt-3 space-y-4">
      {result && (
        <p
          role={result.ok ? 'status' : 'alert'}
          className={`rounded border p-3 font-semibold ${result.ok ? 'border-ok bg-ok-light text-ok' : 'border-bad bg-bad-light text-bad'}`}
        >
          {result.message}
        </p>
      )}
      <div className="grid gap-4 sm:grid-cols-2">
        {text('firstName', t('registration.form.firstName'), true, 'given-name')}
        {text('lastName', t('registration.form.lastName'), true, 'family-name')}
      </div>
      {text('organisation', t('registration.form.organisation'), true, 'organization')}
      <Field
        id="d-municipality"
        label={t('registration.form.municipality')}
        required
        hint={t('registration.form.municipalityHint')}
        error={err('municipality')}
      >
        <MunicipalityInput
          id="d-municipality"
          required
          options={municipalities}
          value={municipalityText}
          onChange={(text, code) => {
            setMunicipalityText(text);
            setValue('municipality', code, { shouldValidate: isSubmitted });
          }}
          invalid={!!errors.municipality}
          describedBy={describedBy('d-municipality', true, !!errors.municipality)}
        />
        <input type="hidden" {...register('municipality')} />
      </Field>
      <Field id="d-sector" label={t('registration.form.sector')} required error={err('sector')}>
        <select id="d-sector" className={inputClass(!!errors.sector)} {...register('sector')}>
          {sectors.map((s) => (
            <option key={s.code} value={s.code}>
              {s.name}
            </option>
          ))}
        </select>
      </Field>
      {text('role', t('registration.form.role'), false, 'organization-title')}
      {onsite && text('diet', t('registration.form.diet'))}
      {text('accessNeeds', t('registration.form.accessNeeds'))}
      <fieldset>
        <legend className="font-semibold">{t('registration.form.language')}</legend>
        <div className="mt-1 flex gap-6">
          <label className="inline-flex items-center gap-2">
            <input type="radio" value="fi" className="h-5 w-5" {...register('language')} />{' '}
            {t('registration.form.languageFi')}
          </label>
          <label className="inline-flex items-center gap-2">
            <input type="radio" value="sv" className="h-5 w-5" {...register('language')} />{' '}
            {t('registration.form.languageSv')}
          </label>
        </div>
      </fieldset>
      <button
        type="submit"
        disabled={isSubmitting}
        className="rounded bg-brand-dark px-5 py-2 font-semibold text-white disabled:opacity-70"
      >
        {t('manage.updateButton')}
      </button>
    </form>
  );
}
