'use client';
// The organiser's paste box for an invited event's list: addresses and the invitation's language.
// Works without JavaScript (a plain form posting to the server action); with it, the answer and the
// errors appear in place and take focus. Texts come as a prop from the server page.
import { useActionState, useEffect, useRef } from 'react';

export type InviteFormState = {
  ok: boolean;
  message: string;
  fields: Record<string, string>;
  addresses: string;
  language: string;
} | null;

type Texts = {
  addresses: string;
  addressesHint: string;
  language: string;
  languageFi: string;
  languageSv: string;
  submit: string;
  sending: string;
};

export function InviteForm({
  action,
  texts,
  defaultLanguage,
}: {
  action: (state: InviteFormState, form: FormData) => Promise<InviteFormState>;
  texts: Texts;
  defaultLanguage: 'fi' | 'sv';
}) {
  const [state, formAction, pending] = useActionState(action, null);
  const answer = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (state) answer.current?.focus();
  }, [state]);
  const error = state && !state.ok ? state.fields.addresses : undefined;
  const langError = state && !state.ok ? state.fields.language : undefined;
  return (
    <form action={formAction} className="space-y-4" noValidate>
      <div ref={answer} tabIndex={-1} role={state ? (state.ok ? 'status' : 'alert') : undefined}>
        {state && (
          <p
            className={`rounded border p-3 font-semibold ${state.ok ? 'border-ok bg-ok-light text-ok' : 'border-bad bg-bad-light text-bad'}`}
          >
            {state.message}
          </p>
        )}
      </div>
      <div>
        <label htmlFor="inv-addresses" className="block font-semibold">
          {texts.addresses}
        </label>
        <p id="inv-addresses-hint" className="text-muted">
          {texts.addressesHint}
        </p>
        {error && (
          <p id="inv-addresses-error" className="font-semibold text-bad">
            {error}
          </p>
        )}
        <textarea
          id="inv-addresses"
          name="addresses"
          rows={8}
          required
          key={state?.ok ? 'sent' : 'kept'}
          defaultValue={state?.addresses ?? ''}
          aria-invalid={!!error}
          aria-describedby={error ? 'inv-addresses-hint inv-addresses-error' : 'inv-addresses-hint'}
          className={`mt-1 block w-full rounded border-2 p-2 ${error ? 'border-bad' : 'border-line'}`}
        />
      </div>
      <fieldset>
        <legend className="font-semibold">{texts.language}</legend>
        {langError && <p className="font-semibold text-bad">{langError}</p>}
        <div className="mt-1 flex gap-6">
          {(['fi', 'sv'] as const).map((l) => (
            <label key={l} className="inline-flex items-center gap-2">
              <input
                type="radio"
                name="language"
                value={l}
                defaultChecked={(state?.language || defaultLanguage) === l}
                className="h-5 w-5"
              />
              {l === 'fi' ? texts.languageFi : texts.languageSv}
            </label>
          ))}
        </div>
      </fieldset>
      <button
        type="submit"
        disabled={pending}
        className="rounded bg-brand-dark px-5 py-2 font-semibold text-white hover:bg-brand disabled:opacity-70"
      >
        {pending ? texts.sending : texts.submit}
      </button>
    </form>
  );
}
