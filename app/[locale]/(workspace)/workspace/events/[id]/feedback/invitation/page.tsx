import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { connection } from 'next/server';
import { getTranslations } from 'next-intl/server';
import { pageLocale } from '@/lib/i18n/page-locale';
import { requireOrganiser } from '@/lib/auth/guards';
import { idOrNotFound } from '@/lib/ids';
import { scopedEvent } from '@/lib/events/scoped';
import { surveyPreview } from '@/lib/surveys/preview';
import { EventHeader } from '@/components/attendance/event-header';
import { MailPreviewPanel, testOutcome } from '@/components/mail-preview/mail-preview';
import { toLocale } from '@/lib/i18n/routing';
import { sendTestMailAction } from '../../test-mail-actions';

type Props = {
  params: Promise<{ locale: string; id: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations({ locale: toLocale((await params).locale), namespace: 'mailPreview' });
  return { title: t('survey.metaTitle'), robots: { index: false, follow: false } };
}

/** The feedback survey's invitation before the job mails it: both languages, the recipients and a test. */
export default async function SurveyInvitationPreviewPage({ params, searchParams }: Props) {
  await connection();
  const { locale: raw, id } = await params;
  const locale = pageLocale(raw);
  const o = await requireOrganiser(locale, `/${locale}/workspace/events/${encodeURIComponent(id)}/feedback/invitation`);
  const eventId = idOrNotFound(id);
  const [event, preview] = await Promise.all([scopedEvent(o, eventId), surveyPreview(o, eventId)]);
  if (!event || !preview.ok) notFound();
  const t = await getTranslations('mailPreview');
  return (
    <div className="space-y-6">
      <EventHeader event={event} locale={locale} current="feedback" heading={t('survey.heading')} />
      <p>{t('survey.intro')}</p>
      <MailPreviewPanel
        locale={locale}
        {...preview.value}
        email={o.email}
        testAction={sendTestMailAction.bind(null, locale, event.id, 'survey')}
        outcome={testOutcome(await searchParams)}
      />
    </div>
  );
}
