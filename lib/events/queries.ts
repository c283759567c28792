import 'server-only';
// Public reads of events and training series: what the catalogue, event pages, region pages and
// /api/events show. Only published and cancelled events are public; drafts leave this module only
// through `selectEventDetail` for an organiser's preview (lib/events/preview.ts, scope-checked).
// Lists show only publicly listed events; unlisted and invited ones only by their slug
// (lib/events/visibility.ts).
import { and, asc, desc, eq, gt, gte, inArray, lt, lte, sql, type SQL } from 'drizzle-orm';
import { db } from '@/db/client';
import { qualified } from '@/db/qualified';
import { events, eventThemes, themes, trainingSeries, regions, provinces, registrations } from '@/db/schema';
import { computeAvailability, type Availability } from './availability';
import type { EventQuery } from './filters';
import { looksLikeSlug } from './slug';
import { publiclyListed, publiclyReachable } from './visibility';
import { coversRegion } from './regions';

// Taken seats as kokoon_seats_left counts them: confirmed, and waiting with an open offer (the seat
// is held for them, lib/registrations/offers.ts).
const confirmedCount = (mode: 'onsite' | 'remote') =>
  sql<number>`(select count(*)::int from ${registrations} r
    where r.event_id = ${qualified(events.id)} and r.attendance = ${mode}
      and (r.status = 'confirmed' or (r.status = 'waitlisted' and exists (
        select 1 from waitlist_offers o where o.registration_id = r.id and o.state = 'open'))))`;

/** What an event page and a calendar entry show beyond a list card: address, contact, price, revision. */
export const detailColumns = {
  venueAddress: events.venueAddress,
  venueAddressSv: events.venueAddressSv,
  contactName: events.contactName,
  contactNameSv: events.contactNameSv,
  contactEmail: events.contactEmail,
  contactPhone: events.contactPhone,
  isFree: events.isFree,
  priceNote: events.priceNote,
  sequence: events.sequence,
};

const summaryColumns = {
  id: events.id,
  slug: events.slug,
  kind: events.kind,
  status: events.status,
  titleFi: events.titleFi,
  titleSv: events.titleSv,
  summaryFi: events.summaryFi,
  summarySv: events.summarySv,
  scope: events.scope,
  regionCode: events.regionCode,
  extraRegionCodes: events.extraRegionCodes,
  // The names of the further regions it covers, in reference order (cards and pages show them all).
  extraRegionNamesFi: sql<string[]>`array(select r.name_fi from ${regions} r
    where r.code = any(${qualified(events.extraRegionCodes)}) order by r.sort_order)`,
  extraRegionNamesSv: sql<string[]>`array(select r.name_sv from ${regions} r
    where r.code = any(${qualified(events.extraRegionCodes)}) order by r.sort_order)`,
  provinceCode: events.provinceCode,
  provinceNameFi: provinces.nameFi,
  provinceNameSv: provinces.nameSv,
  regionNameFi: regions.nameFi,
  regionNameSv: regions.nameSv,
  format: events.format,
  language: events.language,
  visibility: events.visibility,
  organisingBody: events.organisingBody,
  organisingBodyFi: events.organisingBodyFi,
  organisingBodySv: events.organisingBodySv,
  venueName: events.venueName,
  venueNameSv: events.venueNameSv,
  city: events.city,
  startsAt: events.startsAt,
  endsAt: events.endsAt,
  capacityOnsite: events.capacityOnsite,
  capacityRemote: events.capacityRemote,
  waitlistEnabled: events.waitlistEnabled,
  registrationUrl: events.registrationUrl,
  registrationOpensAt: events.registrationOpensAt,
  registrationClosesAt: events.registrationClosesAt,
  seriesId: events.seriesId,
  seriesSlug: trainingSeries.slug,
  seriesTitleFi: trainingSeries.titleFi,
  seriesTitleSv: trainingSeries.titleSv,
  updatedAt: events.updatedAt,
  confirmedOnsite: confirmedCount('onsite'),
  confirmedRemote: confirmedCount('remote'),
};

export type EventTheme = { slug: string; nameFi: string; nameSv: string };

function summaryQuery() {
  return db()
    .select(summaryColumns)
    .from(events)
    .leftJoin(regions, eq(regions.code, events.regionCode))
    .leftJoin(provinces, eq(provinces.code, events.provinceCode))
    .leftJoin(trainingSeries, eq(trainingSeries.id, events.seriesId));
}
type SummaryRow = Awaited<ReturnType<typeof summaryQuery>>[number];

export type EventSummary = Omit<SummaryRow, 'confirmedOnsite' | 'confirmedRemote'> & {
  themes: EventTheme[];
  availability: Availability;
};

function whereFor(q: EventQuery): SQL[] {
  const conds: SQL[] = [publiclyListed];
  if (q.region === 'national') conds.push(eq(events.scope, 'national'));
  // A region's list holds the events it owns and those that also cover it (lib/events/regions).
  else if (q.region) conds.push(coversRegion(q.region));
  if (q.province) conds.push(eq(events.provinceCode, q.province));
  if (q.kind) conds.push(eq(events.kind, q.kind));
  if (q.language) conds.push(eq(events.language, q.language));
  if (q.theme) {
    conds.push(sql`exists (select 1 from ${eventThemes} et join ${themes} t on t.id = et.theme_id
      where et.event_id = ${events.id} and t.slug = ${q.theme})`);
  }
  if (q.startsFrom) conds.push(gte(events.startsAt, q.startsFrom));
  if (q.startsBefore) conds.push(lt(events.startsAt, q.startsBefore));
  return conds;
}

