import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { pageLocale } from '@/lib/i18n/page-locale';
import { requestSignInAction } from './actions';
import { PrivacyNote } from '@/components/privacy-note';

// Personal or per-request: never from the page cache (public pages are; see lib/cache/page-cache.mjs).
export const dynamic = 'force-dynamic';

export const metadata: Metadata = { robots: { index: false } };

export default async function SignInPage({
  params,
  searchParams,
}: {
  params: Promise<{ locale: string }>;
  searchParams: Promise<{ error?: string }>;
}) {
  const locale = pageLocale((await params).locale);
  const { error } = await searchParams;
  const t = await getTranslations('signin');
  const message =
    error === 'invalid' ? t('invalidEmail') : error === 'rateLimited' ? t('rateLimited') : error ? t('expired') : null;
  return (
    <div className="max-w-xl space-y-4">
      <h1 className="text-3xl font-bold">{t('title')}</h1>
      <p>{t('intro')}</p>
      {message && (
        <p role="alert" className="rounded border-2 border-bad bg-bad-light p-3 font-semibold text-bad">
          {message}
        </p>
      )}
      <form
        action={requestSignInAction.bind(null, locale)}
        className="space-y-3 rounded-lg border border-line bg-white p-4"
      >
        <label htmlFor="signin-email" className="block font-semibold">
          {t('email')}
        </label>
        <input
          id="signin-email"
          name="email"
          type="email"
          required
          autoComplete="email"
          className="block w-full rounded border border-muted px-3 py-2"
        />
        <button type="submit" className="rounded bg-brand-dark px-5 py-2 font-semibold text-white">
          {t('submit')}
        </button>
      </form>
      <PrivacyNote />
    </div>
  );
}
