// The check of a registrant's answers to an event's own questions: plain TypeScript with no
// validation library, so the public sign-up form runs the very same check as the server without
// shipping zod (the organiser's question form, with zod, is lib/questions/schema.ts).
// No `server-only`: the browser bundle imports this file.
import { isStorableText } from '@/lib/text-rules';

export const QUESTION_TYPES = ['shortText', 'longText', 'single', 'multiple', 'yesNo', 'consent'] as const;
export type QuestionType = (typeof QUESTION_TYPES)[number];
export const ASKED_OF = ['both', 'onsite', 'remote'] as const;
export type AskedOf = (typeof ASKED_OF)[number];
export const CHOICE_TYPES: readonly QuestionType[] = ['single', 'multiple'];

export const QUESTION_LIMITS = {
  label: 300,
  option: 120,
  options: 12,
  questions: 20,
  shortText: 200,
  longText: 2000,
} as const;

/** A question as the sign-up checks it (labels not needed). */
export type AnswerRule = { id: number; type: QuestionType; required: boolean; askedOf: AskedOf; optionIds: number[] };
export type StoredAnswer = string | number | number[] | boolean;
export type AnswersCheck =
  { ok: true; values: Map<number, StoredAnswer> } | { ok: false; fields: Record<string, string> };

/** The API's field name of a question's error: `answers.<id>`. */
export const answerField = (id: number) => `answers.${id}`;

export const askedOfMode = (askedOf: AskedOf, mode: 'onsite' | 'remote') => askedOf === 'both' || askedOf === mode;

function optionId(v: unknown): number | null {
  const s = typeof v === 'number' ? String(v) : typeof v === 'string' ? v.trim() : '';
  return /^\d{1,6}$/.test(s) ? Number(s) : null;
}

function yesNo(v: unknown): boolean | null | undefined {
  if (v === true || v === 'true' || v === 'yes' || v === 'on') return true;
  if (v === false || v === 'false' || v === 'no') return false;
  return v === undefined || v === null || v === '' ? null : undefined;
}

/**
 * Checks a registrant's answers against the event's questions for the chosen mode. `raw` is the
 * API's `answers` object (or the form's, which sends the same values as strings). Answers to
 * questions not asked of this mode are dropped; an id that is no question of this event is an error.
 */
export function checkAnswers(rules: readonly AnswerRule[], mode: 'onsite' | 'remote', raw: unknown): AnswersCheck {
  const fields: Record<string, string> = {};
  const values = new Map<number, StoredAnswer>();
  const given: Record<string, unknown> =
    raw && typeof raw === 'object' && !Array.isArray(raw) ? (raw as Record<string, unknown>) : {};
  if (raw !== undefined && raw !== null && given !== raw)
    return { ok: false, fields: { answers: 'validation.answerType' } };
  const byId = new Map(rules.map((r) => [String(r.id), r]));
  for (const key of Object.keys(given))
    if (!byId.has(key)) fields[`answers.${key.slice(0, 20)}`] = 'validation.answerUnknown';
  for (const q of rules) {
    if (!askedOfMode(q.askedOf, mode)) continue;
    const v = given[String(q.id)];
    const empty = v === undefined || v === null || v === '' || (Array.isArray(v) && v.length === 0);
    const err = (key: string) => {
      fields[answerField(q.id)] = key;
    };
    if (q.type === 'shortText' || q.type === 'longText') {
      if (empty) {
        if (q.required) err('validation.answerRequired');
        continue;
      }
      if (typeof v !== 'string') {
        err('validation.answerType');
        continue;
      }
      const text = v.trim();
      if (!text) {
        if (q.required) err('validation.answerRequired');
        continue;
      }
      if (text.length > (q.type === 'shortText' ? QUESTION_LIMITS.shortText : QUESTION_LIMITS.longText))
        err('validation.tooLong');
      else if (!isStorableText(text)) err('security.controlCharacters');
      else values.set(q.id, text);
    } else if (q.type === 'single') {
      if (empty) {
        if (q.required) err('validation.answerChoose');
        continue;
      }
      const id = optionId(v);
      if (id === null || !q.optionIds.includes(id)) err('validation.answerOption');
      else values.set(q.id, id);
    } else if (q.type === 'multiple') {
      if (empty) {
        if (q.required) err('validation.answerChooseSome');
        continue;
      }
      const ids = (Array.isArray(v) ? v : [v]).map(optionId);
      if (ids.some((id) => id === null || !q.optionIds.includes(id))) err('validation.answerOption');
      else
        values.set(
          q.id,
          [...new Set(ids as number[])].sort((a, b) => q.optionIds.indexOf(a) - q.optionIds.indexOf(b)),
        );
    } else if (q.type === 'yesNo') {
      const b = yesNo(v);
      if (b === undefined) err('validation.answerType');
      else if (b === null) {
        if (q.required) err('validation.answerChoose');
      } else values.set(q.id, b);
    } else {
      // Consent: a ticked box. A required consent must be given; an optional one is stored only when given.
      const b = yesNo(v);
      if (b === undefined) err('validation.answerType');
      else if (b) values.set(q.id, true);
      else if (q.required) err('validation.answerConsent');
    }
  }
  return Object.keys(fields).length ? { ok: false, fields } : { ok: true, values };
}

/**
 * The required questions of `mode` without an answer: after a switch of mode (whose own required
 * questions were never asked) or a question added after the sign-up. The manage page asks for them.
 */
export function unansweredRequired<Q extends { id: number; required: boolean; askedOf: AskedOf }>(
  questions: readonly Q[],
  mode: 'onsite' | 'remote',
  answers: ReadonlyMap<number, unknown>,
): Q[] {
  return questions.filter((q) => q.required && askedOfMode(q.askedOf, mode) && !answers.has(q.id));
}

/** A question as the public sign-up form shows it: labels already in the reader's language. */
export type FormQuestion = {
  id: number;
  type: QuestionType;
  label: string;
  required: boolean;
  askedOf: AskedOf;
  options: { id: number; label: string }[];
};

/** A stored answer as the form holds it (radio and checkbox values are strings). */
export function formValueOf(type: QuestionType, v: StoredAnswer | undefined): string | string[] | boolean | undefined {
  if (v === undefined) return type === 'multiple' ? [] : undefined;
  if (type === 'single') return String(v);
  if (type === 'multiple') return (Array.isArray(v) ? v : [v]).map(String);
  if (type === 'yesNo') return v === true ? 'yes' : 'no';
  if (type === 'consent') return v === true;
  return String(v);
}

export const toAnswerRule = (q: {
  id: number;
  type: QuestionType;
  required: boolean;
  askedOf: AskedOf;
  options: { id: number }[];
}): AnswerRule => ({
  id: q.id,
  type: q.type,
  required: q.required,
  askedOf: q.askedOf,
  optionIds: q.options.map((o) => o.id),
});
