import 'server-only';
// Co-organisers (issue 17 "Who organises"): the national admin names organiser accounts — regional
// or project organisers, from any region — on an event or a training series. A named account gets
// the same rights on that event (on a series: the series and all its sessions) as the region's own
// organisers; the rule itself is in lib/auth/guards (`eventScope`, `seriesScope`). Only an admin
// names them (`can(o, 'nameCoOrganisers')`); for anyone else every function here answers "not found".
// A change replaces the whole list in one transaction, with the event or series row locked, and
// writes one audit row with the addresses before and after.
import { and, asc, eq, inArray, isNull, ne, sql } from 'drizzle-orm';
import { db, type Database, type Tx } from '@/db/client';
import { qualified } from '@/db/qualified';
import { eventOrganisers, organiserRegions, seriesOrganisers, trainingSeries, users } from '@/db/schema';
import { writeAudit } from '@/lib/audit';
import { isValidId } from '@/lib/ids';
import { can, findEventInScope, type Organiser, type OrganiserRole } from './guards';

export type CoOrganiserError = 'coOrganisers.errors.notFound' | 'coOrganisers.errors.account';
export type CoOrganiserResult<T> = { ok: true; value: T } | { ok: false; error: CoOrganiserError };

/** An account that may be named: enabled, and not an admin (an admin already sees everything). */
export type CoOrganiserChoice = {
  id: string;
  email: string;
  name: string | null;
  role: Exclude<OrganiserRole, 'admin'>;
  regions: string[];
};

/** At most this many co-organisers on one event or series (a form cannot send an unbounded list). */
export const MAX_CO_ORGANISERS = 50;

const NOT_FOUND = { ok: false, error: 'coOrganisers.errors.notFound' } as const;

/** The accounts an admin may name (null for anyone else). */
export async function listCoOrganiserChoices(o: Organiser): Promise<CoOrganiserChoice[] | null> {
  if (!can(o, 'nameCoOrganisers')) return null;
  const rows = await db()
    .select({
      id: users.id,
      email: users.email,
      name: users.name,
      role: users.role,
      regions: sql<
        string[]
      >`coalesce((select array_agg(r.region_code order by r.region_code) from ${organiserRegions} r where r.user_id = ${qualified(users.id)}), '{}')`,
    })
    .from(users)
    .where(and(isNull(users.disabledAt), ne(users.role, 'admin')))
    .orderBy(asc(users.email));
  return rows.map((r) => ({
    ...r,
    role: r.role === 'project' ? 'project' : 'organiser',
    regions: r.role === 'project' ? [] : r.regions,
  }));
}

export type NamedOrganiser = { id: string; email: string; name: string | null };

async function namedOnEvent(q: Tx | Database, eventId: number): Promise<NamedOrganiser[]> {
  return q
    .select({ id: users.id, email: users.email, name: users.name })
    .from(eventOrganisers)
    .innerJoin(users, eq(users.id, eventOrganisers.userId))
    .where(eq(eventOrganisers.eventId, eventId))
    .orderBy(asc(users.email));
}

async function namedOnSeries(q: Tx | Database, seriesId: number): Promise<NamedOrganiser[]> {
  return q
    .select({ id: users.id, email: users.email, name: users.name })
    .from(seriesOrganisers)
    .innerJoin(users, eq(users.id, seriesOrganisers.userId))
    .where(eq(seriesOrganisers.seriesId, seriesId))
    .orderBy(asc(users.email));
}

/** Who is named on the event, for anyone who may manage it (null: not theirs, or no such event). */
export async function eventCoOrganisers(o: Organiser, eventId: number): Promise<NamedOrganiser[] | null> {
  if (!(await findEventInScope(o, eventId, { columns: ['id'] }))) return null;
  return namedOnEvent(db(), eventId);
}

/** Who is named on the series, for anyone who may manage it (the caller checked `canManageSeries`). */
export async function seriesCoOrganisers(seriesId: number): Promise<NamedOrganiser[]> {
  if (!isValidId(seriesId)) return [];
  return namedOnSeries(db(), seriesId);
}

