// The outbox worker: claims pending mails with FOR UPDATE SKIP LOCKED (several workers or app
// instances never take the same row), renders them in the recipient's language, sends them and
// marks them sent in the same transaction. A failure is retried with exponential backoff; a mail
// is never dropped silently (after MAX_ATTEMPTS it is marked failed and stays visible).
import { and, asc, eq, inArray, lte, notInArray, sql } from 'drizzle-orm';
import { db } from '@/db/client';
import { mailOutbox } from '@/db/schema';
import { renderMail } from '@/emails/render';
import { renderSignInMail } from '@/emails/signin';
import { buildInvitation } from '@/lib/calendar/invitation';
import { config } from '@/lib/config';
import { withCheckInCode, type OutboxPayload, type RegistrationMailPayload } from './compose';
import { FOLLOWUP_KINDS, type FollowupMailPayload } from '@/emails/followup';
import { renderFollowupOutgoing } from './followup';
import { markCertificateMailed } from '@/lib/certificates/build';
import { RateLimitedError, type MailTransport } from './transports';

export const MAX_ATTEMPTS = 12;
const BULK_KINDS = ['survey', 'certificate'];
const BULK_BATCH = 3;

/** 10 s, 20 s, 40 s … (MAIL_RETRY_BASE_MS doubling) capped at one hour. */
export function backoffMs(attempts: number, base = config().MAIL_RETRY_BASE_MS): number {
  return Math.min(3600_000, base * 2 ** Math.max(0, attempts - 1));
}

function parseFrom(from: string): { name: string; email: string } {
  const m = /^(.*)<([^>]+)>\s*$/.exec(from);
  return m ? { name: m[1].trim().replace(/^"|"$/g, ''), email: m[2].trim() } : { name: 'Kokoon', email: from.trim() };
}

export async function renderOutgoing(row: { toEmail: string; payload: unknown; idempotencyKey: string; registrationId?: number | null }) {
  const stored = row.payload as OutboxPayload;
  const from = config().MAIL_FROM;
  if ((FOLLOWUP_KINDS as readonly string[]).includes(stored.kind)) {
    return { to: row.toEmail, from, ...(await renderFollowupOutgoing(stored as FollowupMailPayload)), idempotencyKey: row.idempotencyKey };
  }
  const payload = stored.kind === 'signin' ? stored : await withCheckInCode(stored as RegistrationMailPayload, row.registrationId);
  if (payload.kind === 'signin') {
    const rendered = await renderSignInMail(payload.locale, payload.url);
    return { to: row.toEmail, from, ...rendered, idempotencyKey: row.idempotencyKey };
  }
  const rendered = await renderMail(payload.kind, payload.data);
  const inv = payload.invitation;
  const ics = inv && {
    method: inv.method,
    content: buildInvitation({
      ...inv, start: new Date(inv.start), end: new Date(inv.end),
      organizer: parseFrom(from),
      status: inv.method === 'CANCEL' ? 'CANCELLED' : 'CONFIRMED',
    }),
  };
  return { to: row.toEmail, from, subject: rendered.subject, html: rendered.html, text: rendered.text, ics, idempotencyKey: row.idempotencyKey };
}

/** Sends what is due, batch by batch, until nothing is left. Returns counts for this call. */
export async function drainOutbox(transport: MailTransport, opts: { batchSize?: number; now?: () => Date } = {}) {
  const batchSize = opts.batchSize ?? 20;
  const now = opts.now ?? (() => new Date());
  let sent = 0;
  let failed = 0;
  let paused = false;
  for (;;) {
    const claimed = await db().transaction(async (tx) => {
      // Bulk mails (surveys, certificates: a PDF each) wait behind the rest and go a few at a time,
      // so a sign-in link or a confirmation queued meanwhile never waits for a whole bulk sending.
      const due = (bulk: boolean) => and(eq(mailOutbox.status, 'pending'), lte(mailOutbox.nextAttemptAt, now()),
        bulk ? inArray(mailOutbox.kind, BULK_KINDS) : notInArray(mailOutbox.kind, BULK_KINDS));
      let rows = await tx.select().from(mailOutbox).where(due(false))
        .orderBy(asc(mailOutbox.id)).limit(batchSize).for('update', { skipLocked: true });
      let bulk = false;
      if (rows.length === 0) {
        bulk = true;
        rows = await tx.select().from(mailOutbox).where(due(true)).orderBy(asc(mailOutbox.id)).limit(BULK_BATCH).for('update', { skipLocked: true });
      }
      for (const row of rows) {
        if (paused) break; // the rest of the batch stays pending, untouched, for the next round
        try {
          await transport.send(await renderOutgoing(row));
          if (row.kind === 'certificate' && row.registrationId) await markCertificateMailed(row.registrationId, now());
          // The body may hold a manage link: it is not kept once the mail is out.
          await tx.update(mailOutbox).set({ status: 'sent', sentAt: now(), payload: null, attempts: row.attempts + 1, lastError: null })
            .where(eq(mailOutbox.id, row.id));
          sent++;
        } catch (err) {
          if (err instanceof RateLimitedError) {
            // The provider asks us to slow down: not a failed attempt. Back later, and stop this round.
            await tx.update(mailOutbox).set({ nextAttemptAt: new Date(now().getTime() + err.retryAfterMs), lastError: err.message.slice(0, 1000) })
              .where(eq(mailOutbox.id, row.id));
            paused = true;
            continue;
          }
          const attempts = row.attempts + 1;
          const giveUp = attempts >= MAX_ATTEMPTS;
          await tx.update(mailOutbox).set({
            attempts,
            status: giveUp ? 'failed' : 'pending',
            nextAttemptAt: new Date(now().getTime() + backoffMs(attempts)),
            lastError: String((err as Error)?.message ?? err).slice(0, 1000),
          }).where(eq(mailOutbox.id, row.id));
          failed++;
        }
      }
      // Done once a look at the bulk mails finds less than a batch; after other mails, look again.
      return bulk && rows.length < BULK_BATCH ? 'done' : 'more';
    });
    if (claimed === 'done' || paused) break;
  }
  return { sent, failed };
}

/** Counts of the outbox by status (for tests, the progress view and health checks). */
export async function outboxCounts(): Promise<Record<'pending' | 'sent' | 'failed', number>> {
  const rows = await db().select({ status: mailOutbox.status, n: sql<number>`count(*)::int` }).from(mailOutbox).groupBy(mailOutbox.status);
  const out = { pending: 0, sent: 0, failed: 0 };
  for (const r of rows) out[r.status] = r.n;
  return out;
}
