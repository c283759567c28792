// The deadline rule of waiting-list offers (issue 17), pure so the editor, the tests and
// lib/registrations/offers.ts share it. No `server-only`: the editor shows the rule.
//
// An offer made at `now` runs for the event's `offerHours` (1–168, 24 by default), but never past
// the event's start minus OFFER_MARGIN_HOURS (the person needs time to arrange their day, and the
// next in line a chance too). When that leaves less than MIN_OFFER_MINUTES, there is no time for an
// offer: the place is given at once, as on an event without offers.

export const OFFER_MARGIN_HOURS = 3;
export const MIN_OFFER_MINUTES = 60;
export const OFFER_HOURS = { min: 1, max: 168, default: 24 } as const;

const HOUR = 3_600_000;

/** When an offer made now expires, or null when the place is to be given at once. */
export function offerDeadline(event: { startsAt: Date; offerHours: number }, now: Date): Date | null {
  const latest = event.startsAt.getTime() - OFFER_MARGIN_HOURS * HOUR;
  const deadline = Math.min(now.getTime() + event.offerHours * HOUR, latest);
  return deadline - now.getTime() >= MIN_OFFER_MINUTES * 60_000 ? new Date(deadline) : null;
}
