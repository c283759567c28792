// The registration form: one zod schema shared by the browser form (react-hook-form) and the
// server (form POST, JSON API). Error messages are message keys ("validation.required"),
// translated where they are shown. Written with zod/mini (lib/zod-mini.ts) because the sign-up
// form ships it to the browser; the checks, their order and their messages are those the classic
// schema had, so the server answers exactly as before.
import * as z from 'zod/mini';
import { CONTROL_CHARACTERS, isStorableText } from '@/lib/zod-mini';
import { audienceShape } from '@/lib/audience/schema';

export const SECTOR_CODES = ['education', 'social', 'health', 'other'] as const;
export const LIMITS = { name: 100, email: 254, organisation: 200, role: 200, note: 500 } as const;

const text = () => z.string({ error: 'validation.text' });

const required = (max: number) =>
  text().check(
    z.trim(),
    z.minLength(1, 'validation.required'),
    z.maxLength(max, 'validation.tooLong'),
    z.refine(isStorableText, CONTROL_CHARACTERS),
  );

const optional = (max: number) =>
  z.pipe(
    z.nullish(
      text().check(z.trim(), z.maxLength(max, 'validation.tooLong'), z.refine(isStorableText, CONTROL_CHARACTERS)),
    ),
    z.transform((v: string | null | undefined) => (v ? v : null)),
  );

/** The fields a person can change afterwards on their manage page. */
export const detailsShape = {
  firstName: required(LIMITS.name),
  lastName: required(LIMITS.name),
  organisation: required(LIMITS.organisation),
  municipality: z
    .string({ error: 'validation.municipality' })
    .check(z.trim(), z.regex(/^\d{3}$/, 'validation.municipality')),
  sector: z.enum(SECTOR_CODES, { error: 'validation.sector' }),
  role: optional(LIMITS.role),
  diet: optional(LIMITS.note),
  accessNeeds: optional(LIMITS.note),
  language: z.enum(['fi', 'sv'], { error: 'validation.language' }),
};

export const registrationSchema = z.strictObject({
  ...detailsShape,
  email: text().check(
    z.trim(),
    z.toLowerCase(),
    z.minLength(1, 'validation.required'),
    z.maxLength(LIMITS.email, 'validation.tooLong'),
    z.email('validation.email'),
  ),
  attendance: z.enum(['onsite', 'remote'], { error: 'validation.attendance' }),
  consent: z.literal(true, { error: 'validation.consent' }),
  // Own registration questions (lib/questions): `{ "<question id>": value }`, checked against the
  // event's questions on the server (and in the browser by the same check, lib/questions/schema.ts).
  answers: z.optional(z.record(z.string(), z.unknown())),
  // Workshop picks (lib/programme): `{ "<slot id>": <workshop id> }`, checked on the server against the programme.
  workshops: z.optional(z.record(z.string(), z.unknown(), { error: 'validation.workshops' })),
  // Who the audience is (optional; lib/audience).
  ...audienceShape,
  // Honeypot for bots: a field people never see. Anything in it means the request is refused.
  website: z.optional(z.string().check(z.maxLength(200))),
});

export type RegistrationInput = z.infer<typeof registrationSchema>;
export type RegistrationFormValues = z.input<typeof registrationSchema>;

export const detailsSchema = z.strictObject(detailsShape);
export type DetailsInput = z.infer<typeof detailsSchema>;

export const REGISTRATION_FIELDS = Object.keys(registrationSchema.shape) as (keyof RegistrationInput)[];
