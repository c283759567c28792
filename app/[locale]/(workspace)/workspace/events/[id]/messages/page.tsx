import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { connection } from 'next/server';
import { randomUUID } from 'node:crypto';
import { getTranslations } from 'next-intl/server';
import { pageLocale } from '@/lib/i18n/page-locale';
import { requireOrganiser } from '@/lib/auth/guards';
import { idOrNotFound } from '@/lib/ids';
import { scopedEvent } from '@/lib/events/scoped';
import { audienceCounts, audienceLanguageCounts, listEventMessages, workshopAudiences } from '@/lib/messages/service';
import { EventHeader } from '@/components/attendance/event-header';
import { MessageForm } from '@/components/messages/message-form';
import { ProgressTable } from '@/components/messages/progress-table';
import { toLocale } from '@/lib/i18n/routing';

type Props = { params: Promise<{ locale: string; id: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations({ locale: toLocale((await params).locale), namespace: 'messages' });
  return { title: t('metaTitle'), robots: { index: false, follow: false } };
}

/** Write to the registrants, the waiting list or the attendees of an event; see what has been sent. */
export default async function EventMessagesPage({ params }: Props) {
  await connection();
  const { locale: raw, id } = await params;
  const locale = pageLocale(raw);
  const o = await requireOrganiser(locale, `/${locale}/workspace/events/${encodeURIComponent(id)}/messages`);
  const eventId = idOrNotFound(id);
  const [event, counts, languages, sent, workshops] = await Promise.all([
    scopedEvent(o, eventId),
    audienceCounts(o, eventId),
    audienceLanguageCounts(o, eventId),
    listEventMessages(o, eventId),
    workshopAudiences(o, eventId, locale),
  ]);
  if (!event || !counts.ok || !languages.ok || !sent.ok || !workshops.ok) notFound();
  const t = await getTranslations('messages');
  return (
    <div className="space-y-6">
      <EventHeader event={event} locale={locale} current="messages" heading={t('heading')} />
      <section aria-labelledby="msg-new" className="space-y-3 rounded-lg border border-line bg-white p-4 sm:p-5">
        <h2 id="msg-new" className="text-xl font-bold">
          {t('newHeading')}
        </h2>
        <p>{t('intro')}</p>
        <MessageForm
          locale={locale}
          eventId={event.id}
          formKey={randomUUID()}
          counts={counts.value}
          languages={languages.value}
          workshops={workshops.value}
        />
      </section>
      <section aria-labelledby="msg-list" className="space-y-3">
        <h2 id="msg-list" className="text-xl font-bold">
          {t('listHeading')}
        </h2>
        <ProgressTable eventId={event.id} messages={sent.value} locale={locale} />
      </section>
    </div>
  );
}
