// Texts with ICU plurals and selects, as a user sees them: the organiser's "message queued" note and
// the hours on an attendance certificate, in Finnish and Swedish (issue 14).
import { describe, expect, it } from 'vitest';
import { extractText } from 'unpdf';
import { translate } from '@/lib/i18n/messages';
import { renderCertificatePdf, type CertificateData } from '@/lib/certificates/pdf';
import type { Locale } from '@/lib/i18n/routing';

const RAW_ICU = /\{\w+, (plural|select)/;

describe('organiser message queued note', () => {
  it('says how many recipients, in words, not as an ICU pattern', () => {
    expect(translate('fi', 'messages.done.queued', { count: 3 })).toBe('Viesti on jonossa 3 vastaanottajalle.');
    expect(translate('fi', 'messages.done.queued', { count: 1 })).toBe('Viesti on jonossa 1 vastaanottajalle.');
    expect(translate('sv', 'messages.done.queued', { count: 3 })).toBe('Meddelandet står i kö till 3 mottagare.');
    expect(translate('sv', 'messages.done.queued', { count: 1 })).toBe('Meddelandet står i kö till 1 mottagare.');
    for (const l of ['fi', 'sv'] as const)
      expect(translate(l, 'messages.done.queued', { count: 3 })).not.toMatch(RAW_ICU);
  });
});

describe('certificate hours', () => {
  const base: Omit<CertificateData, 'locale' | 'hours'> = {
    name: 'Aino Testinen',
    course: 'Koulutus',
    session: null,
    date: 'ke 3.4.2026',
    mode: 'onsite',
    place: null,
    trainers: null,
    organiser: 'VIP-verkosto',
    number: 'K-1',
    issued: '3.4.2026',
  };
  const text = async (locale: Locale, hours: number) =>
    (
      await extractText(new Uint8Array(await renderCertificatePdf({ ...base, locale, hours } as CertificateData)), {
        mergePages: true,
      })
    ).text.replace(/\s+/g, ' ');

  it('says "1 tunti" / "1 timme" for one hour and the plural for other counts, fractions with a comma', async () => {
    expect(await text('fi', 1)).toContain('1 tunti ');
    expect(await text('sv', 1)).toContain('1 timme ');
    expect(await text('fi', 1)).not.toContain('1 tuntia');
    expect(await text('sv', 1)).not.toContain('1 timmar');
    expect(await text('fi', 2)).toContain('2 tuntia');
    expect(await text('sv', 2)).toContain('2 timmar');
    expect(await text('fi', 6.5)).toContain('6,5 tuntia');
    expect(await text('sv', 6.5)).toContain('6,5 timmar');
  });
});
