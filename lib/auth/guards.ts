import 'server-only';
// Who is signed in and what they may see. Every workspace page, server action, route handler and
// export calls one of these first; scope always comes from the session, never from the request.
import { cache } from 'react';
import { notFound, redirect } from 'next/navigation';
import { and, eq, getTableColumns, inArray, isNull, or, sql, type SQL } from 'drizzle-orm';
import { db, type Tx } from '@/db/client';
import { qualified } from '@/db/qualified';
import { eventOrganisers, events, organiserRegions, users } from '@/db/schema';
import { signInPath } from '@/lib/http/signin';
import { isValidId } from '@/lib/ids';
import { auth } from './index';

export type Organiser = {
  id: string;
  email: string;
  name: string | null;
  role: 'admin' | 'organiser';
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
  return { ...u, regions: regions.map((r) => r.code) };
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

/** SQL condition on `events` for what this organiser may see and change. */
export function eventScope(o: Organiser): SQL {
  if (can(o, 'actNationally')) return sql`true`;
  const named = sql`exists (select 1 from ${eventOrganisers} eo where eo.event_id = ${qualified(events.id)} and eo.user_id = ${o.id})`;
  return o.regions.length ? or(inArray(events.regionCode, o.regions), named)! : named;
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