/** The ids as enabled, non-admin accounts; null when any is not one. */
async function checkedAccounts(tx: Tx, userIds: string[]): Promise<string[] | null> {
  const ids = [...new Set(userIds)];
  if (ids.length > MAX_CO_ORGANISERS) return null;
  if (!ids.length) return [];
  const found = await tx
    .select({ id: users.id })
    .from(users)
    .where(and(inArray(users.id, ids), isNull(users.disabledAt), ne(users.role, 'admin')));
  return found.length === ids.length ? ids.sort() : null;
}

const emails = (rows: NamedOrganiser[]) => rows.map((r) => r.email).sort();

/** Replaces the co-organisers of an event. */
export async function setEventCoOrganisers(
  o: Organiser,
  eventId: number,
  userIds: string[],
): Promise<CoOrganiserResult<{ changed: boolean }>> {
  if (!can(o, 'nameCoOrganisers')) return NOT_FOUND;
  return db().transaction(async (tx) => {
    const event = await findEventInScope(o, eventId, { columns: ['id'], lock: tx });
    if (!event) return NOT_FOUND;
    const ids = await checkedAccounts(tx, userIds);
    if (!ids) return { ok: false, error: 'coOrganisers.errors.account' } as const;
    const before = await namedOnEvent(tx, eventId);
    if (JSON.stringify(before.map((b) => b.id).sort()) === JSON.stringify(ids))
      return { ok: true, value: { changed: false } } as const;
    await tx.delete(eventOrganisers).where(eq(eventOrganisers.eventId, eventId));
    if (ids.length) await tx.insert(eventOrganisers).values(ids.map((userId) => ({ eventId, userId })));
    await writeAudit(tx, o, 'event.organisers', `event:${eventId}`, {
      before: { organisers: emails(before) },
      after: { organisers: emails(await namedOnEvent(tx, eventId)) },
    });
    return { ok: true, value: { changed: true } } as const;
  });
}

/** Replaces the co-organisers of a training series (they manage the series and all its sessions). */
export async function setSeriesCoOrganisers(
  o: Organiser,
  seriesId: number,
  userIds: string[],
): Promise<CoOrganiserResult<{ changed: boolean }>> {
  if (!can(o, 'nameCoOrganisers') || !isValidId(seriesId)) return NOT_FOUND;
  return db().transaction(async (tx) => {
    const [series] = await tx
      .select({ id: trainingSeries.id })
      .from(trainingSeries)
      .where(eq(trainingSeries.id, seriesId))
      .for('update');
    if (!series) return NOT_FOUND;
    const ids = await checkedAccounts(tx, userIds);
    if (!ids) return { ok: false, error: 'coOrganisers.errors.account' } as const;
    const before = await namedOnSeries(tx, seriesId);
    if (JSON.stringify(before.map((b) => b.id).sort()) === JSON.stringify(ids))
      return { ok: true, value: { changed: false } } as const;
    await tx.delete(seriesOrganisers).where(eq(seriesOrganisers.seriesId, seriesId));
    if (ids.length) await tx.insert(seriesOrganisers).values(ids.map((userId) => ({ seriesId, userId })));
    await writeAudit(tx, o, 'series.organisers', `series:${seriesId}`, {
      before: { organisers: emails(before) },
      after: { organisers: emails(await namedOnSeries(tx, seriesId)) },
    });
    return { ok: true, value: { changed: true } } as const;
  });
}

/** Is this organiser named on the series (its sessions may then be placed in any region)? */
export async function isNamedOnSeries(o: Organiser, seriesId: number): Promise<boolean> {
  if (!isValidId(seriesId)) return false;
  const [row] = await db()
    .select({ id: seriesOrganisers.seriesId })
    .from(seriesOrganisers)
    .where(and(eq(seriesOrganisers.seriesId, seriesId), eq(seriesOrganisers.userId, o.id)));
  return !!row;
}

/** Is this organiser named on any series (the editor then offers every region for its sessions)? */
export async function isNamedOnAnySeries(o: Organiser): Promise<boolean> {
  const [row] = await db()
    .select({ id: seriesOrganisers.seriesId })
    .from(seriesOrganisers)
    .where(eq(seriesOrganisers.userId, o.id))
    .limit(1);
  return !!row;
}
