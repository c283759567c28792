// Registrations: one row per person per event; their secret links; the rate-limit counters of the
// public sign-up. Availability counts come from here.
import { sql } from 'drizzle-orm';
import { pgTable, pgEnum, serial, integer, text, boolean, timestamp, index, uniqueIndex } from 'drizzle-orm/pg-core';
import { events } from './events';
import { municipalities } from './places';
import { sectors } from './taxonomy';

export const attendanceMode = pgEnum('attendance_mode', ['onsite', 'remote']);
export const registrationStatus = pgEnum('registration_status', ['confirmed', 'waitlisted', 'cancelled']);
export const messageLanguage = pgEnum('message_language', ['fi', 'sv']);
export const tokenPurpose = pgEnum('token_purpose', ['manage', 'feed', 'stream']);

export const registrations = pgTable(
  'registrations',
  {
    id: serial('id').primaryKey(),
    eventId: integer('event_id')
      .notNull()
      .references(() => events.id, { onDelete: 'cascade' }),
    status: registrationStatus('status').notNull(),
    attendance: attendanceMode('attendance').notNull(),
    firstName: text('first_name').notNull(),
    lastName: text('last_name').notNull(),
    email: text('email').notNull(),
    organisation: text('organisation').notNull(),
    municipalityCode: text('municipality_code').references(() => municipalities.code),
    sectorCode: text('sector_code').references(() => sectors.code),
    role: text('role'),
    diet: text('diet'),
    accessNeeds: text('access_needs'),
    language: messageLanguage('language').notNull().default('fi'),
    consent: boolean('consent').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
    // Waiting-list order: when the person joined the list of their current mode (arrival order).
    waitlistedAt: timestamp('waitlisted_at', { withTimezone: true }),
    promotedAt: timestamp('promoted_at', { withTimezone: true }),
    cancelledAt: timestamp('cancelled_at', { withTimezone: true }),
    // Remote attendance: the first time the person's stream link took them to the stream.
    remoteJoinedAt: timestamp('remote_joined_at', { withTimezone: true }),
    // On-site attendance: the door check-in (when and by which organiser) and the final mark.
    // attended_onsite null = not marked; a check-in marks it true, an organiser may mark it by hand after the event.
    checkedInAt: timestamp('checked_in_at', { withTimezone: true }),
    checkedInBy: text('checked_in_by'),
    attendedOnsite: boolean('attended_onsite'),
    // Reach statistics: whether the person had a confirmed place at an earlier event. Frozen by
    // retention once the event is over (before anything is anonymised), computed live until then.
    returningParticipant: boolean('returning_participant'),
  },
  (t) => [
    index('registrations_event_status_idx').on(t.eventId, t.status, t.attendance),
    // One live registration per e-mail per event (case-insensitive, trimmed).
    uniqueIndex('registrations_event_email_uq')
      .on(t.eventId, sql`lower(btrim(${t.email}))`)
      .where(sql`${t.status} <> 'cancelled'`),
    // "New or returning?" looks a person up across events by address.
    index('registrations_email_idx').on(sql`lower(btrim(${t.email}))`),
  ],
);

/** Secret links (manage page, personal feed, stream access): only a SHA-256 of the token is stored. */
export const accessTokens = pgTable(
  'access_tokens',
  {
    tokenHash: text('token_hash').primaryKey(),
    purpose: tokenPurpose('purpose').notNull(),
    registrationId: integer('registration_id')
      .notNull()
      .references(() => registrations.id, { onDelete: 'cascade' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    revokedAt: timestamp('revoked_at', { withTimezone: true }),
  },
  (t) => [index('access_tokens_registration_idx').on(t.registrationId, t.purpose)],
);
