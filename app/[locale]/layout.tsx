import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { hasLocale } from 'next-intl';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { routing } from '@/lib/i18n/routing';
import { SiteHeader } from '@/components/site-header';
import { SiteFooter } from '@/components/site-footer';
import { ErrorTextsProvider } from '@/components/error-texts';
import '../globals.css';

// Nothing is rendered at build time (public pages read the database, which a build has not): each page
// is rendered when first asked for, and the public ones are then kept in the page cache.
export function generateStaticParams() {
  return [];
}

export async function generateMetadata({ params }: { params: Promise<{ locale: string }> }): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: 'meta' });
  return {
    title: { default: `${t('siteName')} – ${t('tagline')}`, template: `%s – ${t('siteName')}` },
    description: t('description'),
  };
}

export default async function LocaleLayout({
  children,
  params,
}: {
  children: React.ReactNode;
  params: Promise<{ locale: string }>;
}) {
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) notFound();
  setRequestLocale(locale);
  const t = await getTranslations({ locale, namespace: 'nav' });
  // No message provider here: client components that translate get their own (components/i18n/).
  const e = await getTranslations({ locale, namespace: 'errors' });
  return (
    <html lang={locale}>
      <body className="min-h-screen flex flex-col font-sans antialiased">
        <a
          href="#main"
          className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-50 focus:bg-white focus:px-4 focus:py-2 focus:shadow"
        >
          {t('skipToContent')}
        </a>
        <ErrorTextsProvider texts={{ title: e('errorTitle'), text: e('errorText'), retry: e('retry') }}>
          <SiteHeader />
          <main
            id="main"
            tabIndex={-1}
            className="flex-1 w-full max-w-5xl mx-auto px-4 py-6 sm:py-10 focus:outline-none"
          >
            {children}
          </main>
          <SiteFooter />
        </ErrorTextsProvider>
      </body>
    </html>
  );
}
