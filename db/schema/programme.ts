// The programme of an event (issue 15 §2): time slots shown as a timetable, and in a slot optionally
// parallel workshops, each with its own capacity. A registrant picks one workshop per slot that has
// workshops; the pick is written by the sign-up's own database call (migration 0018,
// kokoon_register_picks), which counts the workshop's seats under the event lock, so a workshop is
// never overbooked.
import { sql } from 'drizzle-orm';
import { pgTable, serial, integer, text, smallint, timestamp, index, primaryKey, check } from 'drizzle-orm/pg-core';
import { events } from './events';
import { registrations } from './registrations';

export const programmeSlots = pgTable(
  'programme_slots',
  {
    id: serial('id').primaryKey(),
    eventId: integer('event_id')
      .notNull()
      .references(() => events.id, { onDelete: 'cascade' }),
    startsAt: timestamp('starts_at', { withTimezone: true }).notNull(),
    endsAt: timestamp('ends_at', { withTimezone: true }).notNull(),
    titleFi: text('title_fi').notNull(),
    titleSv: text('title_sv').notNull(),
    speakers: text('speakers')
      .array()
      .notNull()
      .default(sql`'{}'::text[]`),
    roomFi: text('room_fi'),
    roomSv: text('room_sv'),
    sortOrder: smallint('sort_order').notNull().default(0),
  },
  (t) => [
    index('programme_slots_event_idx').on(t.eventId, t.startsAt),
    check('programme_slots_time_check', sql`${t.endsAt} > ${t.startsAt}`),
  ],
);

export const programmeWorkshops = pgTable(
  'programme_workshops',
  {
    id: serial('id').primaryKey(),
    slotId: integer('slot_id')
      .notNull()
      .references(() => programmeSlots.id, { onDelete: 'cascade' }),
    titleFi: text('title_fi').notNull(),
    titleSv: text('title_sv').notNull(),
    /** Seats for on-site participants. */
    capacity: integer('capacity').notNull(),
    /** Seats for remote participants when the workshop is streamed; null: remote places are not limited. */
    remoteCapacity: integer('remote_capacity'),
    sortOrder: smallint('sort_order').notNull().default(0),
  },
  (t) => [
    index('programme_workshops_slot_idx').on(t.slotId),
    check(
      'programme_workshops_capacity_check',
      sql`${t.capacity} >= 0 and (${t.remoteCapacity} is null or ${t.remoteCapacity} >= 0)`,
    ),
  ],
);

/** A registrant's workshop in a slot: one per registration and slot. */
export const workshopPicks = pgTable(
  'workshop_picks',
  {
    registrationId: integer('registration_id')
      .notNull()
      .references(() => registrations.id, { onDelete: 'cascade' }),
    slotId: integer('slot_id')
      .notNull()
      .references(() => programmeSlots.id, { onDelete: 'cascade' }),
    workshopId: integer('workshop_id')
      .notNull()
      .references(() => programmeWorkshops.id, { onDelete: 'cascade' }),
    // Checked in at the workshop's door (lib/attendance/workshop-door.ts), apart from the event's door.
    checkedInAt: timestamp('checked_in_at', { withTimezone: true }),
    checkedInBy: text('checked_in_by'),
  },
  (t) => [primaryKey({ columns: [t.registrationId, t.slotId] }), index('workshop_picks_workshop_idx').on(t.workshopId)],
);
