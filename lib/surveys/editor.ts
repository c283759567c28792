import 'server-only';
// Organisers attach a feedback survey to an event and add or remove their own questions. Every
// function takes the signed-in Organiser and checks the event's scope itself (lib/auth/guards): an
// event outside it is "not found". Questions are fixed once answers exist (a removed question
// would take its answers with it). Each change is audited.
import { and, asc, eq, isNull, sql } from 'drizzle-orm';
import { db } from '@/db/client';
import { surveyQuestions, surveyResponses, surveys } from '@/db/schema';
import { findEventInScope, type Organiser } from '@/lib/auth/guards';
import { writeAudit } from '@/lib/audit';
import { translate } from '@/lib/i18n/messages';
import { isValidId } from '@/lib/ids';
import { STANDARD_QUESTIONS, SURVEY_LIMITS, type QuestionInput, type QuestionKind } from './schema';

export type SurveyError =
  | 'survey.errors.notFound'
  | 'survey.errors.locked'
  | 'survey.errors.tooMany'
  | 'survey.errors.standard'
  | 'survey.errors.eventCancelled';
export type SurveyResult<T> = { ok: true; value: T } | { ok: false; error: SurveyError };

export type EditorQuestion = {
  id: number;
  position: number;
  standard: string | null;
  kind: QuestionKind;
  textFi: string;
  textSv: string | null;
  optionsFi: string[];
  optionsSv: string[] | null;
  required: boolean;
};
export type SurveyForEditor = {
  surveyId: number;
  questions: EditorQuestion[];
  responses: number;
  invited: number;
} | null;

function scopedEventId(o: Organiser, eventId: number): Promise<{ id: number; status: string } | null> {
  return findEventInScope(o, eventId, { columns: ['id', 'status'] });
}

async function questionsOf(surveyId: number): Promise<EditorQuestion[]> {
  return db()
    .select({
      id: surveyQuestions.id,
      position: surveyQuestions.position,
      standard: surveyQuestions.standard,
      kind: surveyQuestions.kind,
      textFi: surveyQuestions.textFi,
      textSv: surveyQuestions.textSv,
      optionsFi: surveyQuestions.optionsFi,
      optionsSv: surveyQuestions.optionsSv,
      required: surveyQuestions.required,
    })
    .from(surveyQuestions)
    .where(eq(surveyQuestions.surveyId, surveyId))
    .orderBy(asc(surveyQuestions.position), asc(surveyQuestions.id));
}

/** The event's survey as the editor shows it; null when none is attached. The event must be in scope. */
export async function getSurveyForEditor(o: Organiser, eventId: number): Promise<SurveyResult<SurveyForEditor>> {
  const e = await scopedEventId(o, eventId);
  if (!e) return { ok: false, error: 'survey.errors.notFound' };
  const [s] = await db()
    .select({ id: surveys.id, invited: surveys.invitedCount })
    .from(surveys)
    .where(eq(surveys.eventId, e.id));
  if (!s) return { ok: true, value: null };
  const [counts] = await db()
    .select({ responses: sql<number>`count(*)::int` })
    .from(surveyResponses)
    .where(eq(surveyResponses.surveyId, s.id));
  return {
    ok: true,
    value: { surveyId: s.id, questions: await questionsOf(s.id), responses: counts.responses, invited: s.invited },
  };
}

/** Attaches a survey with the standard questions (texts in both languages). A second call changes nothing. */
export async function attachSurvey(o: Organiser, eventId: number): Promise<SurveyResult<{ surveyId: number }>> {
  const e = await scopedEventId(o, eventId);
  if (!e) return { ok: false, error: 'survey.errors.notFound' };
  if (e.status === 'cancelled') return { ok: false, error: 'survey.errors.eventCancelled' };
  return db().transaction(async (tx) => {
    const [created] = await tx
      .insert(surveys)
      .values({ eventId: e.id })
      .onConflictDoNothing()
      .returning({ id: surveys.id });
    if (!created) {
      const [s] = await tx.select({ id: surveys.id }).from(surveys).where(eq(surveys.eventId, e.id));
      return { ok: true, value: { surveyId: s.id } };
    }
    await tx.insert(surveyQuestions).values(
      STANDARD_QUESTIONS.map((q, i) => ({
        surveyId: created.id,
        position: i + 1,
        standard: q.standard,
        kind: q.kind,
        required: q.required,
        textFi: translate('fi', `survey.standard.${q.standard}`),
        textSv: translate('sv', `survey.standard.${q.standard}`),
      })),
    );
    await writeAudit(tx, o, 'survey.attach', `event:${e.id}`, { after: { surveyId: created.id } });
    return { ok: true, value: { surveyId: created.id } };
  });
}

