// "Returning participant": the person (same e-mail, trimmed, any case) had a confirmed place at an
// event that started before this registration's event. Written as SQL over the outer query's
// `registrations` and `events` rows, so the statistics (live) and retention (which freezes the
// answer on the registration before anonymising anything) share one rule. No `server-only`: the
// retention script imports it.
import { sql } from 'drizzle-orm';
import { qualified } from '@/db/qualified';
import { events, registrations } from '@/db/schema';

export const liveReturningSql = sql<boolean>`exists (
  select 1 from ${registrations} p join ${events} pe on pe.id = p.event_id
  where lower(btrim(p.email)) = lower(btrim(${qualified(registrations.email)})) and p.status = 'confirmed'
    and pe.starts_at < ${qualified(events.startsAt)})`;

/** The frozen answer when there is one, else the live one. */
export const returningSql = sql<boolean>`coalesce(${registrations.returningParticipant}, ${liveReturningSql})`;
