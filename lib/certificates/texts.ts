// Texts of the attendance certificate PDF. The texts are in the message catalogues (namespace
// `certificate.pdf`, lib/i18n/messages/*.json), formatted as ICU by lib/i18n/messages: the extent
// in hours is a plural ("1 tunti", "6,5 tuntia"), with the language's own decimal comma.
import { translate } from '@/lib/i18n/messages';
import type { Locale } from '@/lib/i18n/routing';

const LABELS = [
  'title',
  'intro',
  'attended',
  'session',
  'date',
  'hours',
  'mode',
  'onsite',
  'remote',
  'place',
  'trainers',
  'organiser',
  'organiserNetwork',
  'network',
  'continuing',
  'number',
  'issued',
  'verify',
] as const;

function build(lang: Locale) {
  const text = (key: string, values?: Record<string, string | number>) =>
    translate(lang, `certificate.pdf.${key}`, values);
  const labels = Object.fromEntries(LABELS.map((key) => [key, text(key)])) as Record<(typeof LABELS)[number], string>;
  return { ...labels, hoursValue: (hours: number) => text('hoursValue', { hours }) };
}

export type CertificateTexts = ReturnType<typeof build>;

const texts = { fi: build('fi'), sv: build('sv') };

export function certificateTexts(lang: Locale): CertificateTexts {
  return texts[lang];
}
