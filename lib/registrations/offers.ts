import 'server-only';
// Waiting-list offers (issue 17). On an event whose freed places go "as an offer"
// (events.freed_places = 'offer'), promoteFromWaitlist (service.ts) offers a freed seat to the first
// in line instead of confirming them: a `waitlist_offers` row (open until its deadline, the rule in
// offer-rules.ts) and an `offer` mail. While open, the seat counts as taken (kokoon_seats_left,
// migration 0023), so the public count and new sign-ups cannot take it. Then:
//   - accept (the person, by their manage link, on a POST): confirmed, with the `promoted` mail and
//     its calendar invitation;
//   - decline (same): the person leaves the waiting list (`cancelled` mail) and the seat passes on;
//   - expiry (the worker, lib/jobs `scheduled-mail`): the same, with the `offer_expired` mail.
// Every change runs under the event lock (withRegistrationLocked), like every other place change,
// so an offer is decided once: accepting or declining twice changes nothing.
import { and, asc, desc, eq, lte, sql } from 'drizzle-orm';
import { db, type Tx } from '@/db/client';
import { registrations, waitlistOffers } from '@/db/schema';
import {
  closeOpenOffer,
  enqueueRegistrationMail,
  promoteFromWaitlist,
  registrationIdForToken,
  withRegistrationLocked,
  type EventRow,
  type RegRow,
} from './service';

export type OfferAnswer = 'accept' | 'decline';
/** What the person sees after answering (manage.offer.outcome.* in the catalogues). */
export type OfferOutcome =
  'accepted' | 'alreadyAccepted' | 'declined' | 'alreadyDeclined' | 'expired' | 'noOffer' | 'closed';

type OfferRow = typeof waitlistOffers.$inferSelect;

async function latestOffer(tx: Tx, registrationId: number): Promise<OfferRow | undefined> {
  const [o] = await tx
    .select()
    .from(waitlistOffers)
    .where(eq(waitlistOffers.registrationId, registrationId))
    .orderBy(desc(waitlistOffers.id))
    .limit(1);
  return o;
}

/** The person leaves the waiting list (declined or expired) and the held seat passes to the next in line. */
async function passOn(
  tx: Tx,
  reg: RegRow,
  event: EventRow,
  state: 'declined' | 'expired',
  now: Date,
): Promise<number[]> {
  await closeOpenOffer(tx, reg.id, state, now);
  // An event cancelled or over has no place to pass on and nobody to tell.
  if (event.status !== 'published' || now >= event.endsAt) return [];
  const [updated] = await tx
    .update(registrations)
    .set({ status: 'cancelled', cancelledAt: now, updatedAt: now, waitlistedAt: null })
    .where(eq(registrations.id, reg.id))
    .returning();
  await enqueueRegistrationMail(tx, state === 'declined' ? 'cancelled' : 'offer_expired', updated, event);
  return promoteFromWaitlist(tx, event, reg.attendance, now);
}

/** Accept or decline the offer of the registration whose event the caller holds locked. */
async function answerLocked(
  tx: Tx,
  reg: RegRow,
  event: EventRow,
  answer: OfferAnswer,
  now: Date,
): Promise<OfferOutcome> {
  const offer = await latestOffer(tx, reg.id);
  if (!offer) return 'noOffer';
  if (offer.state === 'accepted') return 'alreadyAccepted';
  if (offer.state === 'declined') return 'alreadyDeclined';
  if (offer.state !== 'open') return offer.state === 'expired' ? 'expired' : 'noOffer';
  if (reg.status !== 'waitlisted') return 'noOffer';
  if (answer === 'decline') {
    await passOn(tx, reg, event, 'declined', now);
    return 'declined';
  }
  if (event.status !== 'published' || now >= event.endsAt) return 'closed';
  if (now >= offer.expiresAt) {
    // Past the deadline: the worker has not got here yet, the answer is the same as if it had.
    await passOn(tx, reg, event, 'expired', now);
    return 'expired';
  }
  await closeOpenOffer(tx, reg.id, 'accepted', now);
  const [confirmed] = await tx
    .update(registrations)
    .set({ status: 'confirmed', promotedAt: now, waitlistedAt: null, updatedAt: now })
    .where(eq(registrations.id, reg.id))
    .returning();
  await enqueueRegistrationMail(tx, 'promoted', confirmed, event);
  return 'accepted';
}

