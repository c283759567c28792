// Keeping personal data only as long as needed (GDPR). Run daily by the mail worker and on demand
// with `npm run retention`. Statistics survive: sector, municipality, status, mode and attendance
// stay on an anonymised registration; everything that identifies the person goes.
//   - diet and access needs: deleted once the event is over;
//   - a registration: anonymised RETENTION_MONTHS after its event (default 24); before that, once
//     its event is over, whether the person was a returning participant is written on it
//     (lib/stats/returning), so the reach statistics survive the anonymisation;
//   - secret links of events over for 30 days, expired sign-in tokens and sessions, rate-limit
//     windows older than an hour, sent mails after 30 days (their bodies are already gone),
//     and the demo mailbox after 7 days.
import { and, eq, inArray, isNotNull, isNull, lt, or, sql } from 'drizzle-orm';
import { db } from '@/db/client';
import { accessTokens, devMailbox, events, mailOutbox, rateLimits, registrations, sessions, verificationTokens } from '@/db/schema';
import { config } from '@/lib/config';
import { liveReturningSql } from '@/lib/stats/returning';

const DAY = 86400_000;

export const ANONYMISED_EMAIL_DOMAIN = 'anonymised.invalid';

export type RetentionReport = {
  notesCleared: number;
  returningFrozen: number;
  anonymised: number;
  tokensDeleted: number;
  outboxDeleted: number;
  other: number;
};

export async function runRetention(now = new Date()): Promise<RetentionReport> {
  const months = config().RETENTION_MONTHS;
  const anonymiseBefore = new Date(now);
  anonymiseBefore.setMonth(anonymiseBefore.getMonth() - months);
  const endedBefore = (date: Date) => db().select({ id: events.id }).from(events).where(lt(events.endsAt, date));

  return db().transaction(async (tx) => {
    const notes = await tx.update(registrations).set({ diet: null, accessNeeds: null })
      .where(and(inArray(registrations.eventId, endedBefore(now)), or(isNotNull(registrations.diet), isNotNull(registrations.accessNeeds))))
      .returning({ id: registrations.id });

    // Frozen while every earlier registration still has its address: this statement runs before
    // the anonymisation below, in the same transaction.
    const frozen = await tx.execute(sql`
      update ${registrations} set returning_participant = ${liveReturningSql}
      from ${events}
      where ${events.id} = ${registrations.eventId} and ${events.endsAt} < ${now.toISOString()}
        and ${registrations.returningParticipant} is null`);

    const old = tx.select({ id: registrations.id }).from(registrations)
      .where(and(inArray(registrations.eventId, endedBefore(anonymiseBefore)), sql`${registrations.email} not like ${'%@' + ANONYMISED_EMAIL_DOMAIN}`));
    const anonymised = await tx.update(registrations).set({
      firstName: '', lastName: '', organisation: '', role: null, diet: null, accessNeeds: null,
      email: sql`'registration-' || ${registrations.id} || ${'@' + ANONYMISED_EMAIL_DOMAIN}`,
      updatedAt: now,
    }).where(inArray(registrations.id, old)).returning({ id: registrations.id });
    if (anonymised.length) {
      // Mails about them may still hold a name in their (unsent) body or address.
      await tx.delete(mailOutbox).where(inArray(mailOutbox.registrationId, anonymised.map((r) => r.id)));
    }

    const oldRegs = tx.select({ id: registrations.id }).from(registrations).where(inArray(registrations.eventId, endedBefore(new Date(now.getTime() - 30 * DAY))));
    const tokens = await tx.delete(accessTokens).where(inArray(accessTokens.registrationId, oldRegs)).returning({ h: accessTokens.tokenHash });
    const outbox = await tx.delete(mailOutbox)
      .where(and(eq(mailOutbox.status, 'sent'), isNull(mailOutbox.payload), lt(mailOutbox.sentAt, new Date(now.getTime() - 30 * DAY))))
      .returning({ id: mailOutbox.id });
    const other = (await Promise.all([
      tx.delete(verificationTokens).where(lt(verificationTokens.expires, now)).returning({ t: verificationTokens.token }),
      tx.delete(sessions).where(lt(sessions.expires, now)).returning({ t: sessions.sessionToken }),
      tx.delete(rateLimits).where(lt(rateLimits.windowStart, new Date(now.getTime() - 3600_000))).returning({ k: rateLimits.key }),
      tx.delete(devMailbox).where(lt(devMailbox.createdAt, new Date(now.getTime() - 7 * DAY))).returning({ id: devMailbox.id }),
    ])).reduce((n, rows) => n + rows.length, 0);

    return { notesCleared: notes.length, returningFrozen: frozen.count ?? 0, anonymised: anonymised.length, tokensDeleted: tokens.length, outboxDeleted: outbox.length, other };
  });
}
