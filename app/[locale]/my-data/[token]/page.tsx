import type { Metadata } from 'next';
import { connection } from 'next/server';
import { getTranslations } from 'next-intl/server';
import { pageLocale } from '@/lib/i18n/page-locale';
import { Link } from '@/components/ui/link';
import { emailForDataLink } from '@/lib/privacy/requests';
import { collectPersonalData } from '@/lib/privacy/data';
import { PersonalDataView } from '@/components/privacy/personal-data-view';
import { eraseAction } from './actions';

// Personal or per-request: never from the page cache (public pages are; see lib/cache/page-cache.mjs).
export const dynamic = 'force-dynamic';

export async function generateMetadata({ params }: { params: Promise<{ locale: string }> }): Promise<Metadata> {
  const t = await getTranslations({ locale: pageLocale((await params).locale), namespace: 'privacyData' });
  return { title: t('viewTitle'), robots: { index: false, follow: false } };
}

type Props = { params: Promise<{ locale: string; token: string }>; searchParams: Promise<{ error?: string }> };

// The verified link: shows what Kokoon holds (reading changes nothing); download and erase are POSTs.
export default async function MyDataViewPage({ params, searchParams }: Props) {
  await connection();
  const { locale: raw, token } = await params;
  const locale = pageLocale(raw);
  const t = await getTranslations('privacyData');
  const email = await emailForDataLink(token);
  if (!email) {
    return (
      <div className="max-w-2xl space-y-3">
        <h1 className="text-3xl font-bold">{t('invalidTitle')}</h1>
        <p>{t('invalidText')}</p>
        <p>
          <Link href="/my-data">{t('again')}</Link>
        </p>
      </div>
    );
  }
  const data = await collectPersonalData(email);
  const { error } = await searchParams;
  return (
    <div className="space-y-4">
      <h1 className="text-3xl font-bold">{t('viewTitle')}</h1>
      <p>{t('viewIntro', { email })}</p>
      {error === 'confirm' && (
        <p role="alert" className="rounded border-2 border-bad bg-bad-light p-3 font-semibold text-bad">
          {t('validation.confirm')}
        </p>
      )}
      <PersonalDataView
        data={data}
        locale={locale}
        downloadUrl={`/${locale}/my-data/${token}/download`}
        eraseAction={eraseAction.bind(null, locale, token)}
      />
    </div>
  );
}