/**
 * The person answers their offer. The manage token is the only authority: an unknown or revoked
 * one is `notFound`, and a token only ever reaches its own registration's offer.
 */
export async function answerOffer(
  token: string,
  answer: OfferAnswer,
  now = new Date(),
): Promise<{ ok: true; value: OfferOutcome } | { ok: false; error: 'registration.notFound' }> {
  if (answer !== 'accept' && answer !== 'decline') return { ok: false, error: 'registration.notFound' };
  const id = await registrationIdForToken(token);
  if (!id) return { ok: false, error: 'registration.notFound' };
  const r = await withRegistrationLocked(id, undefined, async (tx, reg, event) => ({
    ok: true as const,
    value: await answerLocked(tx, reg, event, answer, now),
  }));
  return r.ok ? r : { ok: false, error: 'registration.notFound' };
}

/**
 * Passes on every offer whose deadline has passed (run by the worker, lib/jobs): the person leaves
 * the waiting list with the `offer_expired` mail and the seat goes to the next in line (a new
 * offer), or becomes free if nobody is waiting. Each offer under its event's lock, re-checked
 * there, so a concurrent accept or a second worker changes nothing twice. Returns how many expired.
 */
export async function expireDueOffers(
  now = new Date(),
  opts: { eventId?: number; limit?: number } = {},
): Promise<number> {
  const due = await db()
    .select({ id: waitlistOffers.id, registrationId: waitlistOffers.registrationId })
    .from(waitlistOffers)
    .where(
      and(
        eq(waitlistOffers.state, 'open'),
        lte(waitlistOffers.expiresAt, now),
        opts.eventId === undefined ? undefined : eq(waitlistOffers.eventId, opts.eventId),
      ),
    )
    .orderBy(asc(waitlistOffers.expiresAt))
    .limit(opts.limit ?? 500);
  let expired = 0;
  for (const d of due) {
    const r = await withRegistrationLocked(d.registrationId, undefined, async (tx, reg, event) => {
      const [still] = await tx
        .select({ id: waitlistOffers.id })
        .from(waitlistOffers)
        .where(and(eq(waitlistOffers.id, d.id), eq(waitlistOffers.state, 'open'), lte(waitlistOffers.expiresAt, now)));
      if (!still) return { ok: true as const, value: false };
      await passOn(tx, reg, event, 'expired', now);
      return { ok: true as const, value: true };
    });
    if (r.ok && r.value) expired += 1;
  }
  return expired;
}

/** The registration's open offer (what the manage page shows first), or null. */
export async function openOfferOf(registrationId: number): Promise<{ expiresAt: Date } | null> {
  const [o] = await db()
    .select({ expiresAt: waitlistOffers.expiresAt })
    .from(waitlistOffers)
    .where(and(eq(waitlistOffers.registrationId, registrationId), eq(waitlistOffers.state, 'open')));
  return o ?? null;
}

/**
 * Open offers of an event by registration id, for the organiser's attendance list. The caller has
 * checked the organiser's scope for the event (lib/attendance/registrations.ts).
 */
export async function openOffersOfEvent(eventId: number): Promise<Map<number, Date>> {
  const rows = await db()
    .select({ registrationId: waitlistOffers.registrationId, expiresAt: waitlistOffers.expiresAt })
    .from(waitlistOffers)
    .where(and(eq(waitlistOffers.eventId, eventId), eq(waitlistOffers.state, 'open')));
  return new Map(rows.map((r) => [r.registrationId, r.expiresAt]));
}

/** A person's offers (the my-data export, lib/privacy): when offered, until when, and what became of them. */
export async function offersOfRegistrations(ids: number[]) {
  if (ids.length === 0) return [];
  return db()
    .select({
      registrationId: waitlistOffers.registrationId,
      state: waitlistOffers.state,
      offeredAt: waitlistOffers.offeredAt,
      expiresAt: waitlistOffers.expiresAt,
      decidedAt: waitlistOffers.decidedAt,
    })
    .from(waitlistOffers)
    .where(sql`${waitlistOffers.registrationId} in ${ids}`)
    .orderBy(asc(waitlistOffers.id));
}
