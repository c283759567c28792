import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { pageLocale } from '@/lib/i18n/page-locale';
import { DataRequestForm } from '@/components/privacy/data-request-form';
import { IntlIsland } from '@/components/i18n/intl-island';
import { PrivacyNote } from '@/components/privacy-note';

// Personal or per-request: never from the page cache (public pages are; see lib/cache/page-cache.mjs).
export const dynamic = 'force-dynamic';

export async function generateMetadata({ params }: { params: Promise<{ locale: string }> }): Promise<Metadata> {
  const t = await getTranslations({ locale: pageLocale((await params).locale), namespace: 'privacyData' });
  return { title: t('title') };
}

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<{ erased?: string }> };

// GDPR self-service: ask for an e-mailed link to everything Kokoon holds about an address.
export default async function MyDataPage({ params, searchParams }: Props) {
  const locale = pageLocale((await params).locale);
  const t = await getTranslations('privacyData');
  const erased = /^(\d+)-(\d+)$/.exec((await searchParams).erased ?? '');
  return (
    <div className="max-w-2xl space-y-4">
      <h1 className="text-3xl font-bold">{t('title')}</h1>
      {erased && (
        <div role="status" className="rounded-lg border-2 border-ok bg-ok-light p-4">
          <h2 className="text-xl font-bold text-ok">{t('erasedTitle')}</h2>
          <p className="mt-1">{t('erased', { anonymised: Number(erased[1]), cancelled: Number(erased[2]) })}</p>
        </div>
      )}
      <p>{t('intro')}</p>
      <IntlIsland>
        <DataRequestForm locale={locale} />
      </IntlIsland>
      <PrivacyNote />
    </div>
  );
}
