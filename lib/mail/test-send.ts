import 'server-only';
// "Send a test to me" before a bulk sending (an organiser's message, certificates, the feedback
// survey): the mail goes through the outbox like any other, but only to the signed-in organiser's
// own address (taken from the session, never from a form), with no registration behind it, at most
// TEST_MAILS_PER_MINUTE per organiser, and written in the audit log. What the mail says and where
// its links lead is the caller's business: a test's links must not reach real data.
import { db } from '@/db/client';
import { writeAudit } from '@/lib/audit';
import { hitRateLimit } from '@/lib/rate-limit';
import type { Organiser } from '@/lib/auth/guards';
import type { Locale } from '@/lib/i18n/routing';
import { enqueue, type QueuedMail } from './outbox';

export const TEST_MAILS_PER_MINUTE = 5;

export type TestMailKind = 'message' | 'certificate' | 'survey';
export type TestMailResult =
  | { ok: true; value: { to: string } }
  | { ok: false; error: 'mailPreview.errors.rateLimited'; params: { seconds: number } };

/** Queues a test mail to the organiser. `mail` is what a recipient of `language` would get. */
export async function queueTestMail(
  o: Organiser,
  test: { eventId: number; kind: TestMailKind; language: Locale },
  mail: Omit<QueuedMail, 'toEmail' | 'registrationId' | 'key' | 'locale'>,
  now = new Date(),
): Promise<TestMailResult> {
  const limit = await hitRateLimit(`test-mail:${o.id}`, TEST_MAILS_PER_MINUTE, now);
  if (!limit.allowed)
    return { ok: false, error: 'mailPreview.errors.rateLimited', params: { seconds: limit.retryAfterSeconds } };
  await db().transaction(async (tx) => {
    await enqueue(tx, { ...mail, locale: test.language, toEmail: o.email, registrationId: null });
    await writeAudit(tx, o, 'mail.test', `event:${test.eventId}`, {
      eventId: test.eventId,
      kind: test.kind,
      language: test.language,
    });
  });
  return { ok: true, value: { to: o.email } };
}
