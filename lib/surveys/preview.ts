import 'server-only';
// Before the feedback survey goes out (the scheduled job in ./invitations.ts mails it after the
// event): the invitation as it will look, in Finnish and Swedish, how many of each language would
// get it now (attended, not anonymised, not invited yet: whom the job mails), and "send a test to
// me" (lib/mail/test-send.ts) whose answer link opens no survey.
import { and, eq, sql } from 'drizzle-orm';
import { db } from '@/db/client';
import { registrations, surveyInvitations, surveys } from '@/db/schema';
import { findEventInScope, type Organiser } from '@/lib/auth/guards';
import { publicBaseUrl } from '@/lib/config';
import { localized } from '@/lib/i18n/messages';
import type { Locale } from '@/lib/i18n/routing';
import { formatEventTime, formatShortDate } from '@/lib/time';
import type { SurveyMailPayload } from '@/emails/followup';
import { previewInBothLanguages, previewName, type LanguageCounts, type MailPreview } from '@/lib/mail/preview';
import { queueTestMail, type TestMailResult } from '@/lib/mail/test-send';
import { ANONYMISED_EMAIL_DOMAIN } from '@/lib/retention/anonymise';
import { surveyClosesAt } from './invitations';

export type SurveyPreviewError = 'mailPreview.errors.notFound' | 'mailPreview.errors.noSurvey';
type Result<T> = { ok: true; value: T } | { ok: false; error: SurveyPreviewError };

type SurveyEvent = {
  id: number;
  surveyId: number;
  titleFi: string;
  titleSv: string | null;
  startsAt: Date;
  endsAt: Date;
};

async function surveyInScope(o: Organiser, eventId: number): Promise<Result<SurveyEvent>> {
  const event = await findEventInScope(o, eventId, { columns: ['id', 'titleFi', 'titleSv', 'startsAt', 'endsAt'] });
  if (!event) return { ok: false, error: 'mailPreview.errors.notFound' };
  const [survey] = await db().select({ id: surveys.id }).from(surveys).where(eq(surveys.eventId, event.id));
  if (!survey) return { ok: false, error: 'mailPreview.errors.noSurvey' };
  return { ok: true, value: { ...event, surveyId: survey.id } };
}

function payload(o: Organiser, e: SurveyEvent, l: Locale, test: boolean): SurveyMailPayload {
  const name = previewName(o, l);
  return {
    kind: 'survey',
    locale: l,
    firstName: name,
    title: localized(l, e.titleFi, e.titleSv),
    when: formatEventTime(e.startsAt, e.endsAt, l),
    closes: formatShortDate(surveyClosesAt(e.endsAt), l),
    // A link that opens no survey: the page says the link is not valid.
    url: `${publicBaseUrl()}/${l}/feedback/test`,
    ...(test ? { test: { eventId: e.id, name } } : {}),
  };
}

export type SurveyPreview = { counts: LanguageCounts; already: number; mails: MailPreview };

export async function surveyPreview(o: Organiser, eventId: number): Promise<Result<SurveyPreview>> {
  const e = await surveyInScope(o, eventId);
  if (!e.ok) return e;
  const invited = sql`exists (select 1 from ${surveyInvitations} i where i.survey_id = ${e.value.surveyId} and i.registration_id = ${registrations.id})`;
  const [[row], mails] = await Promise.all([
    db()
      .select({
        fi: sql<number>`count(*) filter (where not ${invited} and ${registrations.language} = 'fi')::int`,
        sv: sql<number>`count(*) filter (where not ${invited} and ${registrations.language} = 'sv')::int`,
        already: sql<number>`count(*) filter (where ${invited})::int`,
      })
      .from(registrations)
      .where(
        and(
          eq(registrations.eventId, e.value.id),
          eq(registrations.status, 'confirmed'),
          sql`(${registrations.attendedOnsite} = true or ${registrations.remoteJoinedAt} is not null)`,
          sql`${registrations.email} not like ${'%@' + ANONYMISED_EMAIL_DOMAIN}`,
        ),
      ),
    previewInBothLanguages('survey', (l) => payload(o, e.value, l, false)),
  ]);
  return { ok: true, value: { counts: { fi: row.fi, sv: row.sv }, already: row.already, mails } };
}

/** The survey invitation to the signed-in organiser only. */
export async function sendTestSurvey(
  o: Organiser,
  eventId: number,
  locale: Locale,
  now = new Date(),
): Promise<Result<{ to: string }> | Exclude<TestMailResult, { ok: true }>> {
  const e = await surveyInScope(o, eventId);
  if (!e.ok) return e;
  return queueTestMail(
    o,
    { eventId: e.value.id, kind: 'survey', language: locale },
    { payload: payload(o, e.value, locale, true) },
    now,
  );
}
