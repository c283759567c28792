'use client';
// The event form (new event, edit, new session of a series). Validates with the same zod schema as
// the server action; the server's answer (field messages, translated) lands next to the fields.
import { useState } from 'react';
import { useForm, useWatch } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { useTranslations } from 'next-intl';
import { useRouter } from 'next/navigation';
import {
  eventSchema,
  EVENT_FORMATS,
  EVENT_KINDS,
  EVENT_LANGUAGES,
  EVENT_VISIBILITIES,
  FREED_PLACES,
  ORGANISING_BODIES,
  EDITOR_LIMITS as L,
  type EventFormValues,
  type EventInput,
} from '@/lib/events/editor-schema';
import type { EditorOptions } from '@/lib/events/editor-read';
import { saveEventAction } from '@/app/[locale]/(workspace)/workspace/events/actions';
import {
  applyFieldErrors,
  BilingualPair,
  describedBy,
  ErrorSummary,
  Field,
  inputClass,
  ResultNote,
  Section,
  TextField,
  useMessage,
  type ActionResult,
} from './form-kit';
import type { Locale } from '@/lib/i18n/routing';

type Props = {
  locale: Locale;
  eventId: number | null;
  initial: EventFormValues;
  options: EditorOptions;
  /** Editing a published event with registrations: offer to tell them about a new time or place. */
  registrants?: number;
  slugEditable: boolean;
};

const P = 'ev';
/** The fields in the order the form shows them (for the error summary). */
const ORDER = [
  'kind',
  'language',
  'visibility',
  'organisingBody',
  'organisingBodyFi',
  'organisingBodySv',
  'seriesId',
  'slug',
  'titleFi',
  'titleSv',
  'summaryFi',
  'summarySv',
  'descriptionFi',
  'descriptionSv',
  'scope',
  'regionCode',
  'provinceCode',
  'extraRegionCodes',
  'themeIds',
  'format',
  'startDate',
  'startTime',
  'endDate',
  'endTime',
  'venueName',
  'venueAddress',
  'city',
  'venueNameSv',
  'venueAddressSv',
  'registrationUrl',
  'capacityOnsite',
  'capacityRemote',
  'waitlistEnabled',
  'freedPlaces',
  'offerHours',
  'opensDate',
  'opensTime',
  'closesDate',
  'closesTime',
  'contactName',
  'contactNameSv',
  'contactEmail',
  'contactPhone',
  'isFree',
  'priceNote',
  'notifyRegistrants',
  'changeNoteFi',
  'changeNoteSv',
] as const;

