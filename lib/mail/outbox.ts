// Writing to the outbox: the only TypeScript writers of mail_outbox rows (the worker in ./worker.ts
// only changes their status; the sign-up's SQL function kokoon_register writes its own mail in the
// same round trip as the registration). Always inside the transaction of the change that causes
// the mail, so a mail exists exactly when its change was committed.
import { randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import type { Database, Tx } from '@/db/client';
import { accessTokens, mailOutbox } from '@/db/schema';
import { hashToken, newToken } from '@/lib/registrations/tokens';
import type { OutboxPayload } from './compose';
import type { Locale } from '@/lib/i18n/routing';

export type QueuedMail = {
  toEmail: string;
  locale: Locale;
  payload: OutboxPayload;
  registrationId?: number | null;
  /**
   * The mail's idempotency key: a mail already queued under it is not queued again (a reminder,
   * a survey, a certificate go once per registration). Without one, every call queues a new mail.
   */
  key?: string;
};

/** A transaction, or the pool for a mail that is the only write (a sign-in link). */
type Writer = Tx | Database;

/** Queues mails; returns the ids of the rows queued now (a mail whose key was taken is left out). */
export async function enqueueMany(w: Writer, mails: QueuedMail[]): Promise<number[]> {
  if (mails.length === 0) return [];
  const rows = await w
    .insert(mailOutbox)
    .values(
      mails.map((m) => ({
        kind: m.payload.kind,
        registrationId: m.registrationId ?? null,
        toEmail: m.toEmail,
        locale: m.locale,
        payload: m.payload,
        idempotencyKey: m.key ?? randomUUID(),
      })),
    )
    .onConflictDoNothing({ target: mailOutbox.idempotencyKey })
    .returning({ id: mailOutbox.id });
  return rows.map((r) => r.id);
}

/** Queues one mail; its row id, or null when a mail with the same key was already queued. */
export async function enqueue(w: Writer, mail: QueuedMail): Promise<number | null> {
  return (await enqueueMany(w, [mail]))[0] ?? null;
}

/** Completes the payload of a mail queued in the same transaction (a link issued only once it is sure to go). */
export async function completePayload(tx: Tx, id: number, payload: OutboxPayload): Promise<void> {
  await tx.update(mailOutbox).set({ payload }).where(eq(mailOutbox.id, id));
}

const CHUNK = 500;

/**
 * One mail to each of many registered people (an organiser's message, a change or cancellation of
 * the event), written in chunks of 500 rows. With `manageLinks`, each mail gets a fresh manage link
 * (its token stored with it). Returns the outbox ids, in the order of `people`.
 */
export async function enqueueForEach<P extends { id: number }>(
  tx: Tx,
  people: P[],
  opts: { manageLinks: boolean; mail: (person: P, manageToken: string) => Omit<QueuedMail, 'registrationId'> },
): Promise<number[]> {
  const ids: number[] = [];
  for (let i = 0; i < people.length; i += CHUNK) {
    const chunk = people.slice(i, i + CHUNK);
    const tokens = chunk.map((p) => ({ person: p, token: opts.manageLinks ? newToken() : '' }));
    if (opts.manageLinks) {
      await tx.insert(accessTokens).values(
        tokens.map(({ person, token }) => ({
          tokenHash: hashToken(token),
          purpose: 'manage' as const,
          registrationId: person.id,
        })),
      );
    }
    ids.push(
      ...(await enqueueMany(
        tx,
        tokens.map(({ person, token }) => ({ registrationId: person.id, ...opts.mail(person, token) })),
      )),
    );
  }
  return ids;
}
