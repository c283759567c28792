// ICU MessageFormat outside React: the same formatter (next-intl, over intl-messageformat) that the
// UI uses, for texts formatted in route handlers, server actions, mails and PDFs. A plural or select
// in a text is resolved, never shown raw, and a missing value is an error rather than "{name}".
// Patterns are catalogue texts only, never user input (so the cache below stays small, and no one
// can write ICU syntax into a text).
//
// `createTranslator` is next-intl's (its entry re-exports use-intl/core), imported from the core
// directly: next-intl's own entry loads React context code, which fails where modules run outside
// Next under the react-server condition (`npm run bench:feeds`). use-intl is pinned with next-intl
// in package.json's overrides.
import type { Locale } from './routing';
import { createTranslator } from 'use-intl/core';

export type IcuValues = Record<string, string | number>;

function fail(error: { message: string }): never {
  throw new Error(error.message);
}

type Translator = (key: string, values?: IcuValues) => string;
const translators = new Map<string, Translator>();
const ONLY = 'pattern'; // the one message of a single-pattern translator

/** Formats one ICU pattern (e.g. "{hours, plural, one {# tunti} other {# tuntia}}") in a language. */
export function formatIcu(locale: Locale, pattern: string, values: IcuValues = {}): string {
  const cacheKey = `${locale}\u0000${pattern}`;
  let t = translators.get(cacheKey);
  if (!t) {
    // One message per translator: keys are not looked up as paths, so any text can be the pattern.
    t = createTranslator({ locale, messages: { [ONLY]: pattern }, onError: fail }) as unknown as Translator;
    translators.set(cacheKey, t);
  }
  return t(ONLY, values);
}

/** A translator over a whole catalogue (dotted keys), created once per language. */
export function catalogueTranslator(locale: Locale, messages: Record<string, unknown>): Translator {
  return createTranslator({ locale, messages, onError: fail }) as unknown as Translator;
}
