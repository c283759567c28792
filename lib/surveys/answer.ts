import 'server-only';
// The participant's side of the feedback survey. The private link (a 256-bit token, only its
// SHA-256 stored) opens the form; opening it changes nothing — mail scanners open links before
// people do — and only the form's POST answers. The invitation is marked answered in the same
// transaction that stores the answers, so a link answers once however often it is posted. The
// stored answer set carries no link to the invitation or the person, unless they chose to show their name.
import { and, asc, eq, isNull } from 'drizzle-orm';
import { db } from '@/db/client';
import { events, surveyAnswers, surveyInvitations, surveyQuestions, surveyResponses, surveys } from '@/db/schema';
import { localized } from '@/lib/i18n/messages';
import { hashToken, looksLikeToken } from '@/lib/registrations/tokens';
import { formatEventTime, formatShortDate, helsinkiDate } from '@/lib/time';
import { answerField, answersSchema, surveyFieldErrors, type AnswerQuestion } from './schema';
import { surveyClosesAt } from './invitations';
import type { Locale } from '@/lib/i18n/routing';

export type OpenSurvey =
  | { state: 'invalid' }
  | { state: 'answered' }
  | { state: 'closed'; title: string }
  | { state: 'open'; title: string; when: string; closes: string; questions: AnswerQuestion[] };

async function invitationFor(token: string) {
  if (!looksLikeToken(token)) return null;
  const [row] = await db()
    .select({ inv: surveyInvitations, event: events })
    .from(surveyInvitations)
    .innerJoin(surveys, eq(surveys.id, surveyInvitations.surveyId))
    .innerJoin(events, eq(events.id, surveys.eventId))
    .where(eq(surveyInvitations.tokenHash, hashToken(token)));
  return row ?? null;
}

async function questionsFor(surveyId: number, locale: Locale): Promise<AnswerQuestion[]> {
  const rows = await db()
    .select()
    .from(surveyQuestions)
    .where(eq(surveyQuestions.surveyId, surveyId))
    .orderBy(asc(surveyQuestions.position), asc(surveyQuestions.id));
  return rows.map((q) => ({
    id: q.id,
    kind: q.kind,
    required: q.required,
    text: localized(locale, q.textFi, q.textSv),
    options: locale === 'sv' && q.optionsSv?.length === q.optionsFi.length ? q.optionsSv : q.optionsFi,
  }));
}

/** What the survey page shows for this link (read only). */
export async function openSurvey(token: string, locale: Locale, now = new Date()): Promise<OpenSurvey> {
  const row = await invitationFor(token);
  if (!row) return { state: 'invalid' };
  if (row.inv.answeredAt) return { state: 'answered' };
  const title = localized(locale, row.event.titleFi, row.event.titleSv);
  const closes = surveyClosesAt(row.event.endsAt);
  if (now >= closes) return { state: 'closed', title };
  return {
    state: 'open',
    title,
    when: formatEventTime(row.event.startsAt, row.event.endsAt, locale),
    closes: formatShortDate(closes, locale),
    questions: await questionsFor(row.inv.surveyId, locale),
  };
}

export type SubmitResult =
  | { ok: true }
  | { ok: false; error: 'survey.errors.invalidLink' | 'survey.errors.answered' | 'survey.errors.closed' }
  | { ok: false; error: 'survey.errors.fields'; fields: Record<string, string> };

/** Stores the answers once: validated with the form's own schema, built from the survey's questions. */
export async function submitSurvey(token: string, values: unknown, now = new Date()): Promise<SubmitResult> {
  const row = await invitationFor(token);
  if (!row) return { ok: false, error: 'survey.errors.invalidLink' };
  if (row.inv.answeredAt) return { ok: false, error: 'survey.errors.answered' };
  if (now >= surveyClosesAt(row.event.endsAt)) return { ok: false, error: 'survey.errors.closed' };
  const questions = await questionsFor(row.inv.surveyId, row.inv.locale);
  const parsed = answersSchema(questions).safeParse(values);
  if (!parsed.success) return { ok: false, error: 'survey.errors.fields', fields: surveyFieldErrors(parsed.error) };
  const answers = parsed.data as Record<string, unknown> & { showName: boolean };
  return db().transaction(async (tx) => {
    const claimed = await tx
      .update(surveyInvitations)
      .set({ answeredAt: now })
      .where(and(eq(surveyInvitations.id, row.inv.id), isNull(surveyInvitations.answeredAt)))
      .returning({ id: surveyInvitations.id });
    if (!claimed.length) return { ok: false, error: 'survey.errors.answered' } as const;
    const d = helsinkiDate(now);
    const [resp] = await tx
      .insert(surveyResponses)
      .values({
        surveyId: row.inv.surveyId,
        submittedOn: `${d.year}-${String(d.month).padStart(2, '0')}-${String(d.day).padStart(2, '0')}`,
        namedRegistrationId: answers.showName ? row.inv.registrationId : null,
      })
      .returning({ id: surveyResponses.id });
    const values = questions.flatMap((q) => {
      const v = answers[answerField(q.id)];
      if (v === null || v === undefined || v === '') return [];
      return [
        {
          responseId: resp.id,
          questionId: q.id,
          scale: q.kind === 'scale' ? (v as number) : null,
          choice: q.kind === 'choice' ? (v as number) : null,
          text: q.kind === 'text' ? (v as string) : null,
        },
      ];
    });
    if (values.length) await tx.insert(surveyAnswers).values(values);
    return { ok: true } as const;
  });
}
