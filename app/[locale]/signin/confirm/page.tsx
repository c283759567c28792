import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { pageLocale } from '@/lib/i18n/page-locale';

// Personal or per-request: never from the page cache (public pages are; see lib/cache/page-cache.mjs).
export const dynamic = 'force-dynamic';

// same-origin: the token in this URL never leaves the site, and the button's POST still carries an Origin.
export const metadata: Metadata = { robots: { index: false }, referrer: 'same-origin' };

// Opening the e-mailed link lands here and changes nothing: only the button (a POST) signs in.
export default async function ConfirmSignInPage({
  params,
  searchParams,
}: {
  params: Promise<{ locale: string }>;
  searchParams: Promise<{ token?: string; email?: string; callbackUrl?: string }>;
}) {
  const locale = pageLocale((await params).locale);
  const { token = '', email = '', callbackUrl = `/${locale}/workspace` } = await searchParams;
  const t = await getTranslations('signin');
  return (
    <div className="max-w-xl space-y-4">
      <h1 className="text-3xl font-bold">{t('confirmTitle')}</h1>
      <p>{t('confirmText')}</p>
      <form method="post" action="/api/signin/confirm">
        <input type="hidden" name="token" value={token} />
        <input type="hidden" name="email" value={email} />
        <input type="hidden" name="callbackUrl" value={callbackUrl} />
        <input type="hidden" name="locale" value={locale} />
        <button type="submit" className="rounded bg-brand-dark px-6 py-3 text-lg font-semibold text-white">
          {t('confirmButton')}
        </button>
      </form>
    </div>
  );
}
