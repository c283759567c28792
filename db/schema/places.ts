// Places: the five collaboration regions, their provinces (maakunnat) and municipalities.
import { pgTable, text, smallint, index } from 'drizzle-orm/pg-core';

export const regions = pgTable('regions', {
  code: text('code').primaryKey(), // HYKS, TYKS, TAYS, KYS, OYS
  nameFi: text('name_fi').notNull(),
  nameSv: text('name_sv').notNull(),
  sortOrder: smallint('sort_order').notNull().default(0),
});

export const provinces = pgTable(
  'provinces',
  {
    code: text('code').primaryKey(), // Statistics Finland maakunta code, e.g. '14'
    nameFi: text('name_fi').notNull(),
    nameSv: text('name_sv').notNull(),
    // Åland (21) belongs to no collaboration region: its schools are organised by the province itself.
    regionCode: text('region_code').references(() => regions.code),
  },
  (t) => [index('provinces_region_idx').on(t.regionCode)],
);

export const municipalities = pgTable(
  'municipalities',
  {
    code: text('code').primaryKey(), // Statistics Finland kunta code, e.g. '091'
    nameFi: text('name_fi').notNull(),
    nameSv: text('name_sv').notNull(),
    provinceCode: text('province_code')
      .notNull()
      .references(() => provinces.code),
  },
  (t) => [index('municipalities_province_idx').on(t.provinceCode)],
);
