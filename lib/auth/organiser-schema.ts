// The national admin's forms for organiser accounts (invite, change role and regions). Region codes
// are checked against the reference data by lib/auth/organisers.ts. Roles: admin, a region's
// organiser (at least one region), a project organiser (no region: only what it is named on).
import { isStorableText, z } from '@/lib/zod';

const regionList = z
  .array(z.string().regex(/^[A-Z]{2,5}$/, 'organisers.validation.region'))
  .max(5)
  .transform((r) => [...new Set(r)]);

const changeFields = {
  role: z.enum(['admin', 'organiser', 'project'], { error: 'organisers.validation.role' }),
  regions: regionList,
  name: z
    .string()
    .trim()
    .max(120, 'organisers.validation.nameTooLong')
    .refine(isStorableText, 'organisers.validation.nameInvalid')
    .transform((s) => s || null),
};

/** An organiser works in at least one region (without one they would see nothing, and their invitation
 *  mail would list no regions); an admin sees all regions and a project organiser only the series and
 *  events it is named on, so theirs are not asked for (and not kept). */
export function needsRegions(v: { role: 'admin' | 'organiser' | 'project'; regions: string[] }): boolean {
  return v.role === 'organiser' && v.regions.length === 0;
}

const regionsRequired = { message: 'organisers.validation.regionsRequired', path: ['regions'] };

export const organiserChangeSchema = z.object(changeFields).refine((v) => !needsRegions(v), regionsRequired);

export const organiserInviteSchema = z
  .object({
    ...changeFields,
    email: z.string().trim().toLowerCase().max(254).email('organisers.validation.email'),
  })
  .refine((v) => !needsRegions(v), regionsRequired);

export type OrganiserChange = z.output<typeof organiserChangeSchema>;
export type OrganiserInvite = z.output<typeof organiserInviteSchema>;

/** The form's fields as the schema wants them (`regions` may repeat). */
export function organiserFormValues(form: FormData): Record<string, unknown> {
  const str = (k: string) => (typeof form.get(k) === 'string' ? (form.get(k) as string) : '');
  return {
    email: str('email'),
    name: str('name'),
    role: str('role'),
    regions: form.getAll('regions').filter((v) => typeof v === 'string'),
  };
}