async function lockedSurvey(o: Organiser, eventId: number) {
  const e = await scopedEventId(o, eventId);
  if (!e) return null;
  const [s] = await db().select({ id: surveys.id }).from(surveys).where(eq(surveys.eventId, e.id));
  return s ? { eventId: e.id, surveyId: s.id } : null;
}

async function hasResponses(surveyId: number): Promise<boolean> {
  const [r] = await db()
    .select({ id: surveyResponses.id })
    .from(surveyResponses)
    .where(eq(surveyResponses.surveyId, surveyId))
    .limit(1);
  return !!r;
}

export async function addQuestion(
  o: Organiser,
  eventId: number,
  input: QuestionInput,
): Promise<SurveyResult<{ id: number }>> {
  const s = await lockedSurvey(o, eventId);
  if (!s) return { ok: false, error: 'survey.errors.notFound' };
  if (await hasResponses(s.surveyId)) return { ok: false, error: 'survey.errors.locked' };
  return db().transaction(async (tx) => {
    // Serialise additions to one survey, so positions and the limit hold.
    await tx.select({ id: surveys.id }).from(surveys).where(eq(surveys.id, s.surveyId)).for('update');
    const [{ n, last }] = await tx
      .select({ n: sql<number>`count(*)::int`, last: sql<number>`coalesce(max(${surveyQuestions.position}), 0)::int` })
      .from(surveyQuestions)
      .where(eq(surveyQuestions.surveyId, s.surveyId));
    if (n >= SURVEY_LIMITS.questions) return { ok: false, error: 'survey.errors.tooMany' } as const;
    const [q] = await tx
      .insert(surveyQuestions)
      .values({
        surveyId: s.surveyId,
        position: last + 1,
        standard: null,
        kind: input.kind,
        textFi: input.textFi,
        textSv: input.textSv,
        optionsFi: input.optionsFi,
        optionsSv: input.optionsSv,
        required: input.required,
      })
      .returning({ id: surveyQuestions.id });
    await tx.update(surveys).set({ updatedAt: new Date() }).where(eq(surveys.id, s.surveyId));
    await writeAudit(tx, o, 'survey.question.add', `event:${s.eventId}`, {
      after: { questionId: q.id, kind: input.kind, textFi: input.textFi },
    });
    return { ok: true, value: { id: q.id } } as const;
  });
}

export async function removeQuestion(o: Organiser, eventId: number, qid: number): Promise<SurveyResult<null>> {
  const s = await lockedSurvey(o, eventId);
  if (!s || !isValidId(qid)) return { ok: false, error: 'survey.errors.notFound' };
  if (await hasResponses(s.surveyId)) return { ok: false, error: 'survey.errors.locked' };
  const [q] = await db()
    .select({ standard: surveyQuestions.standard, textFi: surveyQuestions.textFi })
    .from(surveyQuestions)
    .where(and(eq(surveyQuestions.id, qid), eq(surveyQuestions.surveyId, s.surveyId)));
  if (!q) return { ok: false, error: 'survey.errors.notFound' };
  if (q.standard) return { ok: false, error: 'survey.errors.standard' };
  await db().transaction(async (tx) => {
    await tx
      .delete(surveyQuestions)
      .where(
        and(eq(surveyQuestions.id, qid), eq(surveyQuestions.surveyId, s.surveyId), isNull(surveyQuestions.standard)),
      );
    await writeAudit(tx, o, 'survey.question.remove', `event:${s.eventId}`, {
      before: { questionId: qid, textFi: q.textFi },
    });
  });
  return { ok: true, value: null };
}
