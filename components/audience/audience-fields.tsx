// The audience questions of the sign-up form (role category, organisation type, education levels,
// VIPU contact person), all optional. Plain form controls with `name`s, so the form works without
// JavaScript too (lib/registrations/form-post.ts reads the same names). No hooks: the caller hands
// in react-hook-form's `register` and the field errors.
import type { UseFormRegister } from 'react-hook-form';
import type { RegistrationFormValues } from '@/lib/registrations/schema';
import type { AudienceOptions } from '@/lib/audience/lists';
import { Field, inputClass, describedBy } from '@/components/registrations/field';
import type { Translate } from '@/components/i18n/translate';

type Props = {
  options: AudienceOptions;
  register: UseFormRegister<RegistrationFormValues>;
  t: Translate;
  /** The translated error of each audience field, if any. */
  error: (name: 'roleCategory' | 'organisationType' | 'educationLevels' | 'vipuContact') => string | undefined;
};

export function AudienceFields({ options, register, t, error }: Props) {
  const levelsError = error('educationLevels');
  return (
    <>
      {options.roleCategories.length > 0 && (
        <Field id="reg-roleCategory" label={t('registration.form.roleCategory')} error={error('roleCategory')}>
          <select
            id="reg-roleCategory"
            className={inputClass(!!error('roleCategory'))}
            aria-invalid={!!error('roleCategory')}
            aria-describedby={describedBy('reg-roleCategory', false, !!error('roleCategory'))}
            {...register('roleCategory')}
          >
            <option value="">—</option>
            {options.roleCategories.map((o) => (
              <option key={o.code} value={o.code}>
                {o.name}
              </option>
            ))}
          </select>
        </Field>
      )}
      {options.organisationTypes.length > 0 && (
        <Field
          id="reg-organisationType"
          label={t('registration.form.organisationType')}
          error={error('organisationType')}
        >
          <select
            id="reg-organisationType"
            className={inputClass(!!error('organisationType'))}
            aria-invalid={!!error('organisationType')}
            aria-describedby={describedBy('reg-organisationType', false, !!error('organisationType'))}
            {...register('organisationType')}
          >
            <option value="">—</option>
            {options.organisationTypes.map((o) => (
              <option key={o.code} value={o.code}>
                {o.name}
              </option>
            ))}
          </select>
        </Field>
      )}
      {options.educationLevels.length > 0 && (
        <fieldset aria-describedby={`reg-educationLevels-hint${levelsError ? ' reg-educationLevels-error' : ''}`}>
          <legend className="font-semibold">{t('registration.form.educationLevels')}</legend>
          <p id="reg-educationLevels-hint" className="text-sm text-muted">
            {t('registration.form.educationLevelsHint')}
          </p>
          <div className="mt-1 flex flex-wrap gap-x-6 gap-y-2">
            {options.educationLevels.map((o, i) => (
              <label key={o.code} className="inline-flex items-center gap-2">
                <input
                  type="checkbox"
                  value={o.code}
                  id={i === 0 ? 'reg-educationLevels' : undefined}
                  className="h-5 w-5"
                  {...register('educationLevels')}
                />
                {o.name}
              </label>
            ))}
          </div>
          {levelsError && (
            <p id="reg-educationLevels-error" className="mt-1 font-semibold text-bad">
              {levelsError}
            </p>
          )}
        </fieldset>
      )}
      <div>
        <label className="inline-flex items-start gap-2">
          <input
            id="reg-vipuContact"
            type="checkbox"
            className="mt-1 h-5 w-5"
            aria-describedby="reg-vipuContact-hint"
            {...register('vipuContact')}
          />
          <span>{t('registration.form.vipuContact')}</span>
        </label>
        <p id="reg-vipuContact-hint" className="ml-7 text-sm text-muted">
          {t('registration.form.vipuContactHint')}
        </p>
        {error('vipuContact') && <p className="ml-7 mt-1 font-semibold text-bad">{error('vipuContact')}</p>}
      </div>
    </>
  );
}
