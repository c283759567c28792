import { getTranslations } from 'next-intl/server';
import { pageLocale } from '@/lib/i18n/page-locale';

export default async function CheckMailPage({ params }: { params: Promise<{ locale: string }> }) {
  pageLocale((await params).locale);
  const t = await getTranslations('signin');
  return (
    <div className="max-w-xl space-y-3">
      <h1 className="text-3xl font-bold">{t('checkTitle')}</h1>
      <p role="status">{t('checkText')}</p>
    </div>
  );
}
