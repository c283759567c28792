import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { pageLocale } from '@/lib/i18n/page-locale';

export async function generateMetadata({ params }: { params: Promise<{ locale: string }> }): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale: pageLocale(locale), namespace: 'privacy' });
  return { title: t('title') };
}

export default async function PrivacyPage({ params }: { params: Promise<{ locale: string }> }) {
  pageLocale((await params).locale);
  const t = await getTranslations('privacy');
  return (
    <div className="max-w-3xl space-y-4">
      <h1 className="text-3xl font-bold">{t('title')}</h1>
      <p className="text-lg">{t('lead')}</p>
      {(['what', 'why', 'keep', 'rights'] as const).map((k) => (
        <section key={k}>
          <h2 className="text-xl font-bold">{t(`${k}Title`)}</h2>
          <p className="mt-1">{t(k)}</p>
        </section>
      ))}
    </div>
  );
}
