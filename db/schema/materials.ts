// Materials: an event's slides, recordings and links (public or for its confirmed participants), and
// standalone materials of the network (guides, reports, models, videos) in the materials bank.
// An uploaded file lives in a table of its own, read only when someone downloads it.
import {
  pgTable,
  pgEnum,
  serial,
  integer,
  text,
  timestamp,
  index,
  boolean,
  customType,
  check,
} from 'drizzle-orm/pg-core';
import { sql } from 'drizzle-orm';
import { events } from './events';
import { users } from './auth';

export const materialVisibility = pgEnum('material_visibility', ['public', 'participants']);
export const materialKind = pgEnum('material_kind', [
  'recording',
  'slides',
  'link',
  'guide',
  'report',
  'model',
  'video',
]);
export const materialLanguage = pgEnum('material_language', ['fi', 'sv', 'both']);

const bytea = customType<{ data: Uint8Array; driverData: Buffer }>({
  dataType: () => 'bytea',
  toDriver: (v) => Buffer.from(v.buffer, v.byteOffset, v.byteLength),
  fromDriver: (v) => new Uint8Array(v.buffer, v.byteOffset, v.byteLength),
});

// An uploaded file's bytes live in `data` (PostgreSQL, the default) or, when an S3-compatible store
// is configured (lib/materials/storage.ts), in that store under `storage_key`: exactly one of the two.
export const materialFiles = pgTable(
  'material_files',
  {
    id: serial('id').primaryKey(),
    contentType: text('content_type').notNull(),
    filename: text('filename').notNull(),
    size: integer('size').notNull(),
    data: bytea('data'),
    storageKey: text('storage_key'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [check('material_files_one_place', sql`(${t.data} is null) <> (${t.storageKey} is null)`)],
);

export const eventMaterials = pgTable(
  'event_materials',
  {
    id: serial('id').primaryKey(),
    // null: a standalone material of the network, not tied to an event.
    eventId: integer('event_id').references(() => events.id, { onDelete: 'cascade' }),
    kind: materialKind('kind').notNull(),
    titleFi: text('title_fi').notNull(),
    titleSv: text('title_sv'),
    descriptionFi: text('description_fi'),
    descriptionSv: text('description_sv'),
    // A link, or null when the material is an uploaded file.
    url: text('url'),
    fileId: integer('file_id').references(() => materialFiles.id, { onDelete: 'set null' }),
    visibility: materialVisibility('visibility').notNull().default('participants'),
    language: materialLanguage('language').notNull().default('fi'),
    themes: text('themes')
      .array()
      .notNull()
      .default(sql`'{}'::text[]`),
    targetLevel: text('target_level'),
    year: integer('year'),
    // Recordings: are they captioned (public bodies must caption published recordings)?
    captioned: boolean('captioned'),
    sortOrder: integer('sort_order').notNull().default(0),
    createdBy: text('created_by').references(() => users.id, { onDelete: 'set null' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('event_materials_event_idx').on(t.eventId, t.sortOrder),
    check('event_materials_link_or_file', sql`${t.url} is not null or ${t.fileId} is not null`),
  ],
);
