import 'server-only';
// Who is signed in and what they may see. Every workspace page, server action, route handler and
// export calls one of these first; scope always comes from the session, never from the request.
import { cache } from 'react';
import { notFound, redirect } from 'next/navigation';
import { and, eq, getTableColumns, inArray, isNull, or, sql, type SQL } from 'drizzle-orm';
import { db, type Tx } from '@/db/client';
import { qualified } from '@/db/qualified';
import { eventOrganisers, events, organiserRegions, seriesOrganisers, trainingSeries, users } from '@/db/schema';
import { signInPath } from '@/lib/http/signin';
import { isValidId } from '@/lib/ids';
import { auth } from './index';

/** `organiser`: a region's core group; `project`: tied to no region, only what it is named on. */
export type OrganiserRole = 'admin' | 'organiser' | 'project';

export type Organiser = {
  id: string;
  email: string;
  name: string | null;
  role: OrganiserRole;
  regions: string[];
};

// Once per request: the workspace layout's navigation and the page both ask (React's cache is per render).
export const currentOrganiser = cache(async (): Promise<Organiser | null> => {
  const session = await auth();
  const email = session?.user?.email;
  if (!email) return null;
  const [u] = await db()
    .select({ id: users.id, email: users.email, name: users.name, role: users.role })
    .from(users)
    .where(and(eq(users.email, email), isNull(users.disabledAt)));
  if (!u) return null;
  const regions = await db()
    .select({ code: organiserRegions.regionCode })
    .from(organiserRegions)
    .where(eq(organiserRegions.userId, u.id));
  // A project organiser is tied to no region, whatever rows an old account may still have.
  return { ...u, regions: u.role === 'project' ? [] : regions.map((r) => r.code) };
});

/** The signed-in organiser, or a redirect to the sign-in page. */
export async function requireOrganiser(locale: string, returnTo?: string): Promise<Organiser> {
  const o = await currentOrganiser();
  if (!o) redirect(signInPath(locale, returnTo));
  return o;
}

/**
 * What only a national admin may do; everything else an organiser may do within their scope
 * (eventScope, seriesScope). The one table of role rules: domain functions ask `can`, never the role.
 */
const ADMIN_ONLY = {
  /** Invite, change and disable organiser accounts. */
  manageOrganisers: true,
  /** Read the audit log. */
  readAuditLog: true,
  /** Handle a person's data request made by mail or phone (look up, download, erase). */
  handleDataRequests: true,
  /** Compare every region and the national events side by side. */
  compareRegions: true,
  /** Every event and series, every region, national events: no scope limits. */
  actNationally: true,
  /** Edit the audience lists of the sign-up (role category, organisation type, education level). */
  editAudienceLists: true,
  /** Make the copy-paste snippet that embeds the event list on another site (/workspace/embed). */
  embedList: true,
  /** Name the co-organisers of an event or a series (lib/auth/co-organisers.ts). */
  nameCoOrganisers: true,
} as const;
export type Action = keyof typeof ADMIN_ONLY;

export function can(o: Pick<Organiser, 'role'>, action: Action): boolean {
  return ADMIN_ONLY[action] ? o.role === 'admin' : true;
}

/** A signed-in organiser who may do `action` (an admin's), a redirect to the sign-in page, or "not found"
 *  (an admin's room is hidden from everyone else). */
export async function requireAdmin(locale: string, action: Action, returnTo?: string): Promise<Organiser> {
  const o = await requireOrganiser(locale, returnTo);
  if (!can(o, action)) notFound();
  return o;
}

/**
 * SQL condition on `events` for what this organiser may see and change: an admin everything; anyone
 * else the events of their regions (none for a project organiser), the events they are named on as a
 * co-organiser, and every session of a series they are named on.
 */
export function eventScope(o: Organiser): SQL {
  if (can(o, 'actNationally')) return sql`true`;
  const named = sql`exists (select 1 from ${eventOrganisers} eo where eo.event_id = ${qualified(events.id)} and eo.user_id = ${o.id})`;
  const namedSeries = sql`exists (select 1 from ${seriesOrganisers} so where so.series_id = ${qualified(events.seriesId)} and so.user_id = ${o.id})`;
  const regions = o.role === 'project' ? [] : o.regions;
  return regions.length ? or(inArray(events.regionCode, regions), named, namedSeries)! : or(named, namedSeries)!;
}

/**
 * SQL condition on `training_series` for what this organiser may manage. A series has no region of
 * its own: an admin always; its named co-organisers (series_organisers); otherwise an organiser when
 * every session is in their scope (a series that spans regions is managed nationally) or, before it
 * has sessions, when they created it (`created_by`).
 */
export function seriesScope(o: Organiser): SQL {
  if (can(o, 'actNationally')) return sql`true`;
  const named = sql`exists (select 1 from ${seriesOrganisers} so where so.series_id = ${qualified(trainingSeries.id)} and so.user_id = ${o.id})`;
  const hasSessions = sql`exists (select 1 from ${events} where ${events.seriesId} = ${qualified(trainingSeries.id)})`;
  const outside = sql`exists (select 1 from ${events} where ${events.seriesId} = ${qualified(trainingSeries.id)} and not (${eventScope(o)}))`;
  return sql`(${named} or (${hasSessions} and not ${outside}) or (not ${hasSessions} and ${eq(trainingSeries.createdBy, o.id)}))`;
}

type EventRow = typeof events.$inferSelect;
const EVENT_COLUMNS = getTableColumns(events);

/**
 * The event if this organiser may manage it; null for a missing id, a malformed one and one outside
 * their scope alike (so another region's event is indistinguishable from no event). `columns` picks
 * what to read (the whole row by default); `lock` reads it in that transaction with the row locked
 * `for update`, so the change that follows sees no concurrent one.
 */
export async function findEventInScope<K extends keyof EventRow = keyof EventRow>(
  o: Organiser,
  id: number,
  opts: { columns?: readonly K[]; lock?: Tx } = {},
): Promise<Pick<EventRow, K> | null> {
  if (!isValidId(id)) return null;
  const fields = opts.columns ? Object.fromEntries(opts.columns.map((k) => [k, EVENT_COLUMNS[k]])) : EVENT_COLUMNS;
  const where = and(eq(events.id, id), eventScope(o));
  const [row] = opts.lock
    ? await opts.lock.select(fields).from(events).where(where).for('update')
    : await db().select(fields).from(events).where(where);
  return (row as Pick<EventRow, K> | undefined) ?? null;
}

export async function canManageEvent(o: Organiser, eventId: number): Promise<boolean> {
  return !!(await findEventInScope(o, eventId, { columns: ['id'] }));
}
