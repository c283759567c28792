import { notFound } from 'next/navigation';
import { headers } from 'next/headers';
import { connection } from 'next/server';
import { getTranslations } from 'next-intl/server';
import { pageLocale } from '@/lib/i18n/page-locale';
import { Link } from '@/components/ui/link';
import { listDevMails } from '@/lib/mail/dev-mailbox';
import { formatDateTime } from '@/lib/time';

// Personal or per-request: never from the page cache (public pages are; see lib/cache/page-cache.mjs).
export const dynamic = 'force-dynamic';

export const metadata = { robots: { index: false } };

export default async function DevMailboxPage({ params }: { params: Promise<{ locale: string }> }) {
  await connection();
  const locale = pageLocale((await params).locale);
  const mails = await listDevMails(await headers());
  if (!mails) notFound();
  const t = await getTranslations('devMailbox');
  return (
    <div className="space-y-4">
      <h1 className="text-3xl font-bold">{t('title')}</h1>
      <p>{t('intro')}</p>
      {mails.length === 0 ? (
        <p>{t('empty')}</p>
      ) : (
        <table className="w-full border-collapse bg-white text-left">
          <thead>
            <tr className="border-b border-line">
              <th scope="col" className="p-2">
                {t('to')}
              </th>
              <th scope="col" className="p-2">
                {t('subject')}
              </th>
              <th scope="col" className="p-2">
                {t('sent')}
              </th>
            </tr>
          </thead>
          <tbody>
            {mails.map((m) => (
              <tr key={m.id} className="border-b border-line">
                <td className="p-2 break-all">{m.toEmail}</td>
                <td className="p-2">
                  <Link href={`/dev/mailbox/${m.id}`}>{m.subject}</Link>
                </td>
                <td className="p-2 whitespace-nowrap">{formatDateTime(m.createdAt, locale)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </div>
  );
}
