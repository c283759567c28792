// Locales and URL strategy: every public page lives under /fi or /sv.
import { defineRouting } from 'next-intl/routing';

export const locales = ['fi', 'sv'] as const;
/** The one language type: every 'fi' | 'sv' in the code is this. */
export type Locale = (typeof locales)[number];

export const routing = defineRouting({
  locales,
  defaultLocale: 'fi',
  localePrefix: 'always',
});

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (locales as readonly string[]).includes(value);
}

/** A language from anywhere (a URL segment, a stored column, a form): Swedish if it says so, else Finnish. */
export const toLocale = (raw: unknown): Locale => (isLocale(raw) ? raw : 'fi');
