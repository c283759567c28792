// The registration form: one zod schema shared by the browser form (react-hook-form) and the
// server (form POST, JSON API). Error messages are message keys ("validation.required"),
// translated where they are shown.
import { CONTROL_CHARACTERS, isStorableText, z } from '@/lib/zod';

export const SECTOR_CODES = ['education', 'social', 'health', 'other'] as const;
export const LIMITS = { name: 100, email: 254, organisation: 200, role: 200, note: 500 } as const;

const required = (max: number) =>
  z.string({ error: 'validation.text' }).trim().min(1, 'validation.required').max(max, 'validation.tooLong')
    .refine(isStorableText, CONTROL_CHARACTERS);

const optional = (max: number) =>
  z.string({ error: 'validation.text' }).trim().max(max, 'validation.tooLong').refine(isStorableText, CONTROL_CHARACTERS).nullish()
    .transform((v) => (v ? v : null));

/** The fields a person can change afterwards on their manage page. */
export const detailsShape = {
  firstName: required(LIMITS.name),
  lastName: required(LIMITS.name),
  organisation: required(LIMITS.organisation),
  municipality: z.string({ error: 'validation.municipality' }).trim().regex(/^\d{3}$/, 'validation.municipality'),
  sector: z.enum(SECTOR_CODES, { error: 'validation.sector' }),
  role: optional(LIMITS.role),
  diet: optional(LIMITS.note),
  accessNeeds: optional(LIMITS.note),
  language: z.enum(['fi', 'sv'], { error: 'validation.language' }),
};

export const registrationSchema = z.strictObject({
  ...detailsShape,
  email: z.string({ error: 'validation.text' }).trim().toLowerCase()
    .min(1, 'validation.required').max(LIMITS.email, 'validation.tooLong').email('validation.email'),
  attendance: z.enum(['onsite', 'remote'], { error: 'validation.attendance' }),
  consent: z.literal(true, { error: 'validation.consent' }),
  // Honeypot for bots: a field people never see. Anything in it means the request is refused.
  website: z.string().max(200).optional(),
});

export type RegistrationInput = z.infer<typeof registrationSchema>;
export type RegistrationFormValues = z.input<typeof registrationSchema>;

export const detailsSchema = z.strictObject(detailsShape);
export type DetailsInput = z.infer<typeof detailsSchema>;

export const REGISTRATION_FIELDS = Object.keys(registrationSchema.shape) as (keyof RegistrationInput)[];
