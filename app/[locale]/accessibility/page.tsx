import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { pageLocale } from '@/lib/i18n/page-locale';


// Served from the page cache (lib/cache/page-cache.mjs).
export const revalidate = 3600;
export async function generateMetadata({ params }: { params: Promise<{ locale: string }> }): Promise<Metadata> {
  const t = await getTranslations({ locale: pageLocale((await params).locale), namespace: 'accessibilityStatement' });
  return { title: t('title') };
}

// The accessibility statement required by Act 306/2019, with its feedback channel.
export default async function AccessibilityStatementPage({ params }: { params: Promise<{ locale: string }> }) {
  pageLocale((await params).locale);
  const t = await getTranslations('accessibilityStatement');
  return (
    <div className="max-w-3xl space-y-4">
      <h1 className="text-3xl font-bold">{t('title')}</h1>
      <p className="text-lg">{t('lead')}</p>
      {(['status', 'gaps', 'feedback', 'supervision'] as const).map((k) => (
        <section key={k}>
          <h2 className="text-xl font-bold">{t(`${k}Title`)}</h2>
          <p className="mt-1">{t(k)}</p>
          {k === 'feedback' && <p className="mt-1"><a href="mailto:saavutettavuus@kokoon.example">{t('feedbackEmail')}</a></p>}
        </section>
      ))}
      <p className="text-muted">{t('updated')}</p>
    </div>
  );
}
