import 'server-only';
// Who is signed in and what they may see. Every workspace page, server action, route handler and
// export calls one of these first; scope always comes from the session, never from the request.
import { notFound, redirect } from 'next/navigation';
import { and, eq, inArray, isNull, or, sql, type SQL } from 'drizzle-orm';
import { db } from '@/db/client';
import { qualified } from '@/db/qualified';
import { eventOrganisers, events, organiserRegions, users } from '@/db/schema';
import { auth } from './index';

export type Organiser = { id: string; email: string; name: string | null; role: 'admin' | 'organiser'; regions: string[] };

export async function currentOrganiser(): Promise<Organiser | null> {
  const session = await auth();
  const email = session?.user?.email;
  if (!email) return null;
  const [u] = await db().select({ id: users.id, email: users.email, name: users.name, role: users.role })
    .from(users).where(and(eq(users.email, email), isNull(users.disabledAt)));
  if (!u) return null;
  const regions = await db().select({ code: organiserRegions.regionCode }).from(organiserRegions).where(eq(organiserRegions.userId, u.id));
  return { ...u, regions: regions.map((r) => r.code) };
}

/** The signed-in organiser, or a redirect to the sign-in page. */
export async function requireOrganiser(locale: string, returnTo?: string): Promise<Organiser> {
  const o = await currentOrganiser();
  if (!o) redirect(`/${locale}/signin${returnTo ? `?callbackUrl=${encodeURIComponent(returnTo)}` : ''}`);
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

export async function canManageEvent(o: Organiser, eventId: number): Promise<boolean> {
  const [row] = await db().select({ id: events.id }).from(events).where(and(eq(events.id, eventId), eventScope(o)));
  return !!row;
}
