import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { pageLocale } from '@/lib/i18n/page-locale';
import { MaterialsBankView } from '@/components/lists/materials-bank-view';

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations({ locale: pageLocale((await params).locale), namespace: 'materialsBank' });
  return { title: t('title') };
}

export const revalidate = 60;

export default async function MaterialsBankPage({ params }: Props) {
  const locale = pageLocale((await params).locale);
  return <MaterialsBankView locale={locale} raw={{}} />;
}
