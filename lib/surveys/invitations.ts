// The scheduled job that mails the feedback survey: SURVEY_DELAY_HOURS after an event with a
// survey ends, everyone who attended (checked in or marked present on site, or joined the stream)
// gets a private link, at most once per registration — the unique (survey, registration) index
// makes the job safe to run from any number of workers, as often as they like. People marked
// attended later (organisers often mark after the event) get theirs on a later run, while the
// survey is open (SURVEY_OPEN_DAYS after the event). No `server-only`: the worker process runs it.
import { and, eq, gt, lte, sql } from 'drizzle-orm';
import { db } from '@/db/client';
import { qualified } from '@/db/qualified';
import { events, registrations, surveyInvitations, surveys } from '@/db/schema';
import { config, publicBaseUrl } from '@/lib/config';
import { localized } from '@/lib/i18n/messages';
import { hashToken, newToken } from '@/lib/registrations/tokens';
import { formatEventTime, formatShortDate } from '@/lib/time';
import { ANONYMISED_EMAIL_DOMAIN } from '@/lib/retention/anonymise';
import { enqueue } from '@/lib/mail/outbox';
import type { Locale } from '@/lib/i18n/routing';

const HOUR = 3600_000;
const DAY = 24 * HOUR;

export function surveyUrl(locale: Locale, token: string): string {
  return `${publicBaseUrl()}/${locale}/feedback/${token}`;
}

/** The last moment answers are taken. */
export function surveyClosesAt(eventEnd: Date): Date {
  return new Date(eventEnd.getTime() + config().SURVEY_OPEN_DAYS * DAY);
}

export async function enqueueSurveyInvitations(now = new Date()): Promise<number> {
  const c = config();
  const due = await db()
    .select({ reg: registrations, event: events, surveyId: surveys.id })
    .from(registrations)
    .innerJoin(events, eq(events.id, registrations.eventId))
    .innerJoin(surveys, eq(surveys.eventId, events.id))
    .where(
      and(
        eq(events.status, 'published'),
        eq(registrations.status, 'confirmed'),
        lte(events.endsAt, new Date(now.getTime() - c.SURVEY_DELAY_HOURS * HOUR)),
        gt(events.endsAt, new Date(now.getTime() - (c.SURVEY_OPEN_DAYS - 1) * DAY)),
        sql`(${registrations.attendedOnsite} = true or ${registrations.remoteJoinedAt} is not null)`,
        sql`${registrations.email} not like ${'%@' + ANONYMISED_EMAIL_DOMAIN}`,
        sql`not exists (select 1 from ${surveyInvitations} i where i.survey_id = ${qualified(surveys.id)} and i.registration_id = ${qualified(registrations.id)})`,
      ),
    )
    .limit(2000);
  let queued = 0;
  for (const { reg, event, surveyId } of due) {
    await db().transaction(async (tx) => {
      const token = newToken();
      const locale = reg.language;
      const [inv] = await tx
        .insert(surveyInvitations)
        .values({ surveyId, registrationId: reg.id, tokenHash: hashToken(token), locale })
        .onConflictDoNothing()
        .returning({ id: surveyInvitations.id });
      if (!inv) return; // another worker was first
      await tx
        .update(surveys)
        .set({ invitedCount: sql`${surveys.invitedCount} + 1` })
        .where(eq(surveys.id, surveyId));
      const title = localized(locale, event.titleFi, event.titleSv);
      await enqueue(tx, {
        toEmail: reg.email,
        locale,
        registrationId: reg.id,
        key: `survey:${reg.id}`,
        payload: {
          kind: 'survey',
          locale,
          firstName: reg.firstName,
          title,
          when: formatEventTime(event.startsAt, event.endsAt, locale),
          closes: formatShortDate(surveyClosesAt(event.endsAt), locale),
          url: surveyUrl(locale, token),
        },
      });
      queued++;
    });
  }
  return queued;
}
