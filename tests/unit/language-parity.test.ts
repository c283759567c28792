// Language parity beyond the UI catalogues (tests/unit/i18n-parity.test.ts): every e-mail template
// text, calendar text and PDF text exists in Finnish and Swedish — and in English or any other
// language the moment a catalogue for it appears — with no empty text and the same placeholders.
// Calendar and certificate texts live in the UI catalogues (namespaces `calendar` and
// `certificate.pdf`); here they are checked as feeds, invitations and PDFs show them.
import { describe, expect, it } from 'vitest';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { calendarTexts } from '@/lib/calendar/texts';
import { certificateTexts } from '@/lib/certificates/texts';
import { formatIcu } from '@/lib/i18n/icu';
import { catalogues as uiCatalogues } from '@/lib/i18n/messages';
import type { Locale } from '@/lib/i18n/routing';

type Tree = { [k: string]: unknown };

/** Every leaf as [path, text]; functions are called with sample arguments, so their output is checked too. */
function leaves(tree: unknown, prefix = ''): [string, string][] {
  if (typeof tree === 'string') return [[prefix, tree]];
  if (typeof tree === 'function') {
    const args = Array.from({ length: tree.length }, (_, i) => (i === 0 ? 'HYKS-alue (Helsinki)' : true));
    return [[`${prefix}()`, String((tree as (...a: unknown[]) => unknown)(...args))]];
  }
  if (tree && typeof tree === 'object')
    return Object.entries(tree as Tree).flatMap(([k, v]) => leaves(v, prefix ? `${prefix}.${k}` : k));
  return [];
}

// An ICU plural or select that reached the reader unformatted (issue 14).
const RAW_ICU = /\{\w+, (plural|select|selectordinal)/;

const placeholders = (s: string) => [...s.matchAll(/\{(\w+)(?=[,}])/g)].map((m) => m[1]).sort();

const catalogues: Record<string, Record<string, unknown>> = {
  // Every mail's texts (participant mails, sign-in, invitation, survey, certificate, data access).
  'mail (namespace of lib/i18n/messages)': { fi: uiCatalogues.fi.mail, sv: uiCatalogues.sv.mail },
  'lib/calendar/texts': { fi: calendarTexts('fi'), sv: calendarTexts('sv') },
  'lib/certificates/texts': { fi: certificatePdf('fi'), sv: certificatePdf('sv') },
};

/** The PDF's texts as it prints them, the extent in hours for a few counts. */
function certificatePdf(lang: Locale) {
  const t = certificateTexts(lang);
  return { ...t, hoursValue: [0.5, 1, 2, 6.5].map((hours) => t.hoursValue(hours)) };
}

/** Sample calls of the calendar texts that are functions: every branch of their selects. */
function calendarOutputs(lang: Locale): [string, string][] {
  const t = calendarTexts(lang);
  const names = ['HYKS-alue (Helsinki)', 'KYS-alue', 'Pohjanmaa', 'Åbo (Turku)'];
  return [
    ...leaves(t),
    ...names.flatMap(
      (n) =>
        [
          [`feeds.region.name(${n})`, t.feeds.region.name(n)],
          [`feeds.region.description(${n}, true)`, t.feeds.region.description(n, true)],
          [`feeds.region.description(${n}, false)`, t.feeds.region.description(n, false)],
          [`feeds.province.name(${n})`, t.feeds.province.name(n)],
          [`feeds.theme.description(${n})`, t.feeds.theme.description(n)],
        ] as [string, string][],
    ),
    ['errors.badLang', t.errors.badLang('en')],
    ['errors.badNational', t.errors.badNational('2')],
  ];
}

describe('language parity of mails, calendars and PDFs', () => {
  // The UI catalogues decide which languages the app speaks (fi and sv; en when it is added).
  const languages = readdirSync(join(__dirname, '..', '..', 'lib', 'i18n', 'messages'))
    .map((f) => f.replace(/\.json$/, ''))
    .sort();

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
            if (text.length > 12 && words)
              expect(text, `${name} ${lang} ${key} is not translated`).not.toBe(reference.get(key));
          }
        }
      }
    });
  }

  // The catalogues whose texts are formatted as ICU (lib/i18n/icu): every text, with every choice of
  // its selects and a few counts, formats cleanly.
  const icuCatalogues = ['mail (namespace of lib/i18n/messages)'];
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

  // Feeds, invitations, calendar links and PDFs: what the reader gets is formatted text, never a
  // pattern — no raw plural or select and no {placeholder} left, in every language.
  for (const lang of ['fi', 'sv'] as const) {
    it(`calendar and certificate texts come out formatted, no raw ICU or {…} (${lang})`, () => {
      const outputs = [...calendarOutputs(lang), ...leaves(certificatePdf(lang))];
      expect(outputs.length).toBeGreaterThan(60);
      for (const [key, text] of outputs) {
        expect(text, `${lang} ${key}`).not.toMatch(RAW_ICU);
        expect(text, `${lang} ${key}`).not.toMatch(/[{}]/);
      }
      // The Finnish region feed inflects "-alue" names and keeps any other name in its basic form.
      if (lang === 'fi') {
        expect(calendarTexts('fi').feeds.region.name('HYKS-alue (Helsinki)')).toBe('Kokoon – HYKS-alueen tapahtumat');
        expect(calendarTexts('fi').feeds.region.name('Pohjanmaa')).toBe('Kokoon – tapahtumat: Pohjanmaa');
        expect(certificateTexts('fi').hoursValue(1)).toBe('1 tunti');
        expect(certificateTexts('fi').hoursValue(6.5)).toBe('6,5 tuntia');
      } else {
        expect(calendarTexts('sv').feeds.region.description('HYKS', false)).toBe('VIP-nätverkets evenemang i HYKS.');
        expect(certificateTexts('sv').hoursValue(1)).toBe('1 timme');
      }
    });

    it(`every calendar and certificate text of the catalogue formats with every choice (${lang})`, () => {
      const tree = uiCatalogues[lang] as unknown as Record<string, Record<string, unknown>>;
      const texts = [...leaves(tree.calendar, 'calendar'), ...leaves(tree.certificate.pdf, 'certificate.pdf')];
      expect(texts.length).toBeGreaterThan(50);
      for (const [key, text] of texts) {
        for (const choice of ['alue', 'other', 'yes', 'no']) {
          for (const count of [1, 6.5]) {
            const values = Object.fromEntries(placeholders(text).map((n) => [n, n === 'hours' ? count : choice]));
            const out = formatIcu(lang, text, values);
            expect(out, `${lang} ${key}`).not.toMatch(/[{}]/);
          }
        }
      }
    });
  }
});
