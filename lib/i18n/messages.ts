// Message catalogues for code outside React (route handlers): same files as the UI uses.
import fi from './messages/fi.json';
import sv from './messages/sv.json';
import type { Locale } from './routing';
import { catalogueTranslator } from './icu';

export const catalogues = { fi, sv } as const;

const translators = { fi: catalogueTranslator('fi', fi), sv: catalogueTranslator('sv', sv) };

/**
 * Look up a dotted key ("api.invalidRegion") and format it as ICU, as the UI does: {placeholders},
 * plurals and selects. A missing key throws; a missing plain {value} stays "{value}" as it always
 * has (some error texts are shown with whatever parameters the error carried).
 */
export function translate(locale: Locale, key: string, values: Record<string, string | number> = {}): string {
  let node: unknown = catalogues[locale];
  for (const part of key.split('.')) {
    node = node && typeof node === 'object' ? (node as Record<string, unknown>)[part] : undefined;
  }
  if (typeof node !== 'string') throw new Error(`Missing message ${key} for ${locale}`);
  const filled = { ...values };
  for (const [, name] of node.matchAll(/\{(\w+)\}/g)) if (!(name in filled)) filled[name] = `{${name}}`;
  return translators[locale](key, filled);
}

/** Choose the text of a bilingual content field, falling back to Finnish. */
export function localized(locale: Locale, fi: string, sv: string | null | undefined): string {
  return locale === 'sv' && sv && sv.trim() !== '' ? sv : fi;
}

/**
 * The text of a bilingual content field for `locale`, and whether it fell back to Finnish: a Swedish
 * page shows such text with `lang="fi"` and a visible "(på finska)" (WCAG 3.1.2) — see
 * components/ui/localized-text.tsx, the one place that renders the marker.
 */
export function localizedField(
  locale: Locale,
  fi: string | null | undefined,
  sv: string | null | undefined,
): { text: string; fallback: boolean } {
  if (locale === 'sv' && sv && sv.trim() !== '') return { text: sv, fallback: false };
  const text = fi ?? '';
  return { text, fallback: locale === 'sv' && text.trim() !== '' };
}
