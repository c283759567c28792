import 'server-only';
// The national admin's management of organiser accounts: invite (create an account that may sign
// in), change role and regions, disable and enable. A regional organiser always has at least one
// region; an admin and a project organiser none (a project organiser manages only the series and
// events an admin names it on: lib/auth/co-organisers).
// Inviting an address that already has an account updates that account's role and regions instead
// (no second account, no second mail), audit-logged as an invite with before and after. Admins only: for anyone else every function
// answers `organisers.errors.notFound`, as the page does. Each change writes its audit row in its
// own transaction. An admin cannot demote or disable themselves (the installation would be left
// without anyone able to undo it). Disabling also ends the person's sessions at once.
import { asc, eq, sql } from 'drizzle-orm';
import { db, type Tx } from '@/db/client';
import { qualified } from '@/db/qualified';
import { organiserRegions, sessions, users } from '@/db/schema';
import { writeAudit } from '@/lib/audit';
import { enqueue } from '@/lib/mail/outbox';
import { getReferenceData } from '@/lib/reference';
import { can, type Organiser, type OrganiserRole } from './guards';
import { needsRegions, type OrganiserChange, type OrganiserInvite } from './organiser-schema';

export type OrganiserError =
  | 'organisers.errors.notFound'
  | 'organisers.errors.exists'
  | 'organisers.errors.self'
  | 'organisers.errors.region'
  | 'organisers.errors.regionsRequired';
export type OrganiserResult<T> = { ok: true; value: T } | { ok: false; error: OrganiserError };

export type OrganiserAccount = {
  id: string;
  email: string;
  name: string | null;
  role: OrganiserRole;
  regions: string[];
  invitedAt: Date;
  disabledAt: Date | null;
};

const NOT_FOUND = { ok: false, error: 'organisers.errors.notFound' } as const;

export async function listOrganisers(o: Organiser): Promise<OrganiserAccount[] | null> {
  if (!can(o, 'manageOrganisers')) return null;
  const rows = await db()
    .select({
      id: users.id,
      email: users.email,
      name: users.name,
      role: users.role,
      invitedAt: users.invitedAt,
      disabledAt: users.disabledAt,
      regions: sql<
        string[]
      >`coalesce((select array_agg(r.region_code order by r.region_code) from ${organiserRegions} r where r.user_id = ${qualified(users.id)}), '{}')`,
    })
    .from(users)
    .orderBy(asc(users.email));
  return rows;
}

async function knownRegions(codes: string[]): Promise<boolean> {
  const ref = await getReferenceData();
  return codes.every((c) => ref.regions.some((r) => r.code === c));
}

async function setRegions(tx: Tx, userId: string, regions: string[]) {
  await tx.delete(organiserRegions).where(eq(organiserRegions.userId, userId));
  if (regions.length) await tx.insert(organiserRegions).values(regions.map((regionCode) => ({ userId, regionCode })));
}

async function regionsOf(tx: Tx, userId: string): Promise<string[]> {
  return (
    await tx
      .select({ c: organiserRegions.regionCode })
      .from(organiserRegions)
      .where(eq(organiserRegions.userId, userId))
  )
    .map((r) => r.c)
    .sort();
}

const REGIONS_REQUIRED = { ok: false, error: 'organisers.errors.regionsRequired' } as const;

/** Invites a new organiser, or updates the role and regions of the account the address already has. */
export async function inviteAsAdmin(
  o: Organiser,
  input: OrganiserInvite,
): Promise<OrganiserResult<{ id: string; created: boolean; changed: boolean }>> {
  if (!can(o, 'manageOrganisers')) return NOT_FOUND;
  if (needsRegions(input)) return REGIONS_REQUIRED;
  if (!(await knownRegions(input.regions))) return { ok: false, error: 'organisers.errors.region' };
  const regions = input.role === 'organiser' ? input.regions : [];
  return db().transaction(async (tx) => {
    const [created] = await tx
      .insert(users)
      .values({ email: input.email, name: input.name, role: input.role })
      .onConflictDoNothing({ target: users.email })
      .returning({ id: users.id });
    if (!created) return reinvite(tx, o, input, [...regions].sort());
    await setRegions(tx, created.id, regions);
    await writeAudit(tx, o, 'organiser.invite', `user:${created.id}`, {
      after: { email: input.email, role: input.role, regions },
    });
    // The invitation mail goes with the account: both or neither.
    await enqueue(tx, {
      toEmail: input.email,
      locale: 'fi',
      payload: { kind: 'organiser_invite', role: input.role, regions },
    });
    return { ok: true, value: { id: created.id, created: true, changed: true } };
  });
}

