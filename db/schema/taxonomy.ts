// Vocabularies shared by events and registrations: themes and sectors.
import { pgTable, text, smallint, serial } from 'drizzle-orm/pg-core';

export const themes = pgTable('themes', {
  id: serial('id').primaryKey(),
  slug: text('slug').notNull().unique(),
  nameFi: text('name_fi').notNull(),
  nameSv: text('name_sv').notNull(),
  sortOrder: smallint('sort_order').notNull().default(0),
});

export const sectors = pgTable('sectors', {
  code: text('code').primaryKey(), // education, social, health, other
  nameFi: text('name_fi').notNull(),
  nameSv: text('name_sv').notNull(),
  sortOrder: smallint('sort_order').notNull().default(0),
});
