// The embeddable list's own document (proxy.ts rewrites /{locale}/embed here): outside app/[locale]
// so that none of the site's header, footer, skip link or client islands come with it — only the
// list, the site's stylesheet and the inline height script. The root layout only passes through.
import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { pageLocale } from '@/lib/i18n/page-locale';
import '../../globals.css';

export function generateStaticParams() {
  return [];
}

export async function generateMetadata({ params }: { params: Promise<{ locale: string }> }): Promise<Metadata> {
  const locale = pageLocale((await params).locale);
  const [t, m] = await Promise.all([
    getTranslations({ locale, namespace: 'embed' }),
    getTranslations({ locale, namespace: 'meta' }),
  ]);
  return { title: `${t('title')} – ${m('siteName')}` };
}

export default async function EmbedLayout({
  children,
  params,
}: {
  children: React.ReactNode;
  params: Promise<{ locale: string }>;
}) {
  const locale = pageLocale((await params).locale);
  return (
    <html lang={locale}>
      <body className="bg-white font-sans antialiased">{children}</body>
    </html>
  );
}
