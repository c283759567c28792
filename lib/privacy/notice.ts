// What the privacy notice says about recipients and transfers outside the EU/EEA, decided from the
// installation's configuration (pure, so that it can be tested without rendering the page). The mail
// transport is the one setting that moves personal data abroad: Resend (Resend, Inc., USA) delivers
// the mail as a processor; SMTP (the installation's own relay) and the dev mailbox keep it here.
import type { Config } from '@/lib/config';

export type Transfer = {
  processor: string;
  /** What the processor does with the data (the message key privacy.transfer says it). */
  purpose: 'mail';
  country: 'US';
  /** The processor's certification under the EU–US Data Privacy Framework, or standard contractual clauses. */
  basis: 'dpfOrScc';
};

export type PrivacyNotice = {
  /** The message key (privacy namespace) for "who sees the data": with or without the "no transfer" claim. */
  recipients: 'recipients' | 'recipientsTransfer';
  /** Transfers outside the EU/EEA that the notice names (privacy.transfer, one paragraph each). */
  transfers: Transfer[];
};

export function privacyNotice(c: Pick<Config, 'MAIL_TRANSPORT'>): PrivacyNotice {
  if (c.MAIL_TRANSPORT === 'resend') {
    return {
      recipients: 'recipientsTransfer',
      transfers: [{ processor: 'Resend, Inc.', purpose: 'mail', country: 'US', basis: 'dpfOrScc' }],
    };
  }
  return { recipients: 'recipients', transfers: [] };
}
