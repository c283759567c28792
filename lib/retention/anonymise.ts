// Anonymising registrations: the one rule shared by the retention job (old events) and the GDPR
// erasure (one person's address). What identifies the person goes — names, e-mail, organisation,
// role, diet and access notes, free-text answers to own registration questions, their mails, secret
// links, survey links, certificates and the name on a survey answer, whether they are a VIPU contact
// person — and what the statistics need stays: event, sector, municipality, status, mode,
// attendance, answers to own choice questions, role category, organisation type, education levels,
// and the anonymous survey answers.
import { and, inArray, sql } from 'drizzle-orm';
import type { Tx } from '@/db/client';
import {
  accessTokens,
  certificates,
  mailOutbox,
  registrationAnswers,
  registrationAudience,
  registrations,
  surveyInvitations,
  surveyResponses,
} from '@/db/schema';

export const ANONYMISED_EMAIL_DOMAIN = 'anonymised.invalid';

/** True for an e-mail address that anonymisation wrote. */
export function isAnonymisedEmail(email: string): boolean {
  return email.endsWith(`@${ANONYMISED_EMAIL_DOMAIN}`);
}

export async function anonymiseRegistrations(tx: Tx, ids: number[], now = new Date()): Promise<number> {
  if (ids.length === 0) return 0;
  const rows = await tx
    .update(registrations)
    .set({
      firstName: '',
      lastName: '',
      organisation: '',
      role: null,
      diet: null,
      accessNeeds: null,
      email: sql`'registration-' || ${registrations.id} || ${'@' + ANONYMISED_EMAIL_DOMAIN}`,
      updatedAt: now,
    })
    .where(inArray(registrations.id, ids))
    .returning({ id: registrations.id });
  // Mails about them may still hold a name in their (unsent) body, and every one holds the address.
  await tx.delete(mailOutbox).where(inArray(mailOutbox.registrationId, ids));
  // Free text may name anyone; choices and yes/no stay for the statistics.
  await tx
    .delete(registrationAnswers)
    .where(
      and(
        inArray(registrationAnswers.registrationId, ids),
        sql`${registrationAnswers.questionId} in (select id from registration_questions where type in ('shortText', 'longText'))`,
      ),
    );
  await tx.delete(accessTokens).where(inArray(accessTokens.registrationId, ids));
  await tx.delete(surveyInvitations).where(inArray(surveyInvitations.registrationId, ids));
  await tx.delete(certificates).where(inArray(certificates.registrationId, ids));
  await tx
    .update(surveyResponses)
    .set({ namedRegistrationId: null })
    .where(inArray(surveyResponses.namedRegistrationId, ids));
  // Role category, organisation type and education levels stay for the statistics; "VIPU contact
  // person" goes: with the municipality it points at one named person.
  await tx
    .update(registrationAudience)
    .set({ vipuContact: null })
    .where(inArray(registrationAudience.registrationId, ids));
  return rows.length;
}
