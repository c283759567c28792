// Rate limits shared by every app instance.
import { pgTable, text, integer, timestamp, primaryKey } from 'drizzle-orm/pg-core';

/** Fixed-window request counters shared by every app instance (public sign-up rate limit). */
export const rateLimits = pgTable(
  'rate_limits',
  {
    key: text('key').notNull(),
    windowStart: timestamp('window_start', { withTimezone: true }).notNull(),
    count: integer('count').notNull().default(0),
  },
  (t) => [primaryKey({ columns: [t.key, t.windowStart] })],
);
