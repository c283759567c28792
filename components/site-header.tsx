import { Suspense } from 'react';
import { getLocale, getTranslations } from 'next-intl/server';
import { Link } from '@/components/ui/link';
import { LanguageSwitch } from './language-switch';
import { toLocale } from '@/lib/i18n/routing';

export async function SiteHeader() {
  const t = await getTranslations('nav');
  const m = await getTranslations('meta');
  const locale = await getLocale();
  return (
    <header className="bg-white border-b border-line">
      <div className="max-w-5xl mx-auto px-4 py-3 flex flex-wrap items-center gap-x-6 gap-y-2">
        <Link href="/" className="no-underline text-ink mr-auto">
          <span className="block text-2xl font-bold tracking-tight text-brand-dark">{m('siteName')}</span>
          <span className="block text-sm text-muted">{m('tagline')}</span>
        </Link>
        <nav aria-label={t('main')} className="order-last w-full sm:order-none sm:w-auto">
          <ul className="flex flex-wrap gap-x-5 gap-y-1 text-base">
            <li>
              <Link href="/" className="font-semibold">
                {t('events')}
              </Link>
            </li>
            <li>
              <Link href="/past" className="font-semibold">
                {t('past')}
              </Link>
            </li>
            <li>
              <Link href="/regions" className="font-semibold">
                {t('regions')}
              </Link>
            </li>
            <li>
              <Link href="/about" className="font-semibold">
                {t('about')}
              </Link>
            </li>
          </ul>
        </nav>
        <Suspense fallback={<a href={`/${locale === 'fi' ? 'sv' : 'fi'}`}>{t('switchLanguage')}</a>}>
          <LanguageSwitch locale={toLocale(locale)} label={t('switchLanguageLabel')} text={t('switchLanguage')} />
        </Suspense>
      </div>
    </header>
  );
}
