import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { connection } from 'next/server';
import { getTranslations } from 'next-intl/server';
import { pageLocale } from '@/lib/i18n/page-locale';
import { requireAdmin } from '@/lib/auth/guards';
import { adminEmail } from '@/lib/privacy/admin';
import { collectPersonalData } from '@/lib/privacy/data';
import { PersonalDataView } from '@/components/privacy/personal-data-view';
import { adminEraseAction } from '../actions';
import { BackLink } from '@/components/ui/back-link';

export const metadata: Metadata = { robots: { index: false, follow: false } };

type Props = { params: Promise<{ locale: string; token: string }>; searchParams: Promise<{ error?: string }> };

export default async function AdminPrivacyViewPage({ params, searchParams }: Props) {
  await connection();
  const { locale: raw, token } = await params;
  const locale = pageLocale(raw);
  const o = await requireAdmin(locale, 'handleDataRequests', `/${locale}/workspace/privacy`);
  const email = await adminEmail(o, token);
  if (!email) notFound();
  const [t, data] = await Promise.all([getTranslations('privacyData'), collectPersonalData(email)]);
  const { error } = await searchParams;
  return (
    <div className="space-y-4">
      <BackLink href="/workspace/privacy" label={(await getTranslations('workspace'))('privacyLink')} />
      <h1 className="text-3xl font-bold">{t('admin.title')}</h1>
      <p>{t('viewIntro', { email })}</p>
      {error === 'confirm' && (
        <p role="alert" className="rounded border-2 border-bad bg-bad-light p-3 font-semibold text-bad">
          {t('validation.confirm')}
        </p>
      )}
      {data.registrations.length === 0 && !data.organiserAccount && <p>{t('admin.none')}</p>}
      <PersonalDataView
        data={data}
        locale={locale}
        downloadUrl={`/${locale}/workspace/privacy/${token}/export`}
        eraseAction={adminEraseAction.bind(null, locale, token)}
      />
    </div>
  );
}
