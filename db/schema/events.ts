// Events and training series. A training series is a course; each of its sessions is an event.
import { sql } from 'drizzle-orm';
import {
  pgTable,
  pgEnum,
  serial,
  integer,
  text,
  boolean,
  timestamp,
  index,
  primaryKey,
  check,
} from 'drizzle-orm/pg-core';
import { regions, provinces } from './places';
import { themes } from './taxonomy';
import { users } from './auth';

export const eventKind = pgEnum('event_kind', ['network_day', 'gathering', 'training', 'info_day', 'webinar']);
export const eventStatus = pgEnum('event_status', ['draft', 'published', 'cancelled']);
export const eventScope = pgEnum('event_scope', ['national', 'region', 'province']);
export const eventFormat = pgEnum('event_format', ['onsite', 'online', 'hybrid']);
// The language the event is held in (issue 15 §4): public contract `language` in /api/events.
export const eventLanguage = pgEnum('event_language', ['fi', 'sv', 'bilingual', 'en']);
// Who finds the event (issue 17): public = listed everywhere; unlisted = reachable by its link only;
// invited = unlisted, and only addresses on its invitation list may register (lib/events/visibility.ts).
export const eventVisibility = pgEnum('event_visibility', ['public', 'unlisted', 'invited']);
// How a freed place is given (issue 17, lib/registrations/offers.ts): at once to the first in line,
// or as an offer the first in line accepts within `offer_hours` (shorter close to the event).
export const freedPlaceMode = pgEnum('freed_place_mode', ['at_once', 'offer']);
// Who organises the event (issue 17): the VIP network's region (the owning region; the network
// itself for a national event), Opetushallitus, an AVI, or a named project (lib/events/organising-body.ts).
export const organisingBodyKind = pgEnum('organising_body_kind', ['vip_network', 'oph', 'avi', 'project']);

export const trainingSeries = pgTable('training_series', {
  id: serial('id').primaryKey(),
  slug: text('slug').notNull().unique(),
  titleFi: text('title_fi').notNull(),
  titleSv: text('title_sv'),
  descriptionFi: text('description_fi').notNull().default(''),
  descriptionSv: text('description_sv'),
  trainers: text('trainers').notNull().default(''),
  project: text('project').notNull().default(''), // organising project, e.g. TUVET
  // Who created it: before its first session, the one organiser (besides admins) who may manage it.
  createdBy: text('created_by').references(() => users.id, { onDelete: 'set null' }),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});

