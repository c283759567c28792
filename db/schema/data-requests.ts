// The verified links of the GDPR self-service (my data: download and erasure).
import { pgTable, text, timestamp, index } from 'drizzle-orm/pg-core';
import { messageLanguage } from './registrations';

/** GDPR self-service: a short-lived e-mailed link to everything Kokoon holds about one address. */
export const dataRequests = pgTable(
  'data_requests',
  {
    tokenHash: text('token_hash').primaryKey(),
    email: text('email').notNull(),
    locale: messageLanguage('locale').notNull().default('fi'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
  },
  (t) => [index('data_requests_expires_idx').on(t.expiresAt)],
);
