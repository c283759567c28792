// The outbox worker: claims pending mails with FOR UPDATE SKIP LOCKED (several workers or app
// instances never take the same row), renders them in the recipient's language, sends them and
// marks them sent in the same transaction. A failure is retried with exponential backoff; a mail
// is never dropped silently (after MAX_ATTEMPTS it is marked failed and stays visible).
import { and, asc, eq, inArray, lte, notInArray, sql } from 'drizzle-orm';
import { createHash } from 'node:crypto';
import { db, type Tx } from '@/db/client';
import { mailOutbox } from '@/db/schema';
import { render, type MailProps, type MailTemplateKind } from '@/emails/render';
import { KINDS_WITH_ATTACHMENTS, MAIL_TEMPLATES } from '@/emails/registry';
import type { CertificateMailPayload } from '@/emails/followup';
import { config, publicBaseUrl } from '@/lib/config';
import type { Locale } from '@/lib/i18n/routing';
import type { OutboxPayload, RegistrationMailPayload } from './compose';
import { withCertificate, withInvitation, type Additions } from './attachments';
import { markCertificateMailed } from '@/lib/certificates/build';
import { BATCH_LIMIT, batchable, RateLimitedError, type MailTransport, type OutgoingMail } from './transports';

export const MAX_ATTEMPTS = 12;
const BULK_KINDS = ['survey', 'certificate'];
const BULK_BATCH = 3;

/** 10 s, 20 s, 40 s … (MAIL_RETRY_BASE_MS doubling) capped at one hour. */
export function backoffMs(attempts: number, base = config().MAIL_RETRY_BASE_MS): number {
  return Math.min(3600_000, base * 2 ** Math.max(0, attempts - 1));
}

type Mail = { [K in MailTemplateKind]: { kind: K; props: MailProps[K]; locale: Locale } }[MailTemplateKind];

/** A stored payload as a template's kind, props and language (a registration mail keeps its data apart). */
function mailOf(stored: OutboxPayload): Mail {
  if ('data' in stored) return { kind: stored.kind, props: stored.data, locale: stored.data.locale };
  // Invited people get both languages; the sign-in page's address is this instance's.
  if (stored.kind === 'organiser_invite')
    return { kind: stored.kind, props: { ...stored, baseUrl: publicBaseUrl() }, locale: 'fi' };
  return { kind: stored.kind, props: stored, locale: stored.locale } as Mail;
}

/** One outbox row as the mail to send: rendered by its template, with what the registry says it carries. */
export async function renderOutgoing(row: {
  toEmail: string;
  payload: unknown;
  idempotencyKey: string;
  registrationId?: number | null;
  createdAt?: Date;
}): Promise<OutgoingMail> {
  const stored = row.payload as OutboxPayload;
  const from = config().MAIL_FROM;
  const mail = mailOf(stored);
  const carries = MAIL_TEMPLATES[mail.kind]?.attachments;
  const added: Additions<Mail['props']> =
    carries === 'invitation'
      ? await withInvitation(stored as RegistrationMailPayload, row, from)
      : carries === 'certificate'
        ? await withCertificate(stored as CertificateMailPayload)
        : { props: mail.props };
  const rendered = await render(mail.kind, added.props, mail.locale);
  return {
    to: row.toEmail,
    from,
    ...rendered,
    ics: added.ics,
    attachments: added.attachments,
    idempotencyKey: row.idempotencyKey,
  };
}

type OutboxRow = typeof mailOutbox.$inferSelect;

/** One request to the transport: a single mail, or a batch that succeeds or fails as a whole. */
type Unit = { rows: OutboxRow[]; send: () => Promise<void> };

/**
 * Turns claimed rows into requests. With a transport that takes batches, mails without attachments
 * go together (up to 100 a request) under a key derived from their ids and written on the rows in
 * this transaction: after a failed batch (even one whose answer was lost after Resend sent it) the
 * same set goes again under the same key, so nobody gets a mail twice. Mails with an invitation or a
 * PDF go one by one, each under its own idempotency key.
 */
async function planUnits(tx: Tx, rows: OutboxRow[], transport: MailTransport): Promise<Unit[]> {
  const units: Unit[] = [];
  const render = async (row: OutboxRow) => {
    try {
      return { row, mail: await renderOutgoing(row) };
    } catch (err) {
      units.push({ rows: [row], send: () => Promise.reject(err) }); // a payload it cannot render: a failed attempt
      return null;
    }
  };
  const batchOf = (members: OutboxRow[], mails: OutgoingMail[], key: string): Unit => ({
    rows: members,
    send: () => transport.sendBatch!(mails, key),
  });

  // Retries of an earlier batch: the whole set again, or (while another worker holds part of it) not now.
  // (A transport without batches, say after a switch from Resend to SMTP, sends them one by one.)
  const retried = transport.sendBatch ? [...new Set(rows.map((r) => r.batchKey).filter((k): k is string => !!k))] : [];
  for (const key of retried) {
    const pending = and(eq(mailOutbox.batchKey, key), eq(mailOutbox.status, 'pending'));
    const members = await tx
      .select()
      .from(mailOutbox)
      .where(pending)
      .orderBy(asc(mailOutbox.id))
      .for('update', { skipLocked: true });
    const [{ n }] = await tx
      .select({ n: sql<number>`count(*)::int` })
      .from(mailOutbox)
      .where(pending);
    if (members.length !== n) continue;
    const rendered = (await Promise.all(members.map(render))).filter((r) => r !== null);
    if (rendered.length === members.length)
      units.push(
        batchOf(
          members,
          rendered.map((r) => r.mail),
          key,
        ),
      );
  }

  const fresh = (await Promise.all(rows.filter((r) => !r.batchKey || !transport.sendBatch).map(render))).filter(
    (r) => r !== null,
  );
  const together = transport.sendBatch ? fresh.filter((r) => batchable(r.mail)) : [];
  for (const r of fresh) if (!together.includes(r)) units.push({ rows: [r.row], send: () => transport.send(r.mail) });
  for (let i = 0; i < together.length; i += BATCH_LIMIT) {
    const chunk = together.slice(i, i + BATCH_LIMIT);
    if (chunk.length === 1) {
      units.push({ rows: [chunk[0].row], send: () => transport.send(chunk[0].mail) });
      continue;
    }
    const members = chunk.map((r) => r.row);
    const key = `kokoon-batch/${createHash('sha256')
      .update(members.map((m) => m.id).join(','))
      .digest('base64url')}`;
    await tx
      .update(mailOutbox)
      .set({ batchKey: key })
      .where(
        inArray(
          mailOutbox.id,
          members.map((m) => m.id),
        ),
      );
    units.push(
      batchOf(
        members,
        chunk.map((r) => r.mail),
        key,
      ),
    );
  }
  return units;
}

