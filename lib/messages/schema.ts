// The form of an organiser's message to an event's people: one schema for the browser form
// (react-hook-form) and the server. Texts are plain text; the subject is one line. Swedish is
// optional, but subject and text go together so nobody gets half a message in Swedish.
import { isStorableText, z } from '@/lib/zod';

export const AUDIENCES = ['registrants', 'waitlist', 'attendees'] as const;
export type Audience = (typeof AUDIENCES)[number];

export const MESSAGE_LIMITS = { subject: 150, body: 5000 } as const;

const LINE_BREAK = /[\r\n]/;

const subject = z
  .string()
  .trim()
  .max(MESSAGE_LIMITS.subject, 'messages.validation.subjectTooLong')
  .refine((s) => !LINE_BREAK.test(s) && isStorableText(s), 'messages.validation.subjectOneLine');
const body = z
  .string()
  .trim()
  .max(MESSAGE_LIMITS.body, 'messages.validation.bodyTooLong')
  .refine(isStorableText, 'messages.validation.control');

const messageFields = z.object({
  audience: z.enum(AUDIENCES, { error: 'messages.validation.audience' }),
  subjectFi: subject.min(1, 'messages.validation.required'),
  bodyFi: body.min(1, 'messages.validation.required'),
  subjectSv: subject.transform((s) => s || null),
  bodySv: body.transform((s) => s || null),
  formKey: z.string().uuid('messages.validation.formKey'),
});

function svBoth(v: { subjectSv: string | null; bodySv: string | null }, ctx: z.RefinementCtx) {
  if (v.subjectSv && !v.bodySv)
    ctx.addIssue({ code: 'custom', path: ['bodySv'], message: 'messages.validation.svBoth' });
  if (v.bodySv && !v.subjectSv)
    ctx.addIssue({ code: 'custom', path: ['subjectSv'], message: 'messages.validation.svBoth' });
}

export const messageSchema = messageFields.superRefine(svBoth);

/** "Send a test to me": the same message, and the language the organiser wants to see it in. */
export const testMessageSchema = messageFields
  .extend({ testLanguage: z.enum(['fi', 'sv'], { error: 'messages.validation.testLanguage' }) })
  .superRefine(svBoth);
export type TestMessageInput = z.output<typeof testMessageSchema>;

export type MessageInput = z.output<typeof messageSchema>;
export type MessageFormValues = z.input<typeof messageSchema>;

/** Field errors as { field: message key }. */
export function messageFieldErrors(error: z.ZodError): Record<string, string> {
  const out: Record<string, string> = {};
  for (const issue of error.issues) {
    const key = String(issue.path[0] ?? 'form');
    out[key] ??= issue.message;
  }
  return out;
}

/**
 * True when some of the chosen audience chose Swedish but the Swedish subject or text is empty:
 * they would get the Finnish message. The form warns before sending (it is still allowed).
 */
export function swedishTextMissing(
  values: { audience?: string | null; subjectSv?: string | null; bodySv?: string | null },
  languages: Record<Audience, { fi: number; sv: number }>,
): boolean {
  const a = AUDIENCES.find((x) => x === values.audience);
  if (!a || languages[a].sv === 0) return false;
  return !(values.subjectSv ?? '').trim() || !(values.bodySv ?? '').trim();
}
