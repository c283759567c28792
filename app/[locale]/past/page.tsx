import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { pageLocale } from '@/lib/i18n/page-locale';
import { PastView } from '@/components/lists/past-view';
import type { Locale } from '@/lib/i18n/routing';

export async function generateMetadata({ params }: { params: Promise<{ locale: Locale }> }): Promise<Metadata> {
  const { locale: rawLocale } = await params;
  const locale = pageLocale(rawLocale);
  const t = await getTranslations({ locale, namespace: 'past' });
  return { title: t('title') };
}

export const revalidate = 60;

export default async function PastEventsPage({ params }: { params: Promise<{ locale: Locale }> }) {
  const locale = pageLocale((await params).locale);
  return <PastView locale={locale} raw={{}} />;
}
