// The stream of an online or hybrid event: only registered people may reach it, so it is kept in a
// table of its own that no public query can select by accident.
import { pgTable, integer, text, timestamp } from 'drizzle-orm/pg-core';
import { events } from './events';

export const eventStreams = pgTable('event_streams', {
  eventId: integer('event_id')
    .primaryKey()
    .references(() => events.id, { onDelete: 'cascade' }),
  url: text('url').notNull(),
  instructionsFi: text('instructions_fi'),
  instructionsSv: text('instructions_sv'),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});
