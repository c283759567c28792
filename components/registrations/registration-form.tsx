'use client';
// The sign-up form on the event page. Validates with the same zod schema as the server (zod/mini,
// so the browser gets a few KB of it) and posts to the public JSON API (one code path for people
// and other systems). Its texts come as a prop, picked by the server (SIGN_UP_FORM_MESSAGES).
import { MunicipalityInput } from './municipality-input';
import type { MunicipalityOption } from '@/lib/registrations/municipality-names';
import { useEffect, useMemo, useRef, useState } from 'react';
import { useForm, type Resolver } from 'react-hook-form';
import type { RegistrationFormValues, RegistrationInput } from '@/lib/registrations/schema';
import { Field, inputClass, describedBy } from './field';
import { isMessageKey } from '@/lib/text-rules';
import { translator, type Messages } from '@/components/i18n/translate';
import type { Locale } from '@/lib/i18n/routing';
import { checkAnswers, toAnswerRule, type FormQuestion } from '@/lib/questions/answer-rules';
import { QuestionFields, domIdOf, formFieldOf, toApiAnswers } from '@/components/questions/question-fields';
import { AudienceFields } from '@/components/audience/audience-fields';
import type { AudienceOptions } from '@/lib/audience/lists';
import { checkPicks, pickRulesOfForm, toApiPicks, type FormSlot } from '@/lib/programme/pick-rules';
import { WorkshopFields, workshopDomId, workshopFormField } from '@/components/programme/workshop-fields';

const LABELLED = [
  'firstName',
  'lastName',
  'email',
  'organisation',
  'municipality',
  'sector',
  'role',
  'attendance',
  'diet',
  'accessNeeds',
  'language',
] as const;
type Labelled = (typeof LABELLED)[number];

type Option = { code: string; name: string };
type Props = {
  slug: string;
  locale: Locale;
  modes: ('onsite' | 'remote')[];
  waitlist: boolean;
  municipalities: MunicipalityOption[];
  sectors: Option[];
  /** The audience lists' active items (lib/audience); none given, no audience questions. */
  audience?: AudienceOptions;
  /** registration.form, validation and security.controlCharacters of the page's locale. */
  messages: Messages;
  /** The event's own questions (lib/questions), in the page's language. */
  questions?: FormQuestion[];
  /** The programme's slots with parallel workshops (lib/programme), in the page's language. */
  slots?: FormSlot[];
  /** The address an invitation's personal link fills in (issue 17). */
  defaultEmail?: string;
};

/** The form's answer: each outcome has its own look (a waiting list is not a green success, and
 * "already registered, we sent your link" is not a red error). */
type Done = { status: 'confirmed' | 'waitlisted' | 'duplicate'; position?: number; email: string; message?: string };

const DONE_STYLE: Record<Done['status'], { box: string; title: string }> = {
  confirmed: { box: 'border-ok bg-ok-light', title: 'text-ok' },
  waitlisted: { box: 'border-warn bg-warn-light', title: 'text-warn' },
  duplicate: { box: 'border-brand-dark bg-brand-light', title: 'text-brand-dark' },
};

/** The error summary lists fields in the order the form shows them. */
const AUDIENCE_FIELDS = ['roleCategory', 'organisationType', 'educationLevels', 'vipuContact'];
const FORM_ORDER: readonly string[] = [
  ...LABELLED.slice(0, 7),
  ...AUDIENCE_FIELDS,
  ...LABELLED.slice(7, 10),
  'consent',
  'language',
];
const formOrder = (name: string) => (FORM_ORDER.includes(name) ? FORM_ORDER.indexOf(name) : FORM_ORDER.length);

type FormResolver = Resolver<RegistrationFormValues, unknown, RegistrationInput>;
let loading: Promise<FormResolver> | null = null;
/**
 * The schema and zod (≈ 25 KB gz) come in their own chunk, fetched when the browser is idle after
 * the page has loaded or at the first validation, whichever is first: the page and its form are
 * usable before it arrives, and the same schema validates here and on the server.
 */
function loadResolver(): Promise<FormResolver> {
  loading ??= Promise.all([import('@hookform/resolvers/zod'), import('@/lib/registrations/schema')]).then(
    ([{ zodResolver }, { registrationSchema }]): FormResolver => zodResolver(registrationSchema),
  );
  return loading;
}
const lazyResolver: FormResolver = async (values, context, options) => (await loadResolver())(values, context, options);

