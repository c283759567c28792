'use client';
// Pieces shared by the organiser's forms: translating message keys, the error summary that links to
// each field, the result line after saving, and a Finnish/Swedish pair of inputs side by side.
import { useEffect, useRef, type ReactNode } from 'react';
import { useTranslations } from 'next-intl';
import { Field, inputClass, describedBy } from '@/components/registrations/field';
import type { FieldErrors, FieldValues, UseFormRegister, Path } from 'react-hook-form';

export { Field, inputClass, describedBy };

/** Message keys ("editor.validation.required") become text; texts from the server pass through. */
export function useMessage() {
  const t = useTranslations();
  return (m?: string | null) =>
    m ? (/^[a-z][A-Za-z]*(\.[A-Za-z]+)+$/.test(m) ? t(m as 'editor.validation.required') : m) : undefined;
}

export type ActionResult =
  { ok: true; message: string; redirectTo?: string } | { ok: false; message: string; fields: Record<string, string> };

/** After a failed submit: what went wrong, each item a link to its field. Focused so it is read out. */
export function ErrorSummary({
  errors,
  message,
  idOf,
  labelOf,
  order = [],
  submitCount,
}: {
  errors: FieldErrors;
  message?: string | null;
  idOf: (name: string) => string;
  labelOf: (name: string) => string;
  /** Field names in the order the form shows them. */
  order?: readonly string[];
  /** Focus moves here after each submit and each answer from the server, never while someone types. */
  submitCount: number;
}) {
  const headingId = idOf('error-summary');
  const t = useTranslations('editor.form');
  const msg = useMessage();
  const ref = useRef<HTMLDivElement>(null);
  const rank = (name: string) => (order.includes(name) ? order.indexOf(name) : order.length);
  const entries = Object.entries(errors)
    .filter(([name, e]) => name !== 'root' && e?.message)
    .sort(([a], [b]) => rank(a) - rank(b));
  const visible = entries.length > 0 || !!message;
  // The ref is only set while the summary is shown.
  useEffect(() => {
    ref.current?.focus();
  }, [submitCount, message]);
  if (!visible) return null;
  return (
    <div
      ref={ref}
      tabIndex={-1}
      role="alert"
      aria-labelledby={headingId}
      className="rounded border-2 border-bad bg-bad-light p-3 text-bad focus:outline-none"
    >
      <p id={headingId} className="font-semibold">
        {message ?? t('errorSummary')}
      </p>
      {entries.length > 0 && (
        <ul className="mt-1 list-disc pl-5">
          {entries.map(([name, e]) => (
            <li key={name}>
              <a href={`#${idOf(name)}`} className="text-bad">
                {labelOf(name)}: {msg(e?.message as string)}
              </a>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

export function ResultNote({ result }: { result: ActionResult | null }) {
  if (!result?.ok) return null;
  return (
    <p role="status" className="rounded border border-ok bg-ok-light p-3 font-semibold text-ok">
      {result.message}
    </p>
  );
}

/** Sets the server's field messages on the form (the error summary takes the focus). */
export function applyFieldErrors<T extends FieldValues>(
  fields: Record<string, string>,
  setError: (name: Path<T>, e: { message: string }) => void,
) {
  Object.entries(fields).forEach(([name, message]) => setError(name as Path<T>, { message }));
}

type TextProps<T extends FieldValues> = {
  name: Path<T>;
  label: string;
  register: UseFormRegister<T>;
  errors: FieldErrors<T>;
  idPrefix: string;
  required?: boolean;
  hint?: string;
  multiline?: number;
  type?: string;
  autoComplete?: string;
  lang?: string;
  inputMode?: 'numeric' | 'email' | 'tel' | 'url';
  maxLength?: number;
  /** Id of a note outside the field (a warning) that the field is also described by. */
  alsoDescribedBy?: string;
};

/** One labelled text input or textarea, its hint and its error wired with aria-describedby. */
export function TextField<T extends FieldValues>(p: TextProps<T>) {
  const msg = useMessage();
  const id = `${p.idPrefix}-${p.name}`;
  const error = (p.errors as Record<string, { message?: string } | undefined>)[p.name];
  const common = {
    id,
    lang: p.lang,
    'aria-invalid': !!error,
    'aria-required': p.required || undefined,
    'aria-describedby': [describedBy(id, !!p.hint, !!error), p.alsoDescribedBy].filter(Boolean).join(' ') || undefined,
    className: inputClass(!!error),
    maxLength: p.maxLength,
    ...p.register(p.name),
  };
  return (
    <Field id={id} label={p.label} required={p.required} hint={p.hint} error={msg(error?.message)}>
      {p.multiline ? (
        <textarea rows={p.multiline} {...common} />
      ) : (
        <input type={p.type ?? 'text'} autoComplete={p.autoComplete ?? 'off'} inputMode={p.inputMode} {...common} />
      )}
    </Field>
  );
}

/** One labelled select, its error wired with aria-describedby; `empty` adds a first "none" option. */
export function SelectField<T extends FieldValues>(p: {
  name: Path<T>;
  label: string;
  register: UseFormRegister<T>;
  errors: FieldErrors<T>;
  idPrefix: string;
  options: readonly { value: string; label: string }[];
  required?: boolean;
  empty?: string;
}) {
  const msg = useMessage();
  const id = `${p.idPrefix}-${p.name}`;
  const error = (p.errors as Record<string, { message?: string } | undefined>)[p.name];
  return (
    <Field id={id} label={p.label} required={p.required} error={msg(error?.message)}>
      <select
        id={id}
        className={inputClass(!!error)}
        aria-describedby={describedBy(id, false, !!error)}
        {...p.register(p.name)}
      >
        {p.empty !== undefined && <option value="">{p.empty}</option>}
        {p.options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </Field>
  );
}

/** Finnish and Swedish versions of one text side by side (one above the other on a phone). */
export function BilingualPair({ children }: { children: ReactNode }) {
  return <div className="grid gap-4 md:grid-cols-2">{children}</div>;
}

export function Section({
  id,
  title,
  children,
  hint,
}: {
  id: string;
  title: string;
  children: ReactNode;
  hint?: string;
}) {
  return (
    <fieldset
      className="space-y-4 rounded-lg border border-line bg-white p-4 sm:p-5"
      aria-describedby={hint ? `${id}-hint` : undefined}
    >
      <legend className="px-1 text-xl font-bold">{title}</legend>
      {hint && (
        <p id={`${id}-hint`} className="text-sm text-muted">
          {hint}
        </p>
      )}
      {children}
    </fieldset>
  );
}
