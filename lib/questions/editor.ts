import 'server-only';
// Organisers add, edit, remove and reorder the own registration questions of an event or of a
// training series (asked on every session's sign-up, after the session's own). Every function takes
// the signed-in Organiser and checks the event's or series' scope itself (lib/auth/guards): one
// outside it is "not found". A question is fixed once someone has answered it (editing or removing
// it would change or take away what people already said), as survey questions are. Each change
// locks the event row — for a series every session's row — the same lock a sign-up takes, so
// "nobody has answered" cannot change under it, touches those rows (sign-ups see the new version and
// re-read the questions; the cached event pages are rendered again), and is audited in its
// transaction (target `event:{id}` or `series:{id}`).
import { and, asc, eq, sql, type SQL } from 'drizzle-orm';
import { db, type Tx } from '@/db/client';
import { events, registrationAnswers, registrationQuestions, trainingSeries, type QuestionOption } from '@/db/schema';
import { findEventInScope, seriesScope, type Organiser } from '@/lib/auth/guards';
import { writeAudit } from '@/lib/audit';
import { isValidId } from '@/lib/ids';
import { QUESTION_LIMITS, type AskedOf, type QuestionInput, type QuestionType } from './schema';

export type QuestionError =
  | 'editor.questions.errors.notFound'
  | 'editor.questions.errors.locked'
  | 'editor.questions.errors.tooMany'
  | 'editor.questions.errors.changed'
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

/** Whose questions: an event (its id) or a training series. */
export type QuestionOwner = number | { seriesId: number };

/** The owner's questions as a where condition, and its audit target. */
type Owned = { where: SQL; target: string; column: { eventId: number } | { seriesId: number } };

function owned(owner: QuestionOwner, id: number): Owned {
  return typeof owner === 'number'
    ? { where: eq(registrationQuestions.eventId, id), target: `event:${id}`, column: { eventId: id } }
    : { where: eq(registrationQuestions.seriesId, id), target: `series:${id}`, column: { seriesId: id } };
}

async function seriesInScope(o: Organiser, seriesId: number, lock?: Tx): Promise<number | null> {
  if (!isValidId(seriesId)) return null;
  const q = (lock ?? db())
    .select({ id: trainingSeries.id })
    .from(trainingSeries)
    .where(and(eq(trainingSeries.id, seriesId), seriesScope(o)));
  const [row] = lock ? await q.for('update') : await q;
  return row?.id ?? null;
}

/** The questions with how many people answered each; null when the event or series is not in scope. */
export async function listQuestionsForEditor(o: Organiser, owner: QuestionOwner): Promise<EditorQuestion[] | null> {
  const id =
    typeof owner === 'number'
      ? ((await findEventInScope(o, owner, { columns: ['id'] }))?.id ?? null)
      : await seriesInScope(o, owner.seriesId);
  if (id === null) return null;
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
    .where(owned(owner, id).where)
    .orderBy(asc(registrationQuestions.position), asc(registrationQuestions.id));
}

/**
 * Runs `change` in a transaction holding the lock of the event (in scope and not cancelled) or of
 * the series and all its sessions (in id order, so two editors never wait on each other crosswise).
 */
async function withLockedOwner<T>(
  o: Organiser,
  owner: QuestionOwner,
  change: (tx: Tx, owner: Owned) => Promise<QuestionResult<T>>,
): Promise<QuestionResult<T>> {
  if (typeof owner === 'number') {
    const eventId = owner;
    if (!isValidId(eventId)) return NOT_FOUND;
    return db().transaction(async (tx) => {
      const e = await findEventInScope(o, eventId, { columns: ['id', 'status'], lock: tx });
      if (!e) return NOT_FOUND;
      if (e.status === 'cancelled') return { ok: false, error: 'editor.questions.errors.eventCancelled' } as const;
      const r = await change(tx, owned(owner, e.id));
      if (r.ok) await tx.update(events).set({ updatedAt: new Date() }).where(eq(events.id, e.id));
      return r;
    });
  }
  return db().transaction(async (tx) => {
    const id = await seriesInScope(o, owner.seriesId, tx);
    if (id === null) return NOT_FOUND;
    await tx
      .select({ id: events.id })
      .from(events)
      .where(eq(events.seriesId, id))
      .orderBy(asc(events.id))
      .for('update');
    const r = await change(tx, owned(owner, id));
    if (r.ok) {
      const now = new Date();
      await tx.update(events).set({ updatedAt: now }).where(eq(events.seriesId, id));
      await tx.update(trainingSeries).set({ updatedAt: now }).where(eq(trainingSeries.id, id));
    }
    return r;
  });
}

