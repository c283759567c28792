'use client';
// The municipality type-ahead of the sign-up form and the manage page: a text field with the names in
// the page's language as suggestions (and the other language's, labelled with the page's name),
// accepting either. The code it stands for goes to the form's hidden `municipality` field.
import { findMunicipality, type MunicipalityOption } from '@/lib/registrations/municipality-names';
import { inputClass } from './field';

export function MunicipalityInput({
  id,
  options,
  value,
  onChange,
  invalid,
  describedBy,
  required = false,
}: {
  id: string;
  options: MunicipalityOption[];
  value: string;
  onChange: (text: string, code: string) => void;
  invalid: boolean;
  describedBy?: string;
  required?: boolean;
}) {
  const listId = `${id}-list`;
  return (
    <>
      <input
        id={id}
        name="municipalityName"
        required={required}
        list={listId}
        autoComplete="off"
        value={value}
        onChange={(e) => onChange(e.target.value, findMunicipality(options, e.target.value)?.code ?? '')}
        className={inputClass(invalid)}
        aria-invalid={invalid}
        aria-describedby={describedBy}
      />
      <datalist id={listId}>
        {options.map((m) => (
          <option key={m.code} value={m.name} />
        ))}
        {options
          .filter((m) => m.alt)
          .map((m) => (
            <option key={`${m.code}-alt`} value={m.alt} label={m.name} />
          ))}
      </datalist>
    </>
  );
}
