import 'server-only';
// Writing and reading a registration's audience answers. The answers are written by the sign-up's
// own statement (withAudience wraps kokoon_register in a CTE), so a registration is never stored
// without the answers it was sent with, nor answers without their registration, and a rush still
// makes one database call per sign-up.
import { eq, inArray } from 'drizzle-orm';
import type postgres from 'postgres';
import { db, type Tx } from '@/db/client';
import { registrationAudience, registrationEducationLevels } from '@/db/schema';
import { answeredAudience, audienceAnswers, type AudienceAnswers, type AudienceInput } from './schema';

export type { AudienceAnswers };

/**
 * The sign-up call with the audience answers written for a new registration (confirmed or
 * waitlisted; a duplicate or refused sign-up writes nothing). Unanswered: the call itself, unchanged.
 */
export function withAudience<T extends readonly object[]>(
  sql: postgres.Sql | postgres.TransactionSql,
  call: postgres.PendingQuery<T>,
  input: AudienceInput,
): postgres.PendingQuery<T> {
  if (!answeredAudience(input)) return call;
  const a = audienceAnswers(input);
  return sql<T>`
    with r as (${call}),
    a as (
      insert into registration_audience (registration_id, role_category_code, organisation_type_code, vipu_contact)
      select registration_id, ${a.roleCategory}, ${a.organisationType}, ${a.vipuContact}::boolean
      from r where outcome in ('confirmed', 'waitlisted')),
    l as (
      insert into registration_education_levels (registration_id, level_code)
      select r.registration_id, level from r, unnest(${a.educationLevels}::text[]) as level
      where r.outcome in ('confirmed', 'waitlisted'))
    select * from r`;
}

export const NO_AUDIENCE: AudienceAnswers = {
  roleCategory: null,
  organisationType: null,
  educationLevels: [],
  vipuContact: null,
};

/** The answers of these registrations (a registration without any is left out of the map). */
export async function audienceOf(
  registrationIds: readonly number[],
  tx: Tx | ReturnType<typeof db> = db(),
): Promise<Map<number, AudienceAnswers>> {
  const out = new Map<number, AudienceAnswers>();
  if (!registrationIds.length) return out;
  const ids = [...new Set(registrationIds)];
  const [rows, levels] = await Promise.all([
    tx.select().from(registrationAudience).where(inArray(registrationAudience.registrationId, ids)),
    tx
      .select()
      .from(registrationEducationLevels)
      .where(inArray(registrationEducationLevels.registrationId, ids))
      .orderBy(registrationEducationLevels.levelCode),
  ]);
  const get = (id: number) => {
    let a = out.get(id);
    if (!a) out.set(id, (a = { ...NO_AUDIENCE, educationLevels: [] }));
    return a;
  };
  for (const r of rows)
    Object.assign(get(r.registrationId), {
      roleCategory: r.roleCategoryCode,
      organisationType: r.organisationTypeCode,
      vipuContact: r.vipuContact,
    });
  for (const l of levels) get(l.registrationId).educationLevels.push(l.levelCode);
  return out;
}

/** Replace one registration's answers (the manage page), in the caller's transaction. */
export async function saveAudience(tx: Tx, registrationId: number, input: AudienceInput): Promise<void> {
  const a = audienceAnswers(input);
  await tx.delete(registrationEducationLevels).where(eq(registrationEducationLevels.registrationId, registrationId));
  await tx.delete(registrationAudience).where(eq(registrationAudience.registrationId, registrationId));
  if (!answeredAudience(a)) return;
  await tx.insert(registrationAudience).values({
    registrationId,
    roleCategoryCode: a.roleCategory,
    organisationTypeCode: a.organisationType,
    vipuContact: a.vipuContact,
  });
  if (a.educationLevels.length) {
    await tx
      .insert(registrationEducationLevels)
      .values(a.educationLevels.map((levelCode) => ({ registrationId, levelCode })));
  }
}
