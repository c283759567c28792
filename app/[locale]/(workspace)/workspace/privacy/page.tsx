import type { Metadata } from 'next';
import { connection } from 'next/server';
import { getTranslations } from 'next-intl/server';
import { pageLocale } from '@/lib/i18n/page-locale';
import { requireAdmin } from '@/lib/auth/guards';
import { adminLookupAction } from './actions';
import { BackLink } from '@/components/ui/back-link';

export const metadata: Metadata = { robots: { index: false, follow: false } };

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<{ error?: string; erased?: string }> };

// Admins: look up an address on a person's request (the address goes in a POST, never in a URL).
export default async function AdminPrivacyPage({ params, searchParams }: Props) {
  await connection();
  const locale = pageLocale((await params).locale);
  await requireAdmin(locale, 'handleDataRequests', `/${locale}/workspace/privacy`);
  const [t, v] = await Promise.all([getTranslations('privacyData'), getTranslations('validation')]);
  const { error, erased } = await searchParams;
  const e = /^(\d+)-(\d+)$/.exec(erased ?? '');
  return (
    <div className="max-w-3xl space-y-4">
      <BackLink />
      <h1 className="text-3xl font-bold">{t('admin.title')}</h1>
      <p>{t('admin.intro')}</p>
      {e && (
        <p role="status" className="rounded border-2 border-ok bg-ok-light p-3 font-semibold text-ok">
          {t('admin.erased', { anonymised: Number(e[1]), cancelled: Number(e[2]) })}
        </p>
      )}
      <form
        action={adminLookupAction.bind(null, locale)}
        className="space-y-3 rounded-lg border border-line bg-white p-4"
      >
        <label htmlFor="ap-email" className="block font-semibold">
          {t('email')}
        </label>
        {error === 'email' && (
          <p id="ap-email-error" className="font-semibold text-bad">
            {v('email')}
          </p>
        )}
        <input
          id="ap-email"
          name="email"
          type="email"
          required
          autoComplete="off"
          aria-invalid={error === 'email'}
          aria-describedby={error === 'email' ? 'ap-email-error' : undefined}
          className="block w-full rounded border border-muted px-3 py-2"
        />
        <button type="submit" className="rounded bg-brand-dark px-5 py-2 font-semibold text-white">
          {t('admin.find')}
        </button>
      </form>
    </div>
  );
}
