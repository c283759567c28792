// The durable mail outbox: a row is written in the same transaction as the change that causes the
// mail; the worker (lib/mail/worker.ts) sends it, retries with backoff, and marks it sent.
import { sql } from 'drizzle-orm';
import { pgTable, pgEnum, bigserial, integer, text, timestamp, jsonb, index } from 'drizzle-orm/pg-core';
import { registrations } from './registrations';

export const mailStatus = pgEnum('mail_status', ['pending', 'sent', 'failed']);

export const mailOutbox = pgTable(
  'mail_outbox',
  {
    id: bigserial('id', { mode: 'number' }).primaryKey(),
    kind: text('kind').notNull(),
    registrationId: integer('registration_id').references(() => registrations.id, { onDelete: 'set null' }),
    toEmail: text('to_email').notNull(),
    locale: text('locale').notNull(),
    // Everything needed to render the mail (may hold a manage token): cleared once sent.
    payload: jsonb('payload'),
    status: mailStatus('status').notNull().default('pending'),
    attempts: integer('attempts').notNull().default(0),
    nextAttemptAt: timestamp('next_attempt_at', { withTimezone: true }).notNull().defaultNow(),
    lastError: text('last_error'),
    // Sent to Resend as Idempotency-Key, so a retry after an unclear failure is not a second mail.
    idempotencyKey: text('idempotency_key').notNull().unique(),
    // Set when the mail went out in a batch request (Resend /emails/batch): a retry sends the same
    // set again under the same key, which Resend answers without sending twice.
    batchKey: text('batch_key'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    sentAt: timestamp('sent_at', { withTimezone: true }),
  },
  (t) => [
    index('mail_outbox_pending_idx')
      .on(t.nextAttemptAt)
      .where(sql`${t.status} = 'pending'`),
    index('mail_outbox_batch_idx')
      .on(t.batchKey)
      .where(sql`${t.batchKey} is not null and ${t.status} = 'pending'`),
  ],
);

/** Mails kept by the development transport, shown at /dev/mailbox in a local demo only. */
export const devMailbox = pgTable('dev_mailbox', {
  id: bigserial('id', { mode: 'number' }).primaryKey(),
  toEmail: text('to_email').notNull(),
  subject: text('subject').notNull(),
  html: text('html').notNull(),
  text: text('text').notNull(),
  ics: text('ics'),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
});
