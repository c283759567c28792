'use client';
// Switches between Finnish and Swedish on the same page, keeping the query (filters) as it is.
import { useLocale } from 'next-intl';
import { useSearchParams } from 'next/navigation';
import { usePathname } from '@/lib/i18n/navigation';

export function LanguageSwitch({ label, text }: { label: string; text: string }) {
  const locale = useLocale();
  const pathname = usePathname();
  const search = useSearchParams().toString();
  const other = locale === 'fi' ? 'sv' : 'fi';
  const href = `/${other}${pathname === '/' ? '' : pathname}${search ? `?${search}` : ''}`;
  return (
    <a href={href} hrefLang={other} lang={other} aria-label={label}
      className="inline-block rounded border border-brand px-3 py-1 font-semibold no-underline hover:bg-brand-light">
      {text}
    </a>
  );
}
