// Reminders "the day before": every confirmed participant of an event starting within the next
// REMINDER_HOURS gets one reminder. The outbox's unique idempotency key (`reminder:<registration>`)
// makes this safe to run from any number of workers, as often as they like.
import { and, eq, gt, lte, sql } from 'drizzle-orm';

import { db } from '@/db/client';
import { accessTokens, events, mailOutbox, registrations } from '@/db/schema';
import { hashToken, newToken } from '@/lib/registrations/tokens';
import { composeRegistrationMail } from './compose';

export const REMINDER_HOURS = 30;

export async function enqueueDueReminders(now = new Date()): Promise<number> {
  const until = new Date(now.getTime() + REMINDER_HOURS * 3600_000);
  const due = await db()
    .select({ reg: registrations, event: events })
    .from(registrations)
    .innerJoin(events, eq(events.id, registrations.eventId))
    .where(and(
      eq(registrations.status, 'confirmed'), eq(events.status, 'published'),
      gt(events.startsAt, now), lte(events.startsAt, until),
      sql`not exists (select 1 from ${mailOutbox} o where o.idempotency_key = 'reminder:' || ${registrations.id})`,
    ))
    .limit(1000);
  let queued = 0;
  for (const { reg, event } of due) {
    await db().transaction(async (tx) => {
      const token = newToken();
      const mail = composeRegistrationMail('reminder', reg, event, { manageToken: token });
      const inserted = await tx.insert(mailOutbox).values({
        kind: 'reminder', registrationId: reg.id, toEmail: mail.toEmail, locale: mail.locale, payload: mail.payload,
        idempotencyKey: `reminder:${reg.id}`,
      }).onConflictDoNothing().returning({ id: mailOutbox.id });
      if (inserted.length) {
        await tx.insert(accessTokens).values({ tokenHash: hashToken(token), purpose: 'manage', registrationId: reg.id });
        queued++;
      }
    });
  }
  return queued;
}

