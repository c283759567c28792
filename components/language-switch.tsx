'use client';
// Switches between Finnish and Swedish on the same page, keeping the query (filters) as it is.
// Needs only Next's own hooks: the locale comes as a prop, so no message provider is involved.
import { usePathname, useSearchParams } from 'next/navigation';
import type { Locale } from '@/lib/i18n/routing';

export function LanguageSwitch({ locale, label, text }: { locale: Locale; label: string; text: string }) {
  const rest = usePathname().replace(/^\/(fi|sv)(?=\/|$)/, '');
  const search = useSearchParams().toString();
  const other = locale === 'fi' ? 'sv' : 'fi';
  const href = `/${other}${rest}${search ? `?${search}` : ''}`;
  return (
    <a
      href={href}
      hrefLang={other}
      lang={other}
      aria-label={label}
      className="inline-block rounded border border-brand px-3 py-1 font-semibold no-underline hover:bg-brand-light"
    >
      {text}
    </a>
  );
}