export const events = pgTable(
  'events',
  {
    id: serial('id').primaryKey(),
    slug: text('slug').notNull().unique(),
    kind: eventKind('kind').notNull(),
    status: eventStatus('status').notNull().default('draft'),
    titleFi: text('title_fi').notNull(),
    titleSv: text('title_sv'),
    summaryFi: text('summary_fi').notNull().default(''),
    summarySv: text('summary_sv'),
    descriptionFi: text('description_fi').notNull().default(''),
    descriptionSv: text('description_sv'),
    scope: eventScope('scope').notNull(),
    // The owning region: its organisers manage the event (lib/auth/guards).
    regionCode: text('region_code').references(() => regions.code),
    // Further regions the event also covers (issue 17): it is listed, filtered, fed and counted under
    // each of them too; never the owning region again, never on a national event. Region codes are
    // checked against the reference data by the editor (lib/events/editor.ts).
    extraRegionCodes: text('extra_region_codes')
      .array()
      .notNull()
      .default(sql`'{}'::text[]`),
    provinceCode: text('province_code').references(() => provinces.code),
    organisingBody: organisingBodyKind('organising_body').notNull().default('vip_network'),
    // The AVI's or the project's name (a project needs one; sv falls back to fi).
    organisingBodyFi: text('organising_body_fi'),
    organisingBodySv: text('organising_body_sv'),
    format: eventFormat('format').notNull(),
    language: eventLanguage('language').notNull().default('fi'),
    visibility: eventVisibility('visibility').notNull().default('public'),
    venueName: text('venue_name'),
    venueAddress: text('venue_address'),
    // Swedish venue, address and contact (name and role) for /sv pages, Swedish mails and feeds;
    // null falls back to the Finnish column (issue 16).
    venueNameSv: text('venue_name_sv'),
    venueAddressSv: text('venue_address_sv'),
    city: text('city'),
    startsAt: timestamp('starts_at', { withTimezone: true }).notNull(),
    endsAt: timestamp('ends_at', { withTimezone: true }).notNull(),
    // null = unlimited (only meaningful for remote); on-site capacity is required for on-site formats.
    capacityOnsite: integer('capacity_onsite'),
    capacityRemote: integer('capacity_remote'),
    waitlistEnabled: boolean('waitlist_enabled').notNull().default(true),
    freedPlaces: freedPlaceMode('freed_places').notNull().default('at_once'),
    offerHours: integer('offer_hours').notNull().default(24),
    // Listed with registration elsewhere (issue 17): people sign up at this https address, Kokoon
    // keeps no capacity for the event and refuses sign-ups (lib/registrations/service.ts).
    registrationUrl: text('registration_url'),
    registrationOpensAt: timestamp('registration_opens_at', { withTimezone: true }),
    registrationClosesAt: timestamp('registration_closes_at', { withTimezone: true }),
    contactName: text('contact_name'),
    contactNameSv: text('contact_name_sv'),
    contactEmail: text('contact_email'),
    contactPhone: text('contact_phone'),
    isFree: boolean('is_free').notNull().default(true),
    priceNote: text('price_note'),
    seriesId: integer('series_id').references(() => trainingSeries.id),
    // Calendar clients need a revision counter that moves with every change (see lib/calendar).
    sequence: integer('sequence').notNull().default(0),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('events_starts_idx').on(t.startsAt),
    index('events_region_idx').on(t.regionCode),
    index('events_series_idx').on(t.seriesId),
    index('events_extra_regions_idx').using('gin', t.extraRegionCodes),
    check('events_time_order', sql`${t.endsAt} > ${t.startsAt}`),
    check(
      'events_scope_consistent',
      sql`(${t.scope} = 'national' AND ${t.regionCode} IS NULL AND ${t.provinceCode} IS NULL)
       OR (${t.scope} = 'region' AND ${t.regionCode} IS NOT NULL AND ${t.provinceCode} IS NULL)
       OR (${t.scope} = 'province' AND ${t.regionCode} IS NOT NULL AND ${t.provinceCode} IS NOT NULL)`,
    ),
    check(
      'events_extra_regions_consistent',
      sql`(${t.scope} <> 'national' OR cardinality(${t.extraRegionCodes}) = 0)
       AND NOT (${t.regionCode} = ANY(${t.extraRegionCodes}))`,
    ),
    check('events_organising_body_named', sql`${t.organisingBody} <> 'project' OR ${t.organisingBodyFi} IS NOT NULL`),
    check(
      'events_registration_url_https',
      sql`${t.registrationUrl} IS NULL OR (${t.registrationUrl} ~ '^https://[^[:space:]]+$' AND length(${t.registrationUrl}) <= 2000)`,
    ),
    check(
      'events_capacity_nonneg',
      sql`coalesce(${t.capacityOnsite}, 0) >= 0 AND coalesce(${t.capacityRemote}, 0) >= 0`,
    ),
    check('events_offer_hours', sql`${t.offerHours} BETWEEN 1 AND 168`),
    check(
      'events_window_order',
      sql`${t.registrationOpensAt} IS NULL OR ${t.registrationClosesAt} IS NULL OR ${t.registrationClosesAt} > ${t.registrationOpensAt}`,
    ),
  ],
);

export const eventThemes = pgTable(
  'event_themes',
  {
    eventId: integer('event_id')
      .notNull()
      .references(() => events.id, { onDelete: 'cascade' }),
    themeId: integer('theme_id')
      .notNull()
      .references(() => themes.id),
  },
  (t) => [primaryKey({ columns: [t.eventId, t.themeId] }), index('event_themes_theme_idx').on(t.themeId)],
);
