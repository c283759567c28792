import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { connection } from 'next/server';
import { getTranslations } from 'next-intl/server';
import { pageLocale } from '@/lib/i18n/page-locale';
import { Link } from '@/components/ui/link';
import { requireOrganiser } from '@/lib/auth/guards';
import { idOrNotFound } from '@/lib/ids';
import { scopedEvent } from '@/lib/events/scoped';
import { audienceText, listEventMessages } from '@/lib/messages/service';
import { formatDateTime } from '@/lib/time';
import { EventHeader } from '@/components/attendance/event-header';
import { Paragraphs } from '@/components/ui/paragraphs';
import { toLocale } from '@/lib/i18n/routing';

type Props = { params: Promise<{ locale: string; id: string; messageId: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations({ locale: toLocale((await params).locale), namespace: 'messages' });
  return { title: t('progressMetaTitle'), robots: { index: false, follow: false } };
}

/** One message: its texts and how many of its mails are queued, sent and failed (reload to follow). */
export default async function MessageProgressPage({ params }: Props) {
  await connection();
  const { locale: raw, id, messageId } = await params;
  const locale = pageLocale(raw);
  const o = await requireOrganiser(
    locale,
    `/${locale}/workspace/events/${encodeURIComponent(id)}/messages/${encodeURIComponent(messageId)}`,
  );
  const eventId = idOrNotFound(id);
  const msgId = idOrNotFound(messageId);
  const [event, found] = await Promise.all([scopedEvent(o, eventId), listEventMessages(o, eventId, msgId)]);
  if (!event || !found.ok) notFound();
  const m = found.value[0];
  const t = await getTranslations('messages');
  const done = m.queued === 0;
  return (
    <div className="space-y-6">
      <EventHeader event={event} locale={locale} current="messages" heading={t('heading')} />
      <p>
        <Link href={`/workspace/events/${event.id}/messages`}>← {t('backToMessages')}</Link>
      </p>
      <section aria-labelledby="progress" className="space-y-3 rounded-lg border border-line bg-white p-4">
        <h2 id="progress" className="text-xl font-bold">
          {t('progressHeading')}
        </h2>
        <p
          role="status"
          className={`rounded border-2 p-3 font-semibold ${m.failed ? 'border-bad bg-bad-light text-bad' : done ? 'border-ok bg-ok-light text-ok' : 'border-line bg-paper'}`}
        >
          {m.failed ? <span aria-hidden="true">! </span> : done ? <span aria-hidden="true">✓ </span> : null}
          {t('progress', { sent: m.sent, recipients: m.recipients, queued: m.queued, failed: m.failed })}
        </p>
        <dl className="grid grid-cols-[auto_auto] justify-start gap-x-6 gap-y-1">
          <dt className="font-semibold">{t('col.queued')}</dt>
          <dd className="tabular-nums">{m.queued}</dd>
          <dt className="font-semibold">{t('col.sent')}</dt>
          <dd className="tabular-nums">{m.sent}</dd>
          <dt className="font-semibold">{t('col.failed')}</dt>
          <dd className="tabular-nums">{m.failed}</dd>
        </dl>
        {m.failed > 0 && <p>{t('failedHint')}</p>}
        {!done && (
          <p>
            <Link href={`/workspace/events/${event.id}/messages/${m.id}`}>{t('refresh')}</Link>
          </p>
        )}
      </section>
      <section aria-labelledby="msg-text" className="space-y-3 rounded-lg border border-line bg-white p-4">
        <h2 id="msg-text" className="text-xl font-bold">
          {t('textHeading')}
        </h2>
        <p>
          {t('meta', {
            audience: audienceText(m, locale),
            who: m.sentByEmail,
            when: formatDateTime(m.createdAt, locale),
          })}
        </p>
        <div className="grid gap-4 md:grid-cols-2">
          <div lang="fi">
            <h3 className="font-bold">{m.subjectFi}</h3>
            <Paragraphs text={m.bodyFi} className="mt-2" />
          </div>
          <div lang="sv">
            {m.subjectSv && m.bodySv ? (
              <>
                <h3 className="font-bold">{m.subjectSv}</h3>
                <Paragraphs text={m.bodySv} className="mt-2" />
              </>
            ) : (
              <p lang={locale}>{t('noSwedish')}</p>
            )}
          </div>
        </div>
      </section>
    </div>
  );
}
