// One labelled <select> of a GET filter form (catalogue, materials bank, embed generator): the label,
// an "any" first option with the empty value, then the options (optionally in <optgroup>s). No hooks:
// works in server components and without JavaScript.
export type FilterOption = { value: string; label: string };
export type FilterOptionGroup = { group: string; options: FilterOption[] };

const selectClass = 'mt-1 block w-full rounded border border-muted bg-white px-2 py-2 text-base';

export function FilterSelect({
  id,
  name,
  label,
  anyLabel,
  value,
  options,
  className = selectClass,
}: {
  id: string;
  name: string;
  label: string;
  anyLabel: string;
  value: string | undefined;
  options: readonly (FilterOption | FilterOptionGroup)[];
  className?: string;
}) {
  const option = (o: FilterOption) => (
    <option key={o.value} value={o.value}>
      {o.label}
    </option>
  );
  return (
    <div>
      <label htmlFor={id} className="block font-semibold">
        {label}
      </label>
      <select id={id} name={name} defaultValue={value ?? ''} className={className}>
        <option value="">{anyLabel}</option>
        {options.map((o) =>
          'group' in o ? (
            <optgroup key={`group-${o.group}`} label={o.group}>
              {o.options.map(option)}
            </optgroup>
          ) : (
            option(o)
          ),
        )}
      </select>
    </div>
  );
}
