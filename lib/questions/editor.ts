import 'server-only';
// Organisers add, edit, remove and reorder an event's own registration questions. Every function
// takes the signed-in Organiser and checks the event's scope itself (lib/auth/guards): an event
// outside it is "not found". A question is fixed once someone has answered it (editing or removing
// it would change or take away what people already said), as survey questions are. Each change
// locks the event row — the same lock a sign-up takes — so "nobody has answered" cannot change
// under it, touches the row (sign-ups see the new version and re-read the questions; the cached
// event page is rendered again), and is audited in its transaction.
import { and, asc, eq, sql } from 'drizzle-orm';
import { db, type Tx } from '@/db/client';
import { events, registrationAnswers, registrationQuestions, type QuestionOption } from '@/db/schema';
import { findEventInScope, type Organiser } from '@/lib/auth/guards';
import { writeAudit } from '@/lib/audit';
import { isValidId } from '@/lib/ids';
import { QUESTION_LIMITS, type AskedOf, type QuestionInput, type QuestionType } from './schema';

export type QuestionError =
  | 'editor.questions.errors.notFound'
  | 'editor.questions.errors.locked'
  | 'editor.questions.errors.tooMany'
  | 'editor.questions.errors.eventCancelled';
export type QuestionResult<T> = { ok: true; value: T } | { ok: false; error: QuestionError };

export type EditorQuestion = {
  id: number;
  position: number;
  type: QuestionType;
  labelFi: string;
  labelSv: string;
  options: QuestionOption[];
  required: boolean;
  askedOf: AskedOf;
  answers: number;
};

const NOT_FOUND = { ok: false, error: 'editor.questions.errors.notFound' } as const;
const LOCKED = { ok: false, error: 'editor.questions.errors.locked' } as const;

/** The event's questions with how many people answered each; null when the event is not in scope. */
export async function listQuestionsForEditor(o: Organiser, eventId: number): Promise<EditorQuestion[] | null> {
  const e = await findEventInScope(o, eventId, { columns: ['id'] });
  if (!e) return null;
  return db()
    .select({
      id: registrationQuestions.id,
      position: registrationQuestions.position,
      type: registrationQuestions.type,
      labelFi: registrationQuestions.labelFi,
      labelSv: registrationQuestions.labelSv,
      options: registrationQuestions.options,
      required: registrationQuestions.required,
      askedOf: registrationQuestions.askedOf,
      answers: sql<number>`(select count(*)::int from ${registrationAnswers} a where a.question_id = ${registrationQuestions.id})`,
    })
    .from(registrationQuestions)
    .where(eq(registrationQuestions.eventId, e.id))
    .orderBy(asc(registrationQuestions.position), asc(registrationQuestions.id));
}

/** Runs `change` in a transaction holding the event's lock, if the event is in scope and not cancelled. */
async function withLockedEvent<T>(
  o: Organiser,
  eventId: number,
  change: (tx: Tx, eventId: number) => Promise<QuestionResult<T>>,
): Promise<QuestionResult<T>> {
  if (!isValidId(eventId)) return NOT_FOUND;
  return db().transaction(async (tx) => {
    const e = await findEventInScope(o, eventId, { columns: ['id', 'status'], lock: tx });
    if (!e) return NOT_FOUND;
    if (e.status === 'cancelled') return { ok: false, error: 'editor.questions.errors.eventCancelled' } as const;
    const r = await change(tx, e.id);
    if (r.ok) await tx.update(events).set({ updatedAt: new Date() }).where(eq(events.id, e.id));
    return r;
  });
}

async function questionOf(tx: Tx, eventId: number, questionId: number) {
  if (!isValidId(questionId)) return undefined;
  const [q] = await tx
    .select()
    .from(registrationQuestions)
    .where(and(eq(registrationQuestions.id, questionId), eq(registrationQuestions.eventId, eventId)));
  return q;
}

async function isAnswered(tx: Tx, questionId: number): Promise<boolean> {
  const [a] = await tx
    .select({ id: registrationAnswers.questionId })
    .from(registrationAnswers)
    .where(eq(registrationAnswers.questionId, questionId))
    .limit(1);
  return !!a;
}

/** Option ids are kept when an option keeps its place, so an edit never re-points an answer. */
function optionsOf(input: QuestionInput, previous: QuestionOption[] = []): QuestionOption[] {
  let next = previous.reduce((m, o) => Math.max(m, o.id), 0);
  return input.optionsFi.map((fi, i) => ({ id: previous[i]?.id ?? ++next, fi, sv: input.optionsSv[i] ?? fi }));
}

