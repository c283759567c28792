// Waiting-list offers (issue 17): on an event whose freed places go "as an offer", the first in line
// is offered the place until `expires_at`. While an offer is open its seat counts as taken
// (kokoon_seats_left, migration 0021); the registration itself stays `waitlisted` until the person
// accepts (→ confirmed) or declines or lets it expire (→ cancelled, the offer passes on).
// No personal data here: the rows go with their registration (erasure) and their event.
import { sql } from 'drizzle-orm';
import { pgTable, pgEnum, serial, integer, timestamp, index, uniqueIndex } from 'drizzle-orm/pg-core';
import { events } from './events';
import { registrations } from './registrations';

export const offerState = pgEnum('offer_state', ['open', 'accepted', 'declined', 'expired', 'withdrawn']);

export const waitlistOffers = pgTable(
  'waitlist_offers',
  {
    id: serial('id').primaryKey(),
    registrationId: integer('registration_id')
      .notNull()
      .references(() => registrations.id, { onDelete: 'cascade' }),
    eventId: integer('event_id')
      .notNull()
      .references(() => events.id, { onDelete: 'cascade' }),
    state: offerState('state').notNull().default('open'),
    offeredAt: timestamp('offered_at', { withTimezone: true }).notNull(),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
    decidedAt: timestamp('decided_at', { withTimezone: true }),
  },
  (t) => [
    // A person holds at most one open offer (so one seat at most).
    uniqueIndex('waitlist_offers_open_uq')
      .on(t.registrationId)
      .where(sql`${t.state} = 'open'`),
    index('waitlist_offers_event_idx').on(t.eventId, t.state),
    index('waitlist_offers_due_idx')
      .on(t.expiresAt)
      .where(sql`${t.state} = 'open'`),
  ],
);