export function EventForm({ locale, eventId, initial, options, registrants = 0, slugEditable }: Props) {
  const t = useTranslations('editor');
  const msg = useMessage();
  const router = useRouter();
  const [result, setResult] = useState<ActionResult | null>(null);
  const form = useForm<EventFormValues, unknown, EventInput>({
    resolver: zodResolver(eventSchema),
    defaultValues: initial,
    shouldFocusError: false,
  });
  const {
    register,
    control,
    handleSubmit,
    setValue,
    setError,
    getValues,
    formState: { errors, isSubmitting, isSubmitted, submitCount },
  } = form;
  const [scope, regionCode, format, isFree, notify, freedPlaces, organisingBody, registrationUrl] = useWatch({
    control,
    name: [
      'scope',
      'regionCode',
      'format',
      'isFree',
      'notifyRegistrants',
      'freedPlaces',
      'organisingBody',
      'registrationUrl',
    ],
  });
  // Registration elsewhere: Kokoon keeps no places, so the capacity and waiting-list fields go.
  const elsewhere = !!registrationUrl?.trim();
  const name = (c: { fi: string; sv: string }) => (locale === 'sv' ? c.sv : c.fi);
  const label = (field: string) => t(`fields.${field}` as 'fields.titleFi');
  const err = (k: keyof EventFormValues) => msg(errors[k]?.message as string | undefined);
  const text = (k: keyof EventFormValues, o: Partial<Parameters<typeof TextField<EventFormValues>>[0]> = {}) => (
    <TextField<EventFormValues> name={k} label={label(k)} register={register} errors={errors} idPrefix={P} {...o} />
  );

  const onSubmit = async () => {
    setResult(null);
    const r = await saveEventAction(locale, eventId, getValues());
    if (r.ok && r.redirectTo) {
      router.push(r.redirectTo); // a new event: on to its own page
      return;
    }
    if (!r.ok) applyFieldErrors<EventFormValues>(r.fields, setError);
    setResult(r);
    if (r.ok) {
      setValue('notifyRegistrants', false);
      router.refresh();
    }
  };

  const provinces = options.provinces.filter((p) => p.regionCode === regionCode);
  const onsite = format !== 'online';
  const remote = format !== 'onsite';

  return (
    <form noValidate onSubmit={handleSubmit(onSubmit)} className="space-y-6" aria-describedby="ev-required-note">
      <p id="ev-required-note" className="text-sm text-muted">
        {t('form.requiredNote')}
      </p>
      {isSubmitted && (
        <ErrorSummary
          errors={errors}
          message={result && !result.ok ? result.message : null}
          order={ORDER}
          submitCount={submitCount}
          idOf={(n) => `${P}-${n === 'themeIds' ? 'themes' : n === 'extraRegionCodes' ? 'extraRegions' : n}`}
          labelOf={label}
        />
      )}
      <ResultNote result={result} />

      <Section id="ev-basics" title={t('sections.basics')}>
        <div className="grid gap-4 sm:grid-cols-2">
          <Field id={`${P}-kind`} label={label('kind')} required error={err('kind')}>
            <select
              id={`${P}-kind`}
              className={inputClass(!!errors.kind)}
              aria-invalid={!!errors.kind}
              aria-describedby={describedBy(`${P}-kind`, false, !!errors.kind)}
              {...register('kind')}
            >
              {EVENT_KINDS.map((k) => (
                <option key={k} value={k}>
                  {t(`kinds.${k}`)}
                </option>
              ))}
            </select>
          </Field>
          <Field id={`${P}-language`} label={label('language')} required error={err('language')}>
            <select
              id={`${P}-language`}
              className={inputClass(!!errors.language)}
              aria-invalid={!!errors.language}
              aria-describedby={describedBy(`${P}-language`, false, !!errors.language)}
              {...register('language')}
            >
              {EVENT_LANGUAGES.map((l) => (
                <option key={l} value={l}>
                  {t(`languages.${l}`)}
                </option>
              ))}
            </select>
          </Field>
          <Field
            id={`${P}-visibility`}
            label={label('visibility')}
            hint={t('hints.visibility')}
            required
            error={err('visibility')}
          >
            <select
              id={`${P}-visibility`}
              className={inputClass(!!errors.visibility)}
              aria-invalid={!!errors.visibility}
              aria-describedby={describedBy(`${P}-visibility`, true, !!errors.visibility)}
              {...register('visibility')}
            >
              {EVENT_VISIBILITIES.map((v) => (
                <option key={v} value={v}>
                  {t(`eventVisibilities.${v}`)}
                </option>
              ))}
            </select>
          </Field>
          <Field id={`${P}-seriesId`} label={label('seriesId')} hint={t('hints.series')} error={err('seriesId')}>
            <select
              id={`${P}-seriesId`}
              className={inputClass(!!errors.seriesId)}
              aria-invalid={!!errors.seriesId}
              aria-describedby={describedBy(`${P}-seriesId`, true, !!errors.seriesId)}
              {...register('seriesId')}
            >
              <option value="">{t('form.noSeries')}</option>
              {options.series.map((s) => (
                <option key={s.value} value={s.value}>
                  {name(s)}
                </option>
              ))}
            </select>
          </Field>
        </div>
        <div className="grid gap-4 sm:grid-cols-2">
          <Field
            id={`${P}-organisingBody`}
            label={label('organisingBody')}
            hint={t('hints.organisingBody')}
            required
            error={err('organisingBody')}
          >
            <select
              id={`${P}-organisingBody`}
              className={inputClass(!!errors.organisingBody)}
              aria-invalid={!!errors.organisingBody}
              aria-describedby={describedBy(`${P}-organisingBody`, true, !!errors.organisingBody)}
              {...register('organisingBody')}
            >
              {ORGANISING_BODIES.map((b) => (
                <option key={b} value={b}>
                  {t(`organisingBodies.${b}`)}
                </option>
              ))}
            </select>
          </Field>
        </div>
        {(organisingBody === 'avi' || organisingBody === 'project') && (
          <BilingualPair>
            {text('organisingBodyFi', {
              required: organisingBody === 'project',
              maxLength: L.project,
              lang: 'fi',
              hint: t('hints.organisingBodyName'),
            })}
            {text('organisingBodySv', { maxLength: L.project, lang: 'sv', hint: t('hints.swedishFallback') })}
          </BilingualPair>
        )}
        {slugEditable ? (
          text('slug', { hint: t('hints.slug'), maxLength: L.slug })
        ) : (
          <p className="text-sm">
            <span className="font-semibold">{label('slug')}:</span> {initial.slug}{' '}
            <span className="text-muted">({t('hints.slugLocked')})</span>
          </p>
        )}
      </Section>

      <Section id="ev-texts" title={t('sections.texts')} hint={t('hints.bilingual')}>
        <BilingualPair>
          {text('titleFi', { required: true, maxLength: L.title, lang: 'fi' })}
          {text('titleSv', { maxLength: L.title, lang: 'sv' })}
        </BilingualPair>
        <BilingualPair>
          {text('summaryFi', { multiline: 3, maxLength: L.summary, lang: 'fi', hint: t('hints.summary') })}
          {text('summarySv', { multiline: 3, maxLength: L.summary, lang: 'sv', hint: t('hints.summary') })}
        </BilingualPair>
        <BilingualPair>
          {text('descriptionFi', { multiline: 8, maxLength: L.description, lang: 'fi', hint: t('hints.description') })}
          {text('descriptionSv', { multiline: 8, maxLength: L.description, lang: 'sv', hint: t('hints.description') })}
        </BilingualPair>
      </Section>

      <Section id="ev-scope" title={t('sections.scope')}>
        <fieldset aria-describedby={errors.scope ? `${P}-scope-error` : undefined}>
          <legend className="font-semibold">
            {label('scope')}
            <span aria-hidden="true"> *</span>
          </legend>
          <div className="mt-1 flex flex-wrap gap-x-6 gap-y-2">
            {(['national', 'region', 'province'] as const)
              .filter((s) => s !== 'national' || options.nationalAllowed)
              .map((s, i) => (
                <label key={s} className="inline-flex items-center gap-2">
                  <input
                    type="radio"
                    value={s}
                    id={i === 0 ? `${P}-scope` : undefined}
                    className="h-5 w-5"
                    {...register('scope')}
                  />
                  {t(`scopes.${s}`)}
                </label>
              ))}
          </div>
          {errors.scope && (
            <p id={`${P}-scope-error`} className="mt-1 font-semibold text-bad">
              {err('scope')}
            </p>
          )}
        </fieldset>
        {scope !== 'national' && (
          <div className="grid gap-4 sm:grid-cols-2">
            <Field id={`${P}-regionCode`} label={label('regionCode')} required error={err('regionCode')}>
              <select
                id={`${P}-regionCode`}
                className={inputClass(!!errors.regionCode)}
                aria-invalid={!!errors.regionCode}
                aria-describedby={describedBy(`${P}-regionCode`, false, !!errors.regionCode)}
                {...register('regionCode', { onChange: () => setValue('provinceCode', '') })}
              >
                <option value="">{t('form.choose')}</option>
                {options.regions.map((r) => (
                  <option key={r.value} value={r.value}>
                    {r.value} – {name(r)}
                  </option>
                ))}
              </select>
            </Field>
            {scope === 'province' && (
              <Field id={`${P}-provinceCode`} label={label('provinceCode')} required error={err('provinceCode')}>
                <select
                  id={`${P}-provinceCode`}
                  className={inputClass(!!errors.provinceCode)}
                  aria-invalid={!!errors.provinceCode}
                  aria-describedby={describedBy(`${P}-provinceCode`, false, !!errors.provinceCode)}
                  {...register('provinceCode')}
                >
                  <option value="">{t('form.choose')}</option>
                  {provinces.map((p) => (
                    <option key={p.value} value={p.value}>
                      {name(p)}
                    </option>
                  ))}
                </select>
              </Field>
            )}
          </div>
        )}
        {scope !== 'national' && (
          <fieldset
            aria-describedby={`${P}-extraRegions-hint${errors.extraRegionCodes ? ` ${P}-extraRegions-error` : ''}`}
          >
            <legend className="font-semibold">{label('extraRegionCodes')}</legend>
            <p id={`${P}-extraRegions-hint`} className="text-sm text-muted">
              {t('hints.extraRegions')}
            </p>
            <div className="mt-1 flex flex-wrap gap-x-6 gap-y-2">
              {options.allRegions
                .filter((r) => r.value !== regionCode)
                .map((r, i) => (
                  <label key={r.value} className="inline-flex items-center gap-2">
                    <input
                      type="checkbox"
                      value={r.value}
                      id={i === 0 ? `${P}-extraRegions` : undefined}
                      className="h-5 w-5"
                      {...register('extraRegionCodes')}
                    />
                    {name(r)}
                  </label>
                ))}
            </div>
            {errors.extraRegionCodes && (
              <p id={`${P}-extraRegions-error`} className="mt-1 font-semibold text-bad">
                {err('extraRegionCodes')}
              </p>
            )}
          </fieldset>
        )}
        <fieldset aria-describedby={errors.themeIds ? `${P}-themes-error` : undefined}>
          <legend className="font-semibold">{label('themeIds')}</legend>
          <div className="mt-1 grid gap-2 sm:grid-cols-2">
            {options.themes.map((th, i) => (
              <label key={th.value} className="inline-flex items-start gap-2">
                <input
                  type="checkbox"
                  value={th.value}
                  id={i === 0 ? `${P}-themes` : undefined}
                  className="mt-0.5 h-5 w-5 shrink-0"
                  {...register('themeIds')}
                />
                {name(th)}
              </label>
            ))}
          </div>
          {errors.themeIds && (
            <p id={`${P}-themes-error`} className="mt-1 font-semibold text-bad">
              {err('themeIds')}
            </p>
          )}
        </fieldset>
      </Section>

      <Section id="ev-time" title={t('sections.timePlace')} hint={t('hints.helsinkiTime')}>
        <fieldset aria-describedby={errors.format ? `${P}-format-error` : undefined}>
          <legend className="font-semibold">
            {label('format')}
            <span aria-hidden="true"> *</span>
          </legend>
          <div className="mt-1 flex flex-wrap gap-x-6 gap-y-2">
            {EVENT_FORMATS.map((f, i) => (
              <label key={f} className="inline-flex items-center gap-2">
                <input
                  type="radio"
                  value={f}
                  id={i === 0 ? `${P}-format` : undefined}
                  className="h-5 w-5"
                  {...register('format')}
                />
                {t(`formats.${f}`)}
              </label>
            ))}
          </div>
          {errors.format && (
            <p id={`${P}-format-error`} className="mt-1 font-semibold text-bad">
              {err('format')}
            </p>
          )}
        </fieldset>
        <div className="grid gap-4 grid-cols-2 lg:grid-cols-4">
          {text('startDate', { type: 'date', required: true })}
          {text('startTime', { type: 'time', required: true })}
          {text('endDate', { type: 'date', required: true })}
          {text('endTime', { type: 'time', required: true })}
        </div>
        {onsite && (
          <div className="grid gap-4 sm:grid-cols-3">
            {text('venueName', { maxLength: L.venue })}
            {text('venueAddress', { maxLength: L.venue, autoComplete: 'street-address' })}
            {text('city', { required: true, maxLength: L.city, autoComplete: 'address-level2' })}
          </div>
        )}
        {onsite && (
          <div className="grid gap-4 sm:grid-cols-3">
            {text('venueNameSv', { maxLength: L.venue, hint: t('hints.swedishFallback') })}
            {text('venueAddressSv', { maxLength: L.venue, hint: t('hints.swedishFallback') })}
          </div>
        )}
        {!onsite && text('city', { maxLength: L.city, hint: t('hints.cityOnline') })}
      </Section>

      <Section id="ev-registration" title={t('sections.registration')}>
        {text('registrationUrl', {
          type: 'url',
          maxLength: L.url,
          inputMode: 'url',
          hint: t('hints.registrationUrl'),
        })}
        {!elsewhere && (
          <>
            <div className="grid gap-4 sm:grid-cols-2">
              {onsite && text('capacityOnsite', { required: true, inputMode: 'numeric' })}
              {remote && text('capacityRemote', { inputMode: 'numeric', hint: t('hints.capacityRemote') })}
            </div>
            <label className="inline-flex items-center gap-2">
              <input type="checkbox" id={`${P}-waitlistEnabled`} className="h-5 w-5" {...register('waitlistEnabled')} />
              {label('waitlistEnabled')}
            </label>
            <div className="grid gap-4 sm:grid-cols-2">
              <Field
                id={`${P}-freedPlaces`}
                label={label('freedPlaces')}
                hint={t('hints.freedPlaces')}
                error={err('freedPlaces')}
              >
                <select
                  id={`${P}-freedPlaces`}
                  className={inputClass(!!errors.freedPlaces)}
                  aria-invalid={!!errors.freedPlaces}
                  aria-describedby={describedBy(`${P}-freedPlaces`, true, !!errors.freedPlaces)}
                  {...register('freedPlaces')}
                >
                  {FREED_PLACES.map((f) => (
                    <option key={f} value={f}>
                      {t(`freedPlaces.${f}`)}
                    </option>
                  ))}
                </select>
              </Field>
              {freedPlaces === 'offer' &&
                text('offerHours', { required: true, inputMode: 'numeric', hint: t('hints.offerHours') })}
            </div>
          </>
        )}
        <div className="grid grid-cols-2 gap-4">
          {text('opensDate', { type: 'date', hint: t('hints.opens') })}
          {text('opensTime', { type: 'time', hint: t('hints.opensTime') })}
        </div>
        <div className="grid grid-cols-2 gap-4">
          {text('closesDate', { type: 'date', hint: t('hints.closes') })}
          {text('closesTime', { type: 'time', hint: t('hints.closesTime') })}
        </div>
      </Section>

      <Section id="ev-contact" title={t('sections.contact')}>
        <div className="grid gap-4 sm:grid-cols-3">
          {text('contactName', { maxLength: L.contact, autoComplete: 'name' })}
          {text('contactEmail', { type: 'email', maxLength: 254, autoComplete: 'email', inputMode: 'email' })}
          {text('contactPhone', { type: 'tel', maxLength: L.phone, autoComplete: 'tel', inputMode: 'tel' })}
        </div>
        {text('contactNameSv', { maxLength: L.contact, hint: t('hints.swedishFallback') })}
        <label className="inline-flex items-center gap-2">
          <input type="checkbox" id={`${P}-isFree`} className="h-5 w-5" {...register('isFree')} />
          {label('isFree')}
        </label>
        {!isFree && text('priceNote', { required: true, multiline: 2, maxLength: L.priceNote })}
      </Section>

      {eventId !== null && registrants > 0 && (
        <Section id="ev-notify" title={t('sections.notify')} hint={t('hints.notify', { count: registrants })}>
          <label className="inline-flex items-center gap-2">
            <input
              type="checkbox"
              id={`${P}-notifyRegistrants`}
              className="h-5 w-5"
              {...register('notifyRegistrants')}
            />
            {label('notifyRegistrants')}
          </label>
          {notify && (
            <BilingualPair>
              {text('changeNoteFi', { multiline: 3, maxLength: L.changeNote, lang: 'fi' })}
              {text('changeNoteSv', { multiline: 3, maxLength: L.changeNote, lang: 'sv' })}
            </BilingualPair>
          )}
        </Section>
      )}

      <button
        type="submit"
        disabled={isSubmitting}
        className="w-full rounded bg-brand-dark px-6 py-3 text-lg font-semibold text-white hover:bg-brand disabled:opacity-70 sm:w-auto"
      >
        {isSubmitting ? t('form.saving') : eventId === null ? t('form.create') : t('form.save')}
      </button>
    </form>
  );
}