async function themesFor(eventIds: number[]): Promise<Map<number, EventTheme[]>> {
  const map = new Map<number, EventTheme[]>();
  if (eventIds.length === 0) return map;
  const rows = await db()
    .select({ eventId: eventThemes.eventId, slug: themes.slug, nameFi: themes.nameFi, nameSv: themes.nameSv })
    .from(eventThemes)
    .innerJoin(themes, eq(themes.id, eventThemes.themeId))
    .where(inArray(eventThemes.eventId, eventIds))
    .orderBy(asc(themes.sortOrder));
  for (const { eventId, ...t } of rows) {
    const list = map.get(eventId) ?? [];
    list.push(t);
    map.set(eventId, list);
  }
  return map;
}

function withAvailability(rows: SummaryRow[], themeMap: Map<number, EventTheme[]>, now: Date): EventSummary[] {
  return rows.map(({ confirmedOnsite, confirmedRemote, ...row }) => ({
    ...row,
    themes: themeMap.get(row.id) ?? [],
    availability: computeAvailability({ ...row, confirmedOnsite, confirmedRemote }, now),
  }));
}

async function selectSummaries(conds: SQL[], order: SQL[], now: Date, limit = 500): Promise<EventSummary[]> {
  const rows = await summaryQuery()
    .where(and(...conds))
    .orderBy(...order)
    .limit(limit);
  return withAvailability(rows, await themesFor(rows.map((r) => r.id)), now);
}

/** Upcoming (not yet ended) public events matching the query, soonest first. */
export function listUpcomingEvents(q: EventQuery, now = new Date()): Promise<EventSummary[]> {
  return selectSummaries([...whereFor(q), gt(events.endsAt, now)], [asc(events.startsAt), asc(events.id)], now);
}

/** Past public events (ended), most recent first. */
export function listPastEvents(q: EventQuery, now = new Date(), limit = 200): Promise<EventSummary[]> {
  return selectSummaries(
    [...whereFor(q), lte(events.endsAt, now)],
    [desc(events.startsAt), desc(events.id)],
    now,
    limit,
  );
}

/** Distinct Helsinki months ("YYYY-MM") that have upcoming public events, for the month filter. */
export async function upcomingMonths(now = new Date()): Promise<string[]> {
  const rows = await db()
    .selectDistinct({ month: sql<string>`to_char(${events.startsAt} at time zone 'Europe/Helsinki', 'YYYY-MM')` })
    .from(events)
    .where(and(publiclyListed, gt(events.endsAt, now)));
  return rows.map((r) => r.month).sort();
}

export type EventDetail = NonNullable<Awaited<ReturnType<typeof getPublicEvent>>>;

/** One event with everything its page shows; `where` decides which (public or an organiser's preview). */
export async function selectEventDetail(where: SQL, now = new Date()) {
  const [row] = await db()
    .select({
      ...summaryColumns,
      descriptionFi: events.descriptionFi,
      descriptionSv: events.descriptionSv,
      ...detailColumns,
    })
    .from(events)
    .leftJoin(regions, eq(regions.code, events.regionCode))
    .leftJoin(provinces, eq(provinces.code, events.provinceCode))
    .leftJoin(trainingSeries, eq(trainingSeries.id, events.seriesId))
    .where(where)
    .limit(1);
  if (!row) return null;
  const [summary] = withAvailability([row], await themesFor([row.id]), now);
  return { ...row, ...summary };
}

/** One public event by slug, or null for unknown slugs and drafts. */
export async function getPublicEvent(slug: string, now = new Date()) {
  if (!looksLikeSlug(slug)) return null;
  return selectEventDetail(and(publiclyReachable, eq(events.slug, slug))!, now);
}

export type SeriesDetail = {
  id: number;
  slug: string;
  titleFi: string;
  titleSv: string | null;
  descriptionFi: string;
  descriptionSv: string | null;
  trainers: string;
  project: string;
  sessions: EventSummary[];
};

/** A training series with its public sessions by date; null if unknown or with no public session. */
export async function getPublicSeries(slug: string, now = new Date()): Promise<SeriesDetail | null> {
  if (!looksLikeSlug(slug)) return null;
  const [series] = await db()
    .select({
      id: trainingSeries.id,
      slug: trainingSeries.slug,
      titleFi: trainingSeries.titleFi,
      titleSv: trainingSeries.titleSv,
      descriptionFi: trainingSeries.descriptionFi,
      descriptionSv: trainingSeries.descriptionSv,
      trainers: trainingSeries.trainers,
      project: trainingSeries.project,
    })
    .from(trainingSeries)
    .where(eq(trainingSeries.slug, slug))
    .limit(1);
  if (!series) return null;
  const sessions = await selectSummaries(
    [publiclyListed, eq(events.seriesId, series.id)],
    [asc(events.startsAt), asc(events.id)],
    now,
  );
  if (sessions.length === 0) return null;
  return { ...series, sessions };
}
