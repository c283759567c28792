// Texts with ICU plurals and selects, as a user sees them: the organiser's "message queued" note and
// the hours on an attendance certificate, in Finnish and Swedish (issue 14).
import { describe, expect, it } from 'vitest';
import { translate } from '@/lib/i18n/messages';

const RAW_ICU = /\{\w+, (plural|select)/;

describe('organiser message queued note', () => {
  it('says how many recipients, in words, not as an ICU pattern', () => {
    expect(translate('fi', 'messages.done.queued', { count: 3 })).toBe('Viesti on jonossa 3 vastaanottajalle.');
    expect(translate('fi', 'messages.done.queued', { count: 1 })).toBe('Viesti on jonossa 1 vastaanottajalle.');
    expect(translate('sv', 'messages.done.queued', { count: 3 })).toBe('Meddelandet står i kö till 3 mottagare.');
    expect(translate('sv', 'messages.done.queued', { count: 1 })).toBe('Meddelandet står i kö till 1 mottagare.');
    for (const l of ['fi', 'sv'] as const) expect(translate(l, 'messages.done.queued', { count: 3 })).not.toMatch(RAW_ICU);
  });
});
