// The form of an organiser's message to an event's people: one schema for the browser form
// (react-hook-form) and the server. Texts are plain text; the subject is one line. Swedish is
// optional, but subject and text go together so nobody gets half a message in Swedish.
import { isStorableText, z } from '@/lib/zod';

export const AUDIENCES = ['registrants', 'waitlist', 'attendees', 'workshop'] as const;
export type Audience = (typeof AUDIENCES)[number];
/** The audiences that are a part of the whole event (the workshop one is per workshop). */
export const EVENT_AUDIENCES = ['registrants', 'waitlist', 'attendees'] as const;
export type EventAudience = (typeof EVENT_AUDIENCES)[number];
export type LanguageCounts = { fi: number; sv: number };

/** A workshop as the message form offers it: its people (confirmed and waiting) per language. */
export type WorkshopAudience = { id: number; label: string; confirmed: LanguageCounts; waitlisted: LanguageCounts };

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
  // Audience 'workshop': which one (the select's value), and whether its waiting people get it too.
  workshopId: z
    .string()
    .regex(/^\d{0,10}$/, 'messages.validation.workshop')
    .optional()
    .transform((s) => (s ? Number(s) : null)),
  withWaitlist: z
    .boolean()
    .optional()
    .transform((b) => b ?? false),
});

function svBoth(
  v: { subjectSv: string | null; bodySv: string | null; audience: Audience; workshopId: number | null },
  ctx: z.RefinementCtx,
) {
  if (v.audience === 'workshop' && !v.workshopId)
    ctx.addIssue({ code: 'custom', path: ['workshopId'], message: 'messages.validation.workshop' });
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
/** The workshop fields may be left out by callers writing to a whole-event audience. */
type WorkshopOptional<T extends { workshopId: number | null; withWaitlist: boolean }> = Omit<
  T,
  'workshopId' | 'withWaitlist'
> &
  Partial<Pick<T, 'workshopId' | 'withWaitlist'>>;
export type TestMessageInput = WorkshopOptional<z.output<typeof testMessageSchema>>;

export type MessageInput = z.output<typeof messageSchema>;
/** What sendEventMessage takes: a message to a whole-event audience needs no workshop fields. */
export type MessageSendInput = WorkshopOptional<MessageInput>;
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

/** How many of the chosen audience chose Finnish and Swedish; undefined until one is chosen. */
export function chosenLanguages(
  values: { audience?: string | null; workshopId?: string | number | null; withWaitlist?: boolean | null },
  languages: Record<EventAudience, LanguageCounts>,
  workshops: readonly WorkshopAudience[] = [],
): LanguageCounts | undefined {
  if (values.audience === 'workshop') {
    const w = workshops.find((x) => String(x.id) === String(values.workshopId ?? ''));
    if (!w) return undefined;
    return values.withWaitlist
      ? { fi: w.confirmed.fi + w.waitlisted.fi, sv: w.confirmed.sv + w.waitlisted.sv }
      : w.confirmed;
  }
  const a = EVENT_AUDIENCES.find((x) => x === values.audience);
  return a ? languages[a] : undefined;
}

/**
 * True when some of the chosen audience chose Swedish but the Swedish subject or text is empty:
 * they would get the Finnish message. The form warns before sending (it is still allowed).
 */
export function swedishTextMissing(
  values: {
    audience?: string | null;
    subjectSv?: string | null;
    bodySv?: string | null;
    workshopId?: string | number | null;
    withWaitlist?: boolean | null;
  },
  languages: Record<EventAudience, LanguageCounts>,
  workshops: readonly WorkshopAudience[] = [],
): boolean {
  const chosen = chosenLanguages(values, languages, workshops);
  if (!chosen || chosen.sv === 0) return false;
  return !(values.subjectSv ?? '').trim() || !(values.bodySv ?? '').trim();
}
