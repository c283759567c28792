import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { pageLocale } from '@/lib/i18n/page-locale';
import { Link } from '@/components/ui/link';
import { getReferenceData } from '@/lib/reference';
import { localized } from '@/lib/i18n/messages';
import type { Locale } from '@/lib/i18n/routing';
import { PageIntro } from '@/components/ui/page-intro';

// Served from the page cache (lib/cache/page-cache.mjs): re-rendered when what it shows changes in the
// database, and at least every 60 s.
export const revalidate = 60;

export async function generateMetadata({ params }: { params: Promise<{ locale: Locale }> }): Promise<Metadata> {
  const { locale: rawLocale } = await params;
  const locale = pageLocale(rawLocale);
  const t = await getTranslations({ locale, namespace: 'regions' });
  return { title: t('title') };
}

export default async function RegionsPage({ params }: { params: Promise<{ locale: Locale }> }) {
  const { locale: rawLocale } = await params;
  const locale = pageLocale(rawLocale);
  const t = await getTranslations('regions');
  const ref = await getReferenceData();
  return (
    <div className="space-y-6">
      <PageIntro title={t('title')} intro={t('intro')} />
      <ul className="grid gap-4 sm:grid-cols-2">
        {ref.regions.map((r) => (
          <li key={r.code} className="rounded-lg border border-line bg-white p-4">
            <h2 className="text-xl font-bold">
              <Link href={`/regions/${r.code.toLowerCase()}`}>{localized(locale, r.nameFi, r.nameSv)}</Link>
            </h2>
            <p className="mt-1 text-muted">
              {ref.provinces
                .filter((p) => p.regionCode === r.code)
                .map((p) => localized(locale, p.nameFi, p.nameSv))
                .join(', ')}
            </p>
          </li>
        ))}
      </ul>
    </div>
  );
}
