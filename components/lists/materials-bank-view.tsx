// The materials bank: the network's standalone materials (guides, reports, models, videos) and the
// public materials of past events, searchable and filtered by theme, kind, language, target level and
// year (GET form: a search is a link), for /{locale}/materials and /{locale}/filtered/materials/{query}.
import { getTranslations } from 'next-intl/server';
import { LocalizedText } from '@/components/ui/localized-text';
import { Link } from '@/components/ui/link';
import { localized } from '@/lib/i18n/messages';
import { listMaterialsBank, materialsBankQuery } from '@/lib/materials/bank';
import { listPublicMaterials, publicMaterialYears } from '@/lib/materials/queries';
import { MATERIAL_KINDS, MATERIAL_LEVELS } from '@/lib/materials/schema';
import { MaterialLinks } from '@/components/materials/material-links';
import { getReferenceData, cityNamer } from '@/lib/reference';
import { formatDate } from '@/lib/time';
import type { Locale } from '@/lib/i18n/routing';
import { PageIntro } from '@/components/ui/page-intro';
import { FilterSelect } from '@/components/ui/filter-select';

const one = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);

export async function MaterialsBankView({
  locale,
  raw,
}: {
  locale: Locale;
  raw: Record<string, string | string[] | undefined>;
}) {
  const query = materialsBankQuery.parse({
    q: one(raw.q) || undefined,
    theme: one(raw.theme) || undefined,
    kind: one(raw.kind) || undefined,
    lang: one(raw.lang) || undefined,
    level: one(raw.level) || undefined,
    year: one(raw.year) || undefined,
  });
  const [t, ev, m, ref, list, standalone, years] = await Promise.all([
    getTranslations('materialsBank'),
    getTranslations('event'),
    getTranslations('materialsArchive'),
    getReferenceData(),
    listMaterialsBank(query),
    listPublicMaterials(query, { standaloneOnly: true }),
    publicMaterialYears(),
  ]);
  const searched = !!(query.q || query.theme || query.kind || query.lang || query.level || query.year);
  const themeName = (slug: string) => {
    const th = ref.themes.find((x) => x.slug === slug);
    return th ? localized(locale, th.nameFi, th.nameSv) : slug;
  };
  const city = await cityNamer(locale);
  return (
    <div className="space-y-6">
      <PageIntro title={t('title')} intro={t('intro')} />
      <form
        method="get"
        role="search"
        aria-label={t('title')}
        className="grid gap-3 rounded-lg border border-line bg-white p-4 sm:grid-cols-2 lg:grid-cols-3 xl:grid-cols-[2fr_repeat(5,1fr)_auto] lg:items-end"
      >
        <div>
          <label htmlFor="mb-q" className="block font-semibold">
            {t('search')}
          </label>
          <input
            id="mb-q"
            name="q"
            type="search"
            defaultValue={query.q ?? ''}
            maxLength={100}
            className="mt-1 block w-full rounded border border-muted px-3 py-2"
          />
        </div>
        <FilterSelect
          id="mb-theme"
          name="theme"
          label={t('theme')}
          anyLabel={t('allThemes')}
          value={query.theme}
          options={ref.themes.map((th) => ({ value: th.slug, label: localized(locale, th.nameFi, th.nameSv) }))}
        />
        <FilterSelect
          id="mb-kind"
          name="kind"
          label={m('fields.kind')}
          anyLabel={m('allKinds')}
          value={query.kind}
          options={MATERIAL_KINDS.map((k) => ({ value: k, label: ev(`materialKinds.${k}`) }))}
        />
        <FilterSelect
          id="mb-lang"
          name="lang"
          label={m('fields.language')}
          anyLabel={m('allLanguages')}
          value={query.lang}
          options={[
            { value: 'fi', label: m('languages.fi') },
            { value: 'sv', label: m('languages.sv') },
          ]}
        />
        <FilterSelect
          id="mb-level"
          name="level"
          label={m('fields.targetLevel')}
          anyLabel={m('allLevels')}
          value={query.level}
          options={MATERIAL_LEVELS.map((l) => ({ value: l, label: m(`levels.${l}`) }))}
        />
        <FilterSelect
          id="mb-year"
          name="year"
          label={m('fields.year')}
          anyLabel={m('allYears')}
          value={query.year === undefined ? undefined : String(query.year)}
          options={[...new Set([...years, ...(query.year === undefined ? [] : [query.year])])]
            .sort((a, b) => b - a)
            .map((y) => ({ value: String(y), label: String(y) }))}
        />
        <div className="flex gap-3">
          <button type="submit" className="rounded bg-brand-dark px-5 py-2 font-semibold text-white">
            {t('submit')}
          </button>
          {searched && (
            <Link href="/materials" className="self-center">
              {t('clear')}
            </Link>
          )}
        </div>
      </form>
      <p role="status">
        {m('standaloneCount', { count: standalone.length })} · {t('count', { count: list.length })}
      </p>
      {standalone.length > 0 && (
        <section aria-labelledby="mb-standalone">
          <h2 id="mb-standalone" className="text-2xl font-bold">
            {m('standaloneTitle')}
          </h2>
          <MaterialLinks
            materials={standalone}
            locale={locale}
            className="mt-2 space-y-3"
            itemClassName="rounded-lg border border-line bg-white p-4"
            extra={(x) => (
              <p className="text-sm text-muted">
                {[
                  x.year,
                  x.targetLevel ? m(`levels.${x.targetLevel}` as 'levels.advanced') : null,
                  m(`languages.${x.language}`),
                  ...x.themes.map(themeName),
                ]
                  .filter(Boolean)
                  .join(' · ')}
              </p>
            )}
          />
        </section>
      )}
      {list.length > 0 && <h2 className="text-2xl font-bold">{m('eventsTitle')}</h2>}
      {list.length === 0 && standalone.length === 0 ? (
        <p>{t('empty')}</p>
      ) : list.length === 0 ? null : (
        <ul className="space-y-4">
          {list.map((e) => (
            <li key={e.id} className="rounded-lg border border-line bg-white p-4">
              <h3 className="text-xl font-bold">
                <Link href={`/events/${e.slug}`}>
                  <LocalizedText locale={locale} fi={e.titleFi} sv={e.titleSv} />
                </Link>
              </h3>
              <p className="text-muted">
                {formatDate(e.startsAt, locale)}
                {e.city ? ` · ${city(e.city)}` : ''}
                {e.themes.length > 0 && (
                  <> · {e.themes.map((th) => localized(locale, th.nameFi, th.nameSv)).join(', ')}</>
                )}
              </p>
              <h4 className="mt-2 font-semibold">{t('materials')}</h4>
              <MaterialLinks materials={e.materials} locale={locale} className="list-disc pl-5" />
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
