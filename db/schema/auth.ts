// Organiser accounts (Auth.js tables, in the shape @auth/drizzle-adapter expects) and their
// roles: a national admin sees everything; a regional organiser sees their regions' events and the
// events and series they are named on (co-organisers); a project organiser only what it is named on. Nobody signs up: an admin invites (npm run admin -- invite).
import { integer, pgEnum, pgTable, primaryKey, text, timestamp, index } from 'drizzle-orm/pg-core';
import { regions } from './places';
import { events, trainingSeries } from './events';

/** `project`: tied to no region; manages only the series and events it is named on (TUVET staff). */
export const organiserRole = pgEnum('organiser_role', ['admin', 'organiser', 'project']);

export const users = pgTable('users', {
  id: text('id')
    .primaryKey()
    .$defaultFn(() => crypto.randomUUID()),
  name: text('name'),
  email: text('email').notNull().unique(),
  emailVerified: timestamp('email_verified', { mode: 'date', withTimezone: true }),
  image: text('image'),
  role: organiserRole('role').notNull().default('organiser'),
  invitedAt: timestamp('invited_at', { withTimezone: true }).notNull().defaultNow(),
  disabledAt: timestamp('disabled_at', { withTimezone: true }),
});

export const accounts = pgTable(
  'accounts',
  {
    userId: text('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    type: text('type').$type<'email' | 'oauth' | 'oidc' | 'webauthn'>().notNull(),
    provider: text('provider').notNull(),
    providerAccountId: text('provider_account_id').notNull(),
    refresh_token: text('refresh_token'),
    access_token: text('access_token'),
    expires_at: integer('expires_at'),
    token_type: text('token_type'),
    scope: text('scope'),
    id_token: text('id_token'),
    session_state: text('session_state'),
  },
  (t) => [primaryKey({ columns: [t.provider, t.providerAccountId] })],
);

export const sessions = pgTable('sessions', {
  sessionToken: text('session_token').primaryKey(),
  userId: text('user_id')
    .notNull()
    .references(() => users.id, { onDelete: 'cascade' }),
  expires: timestamp('expires', { mode: 'date', withTimezone: true }).notNull(),
});

export const verificationTokens = pgTable(
  'verification_tokens',
  {
    identifier: text('identifier').notNull(),
    token: text('token').notNull(),
    expires: timestamp('expires', { mode: 'date', withTimezone: true }).notNull(),
  },
  (t) => [primaryKey({ columns: [t.identifier, t.token] })],
);

export const organiserRegions = pgTable(
  'organiser_regions',
  {
    userId: text('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    regionCode: text('region_code')
      .notNull()
      .references(() => regions.code),
  },
  (t) => [primaryKey({ columns: [t.userId, t.regionCode] })],
);

/** Co-organisers: accounts named on an event besides its region's organisers (same rights on it). */
export const eventOrganisers = pgTable(
  'event_organisers',
  {
    eventId: integer('event_id')
      .notNull()
      .references(() => events.id, { onDelete: 'cascade' }),
    userId: text('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
  },
  (t) => [primaryKey({ columns: [t.eventId, t.userId] }), index('event_organisers_user_idx').on(t.userId)],
);

/** Co-organisers of a training series: the series and all its sessions are theirs too. */
export const seriesOrganisers = pgTable(
  'series_organisers',
  {
    seriesId: integer('series_id')
      .notNull()
      .references(() => trainingSeries.id, { onDelete: 'cascade' }),
    userId: text('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
  },
  (t) => [primaryKey({ columns: [t.seriesId, t.userId] }), index('series_organisers_user_idx').on(t.userId)],
);
