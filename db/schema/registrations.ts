// Registrations: one row per person per event. Availability counts come from here.
import { sql } from 'drizzle-orm';
import { pgTable, pgEnum, serial, integer, text, boolean, timestamp, index, uniqueIndex } from 'drizzle-orm/pg-core';
import { events } from './events';
import { municipalities } from './places';
import { sectors } from './taxonomy';

export const attendanceMode = pgEnum('attendance_mode', ['onsite', 'remote']);
export const registrationStatus = pgEnum('registration_status', ['confirmed', 'waitlisted', 'cancelled']);
export const messageLanguage = pgEnum('message_language', ['fi', 'sv']);

export const registrations = pgTable(
  'registrations',
  {
    id: serial('id').primaryKey(),
    eventId: integer('event_id').notNull().references(() => events.id, { onDelete: 'cascade' }),
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
  },
  (t) => [
    index('registrations_event_status_idx').on(t.eventId, t.status, t.attendance),
    // One live registration per e-mail per event (case-insensitive, trimmed).
    uniqueIndex('registrations_event_email_uq')
      .on(t.eventId, sql`lower(btrim(${t.email}))`)
      .where(sql`${t.status} <> 'cancelled'`),
  ],
);
