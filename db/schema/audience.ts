// Who the audience is (issue 15 §3): the national admin's reference lists (role category,
// organisation type, education level served) and each registration's answers to them, kept beside
// the registration so the sign-up's own row stays as it is. Items are never deleted once used, only
// deactivated: the statistics of past events keep their names.
import { pgTable, text, smallint, boolean, integer, primaryKey, index } from 'drizzle-orm/pg-core';
import { registrations } from './registrations';

const listColumns = () => ({
  code: text('code').primaryKey(),
  nameFi: text('name_fi').notNull(),
  nameSv: text('name_sv').notNull(),
  sortOrder: smallint('sort_order').notNull().default(0),
  active: boolean('active').notNull().default(true),
});

export const roleCategories = pgTable('role_categories', listColumns());
export const organisationTypes = pgTable('organisation_types', listColumns());
export const educationLevels = pgTable('education_levels', listColumns());

/** One row per registration that answered any of the audience questions. */
export const registrationAudience = pgTable('registration_audience', {
  registrationId: integer('registration_id')
    .primaryKey()
    .references(() => registrations.id, { onDelete: 'cascade' }),
  roleCategoryCode: text('role_category_code').references(() => roleCategories.code),
  organisationTypeCode: text('organisation_type_code').references(() => organisationTypes.code),
  vipuContact: boolean('vipu_contact'),
});

/** The education levels a registrant serves (several allowed). */
export const registrationEducationLevels = pgTable(
  'registration_education_levels',
  {
    registrationId: integer('registration_id')
      .notNull()
      .references(() => registrations.id, { onDelete: 'cascade' }),
    levelCode: text('level_code')
      .notNull()
      .references(() => educationLevels.code),
  },
  (t) => [
    primaryKey({ columns: [t.registrationId, t.levelCode] }),
    index('registration_education_levels_level_idx').on(t.levelCode),
  ],
);
