// The embed snippet generator (issue 17): a national admin chooses region, theme, kind, number and
// language of the embeddable list and gets the <iframe> + height script to paste on the network's
// site, with a live preview of the very list. A plain GET form: works without JavaScript.
import type { Metadata } from 'next';
import { connection } from 'next/server';
import { getTranslations } from 'next-intl/server';
import { pageLocale } from '@/lib/i18n/page-locale';
import { requireAdmin } from '@/lib/auth/guards';
import { config, publicBaseUrl } from '@/lib/config';
import { filterReference } from '@/lib/events/catalogue';
import { EMBED_LIMIT, embedPath, embedSnippet, parseEmbedLimit } from '@/lib/events/embed';
import { EVENT_KINDS, parseCatalogueFilters } from '@/lib/events/filters';
import { localized } from '@/lib/i18n/messages';
import { isLocale, locales } from '@/lib/i18n/routing';
import { getReferenceData } from '@/lib/reference';
import { parseFrameAncestors } from '@/lib/security/headers';
import { BackLink } from '@/components/ui/back-link';
import { FilterSelect } from '@/components/ui/filter-select';

export const metadata: Metadata = { robots: { index: false } };

type Props = {
  params: Promise<{ locale: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

const one = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v)?.trim() || undefined;
const input = 'mt-1 block w-full rounded border-2 border-muted bg-white px-3 py-2';
const primary = 'rounded bg-brand-dark px-4 py-2 font-semibold text-white';

export default async function EmbedGeneratorPage({ params, searchParams }: Props) {
  await connection();
  const locale = pageLocale((await params).locale);
  await requireAdmin(locale, 'embedList', `/${locale}/workspace/embed`);
  const q = await searchParams;
  const [t, all, ref] = await Promise.all([getTranslations('embed.generator'), getTranslations(), getReferenceData()]);

  // The same checks as the list itself: a value it would refuse is dropped here and named.
  const { query, errors } = parseCatalogueFilters(
    { region: one(q.region), theme: one(q.theme), kind: one(q.kind) },
    filterReference(ref),
  );
  const bad = errors.map((e) => e.name);
  const { limit, invalid } = parseEmbedLimit(one(q.limit));
  if (invalid) bad.push('limit');
  const lang = one(q.lang);
  if (lang !== undefined && !isLocale(lang)) bad.push('lang');
  const listLocale = isLocale(lang) ? lang : locale;

  const path = embedPath(listLocale, { region: query.region, theme: query.theme, kind: query.kind, limit });
  const frameTitle = (await getTranslations({ locale: listLocale, namespace: 'embed.generator' }))('frameTitle');
  const snippet = embedSnippet({ baseUrl: publicBaseUrl(), path, title: frameTitle });
  const origins = parseFrameAncestors(config().FRAME_ANCESTORS);

  return (
    <div className="space-y-6">
      <BackLink />
      <h1 className="text-3xl font-bold">{t('title')}</h1>
      <p>{t('intro')}</p>
      {bad.length > 0 && (
        <p role="alert" className="rounded border-2 border-bad bg-bad-light p-3 font-semibold text-bad">
          {t('invalid', { names: bad.join(', ') })}
        </p>
      )}
      <form method="get" action={`/${locale}/workspace/embed`} className="space-y-4">
        <fieldset className="grid gap-4 sm:grid-cols-2">
          <legend className="mb-2 text-xl font-bold">{t('choices')}</legend>
          <FilterSelect
            id="embed-region"
            name="region"
            label={all('catalogue.region')}
            anyLabel={all('catalogue.any')}
            value={query.region}
            className={input}
            options={[
              ...ref.regions.map((r) => ({ value: r.code, label: localized(locale, r.nameFi, r.nameSv) })),
              { value: 'national', label: all('event.national') },
            ]}
          />
          <FilterSelect
            id="embed-theme"
            name="theme"
            label={all('catalogue.theme')}
            anyLabel={all('catalogue.any')}
            value={query.theme}
            className={input}
            options={ref.themes.map((th) => ({ value: th.slug, label: localized(locale, th.nameFi, th.nameSv) }))}
          />
          <FilterSelect
            id="embed-kind"
            name="kind"
            label={all('catalogue.kind')}
            anyLabel={all('catalogue.any')}
            value={query.kind}
            className={input}
            options={EVENT_KINDS.map((k) => ({ value: k, label: all(`kinds.${k}`) }))}
          />
          <div>
            <label htmlFor="embed-limit" className="font-semibold">
              {t('limit', { min: EMBED_LIMIT.min, max: EMBED_LIMIT.max })}
            </label>
            <input
              id="embed-limit"
              name="limit"
              type="number"
              inputMode="numeric"
              min={EMBED_LIMIT.min}
              max={EMBED_LIMIT.max}
              defaultValue={limit}
              className={input}
            />
          </div>
          <div>
            <label htmlFor="embed-lang" className="font-semibold">
              {t('language')}
            </label>
            <select id="embed-lang" name="lang" defaultValue={listLocale} className={input}>
              {locales.map((l) => (
                <option key={l} value={l}>
                  {all(`languages.${l}`)}
                </option>
              ))}
            </select>
          </div>
        </fieldset>
        <button type="submit" className={primary}>
          {t('show')}
        </button>
      </form>
      <section aria-labelledby="embed-snippet-heading" className="space-y-2">
        <h2 id="embed-snippet-heading" className="text-xl font-bold">
          {t('snippet')}
        </h2>
        <textarea
          id="embed-snippet"
          aria-labelledby="embed-snippet-heading"
          readOnly
          rows={10}
          defaultValue={snippet}
          className="block w-full rounded border-2 border-muted bg-white p-2 font-mono text-sm"
        />
        <p>{origins.length > 0 ? t('origins', { origins: origins.join(', ') }) : t('noOrigins')}</p>
      </section>
      <section aria-labelledby="embed-preview-heading" className="space-y-2">
        <h2 id="embed-preview-heading" className="text-xl font-bold">
          {t('preview')}
        </h2>
        <iframe src={path} title={frameTitle} className="h-[600px] w-full rounded border-2 border-line bg-white" />
      </section>
    </div>
  );
}
