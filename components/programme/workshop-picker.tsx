// Choose one workshop of the programme (or the whole event) for the door check-in and the sign-in
// sheet: a plain GET form, so it works without JavaScript and the choice is in the URL (a host can
// bookmark their workshop's door). Workshops are grouped by their slot.
import { getTranslations } from 'next-intl/server';
import type { Locale } from '@/lib/i18n/routing';
import { slotTitle, type ProgrammeSlot } from '@/lib/programme/programme';
import { formatClockRange } from '@/lib/time';

export async function WorkshopPicker({
  programme,
  selected,
  locale,
  eventStart,
  allLabel,
  keep = {},
}: {
  programme: readonly ProgrammeSlot[];
  selected: number | null;
  locale: Locale;
  eventStart: Date;
  /** The first option: the whole event. */
  allLabel: string;
  /** Other query values to keep (the search). */
  keep?: Record<string, string>;
}) {
  const slots = programme.filter((s) => s.workshops.length);
  if (!slots.length) return null;
  const t = await getTranslations('programme.views');
  return (
    <form method="get" className="flex flex-wrap items-end gap-2 print:hidden">
      {Object.entries(keep).map(([k, v]) => (
        <input key={k} type="hidden" name={k} value={v} />
      ))}
      <div className="min-w-0 flex-1">
        <label htmlFor="workshop-picker" className="block font-semibold">
          {t('workshop')}
        </label>
        <select
          id="workshop-picker"
          name="workshop"
          defaultValue={selected ?? ''}
          className="mt-1 block w-full min-w-0 rounded border border-muted bg-white px-3 py-2"
        >
          <option value="">{allLabel}</option>
          {slots.map((s) => (
            <optgroup
              key={s.id}
              label={`${formatClockRange(s.startsAt, s.endsAt, locale, eventStart)} ${slotTitle(s, locale)}`}
            >
              {s.workshops.map((w) => (
                <option key={w.id} value={w.id}>
                  {locale === 'sv' ? w.titleSv || w.titleFi : w.titleFi}
                </option>
              ))}
            </optgroup>
          ))}
        </select>
      </div>
      <button type="submit" className="rounded bg-brand-dark px-4 py-2 font-semibold text-white hover:bg-brand">
        {t('show')}
      </button>
    </form>
  );
}
