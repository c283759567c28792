// Organiser alerts (issue 17): what each organiser account asked to be told about by mail — a daily
// digest of new registrations, a mail when an event becomes full, a mail when its waiting list grows
// past a number — and what has already been told (the last digest, the crossings already mailed), so
// a rerun sends nothing twice. Also the "materials are available" mails already sent, once per person.
import { sql } from 'drizzle-orm';
import { boolean, check, integer, pgTable, primaryKey, text, timestamp } from 'drizzle-orm/pg-core';
import { users } from './auth';
import { events } from './events';
import { messageLanguage, registrations } from './registrations';

export const organiserAlerts = pgTable(
  'organiser_alerts',
  {
    userId: text('user_id')
      .primaryKey()
      .references(() => users.id, { onDelete: 'cascade' }),
    // The language of the alert mails (the workspace language the settings were saved in).
    language: messageLanguage('language').notNull().default('fi'),
    dailyDigest: boolean('daily_digest').notNull().default(false),
    eventFull: boolean('event_full').notNull().default(false),
    // null: no waiting-list mail.
    waitlistThreshold: integer('waitlist_threshold'),
    // The end of the period the last digest covered: the next one lists registrations after it.
    digestCoveredUntil: timestamp('digest_covered_until', { withTimezone: true }),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    check(
      'organiser_alerts_threshold',
      sql`${t.waitlistThreshold} is null or ${t.waitlistThreshold} between 1 and 10000`,
    ),
  ],
);

/**
 * A crossing already mailed to an organiser: `full_onsite`, `full_remote` (no seats left in the mode)
 * or `waitlist` (more people waiting than the threshold). Deleted when the condition passes (a seat
 * frees, the list shortens), so the next crossing is mailed again — one mail per crossing.
 */
export const organiserAlertMarks = pgTable(
  'organiser_alert_marks',
  {
    userId: text('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    eventId: integer('event_id')
      .notNull()
      .references(() => events.id, { onDelete: 'cascade' }),
    kind: text('kind').$type<'full_onsite' | 'full_remote' | 'waitlist'>().notNull(),
    notifiedAt: timestamp('notified_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.userId, t.eventId, t.kind] })],
);

/** The "materials are available" mail, sent once per registration (lib/materials/notify.ts). */
export const materialsMailSent = pgTable('materials_mail_sent', {
  registrationId: integer('registration_id')
    .primaryKey()
    .references(() => registrations.id, { onDelete: 'cascade' }),
  eventId: integer('event_id')
    .notNull()
    .references(() => events.id, { onDelete: 'cascade' }),
  sentAt: timestamp('sent_at', { withTimezone: true }).notNull().defaultNow(),
  sentBy: text('sent_by').references(() => users.id, { onDelete: 'set null' }),
});
