import 'server-only';
// Who is signed in and what they may see. Every workspace page, server action, route handler and
// export calls one of these first; scope always comes from the session, never from the request.
import { redirect } from 'next/navigation';
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

/** SQL condition on `events` for what this organiser may see and change. */
export function eventScope(o: Organiser): SQL {
  if (o.role === 'admin') return sql`true`;
  const named = sql`exists (select 1 from ${eventOrganisers} eo where eo.event_id = ${qualified(events.id)} and eo.user_id = ${o.id})`;
  return o.regions.length ? or(inArray(events.regionCode, o.regions), named)! : named;
}

export async function canManageEvent(o: Organiser, eventId: number): Promise<boolean> {
  const [row] = await db().select({ id: events.id }).from(events).where(and(eq(events.id, eventId), eventScope(o)));
  return !!row;
}
