'use client';
// The workshop choice in the public sign-up form: one radio group (fieldset and legend) per slot
// with parallel workshops, required; a full workshop is shown but disabled with "full". Field names
// are `workshops.s<slot id>` in the form ("s": a bare number would make react-hook-form build an
// array) and `workshops.<slot id>` in the API; without JavaScript the browser posts them as they are
// (lib/registrations/form-post.ts reads them).
import type { FieldErrors, UseFormRegister, FieldValues, Path } from 'react-hook-form';
import type { Translate } from '@/components/i18n/translate';
import type { FormSlot } from '@/lib/programme/pick-rules';

export const workshopFormField = (slotId: number) => `workshops.s${slotId}`;
export const workshopDomId = (slotId: number) => `reg-w${slotId}`;

type Props<T extends FieldValues> = {
  slots: FormSlot[];
  mode: 'onsite' | 'remote' | undefined;
  register: UseFormRegister<T>;
  errors: FieldErrors<T>;
  t: Translate;
  msg: (m?: string) => string | undefined;
};

export function WorkshopFields<T extends FieldValues>({ slots, mode, register, errors, t, msg }: Props<T>) {
  if (!slots.length) return null;
  const slotErrors = (errors as { workshops?: Record<string, { message?: string } | undefined> }).workshops ?? {};
  return (
    <section aria-labelledby="reg-workshops" className="space-y-4">
      <h3 id="reg-workshops" className="text-lg font-bold">
        {t('registration.form.workshopsTitle')}
      </h3>
      {slots.map((s) => {
        const id = workshopDomId(s.id);
        const error = msg(slotErrors[`s${s.id}`]?.message);
        return (
          <fieldset
            key={s.id}
            aria-describedby={error ? `${id}-error` : undefined}
            aria-invalid={error ? true : undefined}
            className="space-y-1"
          >
            <legend className="font-semibold">
              {s.title} ({s.time})<span aria-hidden="true"> *</span>
              <span className="sr-only"> ({t('registration.form.questionRequired')})</span>
            </legend>
            {s.workshops.map((w, i) => {
              const left = mode === 'remote' ? w.remoteSeatsLeft : w.seatsLeft;
              const full = left !== null && left <= 0;
              const note = mode === 'remote' ? w.remoteSeatsNote : w.seatsNote;
              return (
                <label key={w.id} className="flex items-start gap-2">
                  <input
                    type="radio"
                    value={String(w.id)}
                    id={i === 0 ? id : undefined}
                    className="mt-1 h-5 w-5 shrink-0"
                    required
                    disabled={full}
                    {...register(workshopFormField(s.id) as Path<T>)}
                  />
                  <span className="min-w-0 break-words">
                    {w.title}
                    {note && <span className="text-muted"> ({note})</span>}
                  </span>
                </label>
              );
            })}
            {error && (
              <p id={`${id}-error`} className="font-semibold text-bad">
                {error}
              </p>
            )}
          </fieldset>
        );
      })}
    </section>
  );
}
