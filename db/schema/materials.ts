// The materials of an event (slides, recordings, links), public or for its participants only.
import { pgTable, pgEnum, serial, integer, text, timestamp, index } from 'drizzle-orm/pg-core';
import { events } from './events';

export const materialVisibility = pgEnum('material_visibility', ['public', 'participants']);
export const materialKind = pgEnum('material_kind', ['recording', 'slides', 'link']);

export const eventMaterials = pgTable(
  'event_materials',
  {
    id: serial('id').primaryKey(),
    eventId: integer('event_id').notNull().references(() => events.id, { onDelete: 'cascade' }),
    kind: materialKind('kind').notNull(),
    titleFi: text('title_fi').notNull(),
    titleSv: text('title_sv'),
    url: text('url').notNull(),
    visibility: materialVisibility('visibility').notNull().default('participants'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('event_materials_event_idx').on(t.eventId)],
);