/** The schema's check, then the workshop picks' and the own questions' (the same checks the server makes). */
function withAnswers(questions: FormQuestion[], slots: FormSlot[]): FormResolver {
  if (!questions.length && !slots.length) return lazyResolver;
  const rules = questions.map(toAnswerRule);
  const pickRules = pickRulesOfForm(slots);
  return async (values, context, options) => {
    let result = await lazyResolver(values, context, options);
    const picks = checkPicks(pickRules, toApiPicks(values.workshops as Record<string, unknown> | undefined));
    if (!picks.ok) {
      const workshops = Object.fromEntries(
        Object.entries(picks.fields).map(([k, message]) => [k.replace('workshops.', 's'), { type: 'pick', message }]),
      );
      result = { values: {}, errors: { ...result.errors, workshops } } as Awaited<ReturnType<FormResolver>>;
    }
    if (!questions.length) return result;
    const mode = values.attendance === 'remote' || values.attendance === 'onsite' ? values.attendance : undefined;
    const check = checkAnswers(
      mode ? rules : rules.filter((r) => r.askedOf === 'both'),
      mode ?? 'onsite',
      toApiAnswers(questions, mode, values.answers as Record<string, unknown> | undefined),
    );
    if (check.ok) return result;
    const answers = Object.fromEntries(
      Object.entries(check.fields).map(([k, message]) => [k.replace('answers.', 'q'), { type: 'answer', message }]),
    );
    return { values: {}, errors: { ...result.errors, answers } } as Awaited<ReturnType<FormResolver>>;
  };
}

