// Rendering the mails of lib/surveys, lib/certificates and lib/privacy for the worker. A certificate
// mail gets its PDF here, at send time, so the outbox never stores a file and the PDF always shows
// the current name and attendance.
import { renderFollowupMail, type FollowupMailPayload } from '@/emails/followup';
import { buildCertificate } from '@/lib/certificates/build';

export async function renderFollowupOutgoing(payload: FollowupMailPayload) {
  const rendered = await renderFollowupMail(payload);
  if (payload.kind !== 'certificate') return rendered;
  const cert = await buildCertificate(payload.registrationId);
  // No longer attended (unmarked since, or anonymised): fail, so the mail is retried and then shows as failed.
  if (!cert.ok) throw new Error(`certificate for registration ${payload.registrationId}: ${cert.error}`);
  return { ...rendered, attachments: [{ filename: cert.value.filename, content: cert.value.pdf, contentType: 'application/pdf' }] };
}
