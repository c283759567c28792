import { getTranslations } from 'next-intl/server';
import type { ReferenceData } from '@/lib/reference';
import { EVENT_KINDS, EVENT_LANGUAGES, type EventQuery } from '@/lib/events/filters';
import { localized } from '@/lib/i18n/messages';
import { formatMonth } from '@/lib/time';
import type { Locale } from '@/lib/i18n/routing';

const selectClass = 'mt-1 block w-full rounded border border-muted bg-white px-2 py-2 text-base';

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
  const monthOptions = month && !months.includes(month) ? [...months, month].sort() : months;
  const active = [query.region, query.province, query.kind, query.language, query.theme, month].filter(Boolean).length;
  const fieldset = (
    <fieldset>
      <legend className={`text-lg font-bold${collapsible ? ' max-[45rem]:sr-only' : ''}`}>
        {t('catalogue.filters')}
      </legend>
      <div className="mt-3 grid gap-4 sm:grid-cols-2 lg:grid-cols-6">
        <div>
          <label htmlFor="filter-region" className="block font-semibold">
            {t('catalogue.region')}
          </label>
          <select id="filter-region" name="region" defaultValue={query.region ?? ''} className={selectClass}>
            <option value="">{t('catalogue.any')}</option>
            <option value="national">{t('event.national')}</option>
            {reference.regions.map((r) => (
              <option key={r.code} value={r.code}>
                {l(r)}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor="filter-province" className="block font-semibold">
            {t('catalogue.province')}
          </label>
          <select id="filter-province" name="province" defaultValue={query.province ?? ''} className={selectClass}>
            <option value="">{t('catalogue.any')}</option>
            {reference.regions.map((r) => (
              <optgroup key={r.code} label={l(r)}>
                {reference.provinces
                  .filter((p) => p.regionCode === r.code)
                  .map((p) => (
                    <option key={p.code} value={p.code}>
                      {l(p)}
                    </option>
                  ))}
              </optgroup>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor="filter-kind" className="block font-semibold">
            {t('catalogue.kind')}
          </label>
          <select id="filter-kind" name="kind" defaultValue={query.kind ?? ''} className={selectClass}>
            <option value="">{t('catalogue.any')}</option>
            {EVENT_KINDS.map((k) => (
              <option key={k} value={k}>
                {t(`kinds.${k}`)}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor="filter-language" className="block font-semibold">
            {t('catalogue.language')}
          </label>
          <select id="filter-language" name="language" defaultValue={query.language ?? ''} className={selectClass}>
            <option value="">{t('catalogue.any')}</option>
            {EVENT_LANGUAGES.map((lang) => (
              <option key={lang} value={lang}>
                {t(`languages.${lang}`)}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor="filter-theme" className="block font-semibold">
            {t('catalogue.theme')}
          </label>
          <select id="filter-theme" name="theme" defaultValue={query.theme ?? ''} className={selectClass}>
            <option value="">{t('catalogue.any')}</option>
            {reference.themes.map((th) => (
              <option key={th.slug} value={th.slug}>
                {l(th)}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor="filter-month" className="block font-semibold">
            {t('catalogue.month')}
          </label>
          <select id="filter-month" name="month" defaultValue={month ?? ''} className={selectClass}>
            <option value="">{t('catalogue.any')}</option>
            {monthOptions.map((m) => (
              <option key={m} value={m}>
                {formatMonth(m, locale)}
              </option>
            ))}
          </select>
        </div>
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