export function RegistrationForm({
  slug,
  locale,
  modes,
  waitlist,
  municipalities,
  sectors,
  audience,
  messages,
  questions = [],
  slots = [],
  defaultEmail = '',
}: Props) {
  const t = useMemo(() => translator(messages), [messages]);
  const [done, setDone] = useState<Done | null>(null);
  const [formError, setFormError] = useState<string | null>(null);
  const [municipalityText, setMunicipalityText] = useState('');
  const resultRef = useRef<HTMLDivElement>(null);
  const summaryRef = useRef<HTMLDivElement>(null);
  // Every refused submit moves focus to the error summary (also when the only error is the
  // municipality, whose typed field is not the registered one, or the server refused the whole form).
  const pendingFocus = useRef(false);
  const [, rerender] = useState(0);
  const focusSummary = () => {
    pendingFocus.current = true;
    rerender((n) => n + 1);
  };
  // The answer takes focus once it is on the screen (a screen reader reads it at once).
  useEffect(() => {
    if (done) resultRef.current?.focus();
  }, [done]);
  useEffect(() => {
    if (pendingFocus.current && summaryRef.current) {
      pendingFocus.current = false;
      summaryRef.current.focus();
    }
  });
  const resolver = useMemo(() => withAnswers(questions, slots), [questions, slots]);
  const form = useForm<RegistrationFormValues, unknown, RegistrationInput>({
    resolver,
    shouldFocusError: false,
    defaultValues: {
      firstName: '',
      lastName: '',
      email: defaultEmail,
      organisation: '',
      municipality: '',
      role: '',
      diet: '',
      accessNeeds: '',
      language: locale,
      attendance: modes.length === 1 ? modes[0] : undefined,
      website: '',
      answers: {},
      workshops: {},
      roleCategory: '',
      organisationType: '',
      educationLevels: [],
      vipuContact: false,
    },
  });
  const {
    register,
    handleSubmit,
    formState: { errors, isSubmitting },
    watch,
    setValue,
    setError,
  } = form;
  useEffect(() => {
    const idle = window.requestIdleCallback ?? ((cb: () => void) => window.setTimeout(cb, 200));
    idle(() => void loadResolver());
  }, []);
  const attendance = watch('attendance');
  const msg = (m?: string) => (m ? (isMessageKey(m) ? t(m) : m) : undefined);
  const err = (name: keyof RegistrationFormValues) => msg(errors[name]?.message as string | undefined);

  const onMunicipality = (text: string, code: string) => {
    setMunicipalityText(text);
    setValue('municipality', code, { shouldValidate: form.formState.isSubmitted });
  };

  const onSubmit = async (values: RegistrationInput) => {
    setFormError(null);
    try {
      const res = await fetch(`/api/events/${encodeURIComponent(slug)}/registrations?lang=${locale}`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({
          ...values,
          answers: toApiAnswers(
            questions,
            values.attendance,
            form.getValues('answers') as Record<string, unknown> | undefined,
          ),
          workshops: toApiPicks(form.getValues('workshops') as Record<string, unknown> | undefined),
        }),
      });
      const body = await res.json().catch(() => ({}));
      if (res.status === 201 || body.error === 'duplicate') {
        setDone(
          res.status === 201
            ? { status: body.status, position: body.position, email: values.email }
            : { status: 'duplicate', email: values.email, message: body.message },
        );
        return;
      }
      if (body.fields) {
        for (const [name, message] of Object.entries(body.fields as Record<string, string>)) {
          const answer = /^answers\.(\d+)$/.exec(name);
          const pick = /^workshops\.(\d+)$/.exec(name);
          const field = answer ? formFieldOf(Number(answer[1])) : pick ? workshopFormField(Number(pick[1])) : name;
          setError(field as keyof RegistrationFormValues, { message });
        }
      }
      setFormError(body.message ?? t('registration.form.network'));
    } catch {
      setFormError(t('registration.form.network'));
    }
    focusSummary();
  };

  if (done) {
    const style = DONE_STYLE[done.status];
    return (
      <div
        ref={resultRef}
        tabIndex={-1}
        role="status"
        data-outcome={done.status}
        className={`rounded border-2 p-4 focus:outline-none ${style.box}`}
      >
        <h3 className={`text-lg font-bold ${style.title}`}>
          {done.status === 'confirmed'
            ? t('registration.form.successTitle')
            : done.status === 'waitlisted'
              ? t('registration.form.waitlistedTitle')
              : t('registration.form.duplicateTitle')}
        </h3>
        <p className="mt-1">
          {done.status === 'confirmed'
            ? t('registration.form.successText', { email: done.email })
            : done.status === 'waitlisted'
              ? t('registration.form.waitlistedText', { email: done.email, position: done.position ?? 1 })
              : done.message}
        </p>
        <button
          type="button"
          className="mt-3 underline text-brand-dark"
          onClick={() => {
            setDone(null);
            form.reset();
            setMunicipalityText('');
          }}
        >
          {t('registration.form.another')}
        </button>
      </div>
    );
  }

  const answerErrors = Object.entries((errors.answers ?? {}) as Record<string, { message?: string }>).map(
    ([k, e]) => [`answers.${k}`, e] as const,
  );
  const pickErrors = Object.entries((errors.workshops ?? {}) as Record<string, { message?: string }>).map(
    ([k, e]) => [`workshops.${k}`, e] as const,
  );
  const errorList = [
    ...Object.entries(errors)
      .filter(([name]) => name !== 'root' && name !== 'answers' && name !== 'workshops')
      .sort(([a], [b]) => formOrder(a) - formOrder(b)),
    ...pickErrors,
    ...answerErrors,
  ];
  const slotOf = (name: string) => slots.find((s) => `workshops.s${s.id}` === name);
  const questionOf = (name: string) => questions.find((q) => `answers.q${q.id}` === name);
  // The summary names each field ("Etunimi: …"), so its links make sense read on their own.
  const fieldLabel = (name: string) =>
    LABELLED.includes(name as Labelled) || AUDIENCE_FIELDS.includes(name)
      ? `${t(`registration.form.${name}`).replace(/ \(.*\)$/, '')}: `
      : questionOf(name)
        ? `${questionOf(name)!.label}: `
        : slotOf(name)
          ? `${slotOf(name)!.title}: `
          : '';
  const anchorOf = (name: string) =>
    questionOf(name)
      ? domIdOf(questionOf(name)!.id)
      : slotOf(name)
        ? workshopDomId(slotOf(name)!.id)
        : `reg-${name === 'municipality' ? 'municipalityName' : name}`;
  return (
    // Without JavaScript (blocked, or failed to load) the browser posts the form itself to the
    // sign-up route, which answers with a page: never a GET with the person's details in the URL.
    <form
      noValidate
      method="post"
      action={`/${locale}/events/${encodeURIComponent(slug)}/sign-up`}
      onSubmit={handleSubmit(onSubmit, () => focusSummary())}
      className="mt-4 space-y-4"
      aria-describedby="required-note"
    >
      {waitlist && (
        <p className="rounded border border-warn bg-warn-light p-3 text-warn">{t('registration.form.waitlistNote')}</p>
      )}
      <p id="required-note" className="text-sm text-muted">
        {t('registration.form.requiredNote')}
      </p>

      {(formError || errorList.length > 0) && form.formState.isSubmitted && (
        <div
          ref={summaryRef}
          tabIndex={-1}
          role="alert"
          className="rounded border-2 border-bad bg-bad-light p-3 text-bad"
        >
          <p className="font-semibold">{formError ?? t('registration.form.errorSummary')}</p>
          {errorList.length > 0 && (
            <ul className="mt-1 list-disc pl-5">
              {errorList.map(([name, e]) => (
                <li key={name}>
                  <a href={`#${anchorOf(name)}`} className="text-bad">
                    {fieldLabel(name)}
                    {msg(e?.message as string)}
                  </a>
                </li>
              ))}
            </ul>
          )}
        </div>
      )}

      <div className="grid gap-4 sm:grid-cols-2">
        <Field id="reg-firstName" label={t('registration.form.firstName')} required error={err('firstName')}>
          <input
            id="reg-firstName"
            required
            autoComplete="given-name"
            className={inputClass(!!errors.firstName)}
            aria-invalid={!!errors.firstName}
            aria-describedby={describedBy('reg-firstName', false, !!errors.firstName)}
            {...register('firstName')}
          />
        </Field>
        <Field id="reg-lastName" label={t('registration.form.lastName')} required error={err('lastName')}>
          <input
            id="reg-lastName"
            required
            autoComplete="family-name"
            className={inputClass(!!errors.lastName)}
            aria-invalid={!!errors.lastName}
            aria-describedby={describedBy('reg-lastName', false, !!errors.lastName)}
            {...register('lastName')}
          />
        </Field>
      </div>
      <Field
        id="reg-email"
        label={t('registration.form.email')}
        required
        hint={t('registration.form.emailHint')}
        error={err('email')}
      >
        <input
          id="reg-email"
          required
          type="email"
          autoComplete="email"
          className={inputClass(!!errors.email)}
          aria-invalid={!!errors.email}
          aria-describedby={describedBy('reg-email', true, !!errors.email)}
          defaultValue={defaultEmail || undefined}
          {...register('email')}
        />
      </Field>
      <Field id="reg-organisation" label={t('registration.form.organisation')} required error={err('organisation')}>
        <input
          id="reg-organisation"
          required
          autoComplete="organization"
          className={inputClass(!!errors.organisation)}
          aria-invalid={!!errors.organisation}
          aria-describedby={describedBy('reg-organisation', false, !!errors.organisation)}
          {...register('organisation')}
        />
      </Field>
      <Field
        id="reg-municipalityName"
        label={t('registration.form.municipality')}
        required
        hint={t('registration.form.municipalityHint')}
        error={err('municipality')}
      >
        <MunicipalityInput
          id="reg-municipalityName"
          required
          options={municipalities}
          value={municipalityText}
          onChange={onMunicipality}
          invalid={!!errors.municipality}
          describedBy={describedBy('reg-municipalityName', true, !!errors.municipality)}
        />
        <input type="hidden" {...register('municipality')} />
      </Field>
      <Field id="reg-sector" label={t('registration.form.sector')} required error={err('sector')}>
        <select
          id="reg-sector"
          required
          className={inputClass(!!errors.sector)}
          aria-invalid={!!errors.sector}
          defaultValue=""
          aria-describedby={describedBy('reg-sector', false, !!errors.sector)}
          {...register('sector')}
        >
          <option value="" disabled>
            —
          </option>
          {sectors.map((s) => (
            <option key={s.code} value={s.code}>
              {s.name}
            </option>
          ))}
        </select>
      </Field>
      <Field id="reg-role" label={t('registration.form.role')} error={err('role')}>
        <input
          id="reg-role"
          autoComplete="organization-title"
          className={inputClass(!!errors.role)}
          aria-invalid={!!errors.role}
          aria-describedby={describedBy('reg-role', false, !!errors.role)}
          {...register('role')}
        />
      </Field>
      {audience && <AudienceFields options={audience} register={register} t={t} error={err} />}

      <fieldset aria-describedby={errors.attendance ? 'reg-attendance-error' : undefined}>
        <legend className="font-semibold">
          {t('registration.form.attendance')}
          <span aria-hidden="true"> *</span>
        </legend>
        <div className="mt-1 flex flex-wrap gap-x-6 gap-y-2">
          {modes.map((m) => (
            <label key={m} className="inline-flex items-center gap-2">
              <input
                type="radio"
                value={m}
                id={m === modes[0] ? 'reg-attendance' : undefined}
                className="h-5 w-5"
                required
                defaultChecked={modes.length === 1}
                {...register('attendance')}
              />
              {m === 'onsite' ? t('registration.form.attendanceOnsite') : t('registration.form.attendanceRemote')}
            </label>
          ))}
        </div>
        {errors.attendance && (
          <p id="reg-attendance-error" className="mt-1 font-semibold text-bad">
            {err('attendance')}
          </p>
        )}
      </fieldset>

      {attendance === 'onsite' && (
        <>
          <Field
            id="reg-diet"
            label={t('registration.form.diet')}
            hint={t('registration.form.onsiteOnlyHint')}
            error={err('diet')}
          >
            <input
              id="reg-diet"
              className={inputClass(!!errors.diet)}
              aria-invalid={!!errors.diet}
              aria-describedby={describedBy('reg-diet', true, !!errors.diet)}
              {...register('diet')}
            />
          </Field>
        </>
      )}
      {/* Access needs in both modes: a remote participant may need captions or sign-language interpretation. */}
      <Field
        id="reg-accessNeeds"
        label={t('registration.form.accessNeeds')}
        hint={t('registration.form.accessNeedsHint')}
        error={err('accessNeeds')}
      >
        <textarea
          id="reg-accessNeeds"
          rows={2}
          className={inputClass(!!errors.accessNeeds)}
          aria-invalid={!!errors.accessNeeds}
          aria-describedby={describedBy('reg-accessNeeds', true, !!errors.accessNeeds)}
          {...register('accessNeeds')}
        />
      </Field>

      <fieldset>
        <legend className="font-semibold">
          {t('registration.form.language')}
          <span aria-hidden="true"> *</span>
        </legend>
        <div className="mt-1 flex gap-6">
          <label className="inline-flex items-center gap-2">
            <input
              type="radio"
              value="fi"
              className="h-5 w-5"
              required
              defaultChecked={locale === 'fi'}
              {...register('language')}
            />{' '}
            {t('registration.form.languageFi')}
          </label>
          <label className="inline-flex items-center gap-2">
            <input
              type="radio"
              value="sv"
              className="h-5 w-5"
              required
              defaultChecked={locale === 'sv'}
              {...register('language')}
            />{' '}
            {t('registration.form.languageSv')}
          </label>
        </div>
      </fieldset>

      <WorkshopFields slots={slots} mode={attendance} register={register} errors={errors} t={t} msg={msg} />

      <QuestionFields questions={questions} mode={attendance} register={register} errors={errors} t={t} msg={msg} />

      {/* Honeypot: hidden from people and assistive technology, filled in by some bots. */}
      <div aria-hidden="true" className="absolute -left-[9999px] h-px w-px overflow-hidden">
        <label htmlFor="reg-website">{t('registration.form.website')}</label>
        <input id="reg-website" tabIndex={-1} autoComplete="off" {...register('website')} />
      </div>

      <div>
        <label className="inline-flex items-start gap-2">
          <input
            id="reg-consent"
            type="checkbox"
            required
            className="mt-1 h-5 w-5"
            aria-invalid={!!errors.consent}
            aria-describedby={errors.consent ? 'reg-consent-error' : undefined}
            {...register('consent')}
          />
          <span>
            {t('registration.form.consent')}
            <span aria-hidden="true"> *</span>
          </span>
        </label>
        <p className="ml-7 text-sm">
          <a href={`/${locale}/privacy`} target="_blank" rel="noopener">
            {t('registration.form.privacyLink')}
          </a>
        </p>
        {errors.consent && (
          <p id="reg-consent-error" className="mt-1 font-semibold text-bad">
            {err('consent')}
          </p>
        )}
      </div>

      <button
        type="submit"
        disabled={isSubmitting}
        className="rounded bg-brand-dark px-6 py-3 text-lg font-semibold text-white hover:bg-brand disabled:opacity-70"
      >
        {isSubmitting
          ? t('registration.form.submitting')
          : waitlist
            ? t('registration.form.submitWaitlist')
            : t('registration.form.submit')}
      </button>
    </form>
  );
}
