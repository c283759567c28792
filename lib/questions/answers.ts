import 'server-only';
// Own registration questions as the public sees them (sign-up form, GET /api/events/{slug}) and
// registrants' answers: checked at sign-up (lib/registrations/service.ts stores them in the same
// transaction as the registration), changed on the manage page, read for the attendance list, the
// exports and the person's own data.
import { and, asc, eq, inArray, or, sql as dsql } from 'drizzle-orm';
import type postgres from 'postgres';
import { db, type Tx } from '@/db/client';
import { events, registrationAnswers, registrationQuestions, type AnswerValue, type QuestionOption } from '@/db/schema';
import type { Locale } from '@/lib/i18n/routing';
import { translate } from '@/lib/i18n/messages';
import {
  askedOfMode,
  checkAnswers,
  toAnswerRule,
  type AnswerRule,
  type AnswersCheck,
  type AskedOf,
  type FormQuestion,
  type QuestionType,
  type StoredAnswer,
  unansweredRequired,
} from './schema';

export type EventQuestion = {
  id: number;
  type: QuestionType;
  labelFi: string;
  labelSv: string;
  options: QuestionOption[];
  required: boolean;
  askedOf: AskedOf;
};

const questionColumns = {
  id: registrationQuestions.id,
  type: registrationQuestions.type,
  labelFi: registrationQuestions.labelFi,
  labelSv: registrationQuestions.labelSv,
  options: registrationQuestions.options,
  required: registrationQuestions.required,
  askedOf: registrationQuestions.askedOf,
};

/**
 * The questions asked on an event's sign-up in their order: the event's own, then its training
 * series' (asked on every session). No scope: callers show them only where the event is visible.
 * Everything that reads questions (form, API, manage page, attendance, exports) comes through here,
 * so series questions need no special case anywhere else.
 */
export async function eventQuestions(
  eventId: number,
  client: Tx | ReturnType<typeof db> = db(),
): Promise<EventQuestion[]> {
  return client
    .select(questionColumns)
    .from(registrationQuestions)
    .where(
      or(
        eq(registrationQuestions.eventId, eventId),
        dsql`${registrationQuestions.seriesId} = (select ${events.seriesId} from ${events} where ${events.id} = ${eventId})`,
      ),
    )
    .orderBy(
      asc(dsql`${registrationQuestions.seriesId} is not null`),
      asc(registrationQuestions.position),
      asc(registrationQuestions.id),
    );
}

/** The questions as the sign-up form shows them, in the reader's language. */
export function formQuestions(questions: EventQuestion[], locale: Locale): FormQuestion[] {
  return questions.map((q) => ({
    id: q.id,
    type: q.type,
    required: q.required,
    askedOf: q.askedOf,
    label: locale === 'sv' ? q.labelSv : q.labelFi,
    options: q.options.map((o) => ({ id: o.id, label: locale === 'sv' ? o.sv : o.fi })),
  }));
}

/** The public API's shape (GET /api/events/{slug}): a stable contract, documented in the README. */
export function apiQuestions(questions: EventQuestion[]) {
  return questions.map((q) => ({
    id: q.id,
    type: q.type,
    label: { fi: q.labelFi, sv: q.labelSv },
    required: q.required,
    askedOf: q.askedOf,
    options: q.options.map((o) => ({ id: o.id, label: { fi: o.fi, sv: o.sv } })),
  }));
}

// The sign-up reads an event's questions once per version of the event row: every question edit
// touches that row (lib/questions/editor.ts), and kokoon_register refuses a sign-up composed from an
// older version ('stale'), after which the sign-up checks the answers again against the new one.
const rulesCache = new Map<string, AnswerRule[]>();

export async function signUpRules(eventId: number, version: string): Promise<AnswerRule[]> {
  const key = `${eventId}:${version}`;
  const hit = rulesCache.get(key);
  if (hit) return hit;
  const rules = (await eventQuestions(eventId)).map(toAnswerRule);
  if (rulesCache.size >= 500) rulesCache.clear();
  rulesCache.set(key, rules);
  return rules;
}

/** Checks a sign-up's answers against the event (as of `version`) for the chosen mode. */
export async function checkSignUpAnswers(
  eventId: number,
  version: string,
  mode: 'onsite' | 'remote',
  raw: unknown,
): Promise<AnswersCheck> {
  const rules = await signUpRules(eventId, version);
  if (
    !rules.length &&
    (raw === undefined || raw === null || (typeof raw === 'object' && !Array.isArray(raw) && !Object.keys(raw).length))
  ) {
    return { ok: true, values: new Map() };
  }
  return checkAnswers(rules, mode, raw);
}

/**
 * Writes a new registration's answers inside the sign-up's transaction (postgres.js). Only questions
 * still on the event are written (the join), though the event lock held by then keeps them as checked.
 */