/** Sends what is due, batch by batch, until nothing is left. Returns counts for this call. */
export async function drainOutbox(transport: MailTransport, opts: { batchSize?: number; now?: () => Date } = {}) {
  // Mails are claimed 20 at a time (held locked while they are sent, so other workers take the next
  // ones); a batch-capable transport tops a claim up with mails that can share a batch request.
  const batchSize = opts.batchSize ?? 20;
  const now = opts.now ?? (() => new Date());
  let sent = 0;
  let failed = 0;
  let paused = false;
  for (;;) {
    const claimed = await db().transaction(async (tx) => {
      // Bulk mails (surveys, certificates: a PDF each) wait behind the rest and go a few at a time,
      // so a sign-in link or a confirmation queued meanwhile never waits for a whole bulk sending.
      const due = (bulk: boolean) =>
        and(
          eq(mailOutbox.status, 'pending'),
          lte(mailOutbox.nextAttemptAt, now()),
          bulk ? inArray(mailOutbox.kind, BULK_KINDS) : notInArray(mailOutbox.kind, BULK_KINDS),
        );
      let rows = await tx
        .select()
        .from(mailOutbox)
        .where(due(false))
        .orderBy(asc(mailOutbox.id))
        .limit(batchSize)
        .for('update', { skipLocked: true });
      let bulk = false;
      if (transport.sendBatch && rows.some((r) => !KINDS_WITH_ATTACHMENTS.includes(r.kind))) {
        // A mass sending (a message to everyone, reminders): fill a batch request with more of them.
        const room = BATCH_LIMIT - rows.filter((r) => !KINDS_WITH_ATTACHMENTS.includes(r.kind)).length;
        const more =
          room > 0
            ? await tx
                .select()
                .from(mailOutbox)
                .where(
                  and(
                    due(false),
                    notInArray(mailOutbox.kind, [...KINDS_WITH_ATTACHMENTS]),
                    notInArray(
                      mailOutbox.id,
                      rows.map((r) => r.id),
                    ),
                  ),
                )
                .orderBy(asc(mailOutbox.id))
                .limit(room)
                .for('update', { skipLocked: true })
            : [];
        rows = [...rows, ...more];
      }
      if (rows.length === 0) {
        bulk = true;
        rows = await tx
          .select()
          .from(mailOutbox)
          .where(due(true))
          .orderBy(asc(mailOutbox.id))
          .limit(BULK_BATCH)
          .for('update', { skipLocked: true });
      }
      for (const unit of await planUnits(tx, rows, transport)) {
        if (paused) break; // the rest stays pending, untouched, for the next round
        const ids = unit.rows.map((r) => r.id);
        try {
          await unit.send();
          for (const row of unit.rows) {
            if (row.kind === 'certificate' && row.registrationId)
              await markCertificateMailed(row.registrationId, now());
          }
          // The body may hold a manage link: it is not kept once the mail is out.
          await tx
            .update(mailOutbox)
            .set({
              status: 'sent',
              sentAt: now(),
              payload: null,
              attempts: sql`${mailOutbox.attempts} + 1`,
              lastError: null,
            })
            .where(inArray(mailOutbox.id, ids));
          sent += ids.length;
        } catch (err) {
          if (err instanceof RateLimitedError) {
            // The provider asks us to slow down: not a failed attempt. Back later, and stop this round.
            await tx
              .update(mailOutbox)
              .set({
                nextAttemptAt: new Date(now().getTime() + err.retryAfterMs),
                lastError: err.message.slice(0, 1000),
              })
              .where(inArray(mailOutbox.id, ids));
            paused = true;
            continue;
          }
          // The rows of a unit share their attempts (a batch is retried as a whole).
          const attempts = Math.max(...unit.rows.map((r) => r.attempts)) + 1;
          const giveUp = attempts >= MAX_ATTEMPTS;
          await tx
            .update(mailOutbox)
            .set({
              attempts,
              status: giveUp ? 'failed' : 'pending',
              nextAttemptAt: new Date(now().getTime() + backoffMs(attempts)),
              lastError: String((err as Error)?.message ?? err).slice(0, 1000),
            })
            .where(inArray(mailOutbox.id, ids));
          failed += ids.length;
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
  const rows = await db()
    .select({ status: mailOutbox.status, n: sql<number>`count(*)::int` })
    .from(mailOutbox)
    .groupBy(mailOutbox.status);
  const out = { pending: 0, sent: 0, failed: 0 };
  for (const r of rows) out[r.status] = r.n;
  return out;
}
