// Locales and URL strategy: every public page lives under /fi or /sv.
import { defineRouting } from 'next-intl/routing';

export const locales = ['fi', 'sv'] as const;
export type AppLocale = (typeof locales)[number];

export const routing = defineRouting({
  locales,
  defaultLocale: 'fi',
  localePrefix: 'always',
});

export function isLocale(value: unknown): value is AppLocale {
  return typeof value === 'string' && (locales as readonly string[]).includes(value);
}
