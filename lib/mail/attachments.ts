// What the worker adds to a mail when it sends it, as the template registry (emails/registry.ts)
// says: a registration mail's calendar invitation (and an on-site participant's door check-in QR
// code, and a remote one's personal stream link in the invitation), or a certificate mail's PDF.
// Made at send time, so the outbox never stores a file and the PDF shows the current name and
// attendance; an invitation's DTSTAMP is the outbox row's time, so a retry is byte for byte the same.
import type { MailData } from '@/emails/render';
import type { CertificateMailPayload } from '@/emails/followup';
import { buildInvitation } from '@/lib/calendar/invitation';
import { buildCertificate, buildSampleCertificate } from '@/lib/certificates/build';
import { withCheckInCode, withPersonalStreamLink, type RegistrationMailPayload } from './compose';
import type { OutgoingMail } from './transports';

export type Additions<P> = { props: P; ics?: OutgoingMail['ics']; attachments?: OutgoingMail['attachments'] };

function parseFrom(from: string): { name: string; email: string } {
  const m = /^(.*)<([^>]+)>\s*$/.exec(from);
  return m ? { name: m[1].trim().replace(/^"|"$/g, ''), email: m[2].trim() } : { name: 'Kokoon', email: from.trim() };
}

/** The .ics invitation (or its withdrawal) a registration mail was queued with, and the check-in QR code. */
export async function withInvitation(
  stored: RegistrationMailPayload,
  row: { registrationId?: number | null; createdAt?: Date },
  from: string,
): Promise<Additions<MailData>> {
  const withCode = await withCheckInCode(stored, row.registrationId);
  const payload = withPersonalStreamLink(withCode.payload, row.registrationId);
  const inv = payload.invitation;
  const ics = inv && {
    method: inv.method,
    content: buildInvitation({
      ...inv,
      start: new Date(inv.start),
      end: new Date(inv.end),
      organizer: parseFrom(from),
      status: inv.method === 'CANCEL' ? 'CANCELLED' : 'CONFIRMED',
      // The same bytes on every retry: Resend refuses a repeated Idempotency-Key with another payload.
      stamp: row.createdAt,
    }),
  };
  // The check-in QR code travels as an inline attachment the HTML refers to by `cid:`.
  return { props: payload.data, ics, attachments: withCode.inline.length ? withCode.inline : undefined };
}

/** The attendance certificate PDF, built from the registration as it is now. */
export async function withCertificate(payload: CertificateMailPayload): Promise<Additions<CertificateMailPayload>> {
  // An organiser's test mail carries a sample of the event's certificate with their own name.
  const cert = payload.test
    ? await buildSampleCertificate(payload.test.eventId, payload.test.name, payload.locale)
    : await buildCertificate(payload.registrationId);
  // No longer attended (unmarked since, or anonymised): fail, so the mail is retried and then shows as failed.
  if (!cert.ok) throw new Error(`certificate for registration ${payload.registrationId}: ${cert.error}`);
  return {
    props: payload,
    attachments: [{ filename: cert.value.filename, content: cert.value.pdf, contentType: 'application/pdf' }],
  };
}