export async function insertAnswers(
  sql: postgres.TransactionSql,
  registrationId: number,
  values: Map<number, StoredAnswer>,
): Promise<void> {
  const rows = [...values].map(([questionId, value]) => ({ question_id: questionId, value }));
  if (!rows.length) return;
  await sql`
    insert into registration_answers (registration_id, question_id, value)
    select ${registrationId}, q.id, a.value
    from jsonb_to_recordset(${JSON.stringify(rows)}::jsonb) as a(question_id int, value jsonb)
    join registration_questions q on q.id = a.question_id
      and (q.event_id = (select event_id from registrations where id = ${registrationId})
        or q.series_id = (select e.series_id from registrations r join events e on e.id = r.event_id
          where r.id = ${registrationId}))`;
}

/** A registration's answers, question id → value. */
export async function answersOf(
  registrationId: number,
  client: Tx | ReturnType<typeof db> = db(),
): Promise<Map<number, AnswerValue>> {
  const rows = await client
    .select({ questionId: registrationAnswers.questionId, value: registrationAnswers.value })
    .from(registrationAnswers)
    .where(eq(registrationAnswers.registrationId, registrationId));
  return new Map(rows.map((r) => [r.questionId, r.value]));
}

/** Answers of many registrations (of one event): registration id → question id → value. */
export async function answersOfRegistrations(
  registrationIds: number[],
): Promise<Map<number, Map<number, AnswerValue>>> {
  const out = new Map<number, Map<number, AnswerValue>>();
  for (let i = 0; i < registrationIds.length; i += 5000) {
    const rows = await db()
      .select()
      .from(registrationAnswers)
      .where(inArray(registrationAnswers.registrationId, registrationIds.slice(i, i + 5000)));
    for (const r of rows) {
      if (!out.has(r.registrationId)) out.set(r.registrationId, new Map());
      out.get(r.registrationId)!.set(r.questionId, r.value);
    }
  }
  return out;
}

/**
 * Replaces a registration's answers (the manage page), checked against the event's questions for
 * its mode. The caller runs it in its transaction with the registration in hand.
 */
export async function replaceAnswers(
  tx: Tx,
  reg: { id: number; eventId: number; attendance: 'onsite' | 'remote' },
  raw: unknown,
): Promise<AnswersCheck> {
  const questions = await eventQuestions(reg.eventId, tx);
  const check = checkAnswers(questions.map(toAnswerRule), reg.attendance, raw);
  if (!check.ok) return check;
  const asked = questions.filter((q) => askedOfMode(q.askedOf, reg.attendance)).map((q) => q.id);
  if (asked.length) {
    await tx
      .delete(registrationAnswers)
      .where(and(eq(registrationAnswers.registrationId, reg.id), inArray(registrationAnswers.questionId, asked)));
  }
  const rows = [...check.values].map(([questionId, value]) => ({ registrationId: reg.id, questionId, value }));
  if (rows.length) await tx.insert(registrationAnswers).values(rows);
  return check;
}

/**
 * A switch between on site and remote (lib/registrations moveLockedRegistration: the person's own or
 * an organiser's) drops, in the switch's transaction, the answers to questions not asked of the new
 * mode, so a remote person's lunch choice no longer shows in the list, the exports or the statistics.
 * A required question of the new mode is not asked here: the switch (an organiser's above all) is not
 * blocked by it; the manage page asks for the answer instead (unansweredRequired). Returns how many
 * required questions of the new mode are left unanswered, so the switch's mail can say so.
 */
export async function dropAnswersNotAskedOf(
  tx: Tx,
  reg: { id: number; eventId: number },
  mode: 'onsite' | 'remote',
): Promise<{ missingRequired: number }> {
  const questions = await eventQuestions(reg.eventId, tx);
  if (!questions.length) return { missingRequired: 0 };
  const notAsked = questions.filter((q) => !askedOfMode(q.askedOf, mode)).map((q) => q.id);
  if (notAsked.length)
    await tx
      .delete(registrationAnswers)
      .where(and(eq(registrationAnswers.registrationId, reg.id), inArray(registrationAnswers.questionId, notAsked)));
  return { missingRequired: unansweredRequired(questions, mode, await answersOf(reg.id, tx)).length };
}

/** An answer as text in the reader's language (attendance list, exports, the person's own data). */
export function answerText(
  q: Pick<EventQuestion, 'type' | 'options'>,
  value: AnswerValue | undefined,
  locale: Locale,
): string {
  if (value === undefined || value === null) return '';
  const option = (id: unknown) => {
    const o = q.options.find((x) => x.id === id);
    return o ? (locale === 'sv' ? o.sv : o.fi) : String(id);
  };
  switch (q.type) {
    case 'single':
      return option(value);
    case 'multiple':
      return (Array.isArray(value) ? value : [value]).map(option).join('; ');
    case 'yesNo':
      return translate(locale, value === true ? 'questions.yes' : 'questions.no');
    case 'consent':
      return value === true ? translate(locale, 'questions.given') : '';
    default:
      return String(value);
  }
}

/** A question's label in the reader's language. */
export const questionLabel = (q: Pick<EventQuestion, 'labelFi' | 'labelSv'>, locale: Locale) =>
  locale === 'sv' ? q.labelSv : q.labelFi;
