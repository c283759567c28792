// Attendance certificates: numbered when first issued (downloaded or mailed).
import { pgTable, serial, integer, timestamp } from 'drizzle-orm/pg-core';
import { registrations } from './registrations';

/** An attendance certificate, numbered when first issued (downloaded or mailed). */
export const certificates = pgTable('certificates', {
  id: serial('id').primaryKey(),
  registrationId: integer('registration_id')
    .notNull()
    .unique()
    .references(() => registrations.id, { onDelete: 'cascade' }),
  issuedAt: timestamp('issued_at', { withTimezone: true }).notNull().defaultNow(),
  mailedAt: timestamp('mailed_at', { withTimezone: true }),
});
