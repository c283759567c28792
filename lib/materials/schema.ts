// The material form (an event's material or a standalone one of the network): one zod schema, used by
// react-hook-form in the browser and parsed again by the save route (lib/materials/http.ts). Error
// messages are message keys, translated where shown. No `server-only`: the browser bundle imports it.
import { CONTROL_CHARACTERS, isStorableText, z } from '@/lib/zod';

export const MATERIAL_KINDS = ['slides', 'recording', 'video', 'guide', 'report', 'model', 'link'] as const;
export type MaterialKind = (typeof MATERIAL_KINDS)[number];
export const MATERIAL_VISIBILITIES = ['participants', 'public'] as const;
export const MATERIAL_LANGUAGES = ['fi', 'sv', 'both'] as const;
export const MATERIAL_LEVELS = ['introductory', 'intermediate', 'advanced'] as const;
/** Kinds that are recordings: the editor asks whether they are captioned, and lists show the answer. */
export const RECORDING_KINDS: readonly MaterialKind[] = ['recording', 'video'];
export const MATERIAL_LIMITS = { title: 200, description: 4000, url: 2000, themes: 10 } as const;
/** Uploaded files: at most 25 MB (the save route checks it before reading further). */
export const MAX_FILE_BYTES = 25 * 1024 * 1024;

const required = (max: number) =>
  z
    .string({ error: 'editor.validation.required' })
    .trim()
    .min(1, 'editor.validation.required')
    .max(max, 'editor.validation.tooLong')
    .refine(isStorableText, CONTROL_CHARACTERS);
const optional = (max: number) =>
  z
    .string({ error: 'editor.validation.text' })
    .trim()
    .max(max, 'editor.validation.tooLong')
    .refine(isStorableText, CONTROL_CHARACTERS)
    .nullish()
    .transform((v) => (v ? v : null));

/** A link, or nothing when the material is (or becomes) an uploaded file. */
const optionalUrl = z
  .string({ error: 'editor.validation.url' })
  .trim()
  .max(MATERIAL_LIMITS.url, 'editor.validation.tooLong')
  .nullish()
  .refine((v) => {
    if (!v) return true;
    try {
      return ['http:', 'https:'].includes(new URL(v).protocol);
    } catch {
      return false;
    }
  }, 'editor.validation.url')
  .transform((v) => (v ? new URL(v).toString() : null));

export const materialSchema = z
  .object({
    kind: z.enum(MATERIAL_KINDS, { error: 'editor.validation.materialKind' }),
    visibility: z.enum(MATERIAL_VISIBILITIES, { error: 'editor.validation.visibility' }),
    language: z.enum(MATERIAL_LANGUAGES, { error: 'materialsArchive.validation.language' }),
    titleFi: required(MATERIAL_LIMITS.title),
    titleSv: optional(MATERIAL_LIMITS.title),
    descriptionFi: optional(MATERIAL_LIMITS.description),
    descriptionSv: optional(MATERIAL_LIMITS.description),
    url: optionalUrl,
    // "yes" / "no" from the radio buttons; required for recordings (checked below).
    captioned: z
      .enum(['yes', 'no', ''], { error: 'materialsArchive.validation.captioned' })
      .nullish()
      .transform((v) => (v === 'yes' ? true : v === 'no' ? false : null)),
    themes: z
      .array(z.string().regex(/^[a-z0-9-]{1,60}$/, 'materialsArchive.validation.theme'), {
        error: 'materialsArchive.validation.theme',
      })
      .max(MATERIAL_LIMITS.themes, 'materialsArchive.validation.theme')
      .nullish()
      .transform((v) => [...new Set(v ?? [])]),
    targetLevel: z
      .enum([...MATERIAL_LEVELS, ''], { error: 'materialsArchive.validation.level' })
      .nullish()
      .transform((v) => v || null),
    year: z
      .string({ error: 'materialsArchive.validation.year' })
      .trim()
      .nullish()
      .refine(
        (v) => !v || (/^\d{4}$/.test(v) && Number(v) >= 1990 && Number(v) <= 2100),
        'materialsArchive.validation.year',
      )
      .transform((v) => (v ? Number(v) : null)),
  })
  .superRefine((v, ctx) => {
    if (RECORDING_KINDS.includes(v.kind) && v.captioned === null)
      ctx.addIssue({ code: 'custom', path: ['captioned'], message: 'materialsArchive.validation.captioned' });
  });
export type MaterialInput = z.output<typeof materialSchema>;
export type MaterialFormValues = z.input<typeof materialSchema>;

/**
 * Search and filters of the materials bank and GET /api/materials (`q`, `theme`, `kind`, `lang`, `level`,
 * `year`); bad values are simply ignored, as a list with a filter fewer is more use than an error.
 */
export const materialsQuery = z.object({
  q: z.string().trim().max(100).optional().catch(undefined),
  theme: z
    .string()
    .trim()
    .regex(/^[a-z0-9-]{1,60}$/)
    .optional()
    .catch(undefined),
  kind: z.enum(MATERIAL_KINDS).optional().catch(undefined),
  lang: z.enum(['fi', 'sv']).optional().catch(undefined),
  level: z.enum(MATERIAL_LEVELS).optional().catch(undefined),
  /** The material's year, or for an event's material without one, the year the event was held. */
  year: z
    .string()
    .regex(/^\d{4}$/)
    .transform(Number)
    .pipe(z.number().min(1990).max(2100))
    .optional()
    .catch(undefined),
});
export type MaterialsQuery = z.output<typeof materialsQuery>;
