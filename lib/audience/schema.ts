// The audience questions of the sign-up (issue 15 §3): role category, organisation type, the
// education levels a person serves and whether they are a VIPU contact person. All optional, so API
// clients written before them keep working. Codes are checked here for shape only; whether a code
// is on the admin's (active) list is checked on the server (lib/audience/lists.ts). zod/mini: the
// sign-up form ships this schema to the browser.
import * as z from 'zod/mini';

const CODE = /^[a-z0-9_]{1,40}$/;
export const MAX_EDUCATION_LEVELS = 20;

/** One code from a list; '' (an unchosen select) and null mean "not answered". */
const code = (error: string) =>
  z.optional(
    z.pipe(
      z.nullish(
        z.string({ error }).check(
          z.trim(),
          z.refine((v) => v === '' || CODE.test(v), error),
        ),
      ),
      z.transform((v: string | null | undefined) => (v ? v : null)),
    ),
  );

export const audienceShape = {
  roleCategory: code('validation.roleCategory'),
  organisationType: code('validation.organisationType'),
  educationLevels: z.optional(
    z.pipe(
      z.nullish(
        z
          .array(z.string({ error: 'validation.educationLevels' }).check(z.regex(CODE, 'validation.educationLevels')), {
            error: 'validation.educationLevels',
          })
          .check(z.maxLength(MAX_EDUCATION_LEVELS, 'validation.educationLevels')),
      ),
      z.transform((v: string[] | null | undefined) => [...new Set(v ?? [])]),
    ),
  ),
  vipuContact: z.nullish(z.boolean({ error: 'validation.vipuContact' })),
};

/** As parsed (a field left out is undefined: callers written before these fields need not name them). */
export type AudienceInput = {
  roleCategory?: string | null;
  organisationType?: string | null;
  educationLevels?: string[] | null;
  vipuContact?: boolean | null;
};
export type AudienceAnswers = {
  roleCategory: string | null;
  organisationType: string | null;
  educationLevels: string[];
  vipuContact: boolean | null;
};

export function audienceAnswers(a: AudienceInput): AudienceAnswers {
  return {
    roleCategory: a.roleCategory || null,
    organisationType: a.organisationType || null,
    educationLevels: [...new Set(a.educationLevels ?? [])],
    vipuContact: a.vipuContact ?? null,
  };
}

/** Whether the person answered any of the audience questions. */
export function answeredAudience(input: AudienceInput): boolean {
  const a = audienceAnswers(input);
  return (
    a.roleCategory !== null || a.organisationType !== null || a.educationLevels.length > 0 || a.vipuContact !== null
  );
}
