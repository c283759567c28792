import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { connection } from 'next/server';
import { getTranslations } from 'next-intl/server';
import { pageLocale } from '@/lib/i18n/page-locale';
import { requireOrganiser } from '@/lib/auth/guards';
import { idOrNotFound } from '@/lib/ids';
import { scopedEvent } from '@/lib/events/scoped';
import { certificatePreview } from '@/lib/certificates/preview';
import { EventHeader } from '@/components/attendance/event-header';
import { MailPreviewPanel, testOutcome } from '@/components/mail-preview/mail-preview';
import { locales, toLocale } from '@/lib/i18n/routing';
import { sendTestMailAction } from '../test-mail-actions';

type Props = {
  params: Promise<{ locale: string; id: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations({ locale: toLocale((await params).locale), namespace: 'mailPreview' });
  return { title: t('certificate.metaTitle'), robots: { index: false, follow: false } };
}

/** A training's certificate mail before it goes: both languages, the recipients, a sample PDF and a test. */
export default async function CertificatePreviewPage({ params, searchParams }: Props) {
  await connection();
  const { locale: raw, id } = await params;
  const locale = pageLocale(raw);
  const o = await requireOrganiser(locale, `/${locale}/workspace/events/${encodeURIComponent(id)}/certificates`);
  const eventId = idOrNotFound(id);
  const [event, preview] = await Promise.all([scopedEvent(o, eventId), certificatePreview(o, eventId)]);
  if (!event || !preview.ok) notFound();
  const t = await getTranslations('mailPreview');
  return (
    <div className="space-y-6">
      <EventHeader event={event} locale={locale} current="list" heading={t('certificate.heading')} />
      <p>{t('certificate.intro')}</p>
      <MailPreviewPanel
        locale={locale}
        {...preview.value}
        email={o.email}
        testAction={sendTestMailAction.bind(null, locale, event.id, 'certificate')}
        outcome={testOutcome(await searchParams)}
      >
        <section aria-labelledby="mp-pdf" className="space-y-2 rounded-lg border border-line bg-white p-4">
          <h2 id="mp-pdf" className="text-xl font-bold">
            {t('samplePdfHeading')}
          </h2>
          <p>{t('samplePdfNote')}</p>
          <ul className="space-y-1">
            {locales.map((l) => (
              <li key={l}>
                <a href={`/${locale}/workspace/events/${event.id}/certificates/sample?lang=${l}`} download>
                  {t(`samplePdf.${l}`)}
                </a>
              </li>
            ))}
          </ul>
        </section>
      </MailPreviewPanel>
    </div>
  );
}
