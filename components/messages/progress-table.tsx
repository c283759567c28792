// The messages sent to an event's people and how far their delivery has got (queued, sent, failed).
import { getTranslations } from 'next-intl/server';
import { Link } from '@/components/ui/link';
import { audienceText, type MessageProgress } from '@/lib/messages/service';
import { formatDateTime } from '@/lib/time';
import type { Locale } from '@/lib/i18n/routing';

export async function ProgressTable({
  eventId,
  messages,
  locale,
}: {
  eventId: number;
  messages: MessageProgress[];
  locale: Locale;
}) {
  const t = await getTranslations('messages');
  if (messages.length === 0) return <p>{t('none')}</p>;
  return (
    <div className="overflow-x-auto">
      <table className="w-full border-collapse bg-white text-left">
        <caption className="sr-only">{t('listHeading')}</caption>
        <thead>
          <tr className="border-b-2 border-line">
            <th scope="col" className="p-2">
              {t('col.subject')}
            </th>
            <th scope="col" className="p-2">
              {t('col.audience')}
            </th>
            <th scope="col" className="p-2">
              {t('col.when')}
            </th>
            <th scope="col" className="p-2 text-right">
              {t('col.recipients')}
            </th>
            <th scope="col" className="p-2 text-right">
              {t('col.queued')}
            </th>
            <th scope="col" className="p-2 text-right">
              {t('col.sent')}
            </th>
            <th scope="col" className="p-2 text-right">
              {t('col.failed')}
            </th>
          </tr>
        </thead>
        <tbody>
          {messages.map((m) => (
            <tr key={m.id} className="border-b border-line align-top">
              <th scope="row" className="p-2 text-left font-normal">
                <Link href={`/workspace/events/${eventId}/messages/${m.id}`} className="font-semibold">
                  {m.subjectFi}
                </Link>
              </th>
              <td className="p-2">{audienceText(m, locale)}</td>
              <td className="p-2 whitespace-nowrap">
                <time dateTime={m.createdAt.toISOString()}>{formatDateTime(m.createdAt, locale)}</time>
              </td>
              <td className="p-2 text-right tabular-nums">{m.recipients}</td>
              <td className="p-2 text-right tabular-nums">{m.queued}</td>
              <td className="p-2 text-right tabular-nums">{m.sent}</td>
              <td className="p-2 text-right tabular-nums">{m.failed}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
