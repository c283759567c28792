import { getTranslations } from 'next-intl/server';
import type { ReferenceData } from '@/lib/reference';
import { EVENT_KINDS, EVENT_LANGUAGES, type EventQuery } from '@/lib/events/filters';
import { localized } from '@/lib/i18n/messages';
import { formatMonth } from '@/lib/time';
import type { Locale } from '@/lib/i18n/routing';
import { FilterSelect } from '@/components/ui/filter-select';

/** A plain GET form: filters live in the URL and work without JavaScript. */
export async function FilterForm({
  locale,
  reference,
  query,
  month,
  months,
  action,
  anchor,
  collapsible = false,
}: {
  locale: Locale;
  reference: ReferenceData;
  query: EventQuery;
  month?: string;
  months: string[];
  action: string;
  /** Where the page lands after filtering (an id on the results). */
  anchor?: string;
  /** Below 45rem the filters fold behind one button (a native <details>: works without JavaScript; globals.css). */
  collapsible?: boolean;
}) {
  const t = await getTranslations();
  const l = (x: { nameFi: string; nameSv: string }) => localized(locale, x.nameFi, x.nameSv);
  const any = t('catalogue.any');
  const monthOptions = month && !months.includes(month) ? [...months, month].sort() : months;
  const active = [query.region, query.province, query.kind, query.language, query.theme, month].filter(Boolean).length;
  const fieldset = (
    <fieldset>
      <legend className={`text-lg font-bold${collapsible ? ' max-[45rem]:sr-only' : ''}`}>
        {t('catalogue.filters')}
      </legend>
      <div className="mt-3 grid gap-4 sm:grid-cols-2 lg:grid-cols-6">
        <FilterSelect
          id="filter-region"
          name="region"
          label={t('catalogue.region')}
          anyLabel={any}
          value={query.region}
          options={[
            { value: 'national', label: t('event.national') },
            ...reference.regions.map((r) => ({ value: r.code, label: l(r) })),
          ]}
        />
        <FilterSelect
          id="filter-province"
          name="province"
          label={t('catalogue.province')}
          anyLabel={any}
          value={query.province}
          options={reference.regions.map((r) => ({
            group: l(r),
            options: reference.provinces
              .filter((p) => p.regionCode === r.code)
              .map((p) => ({ value: p.code, label: l(p) })),
          }))}
        />
        <FilterSelect
          id="filter-kind"
          name="kind"
          label={t('catalogue.kind')}
          anyLabel={any}
          value={query.kind}
          options={EVENT_KINDS.map((k) => ({ value: k, label: t(`kinds.${k}`) }))}
        />
        <FilterSelect
          id="filter-language"
          name="language"
          label={t('catalogue.language')}
          anyLabel={any}
          value={query.language}
          options={EVENT_LANGUAGES.map((lang) => ({ value: lang, label: t(`languages.${lang}`) }))}
        />
        <FilterSelect
          id="filter-theme"
          name="theme"
          label={t('catalogue.theme')}
          anyLabel={any}
          value={query.theme}
          options={reference.themes.map((th) => ({ value: th.slug, label: l(th) }))}
        />
        <FilterSelect
          id="filter-month"
          name="month"
          label={t('catalogue.month')}
          anyLabel={any}
          value={month}
          options={monthOptions.map((m) => ({ value: m, label: formatMonth(m, locale) }))}
        />
      </div>
      <div className="mt-4 flex flex-wrap items-center gap-4">
        <button type="submit" className="rounded bg-brand-dark px-5 py-2 font-semibold text-white hover:bg-brand">
          {t('catalogue.apply')}
        </button>
        <a href={action}>{t('catalogue.clear')}</a>
      </div>
    </fieldset>
  );
  return (
    <form
      method="get"
      action={anchor ? `${action}#${anchor}` : action}
      className="bg-white border border-line rounded-lg p-4"
    >
      {collapsible ? (
        <details className="filters-collapsible">
          <summary className="cursor-pointer text-lg font-bold text-brand-dark">
            {t('catalogue.filters')}
            {active > 0 && (
              <span className="font-normal text-ink"> ({t('catalogue.filtersActive', { count: active })})</span>
            )}
          </summary>
          <div className="mt-3">{fieldset}</div>
        </details>
      ) : (
        fieldset
      )}
    </form>
  );
}
