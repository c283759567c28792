import type { Metadata } from 'next';
import { connection } from 'next/server';
import { getTranslations } from 'next-intl/server';
import { pageLocale } from '@/lib/i18n/page-locale';
import { loadCatalogue } from '@/lib/events/catalogue';
import { EventList } from '@/components/events/event-card';
import type { Locale } from '@/lib/time';

export async function generateMetadata({ params }: { params: Promise<{ locale: Locale }> }): Promise<Metadata> {
  const { locale: rawLocale } = await params;
  const locale = pageLocale(rawLocale);
  const t = await getTranslations({ locale, namespace: 'past' });
  return { title: t('title') };
}

export default async function PastEventsPage({ params, searchParams }: {
  params: Promise<{ locale: Locale }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  await connection();
  const { locale: rawLocale } = await params;
  const locale = pageLocale(rawLocale);
  const t = await getTranslations('past');
  const page = await loadCatalogue(await searchParams, 'past');
  return (
    <div className="space-y-6">
      <div>
        <h1 className="text-3xl font-bold">{t('title')}</h1>
        <p className="mt-2 text-lg text-muted">{t('intro')}</p>
      </div>
      <EventList events={page.events} locale={locale} empty={t('empty')} />
    </div>
  );
}
