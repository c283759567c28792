import 'server-only';
// Which events an organiser's alerts cover, and the opted-in organisers themselves. A regional or
// project organiser: exactly the events they may manage (lib/auth/guards eventScope). A national
// admin may manage every event, but a digest of every region's sign-ups would be noise, so their
// alerts cover the national events (no region) and the events and series they are named on.
import { and, eq, inArray, isNull, or, sql, type SQL } from 'drizzle-orm';
import { db } from '@/db/client';
import { qualified } from '@/db/qualified';
import { eventOrganisers, events, organiserAlerts, organiserRegions, seriesOrganisers, users } from '@/db/schema';
import { can, eventScope, type Organiser } from '@/lib/auth/guards';
import type { Locale } from '@/lib/i18n/routing';

/** SQL condition on `events`: the events this organiser's alerts are about. */
export function alertScope(o: Organiser): SQL {
  if (!can(o, 'actNationally')) return eventScope(o);
  const named = sql`exists (select 1 from ${eventOrganisers} eo where eo.event_id = ${qualified(events.id)} and eo.user_id = ${o.id})`;
  const namedSeries = sql`exists (select 1 from ${seriesOrganisers} so where so.series_id = ${qualified(events.seriesId)} and so.user_id = ${o.id})`;
  return or(isNull(events.regionCode), named, namedSeries)!;
}

export type AlertSubscriber = {
  organiser: Organiser;
  language: Locale;
  dailyDigest: boolean;
  eventFull: boolean;
  waitlistThreshold: number | null;
  digestCoveredUntil: Date | null;
};

/** Enabled accounts that asked for some alert (`which` narrows it), as Organisers with their regions. */
export async function alertSubscribers(which: 'digest' | 'crossings'): Promise<AlertSubscriber[]> {
  const wanted =
    which === 'digest'
      ? eq(organiserAlerts.dailyDigest, true)
      : or(eq(organiserAlerts.eventFull, true), sql`${organiserAlerts.waitlistThreshold} is not null`);
  const rows = await db()
    .select({
      id: users.id,
      email: users.email,
      name: users.name,
      role: users.role,
      language: organiserAlerts.language,
      dailyDigest: organiserAlerts.dailyDigest,
      eventFull: organiserAlerts.eventFull,
      waitlistThreshold: organiserAlerts.waitlistThreshold,
      digestCoveredUntil: organiserAlerts.digestCoveredUntil,
    })
    .from(organiserAlerts)
    .innerJoin(users, eq(users.id, organiserAlerts.userId))
    .where(and(isNull(users.disabledAt), wanted));
  if (rows.length === 0) return [];
  const regions = await db()
    .select({ userId: organiserRegions.userId, code: organiserRegions.regionCode })
    .from(organiserRegions)
    .where(
      inArray(
        organiserRegions.userId,
        rows.map((r) => r.id),
      ),
    );
  return rows.map(({ id, email, name, role, ...rest }) => ({
    ...rest,
    organiser: {
      id,
      email,
      name,
      role,
      regions: role === 'project' ? [] : regions.filter((r) => r.userId === id).map((r) => r.code),
    },
  }));
}
