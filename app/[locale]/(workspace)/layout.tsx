// Workspace pages: their own navigation above each page, and their client components (editors,
// door check-in, messages) get the message namespaces they need on top of the public ones.
import { NextIntlClientProvider } from 'next-intl';
import { getMessages } from 'next-intl/server';
import { WORKSPACE_CLIENT_NAMESPACES, pickMessages } from '@/lib/i18n/client-messages';
import { pageLocale } from '@/lib/i18n/page-locale';
import { WorkspaceNav } from '@/components/workspace/workspace-nav';

// Personal or per-request: never from the page cache (public pages are; see lib/cache/page-cache.mjs).
export const dynamic = 'force-dynamic';

export default async function WorkspaceLayout({
  children,
  params,
}: {
  children: React.ReactNode;
  params: Promise<{ locale: string }>;
}) {
  const locale = pageLocale((await params).locale);
  return (
    <NextIntlClientProvider messages={pickMessages(await getMessages(), WORKSPACE_CLIENT_NAMESPACES)}>
      <WorkspaceNav locale={locale} />
      {children}
    </NextIntlClientProvider>
  );
}
