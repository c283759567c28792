// Message catalogues for code outside React (route handlers): same files as the UI uses.
import fi from './messages/fi.json';
import sv from './messages/sv.json';
import type { AppLocale } from './routing';

export const catalogues = { fi, sv } as const;

/** Look up a dotted key ("api.invalidRegion") and fill {placeholders}. */
export function translate(locale: AppLocale, key: string, values: Record<string, string | number> = {}): string {
  let node: unknown = catalogues[locale];
  for (const part of key.split('.')) {
    node = node && typeof node === 'object' ? (node as Record<string, unknown>)[part] : undefined;
  }
  if (typeof node !== 'string') throw new Error(`Missing message ${key} for ${locale}`);
  return node.replace(/\{(\w+)\}/g, (_, name: string) => String(values[name] ?? `{${name}}`));
}

/** Choose the text of a bilingual content field, falling back to Finnish. */
export function localized(locale: AppLocale, fi: string, sv: string | null | undefined): string {
  return locale === 'sv' && sv && sv.trim() !== '' ? sv : fi;
}
