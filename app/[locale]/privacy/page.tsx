import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { pageLocale } from '@/lib/i18n/page-locale';
import { Link } from '@/components/ui/link';
import { config } from '@/lib/config';
import { DATA_LINK_MINUTES } from '@/lib/privacy/schema';
import { privacyNotice } from '@/lib/privacy/notice';

// Served from the page cache (lib/cache/page-cache.mjs): re-rendered when what it shows changes in the
// database, and at least every 300 s.
export const revalidate = 300;

export async function generateMetadata({ params }: { params: Promise<{ locale: string }> }): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale: pageLocale(locale), namespace: 'privacy' });
  return { title: t('title') };
}

// The privacy notice (tietosuojaseloste / dataskyddsbeskrivning), generated from the installation's
// settings: controller and contacts (PRIVACY_* variables) and the retention periods the retention
// job actually applies (RETENTION_MONTHS, SURVEY_OPEN_DAYS); recipients and transfers outside the EU/EEA
// follow the mail transport (lib/privacy/notice.ts).
export default async function PrivacyPage({ params }: { params: Promise<{ locale: string }> }) {
  pageLocale((await params).locale);
  const t = await getTranslations('privacy');
  const c = config();
  const notice = privacyNotice(c);
  const section = 'space-y-1';
  return (
    <div className="max-w-3xl space-y-5">
      <h1 className="text-3xl font-bold">{t('title')}</h1>
      <p className="text-lg">{t('lead')}</p>
      <section className={section}>
        <h2 className="text-xl font-bold">{t('controllerTitle')}</h2>
        <p>
          {c.PRIVACY_CONTROLLER}
          {c.PRIVACY_CONTROLLER_ADDRESS ? `, ${c.PRIVACY_CONTROLLER_ADDRESS}` : ''}
        </p>
      </section>
      <section className={section}>
        <h2 className="text-xl font-bold">{t('contactTitle')}</h2>
        <p>
          {t('contact')} <a href={`mailto:${c.PRIVACY_CONTACT_EMAIL}`}>{c.PRIVACY_CONTACT_EMAIL}</a>
        </p>
        {c.PRIVACY_DPO_EMAIL && (
          <p>
            {t('dpo')} <a href={`mailto:${c.PRIVACY_DPO_EMAIL}`}>{c.PRIVACY_DPO_EMAIL}</a>
          </p>
        )}
      </section>
      {(['what', 'why'] as const).map((k) => (
        <section key={k} className={section}>
          <h2 className="text-xl font-bold">{t(`${k}Title`)}</h2>
          <p>{t(k)}</p>
        </section>
      ))}
      <section className={section}>
        <h2 className="text-xl font-bold">{t('recipientsTitle')}</h2>
        <p>{t(notice.recipients)}</p>
      </section>
      {notice.transfers.length > 0 && (
        <section className={section}>
          <h2 className="text-xl font-bold">{t('transferTitle')}</h2>
          {notice.transfers.map((x) => (
            <p key={x.processor}>{t('transfer', { processor: x.processor })}</p>
          ))}
        </section>
      )}
      <section className={section}>
        <h2 className="text-xl font-bold">{t('keepTitle')}</h2>
        <ul className="list-disc space-y-1 pl-5">
          <li>{t('keepNotes')}</li>
          <li>{t('keepRegistrations', { months: c.RETENTION_MONTHS })}</li>
          <li>{t('keepLinks', { surveyDays: c.SURVEY_OPEN_DAYS, dataMinutes: DATA_LINK_MINUTES })}</li>
          <li>{t('keepMail')}</li>
          <li>{t('keepFeedback')}</li>
        </ul>
      </section>
      <section className={section}>
        <h2 className="text-xl font-bold">{t('rightsTitle')}</h2>
        <p>{t('rights')}</p>
        <p>
          <Link href="/my-data" className="font-semibold">
            {t('myDataLink')}
          </Link>
        </p>
      </section>
    </div>
  );
}
