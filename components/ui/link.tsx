// A link to a page of the current locale ("/about" → "/fi/about"), rendered on the server as
// next/link. next-intl's own Link renders a client component that reads the locale from
// NextIntlClientProvider, which would put use-intl (and its ICU parser, ≈ 12 KB gz) and a provider
// with messages on every page; the locale is known here, so the browser needs neither. This module
// must not import lib/i18n/navigation either: its mere import makes next-intl's client Link part
// of every page's JavaScript.
// Server components only (it reads the request's locale). A link to the other language (next-intl's
// `locale` prop, which syncs the language cookie in the browser) is left to next-intl's Link inside
// a provider (the workspace preview does that).
import NextLink from 'next/link';
import type { ComponentProps } from 'react';
import { getLocale } from 'next-intl/server';

type Props = Omit<ComponentProps<typeof NextLink>, 'href' | 'locale'> & { href: string };

/**
 * What next-intl's getPathname gives for lib/i18n/routing.ts (every page under /fi or /sv, no
 * translated pathnames): app paths get the locale prefix ("/" → "/fi", "/?kind=x" → "/fi?kind=x");
 * "https://…", "mailto:…", "#…" and relative links stay as they are (tests/unit/link.test.ts).
 */
export function localeHref(href: string, locale: string): string {
  if (!href.startsWith('/') || href.startsWith('//')) return href;
  return `/${locale}${/^\/(\?.*)?$/.test(href) ? href.slice(1) : href}`;
}

export async function Link({ href, ...rest }: Props) {
  return <NextLink href={localeHref(href, await getLocale())} {...rest} />;
}
