import { getTranslations } from 'next-intl/server';
import { pageLocale } from '@/lib/i18n/page-locale';

// Personal or per-request: never from the page cache (public pages are; see lib/cache/page-cache.mjs).
export const dynamic = 'force-dynamic';

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
