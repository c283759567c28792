// Keeping personal data only as long as needed (GDPR). Run daily by the mail worker and on demand
// with `npm run retention`. Statistics survive: sector, municipality, status, mode and attendance
// stay on an anonymised registration; everything that identifies the person goes.
//   - diet and access needs: deleted once the event is over;
//   - a registration: anonymised RETENTION_MONTHS after its event (default 24); before that, once
//     its event is over, whether the person was a returning participant is written on it
//     (lib/stats/returning), so the reach statistics survive the anonymisation;
//   - secret links, invitation lists (lib/invitations) and waiting-list offers (lib/registrations/
//     offers.ts: when a place was offered, until when, what became of it) of events over for 30 days, expired
//     sign-in tokens and sessions, rate-limit
//     windows older than an hour, sent mails after 30 days (their bodies are already gone),
//     and the demo mailbox after 7 days;
//   - survey links once the survey has closed (SURVEY_OPEN_DAYS after the event), expired GDPR
//     links, and any mail older than 30 days whatever its status (a failed one keeps its body).
// Anonymisation itself is lib/retention/anonymise.ts, which the GDPR erasure uses too.
import { and, eq, inArray, isNotNull, isNull, lt, or, sql } from 'drizzle-orm';
import { db } from '@/db/client';
import {
  accessTokens,
  dataRequests,
  devMailbox,
  eventInvitations,
  events,
  mailOutbox,
  rateLimits,
  registrations,
  sessions,
  surveyInvitations,
  surveys,
  verificationTokens,
  waitlistOffers,
} from '@/db/schema';
import { config } from '@/lib/config';
import { liveReturningSql } from '@/lib/stats/returning';
import { ANONYMISED_EMAIL_DOMAIN, anonymiseRegistrations } from './anonymise';

const DAY = 86400_000;

export { ANONYMISED_EMAIL_DOMAIN } from './anonymise';

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
    const notes = await tx
      .update(registrations)
      .set({ diet: null, accessNeeds: null })
      .where(
        and(
          inArray(registrations.eventId, endedBefore(now)),
          or(isNotNull(registrations.diet), isNotNull(registrations.accessNeeds)),
        ),
      )
      .returning({ id: registrations.id });

    // Frozen while every earlier registration still has its address: this statement runs before
    // the anonymisation below, in the same transaction.
    const frozen = await tx.execute(sql`
      update ${registrations} set returning_participant = ${liveReturningSql}
      from ${events}
      where ${events.id} = ${registrations.eventId} and ${events.endsAt} < ${now.toISOString()}
        and ${registrations.returningParticipant} is null`);

    const old = await tx
      .select({ id: registrations.id })
      .from(registrations)
      .where(
        and(
          inArray(registrations.eventId, endedBefore(anonymiseBefore)),
          sql`${registrations.email} not like ${'%@' + ANONYMISED_EMAIL_DOMAIN}`,
        ),
      );
    const anonymised = await anonymiseRegistrations(
      tx,
      old.map((r) => r.id),
      now,
    );

    const oldRegs = tx
      .select({ id: registrations.id })
      .from(registrations)
      .where(inArray(registrations.eventId, endedBefore(new Date(now.getTime() - 30 * DAY))));
    const tokens = await tx
      .delete(accessTokens)
      .where(inArray(accessTokens.registrationId, oldRegs))
      .returning({ h: accessTokens.tokenHash });
    const outbox = await tx
      .delete(mailOutbox)
      .where(
        and(
          eq(mailOutbox.status, 'sent'),
          isNull(mailOutbox.payload),
          lt(mailOutbox.sentAt, new Date(now.getTime() - 30 * DAY)),
        ),
      )
      .returning({ id: mailOutbox.id });
    const surveyClosed = tx
      .select({ id: surveys.id })
      .from(surveys)
      .where(inArray(surveys.eventId, endedBefore(new Date(now.getTime() - config().SURVEY_OPEN_DAYS * DAY))));
    const other = (
      await Promise.all([
        tx
          .delete(verificationTokens)
          .where(lt(verificationTokens.expires, now))
          .returning({ t: verificationTokens.token }),
        tx.delete(sessions).where(lt(sessions.expires, now)).returning({ t: sessions.sessionToken }),
        tx
          .delete(rateLimits)
          .where(lt(rateLimits.windowStart, new Date(now.getTime() - 3600_000)))
          .returning({ k: rateLimits.key }),
        tx
          .delete(devMailbox)
          .where(lt(devMailbox.createdAt, new Date(now.getTime() - 7 * DAY)))
          .returning({ id: devMailbox.id }),
        tx
          .delete(surveyInvitations)
          .where(inArray(surveyInvitations.surveyId, surveyClosed))
          .returning({ id: surveyInvitations.id }),
        tx.delete(dataRequests).where(lt(dataRequests.expiresAt, now)).returning({ t: dataRequests.tokenHash }),
        // An invited event's list: addresses and personal links, no longer needed once it is over.
        tx
          .delete(eventInvitations)
          .where(inArray(eventInvitations.eventId, endedBefore(new Date(now.getTime() - 30 * DAY))))
          .returning({ id: eventInvitations.id }),
        // Waiting-list offers matter only until the event: who was offered a place, and when, goes after.
        tx
          .delete(waitlistOffers)
          .where(inArray(waitlistOffers.eventId, endedBefore(new Date(now.getTime() - 30 * DAY))))
          .returning({ id: waitlistOffers.id }),
        // Any mail older than 30 days, whatever its status: a failed or stuck one still holds an address and maybe a link.
        tx
          .delete(mailOutbox)
          .where(lt(mailOutbox.createdAt, new Date(now.getTime() - 30 * DAY)))
          .returning({ id: mailOutbox.id }),
      ])
    ).reduce((n, rows) => n + rows.length, 0);

    return {
      notesCleared: notes.length,
      returningFrozen: frozen.count ?? 0,
      anonymised,
      tokensDeleted: tokens.length,
      outboxDeleted: outbox.length,
      other,
    };
  });
}
