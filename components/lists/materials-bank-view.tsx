// The materials bank: public materials of past events, searchable and by theme (GET form: a search is
// a link), for /{locale}/materials and /{locale}/filtered/materials/{query}.
import { getTranslations } from 'next-intl/server';
import { LocalizedText } from '@/components/ui/localized-text';
import { Link } from '@/components/ui/link';
import { localized } from '@/lib/i18n/messages';
import { listMaterialsBank, materialsBankQuery } from '@/lib/events/materials-bank';
import { getReferenceData, cityNamer } from '@/lib/reference';
import { formatDate } from '@/lib/time';
import type { Locale } from '@/lib/i18n/routing';
import { PageIntro } from '@/components/ui/page-intro';

const one = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);

export async function MaterialsBankView({ locale, raw }: { locale: Locale; raw: Record<string, string | string[] | undefined> }) {
  const query = materialsBankQuery.parse({ q: one(raw.q) || undefined, theme: one(raw.theme) || undefined });
  const [t, ev, ref, list] = await Promise.all([getTranslations('materialsBank'), getTranslations('event'), getReferenceData(), listMaterialsBank(query)]);
  const searched = !!(query.q || query.theme);
  const city = await cityNamer(locale);
  return (
    <div className="space-y-6">
      <PageIntro title={t('title')} intro={t('intro')} />
      <form method="get" role="search" aria-label={t('title')} className="grid gap-3 rounded-lg border border-line bg-white p-4 sm:grid-cols-[2fr_1fr_auto] sm:items-end">
        <div>
          <label htmlFor="mb-q" className="block font-semibold">{t('search')}</label>
          <input id="mb-q" name="q" type="search" defaultValue={query.q ?? ''} maxLength={100} className="mt-1 block w-full rounded border border-muted px-3 py-2" />
        </div>
        <div>
          <label htmlFor="mb-theme" className="block font-semibold">{t('theme')}</label>
          <select id="mb-theme" name="theme" defaultValue={query.theme ?? ''} className="mt-1 block w-full rounded border border-muted bg-white px-3 py-2">
            <option value="">{t('allThemes')}</option>
            {ref.themes.map((th) => <option key={th.slug} value={th.slug}>{localized(locale, th.nameFi, th.nameSv)}</option>)}
          </select>
        </div>
        <div className="flex gap-3">
          <button type="submit" className="rounded bg-brand-dark px-5 py-2 font-semibold text-white">{t('submit')}</button>
          {searched && <Link href="/materials" className="self-center">{t('clear')}</Link>}
        </div>
      </form>
      <p role="status">{t('count', { count: list.length })}</p>
      {list.length === 0 ? <p>{t('empty')}</p> : (
        <ul className="space-y-4">
          {list.map((e) => (
            <li key={e.id} className="rounded-lg border border-line bg-white p-4">
              <h2 className="text-xl font-bold"><Link href={`/events/${e.slug}`}><LocalizedText locale={locale} fi={e.titleFi} sv={e.titleSv} /></Link></h2>
              <p className="text-muted">{formatDate(e.startsAt, locale)}{e.city ? ` · ${city(e.city)}` : ''}
                {e.themes.length > 0 && <> · {e.themes.map((th) => localized(locale, th.nameFi, th.nameSv)).join(', ')}</>}</p>
              <h3 className="mt-2 font-semibold">{t('materials')}</h3>
              <ul className="list-disc pl-5">
                {e.materials.map((m) => (
                  <li key={m.id}><a href={m.url} rel="noopener">{ev(`materialKinds.${m.kind}`)}: <LocalizedText locale={locale} fi={m.titleFi} sv={m.titleSv} /></a></li>
                ))}
              </ul>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
