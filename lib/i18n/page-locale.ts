import 'server-only';
import { notFound } from 'next/navigation';
import { setRequestLocale } from 'next-intl/server';
import { isLocale, type Locale } from './routing';

/**
 * Every page checks its own [locale] segment: Next renders a page in parallel with its layout, so
 * a path like /favicon.ico would otherwise reach the page with "favicon.ico" as the locale.
 */
export function pageLocale(locale: string): Locale {
  if (!isLocale(locale)) notFound();
  setRequestLocale(locale);
  return locale;
}