export async function addQuestion(
  o: Organiser,
  eventId: number,
  input: QuestionInput,
): Promise<QuestionResult<{ id: number }>> {
  return withLockedEvent(o, eventId, async (tx, id) => {
    const [{ n, last }] = await tx
      .select({
        n: sql<number>`count(*)::int`,
        last: sql<number>`coalesce(max(${registrationQuestions.position}), 0)::int`,
      })
      .from(registrationQuestions)
      .where(eq(registrationQuestions.eventId, id));
    if (n >= QUESTION_LIMITS.questions) return { ok: false, error: 'editor.questions.errors.tooMany' };
    const [q] = await tx
      .insert(registrationQuestions)
      .values({
        eventId: id,
        position: last + 1,
        type: input.type,
        labelFi: input.labelFi,
        labelSv: input.labelSv,
        options: optionsOf(input),
        required: input.required,
        askedOf: input.askedOf,
      })
      .returning({ id: registrationQuestions.id });
    await writeAudit(tx, o, 'event.question.add', `event:${id}`, {
      after: { questionId: q.id, type: input.type, labelFi: input.labelFi },
    });
    return { ok: true, value: { id: q.id } };
  });
}

export async function updateQuestion(
  o: Organiser,
  eventId: number,
  questionId: number,
  input: QuestionInput,
): Promise<QuestionResult<null>> {
  return withLockedEvent(o, eventId, async (tx, id) => {
    const q = await questionOf(tx, id, questionId);
    if (!q) return NOT_FOUND;
    if (await isAnswered(tx, q.id)) return LOCKED;
    await tx
      .update(registrationQuestions)
      .set({
        type: input.type,
        labelFi: input.labelFi,
        labelSv: input.labelSv,
        options: optionsOf(input, q.type === input.type ? q.options : []),
        required: input.required,
        askedOf: input.askedOf,
      })
      .where(and(eq(registrationQuestions.id, q.id), eq(registrationQuestions.eventId, id)));
    await writeAudit(tx, o, 'event.question.update', `event:${id}`, {
      before: { questionId: q.id, type: q.type, labelFi: q.labelFi, required: q.required, askedOf: q.askedOf },
      after: {
        questionId: q.id,
        type: input.type,
        labelFi: input.labelFi,
        required: input.required,
        askedOf: input.askedOf,
      },
    });
    return { ok: true, value: null };
  });
}

export async function removeQuestion(o: Organiser, eventId: number, questionId: number): Promise<QuestionResult<null>> {
  return withLockedEvent(o, eventId, async (tx, id) => {
    const q = await questionOf(tx, id, questionId);
    if (!q) return NOT_FOUND;
    if (await isAnswered(tx, q.id)) return LOCKED;
    await tx
      .delete(registrationQuestions)
      .where(and(eq(registrationQuestions.id, q.id), eq(registrationQuestions.eventId, id)));
    await writeAudit(tx, o, 'event.question.remove', `event:${id}`, {
      before: { questionId: q.id, type: q.type, labelFi: q.labelFi },
    });
    return { ok: true, value: null };
  });
}

/** Moves a question one place up or down. Order is presentation only, so answered questions move too. */
export async function moveQuestion(
  o: Organiser,
  eventId: number,
  questionId: number,
  direction: 'up' | 'down',
): Promise<QuestionResult<null>> {
  return withLockedEvent(o, eventId, async (tx, id) => {
    const list = await tx
      .select({ id: registrationQuestions.id })
      .from(registrationQuestions)
      .where(eq(registrationQuestions.eventId, id))
      .orderBy(asc(registrationQuestions.position), asc(registrationQuestions.id));
    const i = list.findIndex((q) => q.id === questionId);
    if (i < 0) return NOT_FOUND;
    const j = direction === 'up' ? i - 1 : i + 1;
    if (j < 0 || j >= list.length) return { ok: true, value: null };
    [list[i], list[j]] = [list[j], list[i]];
    for (const [k, q] of list.entries()) {
      await tx
        .update(registrationQuestions)
        .set({ position: k + 1 })
        .where(and(eq(registrationQuestions.id, q.id), eq(registrationQuestions.eventId, id)));
    }
    await writeAudit(tx, o, 'event.question.move', `event:${id}`, { after: { questionId, direction } });
    return { ok: true, value: null };
  });
}
