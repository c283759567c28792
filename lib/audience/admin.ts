import 'server-only';
// The national admin edits the audience lists: add an item, rename it (fi/sv), move it up or down,
// deactivate or reactivate it. There is no delete: registrations and statistics keep naming what
// people chose, so an item that is no longer wanted is deactivated (no longer offered at sign-up).
// Every change is audited in its own transaction; only `can(o, 'editAudienceLists')` may change.
import { and, asc, eq, sql } from 'drizzle-orm';
import { db } from '@/db/client';
import { can, type Organiser } from '@/lib/auth/guards';
import { diffSummary, writeAudit } from '@/lib/audit';
import { isStorableText } from '@/lib/text-rules';
import { AUDIENCE_TABLES, invalidateAudienceLists, type AudienceListKey } from './lists';

export type AudienceAdminError =
  | 'audience.errors.notFound'
  | 'audience.errors.nameRequired'
  | 'audience.errors.nameTooLong'
  | 'audience.errors.nameInvalid';
export type AudienceAdminResult<T = null> = { ok: true; value: T } | { ok: false; error: AudienceAdminError };

export const NAME_MAX = 120;
const NOT_FOUND = { ok: false, error: 'audience.errors.notFound' } as const;

function checkName(v: unknown): AudienceAdminError | null {
  if (typeof v !== 'string' || v.trim() === '') return 'audience.errors.nameRequired';
  if (v.trim().length > NAME_MAX) return 'audience.errors.nameTooLong';
  if (!isStorableText(v)) return 'audience.errors.nameInvalid';
  return null;
}

/** A code for a new item from its Finnish name: ascii, lower case, underscores ("Nuorisotyö" → "nuorisotyo"). */
export function codeFromName(name: string): string {
  const base = name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '_')
    .replace(/^_+|_+$/g, '')
    .slice(0, 32);
  return base || 'item';
}

export async function addAudienceItem(
  o: Organiser,
  list: AudienceListKey,
  names: { nameFi: unknown; nameSv: unknown },
): Promise<AudienceAdminResult<{ code: string }>> {
  if (!can(o, 'editAudienceLists')) return NOT_FOUND;
  const bad = checkName(names.nameFi) ?? checkName(names.nameSv);
  if (bad) return { ok: false, error: bad };
  const nameFi = String(names.nameFi).trim();
  const nameSv = String(names.nameSv).trim();
  const t = AUDIENCE_TABLES[list];
  const code = await db().transaction(async (tx) => {
    // One admin edit at a time per list: the code and the place at the end are read and used together.
    await tx.execute(sql`select pg_advisory_xact_lock(hashtext(${`audience:${list}`}))`);
    const rows = await tx.select({ code: t.code, sortOrder: t.sortOrder }).from(t);
    const taken = new Set(rows.map((r) => r.code));
    const base = codeFromName(nameFi);
    let c = base;
    for (let i = 2; taken.has(c); i++) c = `${base}_${i}`;
    const sortOrder = Math.max(0, ...rows.map((r) => r.sortOrder)) + 1;
    await tx.insert(t).values({ code: c, nameFi, nameSv, sortOrder, active: true });
    await writeAudit(tx, o, 'audience.item.add', `${list}:${c}`, { after: { nameFi, nameSv } });
    return c;
  });
  invalidateAudienceLists();
  return { ok: true, value: { code } };
}

/** Rename (both languages) and/or (de)activate one item. */
export async function updateAudienceItem(
  o: Organiser,
  list: AudienceListKey,
  code: string,
  change: { nameFi: unknown; nameSv: unknown; active: boolean },
): Promise<AudienceAdminResult> {
  if (!can(o, 'editAudienceLists')) return NOT_FOUND;
  const bad = checkName(change.nameFi) ?? checkName(change.nameSv);
  if (bad) return { ok: false, error: bad };
  const t = AUDIENCE_TABLES[list];
  const after = { nameFi: String(change.nameFi).trim(), nameSv: String(change.nameSv).trim(), active: change.active };
  const done = await db().transaction(async (tx) => {
    const [before] = await tx
      .select({ nameFi: t.nameFi, nameSv: t.nameSv, active: t.active })
      .from(t)
      .where(eq(t.code, code))
      .for('update');
    if (!before) return false;
    const diff = diffSummary(before, after);
    if (!diff) return true;
    await tx.update(t).set(after).where(eq(t.code, code));
    await writeAudit(tx, o, 'audience.item.update', `${list}:${code}`, diff);
    return true;
  });
  if (!done) return NOT_FOUND;
  invalidateAudienceLists();
  return { ok: true, value: null };
}

/** Swap an item with its neighbour above or below (the order the form and the statistics show). */
export async function moveAudienceItem(
  o: Organiser,
  list: AudienceListKey,
  code: string,
  direction: 'up' | 'down',
): Promise<AudienceAdminResult> {
  if (!can(o, 'editAudienceLists')) return NOT_FOUND;
  const t = AUDIENCE_TABLES[list];
  const done = await db().transaction(async (tx) => {
    await tx.execute(sql`select pg_advisory_xact_lock(hashtext(${`audience:${list}`}))`);
    const rows = await tx.select({ code: t.code }).from(t).orderBy(asc(t.sortOrder), asc(t.code));
    const i = rows.findIndex((r) => r.code === code);
    if (i < 0) return false;
    const j = direction === 'up' ? i - 1 : i + 1;
    if (j < 0 || j >= rows.length) return true;
    [rows[i], rows[j]] = [rows[j], rows[i]];
    // Renumber the whole list 1..n: earlier orders may have had gaps or ties.
    for (const [n, r] of rows.entries())
      await tx
        .update(t)
        .set({ sortOrder: n + 1 })
        .where(and(eq(t.code, r.code)));
    await writeAudit(tx, o, 'audience.item.move', `${list}:${code}`, { after: { direction, position: j + 1 } });
    return true;
  });
  if (!done) return NOT_FOUND;
  invalidateAudienceLists();
  return { ok: true, value: null };
}
