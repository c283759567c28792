'use client';
// Add or edit a material: an event's (for its page or its participants only) or a standalone one of
// the network (always public, with description, themes, target level and year). A link or a file
// (PDF, PPTX, DOCX, XLSX ≤ 25 MB — the server decides the type by content); recordings ask whether
// they are captioned. Posted as multipart to /api/workspace/materials (lib/materials/http.ts).
import { useRef, useState } from 'react';
import { useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { useTranslations } from 'next-intl';
import { useRouter } from 'next/navigation';
import {
  materialSchema,
  MATERIAL_KINDS,
  MATERIAL_LANGUAGES,
  MATERIAL_LEVELS,
  MATERIAL_LIMITS as L,
  MATERIAL_VISIBILITIES,
  RECORDING_KINDS,
  type MaterialFormValues,
  type MaterialInput,
  type MaterialKind,
} from '@/lib/materials/schema';
import {
  applyFieldErrors,
  BilingualPair,
  describedBy,
  ErrorSummary,
  Field,
  ResultNote,
  TextField,
  useMessage,
  type ActionResult,
  SelectField,
} from '@/components/editor/form-kit';
import type { Locale } from '@/lib/i18n/routing';

const P = 'ma';
const EMPTY: MaterialFormValues = {
  kind: 'slides',
  visibility: 'participants',
  language: 'fi',
  titleFi: '',
  titleSv: '',
  descriptionFi: '',
  descriptionSv: '',
  url: '',
  captioned: '',
  themes: [],
  targetLevel: '',
  year: '',
};

type Props = {
  locale: Locale;
  /** event:ID (a new material of that event), standalone (a new one), material:ID (editing). */
  target: string;
  standalone: boolean;
  initial?: MaterialFormValues;
  /** The name of the file the material has now, if any. */
  currentFile?: string | null;
  themes: { slug: string; name: string }[];
  /** Where to go after saving an existing material. */
  doneHref?: string;
  /** An event's material: offer the "materials are available" mail; `mailed` people have had it. */
  notify?: { mailed: number };
};

export function MaterialForm({ locale, target, standalone, initial, currentFile, themes, doneHref, notify }: Props) {
  const t = useTranslations('editor');
  const m = useTranslations('materialsArchive');
  const msg = useMessage();
  const router = useRouter();
  const fileRef = useRef<HTMLInputElement>(null);
  const notifyRef = useRef<HTMLInputElement>(null);
  const [fileError, setFileError] = useState<string | null>(null);
  const [result, setResult] = useState<ActionResult | null>(null);
  const defaults = initial ?? {
    ...EMPTY,
    visibility: standalone ? 'public' : 'participants',
    kind: standalone ? 'guide' : 'slides',
  };
  const {
    register,
    handleSubmit,
    setError,
    getValues,
    reset,
    watch,
    formState: { errors, isSubmitting, isSubmitted, submitCount },
  } = useForm<MaterialFormValues, unknown, MaterialInput>({
    resolver: zodResolver(materialSchema),
    defaultValues: defaults,
    shouldFocusError: false,
  });
  const label = (field: string) =>
    field === 'file'
      ? m('fields.file')
      : ['kind', 'visibility', 'titleFi', 'titleSv', 'url'].includes(field)
        ? t(`materialFields.${field}` as 'materialFields.url')
        : m(`fields.${field}` as 'fields.language');
  const kind = watch('kind') as MaterialKind;
  const captioned = watch('captioned');

  const onSubmit = async () => {
    setResult(null);
    setFileError(null);
    const v = getValues();
    const body = new FormData();
    body.set('target', target);
    for (const [k, val] of Object.entries(v)) {
      if (k === 'themes') for (const th of Array.isArray(val) ? val : []) body.append('themes', String(th));
      else if (val !== null && val !== undefined) body.set(k, String(val));
    }
    const file = fileRef.current?.files?.[0];
    if (file) body.set('file', file);
    if (notifyRef.current?.checked) body.set('notifyParticipants', 'yes');
    let r: ActionResult;
    try {
      const res = await fetch(`/api/workspace/materials?locale=${locale}`, { method: 'POST', body });
      r = (await res.json()) as ActionResult;
    } catch {
      r = { ok: false, message: m('errors.network'), fields: {} };
    }
    if (!r.ok) {
      applyFieldErrors<MaterialFormValues>(
        Object.fromEntries(Object.entries(r.fields).filter(([k]) => k !== 'file')),
        setError,
      );
      if (r.fields.file) setFileError(r.fields.file);
    } else if (doneHref) {
      router.push(doneHref);
      return;
    } else {
      reset(defaults);
      if (fileRef.current) fileRef.current.value = '';
      if (notifyRef.current) notifyRef.current.checked = false;
      router.refresh();
    }
    setResult(r);
  };

  const select = (
    name: 'kind' | 'visibility' | 'language' | 'targetLevel',
    options: readonly string[],
    text: (o: string) => string,
    required = true,
  ) => (
    <SelectField<MaterialFormValues>
      name={name}
      label={label(name)}
      register={register}
      errors={errors}
      idPrefix={P}
      required={required}
      empty={required ? undefined : m('noLevel')}
      options={options.map((o) => ({ value: o, label: text(o) }))}
    />
  );

  return (
    <form
      noValidate
      onSubmit={handleSubmit(onSubmit, () => setResult(null))}
      className="space-y-4"
      aria-label={m(target.startsWith('material:') ? 'editTitle' : 'addTitle')}
    >
      {isSubmitted && !result?.ok && (
        <ErrorSummary
          errors={errors}
          message={result && !result.ok ? result.message : null}
          idOf={(n) => `${P}-${n}`}
          labelOf={label}
          submitCount={submitCount}
        />
      )}
      <ResultNote result={result} />
      <div className="grid gap-4 sm:grid-cols-3">
        {select('kind', MATERIAL_KINDS, (k) => t(`materialKinds.${k}` as 'materialKinds.link'))}
        {!standalone &&
          select('visibility', MATERIAL_VISIBILITIES, (v) => t(`visibilities.${v}` as 'visibilities.public'))}
        {select('language', MATERIAL_LANGUAGES, (v) => m(`languages.${v}` as 'languages.fi'))}
      </div>
      <BilingualPair>
        <TextField<MaterialFormValues>
          name="titleFi"
          label={label('titleFi')}
          register={register}
          errors={errors}
          idPrefix={P}
          required
          maxLength={L.title}
          lang="fi"
        />
        <TextField<MaterialFormValues>
          name="titleSv"
          label={label('titleSv')}
          register={register}
          errors={errors}
          idPrefix={P}
          maxLength={L.title}
          lang="sv"
        />
      </BilingualPair>
      {standalone && (
        <BilingualPair>
          <TextField<MaterialFormValues>
            name="descriptionFi"
            label={label('descriptionFi')}
            register={register}
            errors={errors}
            idPrefix={P}
            maxLength={L.description}
            lang="fi"
            multiline={4}
          />
          <TextField<MaterialFormValues>
            name="descriptionSv"
            label={label('descriptionSv')}
            register={register}
            errors={errors}
            idPrefix={P}
            maxLength={L.description}
            lang="sv"
            multiline={4}
          />
        </BilingualPair>
      )}
      <TextField<MaterialFormValues>
        name="url"
        label={label('url')}
        hint={m('hints.url')}
        register={register}
        errors={errors}
        idPrefix={P}
        type="url"
        inputMode="url"
        maxLength={L.url}
      />
      <Field
        id={`${P}-file`}
        label={label('file')}
        hint={currentFile ? m('hints.fileCurrent', { name: currentFile }) : m('hints.file')}
        error={fileError ?? undefined}
      >
        <input
          ref={fileRef}
          id={`${P}-file`}
          name="file"
          type="file"
          aria-invalid={!!fileError}
          aria-describedby={describedBy(`${P}-file`, true, !!fileError)}
          className="mt-1 block w-full max-w-full"
        />
      </Field>
      {RECORDING_KINDS.includes(kind) && (
        <fieldset aria-describedby={errors.captioned ? `${P}-captioned-error` : undefined}>
          <legend className="font-semibold">
            {m('fields.captioned')} <span aria-hidden="true">*</span>
          </legend>
          <div className="mt-1 flex gap-6">
            <label className="flex items-center gap-2">
              <input type="radio" value="yes" {...register('captioned')} /> {m('captioned.yes')}
            </label>
            <label className="flex items-center gap-2">
              <input type="radio" value="no" {...register('captioned')} /> {m('captioned.no')}
            </label>
          </div>
          {errors.captioned && (
            <p id={`${P}-captioned-error`} className="mt-1 font-semibold text-bad">
              {msg(errors.captioned.message)}
            </p>
          )}
          {/* Public bodies must caption the recordings they publish: say so when the answer is "no". */}
          <p role="status" className="mt-1">
            {captioned === 'no' ? m('captioned.mustCaption') : null}
          </p>
        </fieldset>
      )}
      {standalone && (
        <>
          <fieldset>
            <legend className="font-semibold">{label('themes')}</legend>
            <div className="mt-1 grid gap-1 sm:grid-cols-2">
              {themes.map((th) => (
                <label key={th.slug} className="flex items-center gap-2">
                  <input type="checkbox" value={th.slug} {...register('themes')} /> {th.name}
                </label>
              ))}
            </div>
            {errors.themes && <p className="mt-1 font-semibold text-bad">{msg(errors.themes.message)}</p>}
          </fieldset>
          <div className="grid gap-4 sm:grid-cols-2">
            {select('targetLevel', MATERIAL_LEVELS, (v) => m(`levels.${v}` as 'levels.advanced'), false)}
            <TextField<MaterialFormValues>
              name="year"
              label={label('year')}
              register={register}
              errors={errors}
              idPrefix={P}
              inputMode="numeric"
              maxLength={4}
            />
          </div>
        </>
      )}
      {notify && (
        <div className="flex gap-3">
          <input
            ref={notifyRef}
            id={`${P}-notify`}
            name="notifyParticipants"
            type="checkbox"
            value="yes"
            aria-describedby={`${P}-notify-hint`}
            className="mt-1 h-5 w-5 shrink-0"
          />
          <div>
            <label htmlFor={`${P}-notify`} className="font-semibold">
              {m('notify.label')}
            </label>
            <p id={`${P}-notify-hint`} className="text-muted">
              {m('notify.hint')}
              {notify.mailed > 0 && <> {m('notify.already', { count: notify.mailed })}</>}
            </p>
          </div>
        </div>
      )}
      <button
        type="submit"
        disabled={isSubmitting}
        className="rounded bg-brand-dark px-5 py-2 font-semibold text-white hover:bg-brand disabled:opacity-70"
      >
        {isSubmitting ? t('form.saving') : m(target.startsWith('material:') ? 'save' : 'add')}
      </button>
    </form>
  );
}
