// Language parity beyond the UI catalogues (tests/unit/i18n-parity.test.ts): every e-mail template
// text, calendar text and PDF text exists in Finnish and Swedish — and in English or any other
// language the moment a catalogue for it appears — with no empty text and the same placeholders.
import { describe, expect, it } from 'vitest';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import * as calendarTexts from '@/lib/calendar/texts';
import * as certificateTexts from '@/lib/certificates/texts';
import { formatIcu } from '@/lib/i18n/icu';
import { catalogues as ui } from '@/lib/i18n/messages';
import type { Locale } from '@/lib/i18n/routing';

type Tree = { [k: string]: unknown };

/** Every leaf as [path, text]; functions are called with sample arguments, so their output is checked too. */
function leaves(tree: unknown, prefix = ''): [string, string][] {
  if (typeof tree === 'string') return [[prefix, tree]];
  if (typeof tree === 'function') {
    const args = Array.from({ length: tree.length }, (_, i) => (i === 0 ? 'HYKS-alue (Helsinki)' : true));
    return [[`${prefix}()`, String((tree as (...a: unknown[]) => unknown)(...args))]];
  }
  if (tree && typeof tree === 'object') return Object.entries(tree as Tree).flatMap(([k, v]) => leaves(v, prefix ? `${prefix}.${k}` : k));
  return [];
}

// An ICU plural or select that reached the reader unformatted (issue 14).
const RAW_ICU = /\{\w+, (plural|select|selectordinal)/;

const placeholders = (s: string) => [...s.matchAll(/\{(\w+)(?=[,}])/g)].map((m) => m[1]).sort();

const catalogues: Record<string, Record<string, unknown>> = {
  // Every mail's texts (participant mails, sign-in, invitation, survey, certificate, data access).
  'mail (namespace of lib/i18n/messages)': { fi: ui.fi.mail, sv: ui.sv.mail },
  'lib/calendar/texts': { fi: calendarTexts.fi, sv: calendarTexts.sv },
  'lib/certificates/texts': { fi: certificateTexts.fi, sv: certificateTexts.sv },
};

describe('language parity of mails, calendars and PDFs', () => {
  // The UI catalogues decide which languages the app speaks (fi and sv; en when it is added).
  const languages = readdirSync(join(__dirname, '..', '..', 'lib', 'i18n', 'messages')).map((f) => f.replace(/\.json$/, '')).sort();

  it('speaks Finnish and Swedish at least', () => {
    expect(languages).toEqual(expect.arrayContaining(['fi', 'sv']));
  });

  for (const [name, byLanguage] of Object.entries(catalogues)) {
    it(`${name}: every text in every language, none empty, same placeholders`, () => {
      const reference = new Map(leaves(byLanguage.fi));
      expect(reference.size, name).toBeGreaterThan(0);
      for (const lang of languages) {
        expect(byLanguage[lang], `${name} has no ${lang}`).toBeTruthy();
        const texts = new Map(leaves(byLanguage[lang]));
        expect([...texts.keys()].sort(), `${name} ${lang}`).toEqual([...reference.keys()].sort());
        for (const [key, text] of texts) {
          expect(text.trim(), `${name} ${lang} ${key}`).not.toBe('');
          expect(placeholders(text), `${name} ${lang} ${key}`).toEqual(placeholders(reference.get(key)!));
          if (lang !== 'fi' && !/brand/.test(key)) {
            // A Swedish text that is word for word the Finnish one is usually a forgotten translation.
            // (Not a text that holds no words of its own, only placeholders and punctuation.)
            const words = text.replace(/\{[^}]*\}/g, '').replace(/[\s\p{P}]/gu, '');
            if (text.length > 12 && words) expect(text, `${name} ${lang} ${key} is not translated`).not.toBe(reference.get(key));
          }
        }
      }
    });
  }

  // The catalogues whose texts are formatted as ICU (lib/i18n/icu): every text, with every choice of
  // its selects and a few counts, formats cleanly.
  const icuCatalogues = ['mail (namespace of lib/i18n/messages)', 'lib/certificates/texts'];
  for (const name of icuCatalogues) {
    it(`${name}: every text formats as ICU in every language, with no raw plural or select left`, () => {
      for (const lang of languages) {
        for (const [key, text] of leaves(catalogues[name][lang])) {
          const names = [...new Set(placeholders(text))];
          for (const choice of ['today', 'tomorrow', 'later']) {
            for (const count of [1, 2, 6.5]) {
              const values = Object.fromEntries(names.map((n) => [n, n === 'day' ? choice : count]));
              const out = formatIcu(lang as Locale, text, values);
              expect(out, `${name} ${lang} ${key}`).not.toMatch(RAW_ICU);
              expect(out, `${name} ${lang} ${key}`).not.toMatch(/[{}]/);
            }
          }
        }
      }
    });
  }
});