async function questionOf(tx: Tx, own: Owned, questionId: number) {
  if (!isValidId(questionId)) return undefined;
  const [q] = await tx
    .select()
    .from(registrationQuestions)
    .where(and(eq(registrationQuestions.id, questionId), own.where));
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
  owner: QuestionOwner,
  input: QuestionInput,
): Promise<QuestionResult<{ id: number }>> {
  return withLockedOwner(o, owner, async (tx, own) => {
    const [{ n, last }] = await tx
      .select({
        n: sql<number>`count(*)::int`,
        last: sql<number>`coalesce(max(${registrationQuestions.position}), 0)::int`,
      })
      .from(registrationQuestions)
      .where(own.where);
    if (n >= QUESTION_LIMITS.questions) return { ok: false, error: 'editor.questions.errors.tooMany' };
    const [q] = await tx
      .insert(registrationQuestions)
      .values({
        ...own.column,
        position: last + 1,
        type: input.type,
        labelFi: input.labelFi,
        labelSv: input.labelSv,
        options: optionsOf(input),
        required: input.required,
        askedOf: input.askedOf,
      })
      .returning({ id: registrationQuestions.id });
    await writeAudit(tx, o, 'event.question.add', own.target, {
      after: { questionId: q.id, type: input.type, labelFi: input.labelFi },
    });
    return { ok: true, value: { id: q.id } };
  });
}

export async function updateQuestion(
  o: Organiser,
  owner: QuestionOwner,
  questionId: number,
  input: QuestionInput,
): Promise<QuestionResult<null>> {
  return withLockedOwner(o, owner, async (tx, own) => {
    const q = await questionOf(tx, own, questionId);
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
      .where(and(eq(registrationQuestions.id, q.id), own.where));
    await writeAudit(tx, o, 'event.question.update', own.target, {
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

export async function removeQuestion(
  o: Organiser,
  owner: QuestionOwner,
  questionId: number,
): Promise<QuestionResult<null>> {
  return withLockedOwner(o, owner, async (tx, own) => {
    const q = await questionOf(tx, own, questionId);
    if (!q) return NOT_FOUND;
    if (await isAnswered(tx, q.id)) return LOCKED;
    await tx.delete(registrationQuestions).where(and(eq(registrationQuestions.id, q.id), own.where));
    await writeAudit(tx, o, 'event.question.remove', own.target, {
      before: { questionId: q.id, type: q.type, labelFi: q.labelFi },
    });
    return { ok: true, value: null };
  });
}

/** Moves a question one place up or down. Order is presentation only, so answered questions move too. */
export async function moveQuestion(
  o: Organiser,
  owner: QuestionOwner,
  questionId: number,
  direction: 'up' | 'down',
): Promise<QuestionResult<null>> {
  return withLockedOwner(o, owner, async (tx, own) => {
    const list = await tx
      .select({ id: registrationQuestions.id })
      .from(registrationQuestions)
      .where(own.where)
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
        .where(and(eq(registrationQuestions.id, q.id), own.where));
    }
    await writeAudit(tx, o, 'event.question.move', own.target, { after: { questionId, direction } });
    return { ok: true, value: null };
  });
}

/**
 * Puts the questions in the order given (drag and drop in the editor). The list must name each of
 * the owner's questions exactly once; one made from an older page (a question added or removed
 * since) is refused, so a stale drag never hides or duplicates a question.
 */
export async function reorderQuestions(
  o: Organiser,
  owner: QuestionOwner,
  order: number[],
): Promise<QuestionResult<null>> {
  return withLockedOwner(o, owner, async (tx, own) => {
    const list = await tx.select({ id: registrationQuestions.id }).from(registrationQuestions).where(own.where);
    const ids = new Set(list.map((q) => q.id));
    if (order.length !== ids.size || new Set(order).size !== order.length || !order.every((id) => ids.has(id)))
      return { ok: false, error: 'editor.questions.errors.changed' };
    for (const [k, id] of order.entries()) {
      await tx
        .update(registrationQuestions)
        .set({ position: k + 1 })
        .where(and(eq(registrationQuestions.id, id), own.where));
    }
    await writeAudit(tx, o, 'event.question.move', own.target, { after: { order } });
    return { ok: true, value: null };
  });
}
