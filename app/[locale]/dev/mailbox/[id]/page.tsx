import { notFound } from 'next/navigation';
import { headers } from 'next/headers';
import { connection } from 'next/server';
import { getTranslations } from 'next-intl/server';
import { pageLocale } from '@/lib/i18n/page-locale';
import { Link } from '@/components/ui/link';
import { getDevMail } from '@/lib/mail/dev-mailbox';

// Personal or per-request: never from the page cache (public pages are; see lib/cache/page-cache.mjs).
export const dynamic = 'force-dynamic';

export const metadata = { robots: { index: false } };

export default async function DevMailPage({ params }: { params: Promise<{ locale: string; id: string }> }) {
  await connection();
  const { locale, id } = await params;
  pageLocale(locale);
  const mail = await getDevMail(await headers(), Number(id));
  if (!mail) notFound();
  const t = await getTranslations('devMailbox');
  return (
    <div className="space-y-4">
      <p>
        <Link href="/dev/mailbox">← {t('back')}</Link>
      </p>
      <h1 className="text-2xl font-bold">{mail.subject}</h1>
      <p>
        {t('to')}: {mail.toEmail}
      </p>
      <h2 className="text-xl font-bold">{t('html')}</h2>
      <iframe
        title={t('html')}
        sandbox="allow-popups allow-popups-to-escape-sandbox"
        srcDoc={mail.html}
        className="h-[32rem] w-full border border-line bg-white"
      />
      <h2 className="text-xl font-bold">{t('text')}</h2>
      <pre className="whitespace-pre-wrap break-words rounded border border-line bg-white p-3 text-sm">{mail.text}</pre>
      {mail.ics && (
        <>
          <h2 className="text-xl font-bold">{t('invitation')}</h2>
          <pre className="whitespace-pre-wrap break-all rounded border border-line bg-white p-3 text-xs">
            {mail.ics}
          </pre>
        </>
      )}
    </div>
  );
}
