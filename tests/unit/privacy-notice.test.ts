// What the privacy notice says about where personal data goes follows from the mail transport: Resend
// (a US service) is named as a processor with the basis of the transfer; SMTP and the dev mailbox keep
// the data in the EU/EEA and the notice says so.
import { describe, expect, it } from 'vitest';
import fi from '@/lib/i18n/messages/fi.json';
import sv from '@/lib/i18n/messages/sv.json';
import { privacyNotice } from '@/lib/privacy/notice';

const fill = (text: string, values: Record<string, string>) =>
  text.replace(/\{(\w+)\}/g, (_, k: string) => values[k] ?? `{${k}}`);

describe('privacy notice statements', () => {
  it('with Resend, names the processor and the transfer basis, and makes no "no transfer" claim', () => {
    const n = privacyNotice({ MAIL_TRANSPORT: 'resend' });
    expect(n.recipients).toBe('recipientsTransfer');
    expect(n.transfers).toEqual([{ processor: 'Resend, Inc.', purpose: 'mail', country: 'US', basis: 'dpfOrScc' }]);
    for (const [messages, words] of [
      [
        fi.privacy,
        [
          'Resend, Inc.',
          'sähköposti',
          'Yhdysv',
          'EU:n ja Yhdysvaltojen välisen tietosuojakehyksen',
          'vakiosopimuslausekkeet',
        ],
      ],
      [sv.privacy, ['Resend, Inc.', 'e-post', 'USA', 'dataskyddsramen mellan EU och USA', 'standardavtalsklausuler']],
    ] as const) {
      const recipients = messages[n.recipients];
      expect(recipients).not.toMatch(/siirretä EU:n ja ETA:n|överförs inte utanför/);
      const transfer = fill(messages.transfer, { processor: n.transfers[0].processor });
      for (const w of words) expect(transfer).toContain(w);
    }
  });

  it.each(['smtp', 'dev'] as const)('with %s, keeps the statement that nothing leaves the EU/EEA', (transport) => {
    const n = privacyNotice({ MAIL_TRANSPORT: transport });
    expect(n).toEqual({ recipients: 'recipients', transfers: [] });
    expect(fi.privacy[n.recipients]).toContain('siirretä EU:n ja ETA:n ulkopuolelle');
    expect(sv.privacy[n.recipients]).toContain('överförs inte utanför EU och EES');
  });
});