/** The address has an account: the invite form's role and regions replace its own (its name only when
 *  one is given). No mail: the person can already sign in (or was disabled on purpose, which stays). */
async function reinvite(
  tx: Tx,
  o: Organiser,
  input: OrganiserInvite,
  regions: string[],
): Promise<OrganiserResult<{ id: string; created: boolean; changed: boolean }>> {
  const [u] = await tx
    .select({ id: users.id, role: users.role, name: users.name })
    .from(users)
    .where(eq(users.email, input.email))
    .for('update');
  if (!u) return { ok: false, error: 'organisers.errors.exists' };
  if (u.id === o.id && input.role !== 'admin') return { ok: false, error: 'organisers.errors.self' };
  const before = { role: u.role, regions: await regionsOf(tx, u.id), name: u.name };
  const after = { role: input.role, regions, name: input.name ?? u.name };
  if (JSON.stringify(before) === JSON.stringify(after))
    return { ok: true, value: { id: u.id, created: false, changed: false } };
  await tx.update(users).set({ role: after.role, name: after.name }).where(eq(users.id, u.id));
  await setRegions(tx, u.id, regions);
  await writeAudit(tx, o, 'organiser.invite', `user:${u.id}`, { before, after: { email: input.email, ...after } });
  return { ok: true, value: { id: u.id, created: false, changed: true } };
}

/** Locks the account row; not found for an unknown id (and for anyone but an admin, checked first). */
async function lockAccount(tx: Tx, userId: string) {
  const [u] = await tx
    .select({ id: users.id, role: users.role, name: users.name, disabledAt: users.disabledAt })
    .from(users)
    .where(eq(users.id, userId))
    .for('update');
  return u;
}

export async function changeOrganiser(
  o: Organiser,
  userId: string,
  input: OrganiserChange,
): Promise<OrganiserResult<{ changed: boolean }>> {
  if (!can(o, 'manageOrganisers')) return NOT_FOUND;
  if (userId === o.id && input.role !== 'admin') return { ok: false, error: 'organisers.errors.self' };
  if (needsRegions(input)) return REGIONS_REQUIRED;
  if (!(await knownRegions(input.regions))) return { ok: false, error: 'organisers.errors.region' };
  return db().transaction(async (tx) => {
    const u = await lockAccount(tx, userId);
    if (!u) return NOT_FOUND;
    const regions = input.role === 'organiser' ? [...input.regions].sort() : [];
    const before = { role: u.role, regions: await regionsOf(tx, userId), name: u.name };
    const after = { role: input.role, regions, name: input.name ?? u.name };
    if (JSON.stringify(before) === JSON.stringify(after)) return { ok: true, value: { changed: false } };
    await tx.update(users).set({ role: after.role, name: after.name }).where(eq(users.id, userId));
    await setRegions(tx, userId, regions);
    await writeAudit(tx, o, 'organiser.update', `user:${userId}`, { before, after });
    return { ok: true, value: { changed: true } };
  });
}

export async function setOrganiserDisabled(
  o: Organiser,
  userId: string,
  disabled: boolean,
  now = new Date(),
): Promise<OrganiserResult<{ changed: boolean }>> {
  if (!can(o, 'manageOrganisers')) return NOT_FOUND;
  if (userId === o.id) return { ok: false, error: 'organisers.errors.self' };
  return db().transaction(async (tx) => {
    const u = await lockAccount(tx, userId);
    if (!u) return NOT_FOUND;
    if (!!u.disabledAt === disabled) return { ok: true, value: { changed: false } };
    await tx
      .update(users)
      .set({ disabledAt: disabled ? now : null })
      .where(eq(users.id, userId));
    if (disabled) await tx.delete(sessions).where(eq(sessions.userId, userId));
    await writeAudit(tx, o, 'organiser.update', `user:${userId}`, {
      before: { disabled: !!u.disabledAt },
      after: { disabled },
    });
    return { ok: true, value: { changed: true } };
  });
}
