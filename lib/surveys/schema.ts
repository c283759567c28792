// The feedback survey's two forms, one zod schema each, shared by the browser (react-hook-form)
// and the server: the organiser's "add a question" form, and the participant's answer form, whose
// schema is built from the survey's questions. Error messages are message keys ("survey.validation.*").
// No `server-only`: the browser bundle imports this file.
import { isStorableText, z } from '@/lib/zod';

export const QUESTION_KINDS = ['scale', 'text', 'choice'] as const;
export type QuestionKind = (typeof QUESTION_KINDS)[number];

/** The standard questions every survey starts with (texts in the catalogues under survey.standard). */
export const STANDARD_QUESTIONS = [
  { standard: 'overall', kind: 'scale', required: true },
  { standard: 'usefulness', kind: 'scale', required: true },
  { standard: 'develop', kind: 'text', required: false },
] as const;

export const SURVEY_LIMITS = { question: 300, option: 100, options: 10, answer: 2000, questions: 12 } as const;

const lines = (v: string | null | undefined) =>
  (v ?? '')
    .split(/\r?\n/)
    .map((s) => s.trim())
    .filter(Boolean);

export const questionSchema = z
  .object({
    kind: z.enum(QUESTION_KINDS, { error: 'survey.validation.kind' }),
    textFi: z
      .string({ error: 'survey.validation.required' })
      .trim()
      .min(1, 'survey.validation.required')
      .max(SURVEY_LIMITS.question, 'survey.validation.tooLong')
      .refine(isStorableText, 'survey.validation.control'),
    textSv: z
      .string({ error: 'survey.validation.text' })
      .trim()
      .max(SURVEY_LIMITS.question, 'survey.validation.tooLong')
      .refine(isStorableText, 'survey.validation.control')
      .nullish()
      .transform((v) => v || null),
    // Single choice: one option per line.
    optionsFi: z
      .string({ error: 'survey.validation.text' })
      .refine(isStorableText, 'survey.validation.control')
      .nullish()
      .transform(lines),
    optionsSv: z
      .string({ error: 'survey.validation.text' })
      .refine(isStorableText, 'survey.validation.control')
      .nullish()
      .transform(lines),
    required: z
      .union([z.boolean(), z.enum(['on', 'true', 'false', ''])])
      .nullish()
      .transform((v) => v === true || v === 'on' || v === 'true'),
  })
  .superRefine((q, ctx) => {
    if (q.kind !== 'choice') return;
    if (q.optionsFi.length < 2 || q.optionsFi.length > SURVEY_LIMITS.options)
      ctx.addIssue({ code: 'custom', path: ['optionsFi'], message: 'survey.validation.options' });
    else if (q.optionsFi.some((o) => o.length > SURVEY_LIMITS.option))
      ctx.addIssue({ code: 'custom', path: ['optionsFi'], message: 'survey.validation.tooLong' });
    if (q.optionsSv.length > 0 && q.optionsSv.length !== q.optionsFi.length)
      ctx.addIssue({ code: 'custom', path: ['optionsSv'], message: 'survey.validation.optionsSv' });
  })
  .transform((q) => ({
    ...q,
    optionsFi: q.kind === 'choice' ? q.optionsFi : [],
    optionsSv: q.kind === 'choice' && q.optionsSv.length ? q.optionsSv : null,
  }));
export type QuestionInput = z.output<typeof questionSchema>;
export type QuestionFormValues = z.input<typeof questionSchema>;

/** A question as the answer form shows it: already in the reader's language. */
export type AnswerQuestion = { id: number; kind: QuestionKind; text: string; options: string[]; required: boolean };

export const answerField = (id: number) => `q${id}`;

const SCALE = ['1', '2', '3', '4', '5'] as const;

/** One field of the answer form as the browser holds it (a radio's value, a text, the checkbox)… */
type AnswerFormValue = string | boolean | null | undefined;
/** …and as the schema returns it (a scale or choice as a number, a text, showName as a boolean). */
type AnswerValue = number | string | boolean | null;

/** The answer form's schema for these questions: `q{id}` per question, plus `showName`. */
export function answersSchema(questions: readonly AnswerQuestion[]) {
  const shape: Record<string, z.ZodType<AnswerValue, AnswerFormValue>> = {
    showName: z
      .union([z.boolean(), z.enum(['on', 'true', 'false', ''])])
      .nullish()
      .transform((v) => v === true || v === 'on' || v === 'true'),
  };
  for (const q of questions) {
    const empty = z.union([z.literal(''), z.null()]).transform(() => null);
    const optional = <T extends z.ZodType>(schema: T) =>
      z
        .union([empty, schema])
        .optional()
        .transform((v) => v ?? null);
    let field: z.ZodType<AnswerValue, AnswerFormValue>;
    if (q.kind === 'scale') {
      const value = z.enum(SCALE, { error: 'survey.validation.scale' }).transform(Number);
      field = q.required ? z.enum(SCALE, { error: 'survey.validation.choose' }).transform(Number) : optional(value);
    } else if (q.kind === 'choice') {
      const options = q.options.map((_, i) => String(i)) as [string, ...string[]];
      const value = z.enum(options, { error: 'survey.validation.choice' }).transform(Number);
      field = q.required ? z.enum(options, { error: 'survey.validation.choose' }).transform(Number) : optional(value);
    } else {
      const text = z
        .string({ error: 'survey.validation.text' })
        .trim()
        .max(SURVEY_LIMITS.answer, 'survey.validation.tooLong')
        .refine(isStorableText, 'survey.validation.control');
      field = q.required ? text.min(1, 'survey.validation.required') : text.nullish().transform((v) => v || null);
    }
    shape[answerField(q.id)] = field;
  }
  return z.object(shape).strict();
}

export type AnswersFormValues = z.input<ReturnType<typeof answersSchema>>;
export type AnswersInput = z.output<ReturnType<typeof answersSchema>>;

/** zod issues → { field: message key }, first issue per field. */
export function surveyFieldErrors(error: z.ZodError): Record<string, string> {
  const out: Record<string, string> = {};
  for (const i of error.issues) {
    const key = String(i.path[0] ?? '_form');
    out[key] ??= i.message.startsWith('survey.') ? i.message : 'survey.validation.text';
  }
  return out;
}
