import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { pageLocale } from '@/lib/i18n/page-locale';
import type { Locale } from '@/lib/i18n/routing';

// Static: prerendered at build time (also the benchmarks' reference page).

// Served from the page cache (lib/cache/page-cache.mjs).
export const revalidate = 3600;
export async function generateMetadata({ params }: { params: Promise<{ locale: Locale }> }): Promise<Metadata> {
  const { locale: rawLocale } = await params;
  const locale = pageLocale(rawLocale);
  const t = await getTranslations({ locale, namespace: 'about' });
  return { title: t('title') };
}

export default async function AboutPage({ params }: { params: Promise<{ locale: Locale }> }) {
  const { locale: rawLocale } = await params;
  pageLocale(rawLocale);
  const t = await getTranslations('about');
  return (
    <div className="space-y-4 max-w-3xl">
      <h1 className="text-3xl font-bold">{t('title')}</h1>
      <p className="text-lg">{t('lead')}</p>
      <p>{t('network')}</p>
      <p>{t('regions')}</p>
    </div>
  );
}
