// The invitation list of an invited event (issue 17): the addresses that may register, each with
// the language of its invitation mail and the hash of its personal sign-up link.
import { sql } from 'drizzle-orm';
import { pgTable, serial, integer, text, timestamp, index, uniqueIndex } from 'drizzle-orm/pg-core';
import { events } from './events';
import { messageLanguage } from './registrations';
import { users } from './auth';

export const eventInvitations = pgTable(
  'event_invitations',
  {
    id: serial('id').primaryKey(),
    eventId: integer('event_id')
      .notNull()
      .references(() => events.id, { onDelete: 'cascade' }),
    // Stored trimmed and lower-cased: the sign-up compares it with the address it is given the same way.
    email: text('email').notNull(),
    language: messageLanguage('language').notNull().default('fi'),
    // SHA-256 of the personal sign-up link's token (lib/registrations/tokens.ts); the link itself
    // exists only in the invitation mail.
    tokenHash: text('token_hash').notNull(),
    invitedAt: timestamp('invited_at', { withTimezone: true }).notNull().defaultNow(),
    invitedBy: text('invited_by').references(() => users.id, { onDelete: 'set null' }),
  },
  (t) => [
    uniqueIndex('event_invitations_event_email_idx').on(t.eventId, sql`lower(trim(${t.email}))`),
    uniqueIndex('event_invitations_token_idx').on(t.tokenHash),
    index('event_invitations_event_idx').on(t.eventId),
  ],
);
