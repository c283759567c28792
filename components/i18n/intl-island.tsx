// Wraps one client component that translates with next-intl (useTranslations) in a provider with
// just the namespaces it needs, instead of a provider around every page.
import { NextIntlClientProvider } from 'next-intl';
import { getMessages } from 'next-intl/server';
import type { ReactNode } from 'react';
import { PUBLIC_CLIENT_NAMESPACES, pickMessages } from '@/lib/i18n/client-messages';

export async function IntlIsland({
  namespaces = PUBLIC_CLIENT_NAMESPACES,
  children,
}: {
  namespaces?: readonly string[];
  children: ReactNode;
}) {
  return (
    <NextIntlClientProvider messages={pickMessages(await getMessages(), namespaces)}>{children}</NextIntlClientProvider>
  );
}
