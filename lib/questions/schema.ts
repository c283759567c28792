// Own registration questions: the organiser's question form (one zod schema, shared by the
// browser form and the server action). The check of a registrant's answers is
// lib/questions/answer-rules.ts (no zod: the public sign-up form imports it); re-exported here.
// Error messages are message keys, translated where they are shown.
import { isStorableText, z } from '@/lib/zod';
import { ASKED_OF, CHOICE_TYPES, QUESTION_LIMITS, QUESTION_TYPES } from './answer-rules';

export * from './answer-rules';

const lines = (v: string | null | undefined) =>
  (v ?? '')
    .split(/\r?\n/)
    .map((s) => s.trim())
    .filter(Boolean);
const label = () =>
  z
    .string({ error: 'editor.questions.validation.required' })
    .trim()
    .min(1, 'editor.questions.validation.required')
    .max(QUESTION_LIMITS.label, 'editor.questions.validation.tooLong')
    .refine(isStorableText, 'security.controlCharacters');
const optionLines = () =>
  z
    .string({ error: 'editor.questions.validation.text' })
    .refine(isStorableText, 'security.controlCharacters')
    .nullish()
    .transform(lines);

/** The organiser's question form: labels and options in Finnish and Swedish side by side. */
export const questionFormSchema = z
  .object({
    type: z.enum(QUESTION_TYPES, { error: 'editor.questions.validation.type' }),
    labelFi: label(),
    labelSv: label(),
    // Choices: one option per line, the Swedish ones in the same order.
    optionsFi: optionLines(),
    optionsSv: optionLines(),
    required: z
      .union([z.boolean(), z.enum(['on', 'true', 'false', ''])])
      .nullish()
      .transform((v) => v === true || v === 'on' || v === 'true'),
    askedOf: z.enum(ASKED_OF, { error: 'editor.questions.validation.askedOf' }),
  })
  .superRefine((q, ctx) => {
    if (!CHOICE_TYPES.includes(q.type)) return;
    if (q.optionsFi.length < 2 || q.optionsFi.length > QUESTION_LIMITS.options)
      ctx.addIssue({ code: 'custom', path: ['optionsFi'], message: 'editor.questions.validation.options' });
    else if (q.optionsFi.some((o) => o.length > QUESTION_LIMITS.option))
      ctx.addIssue({ code: 'custom', path: ['optionsFi'], message: 'editor.questions.validation.tooLong' });
    if (q.optionsSv.length !== q.optionsFi.length)
      ctx.addIssue({ code: 'custom', path: ['optionsSv'], message: 'editor.questions.validation.optionsSv' });
    else if (q.optionsSv.some((o) => o.length > QUESTION_LIMITS.option))
      ctx.addIssue({ code: 'custom', path: ['optionsSv'], message: 'editor.questions.validation.tooLong' });
  })
  .transform((q) => {
    const choice = CHOICE_TYPES.includes(q.type);
    return { ...q, optionsFi: choice ? q.optionsFi : [], optionsSv: choice ? q.optionsSv : [] };
  });
export type QuestionInput = z.output<typeof questionFormSchema>;
export type QuestionFormValues = z.input<typeof questionFormSchema>;

/** zod issues → { field: message key }, first issue per field. */
export function questionFieldErrors(error: z.ZodError): Record<string, string> {
  const out: Record<string, string> = {};
  for (const i of error.issues) {
    const key = String(i.path[0] ?? '_form');
    out[key] ??= /^(editor|security)\./.test(i.message) ? i.message : 'editor.questions.validation.text';
  }
  return out;
}
