import 'server-only';
// A switch between on site and remote moves the person's workshop seats to the other mode too
// (workshop capacity vs remote capacity, kokoon_workshop_seats_left). The switch (the person's own,
// or an organiser's on their behalf: lib/registrations moveLockedRegistration) asks here, under the
// event lock it already holds — the lock every sign-up and every workshop change takes — so the
// count cannot change before its update. A pick without a seat in the new mode refuses the whole
// switch; the refusal names the slot's workshops that have room in that mode.
import { eq, sql } from 'drizzle-orm';
import { db, type Tx } from '@/db/client';
import { registrations } from '@/db/schema';
import { translate } from '@/lib/i18n/messages';
import type { Locale } from '@/lib/i18n/routing';
import { workshopFullValues } from './programme';

type Mode = 'onsite' | 'remote';
type FullPick = { slotId: number; workshopId: number };

/** The person's picks with no seat for them in `mode` (each counted in a statement of its own). */
export async function picksWithoutRoom(
  client: Tx | ReturnType<typeof db>,
  registrationId: number,
  mode: Mode,
): Promise<FullPick[]> {
  const rows = await client.execute<{ slot_id: number; workshop_id: number; left: number | null }>(sql`
    select p.slot_id, p.workshop_id, kokoon_workshop_seats_left(p.workshop_id, ${mode}::attendance_mode) as "left"
    from workshop_picks p where p.registration_id = ${registrationId} order by p.slot_id`);
  return rows
    .filter((r) => r.left !== null && Number(r.left) <= 0)
    .map((r) => ({ slotId: r.slot_id, workshopId: r.workshop_id }));
}

/**
 * Why the registration cannot switch to the other mode now, in the reader's language: each full
 * workshop with the slot's others that have room in that mode. Null when every pick has room (or
 * the registration is gone). Shown after the refusal's redirect, by the manage page (the token is
 * the authority) and the organiser's list (the registration is read in the organiser's scope).
 */
export async function modeSwitchRefusalText(registrationId: number, locale: Locale): Promise<string | null> {
  const [reg] = await db()
    .select({ eventId: registrations.eventId, attendance: registrations.attendance })
    .from(registrations)
    .where(eq(registrations.id, registrationId));
  if (!reg) return null;
  const to: Mode = reg.attendance === 'onsite' ? 'remote' : 'onsite';
  const full = await picksWithoutRoom(db(), registrationId, to);
  if (!full.length) return null;
  const texts = await Promise.all(
    full.map(async (p) => {
      const v = await workshopFullValues(reg.eventId, p.slotId, p.workshopId, to, locale);
      return translate(locale, 'programme.views.modeWorkshopFull', {
        workshop: v.workshop,
        others: v.others,
        hasOthers: String(v.hasOthers),
        mode: to,
      });
    }),
  );
  return texts.join(' ');
}
