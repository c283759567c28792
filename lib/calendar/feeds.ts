import 'server-only';
// Calendar feeds: which events each public .ics feed holds (all, a region, a province, a theme, one
// event), the personal feed's calendar, and the data the subscribe / add-to-calendar components show.
// The iCalendar text itself comes from builder.ts; the HTTP side (ETag, 304, errors) from http.ts.
//
// Which events: published and cancelled ones, never drafts — in the subscribable feeds only publicly
// listed ones (lib/events/visibility.ts: an unlisted or invited event is in its one-event download and
// in its participants' personal feeds, never in a public feed) — with only public event columns (no
// stream URL, nothing from registrations). Events that ended more than FEED_WINDOW_DAYS ago leave the
// feeds: a subscriber keeps the recent past (last term's network days, to look up who organised one)
// while a feed polled every few hours by thousands of clients stays small. Calendar clients remove an
// entry that leaves a feed, so the window must be long enough that nobody misses a just-ended event.
import { and, asc, eq, gt, inArray, lte, or, sql, type SQL } from 'drizzle-orm';
import { db } from '@/db/client';
import { qualified } from '@/db/qualified';
import { events, eventThemes } from '@/db/schema';
import { publicBaseUrl } from '@/lib/config';
import { detailColumns } from '@/lib/events/queries';
import { publiclyListed, publiclyReachable } from '@/lib/events/visibility';
import { coversRegion } from '@/lib/events/regions';
import { organisingBodyName } from '@/lib/events/organising-body';
import { localized } from '@/lib/i18n/messages';
import { cityNamer, getReferenceData } from '@/lib/reference';
import type { Locale } from '@/lib/i18n/routing';
import {
  buildFeedCalendar,
  eventDescription,
  eventLocation,
  eventTitle,
  type FeedEntry,
  type FeedEvent,
  type FeedHeader,
} from './builder';
import { eventDownloadPath, type FeedSpec } from './links';
import { calendarTexts } from './texts';

export const FEED_WINDOW_DAYS = 90;
const DAY_MS = 86_400_000;

/** What the HTTP layer sends: the body, its Last-Modified, and a file name for downloads. */
export type CalendarFeed = { body: string; lastModified: Date; download?: string };

const feedColumns = {
  id: events.id,
  slug: events.slug,
  status: events.status,
  titleFi: events.titleFi,
  titleSv: events.titleSv,
  summaryFi: events.summaryFi,
  summarySv: events.summarySv,
  format: events.format,
  language: events.language,
  venueName: events.venueName,
  venueNameSv: events.venueNameSv,
  city: events.city,
  startsAt: events.startsAt,
  endsAt: events.endsAt,
  regionCode: events.regionCode,
  organisingBody: events.organisingBody,
  organisingBodyFi: events.organisingBodyFi,
  organisingBodySv: events.organisingBodySv,
  registrationUrl: events.registrationUrl,
  ...detailColumns,
  createdAt: events.createdAt,
  updatedAt: events.updatedAt,
};

const windowStart = (now: Date) => new Date(now.getTime() - FEED_WINDOW_DAYS * DAY_MS);

async function selectFeedEvents(where: SQL | undefined, lang: Locale): Promise<FeedEvent[]> {
  const [rows, city, ref] = await Promise.all([
    db()
      .select(feedColumns)
      .from(events)
      .where(and(publiclyReachable, where))
      .orderBy(asc(events.startsAt), asc(events.id)),
    cityNamer(lang), // "Åbo" in a Swedish calendar
    getReferenceData(),
  ]);
  const regionOf = (code: string | null) => ref.regions.find((r) => r.code === code) ?? null;
  // The where above admits only these two. Venue, address and contact in the feed's language
  // (the Swedish ones where the event has them, else the Finnish).
  const text = (fi: string | null, sv: string | null) => localized(lang, fi ?? '', sv) || null;
  return rows.map(({ venueNameSv, venueAddressSv, contactNameSv, regionCode, ...r }) => ({
    ...r,
    organiser: organisingBodyName(r, regionOf(regionCode), lang),
    city: city(r.city),
    status: r.status as FeedEvent['status'],
    venueName: text(r.venueName, venueNameSv),
    venueAddress: text(r.venueAddress, venueAddressSv),
    contactName: text(r.contactName, contactNameSv),
  }));
}

/**
 * Last-Modified of a feed: the newest updated_at in its scope, and the moment the latest event left
 * the window. Rows in scope that are no longer public count too (unpublishing bumps updated_at), so a
 * client that only sends If-Modified-Since still sees a removal. Epoch for a scope without events.
 * (An event moved to another region is caught by the ETag only.)
 */
async function lastChange(scope: SQL | undefined, from: Date): Promise<Date> {
  const [row] = await db()
    .select({
      updated: sql<Date | null>`max(${events.updatedAt})`.mapWith(events.updatedAt),
      left: sql<Date | null>`max(${events.endsAt}) filter (where ${and(lte(events.endsAt, from), publiclyListed)})`.mapWith(
        events.endsAt,
      ),
    })
    .from(events)
    .where(scope);
  const times = [row?.updated?.getTime() ?? 0, row?.left ? row.left.getTime() + FEED_WINDOW_DAYS * DAY_MS : 0];
  return new Date(Math.max(...times));
}

type Resolved = { header: FeedHeader; scope: SQL | undefined };

/** The calendar's name and the events it covers, narrowed to one event language when the spec asks. */
async function resolveFeed(spec: FeedSpec, lang: Locale): Promise<Resolved | null> {
  const resolved = await resolvePlace(spec, lang);
  if (!resolved || !spec.language) return resolved;
  const t = calendarTexts(lang);
  return {
    header: {
      ...resolved.header,
      description: `${resolved.header.description} ${t.feeds.onlyLanguage(spec.language)}`,
    },
    scope: and(resolved.scope, eq(events.language, spec.language)),
  };
}

/** The calendar's name and the events it covers; null for an unknown region, province or theme. */
async function resolvePlace(spec: FeedSpec, lang: Locale): Promise<Resolved | null> {
  const t = calendarTexts(lang).feeds;
  const name = (x: { nameFi: string; nameSv: string }) => localized(lang, x.nameFi, x.nameSv);
  switch (spec.kind) {
    case 'all':
      return { header: { name: t.all.name, description: t.all.description }, scope: undefined };
    case 'region': {
      const region = (await getReferenceData()).regions.find((r) => r.code === spec.region.toUpperCase());
      if (!region) return null;
      const national = spec.national ?? true;
      return {
        header: { name: t.region.name(name(region)), description: t.region.description(name(region), national) },
        // Province events carry their region's code too (events_scope_consistent), so they are in;
        // so are events that also cover the region (issue 17).
        scope: national ? or(coversRegion(region.code), eq(events.scope, 'national')) : coversRegion(region.code),
      };
    }
    case 'province': {
      const province = (await getReferenceData()).provinces.find((p) => p.code === spec.province);
      if (!province) return null;
      // Like the catalogue's province filter: the province's own events.
      return {
        header: { name: t.province.name(name(province)), description: t.province.description(name(province)) },
        scope: eq(events.provinceCode, province.code),
      };
    }
    case 'theme': {
      const theme = (await getReferenceData()).themes.find((th) => th.slug === spec.theme);
      if (!theme) return null;
      return {
        header: { name: t.theme.name(name(theme)), description: t.theme.description(name(theme)) },
        scope: sql`exists (select 1 from ${eventThemes} et where et.event_id = ${qualified(events.id)} and et.theme_id = ${theme.id})`,
      };
    }
  }
}

/** A subscribable public feed; null when its region, province or theme does not exist. */
export async function buildPublicFeed(spec: FeedSpec, lang: Locale, now = new Date()): Promise<CalendarFeed | null> {
  const resolved = await resolveFeed(spec, lang);
  if (!resolved) return null;
  const from = windowStart(now);
  const [rows, lastModified] = await Promise.all([
    selectFeedEvents(and(publiclyListed, gt(events.endsAt, from), resolved.scope), lang),
    lastChange(resolved.scope, from),
  ]);
  const body = buildFeedCalendar(
    rows.map((event) => ({ event })),
    { lang, baseUrl: publicBaseUrl(), header: resolved.header },
  );
  return { body, lastModified };
}

/** /calendar/all.ics: every public event in the window. */
export function buildAllFeed(lang: Locale, now = new Date()): Promise<CalendarFeed> {
  return buildPublicFeed({ kind: 'all' }, lang, now) as Promise<CalendarFeed>;
}

/** /calendar/region/{code}.ics: the region's and its provinces' events, and national ones unless `national: false`. */
export function buildRegionFeed(
  region: string,
  lang: Locale,
  o: { national?: boolean } = {},
  now = new Date(),
): Promise<CalendarFeed | null> {
  return buildPublicFeed({ kind: 'region', region, national: o.national ?? true }, lang, now);
}

/** /calendar/province/{code}.ics */
export function buildProvinceFeed(province: string, lang: Locale, now = new Date()): Promise<CalendarFeed | null> {
  return buildPublicFeed({ kind: 'province', province }, lang, now);
}

/** /calendar/theme/{slug}.ics */
export function buildThemeFeed(theme: string, lang: Locale, now = new Date()): Promise<CalendarFeed | null> {
  return buildPublicFeed({ kind: 'theme', theme }, lang, now);
}

/** /calendar/events/{slug}.ics: one public event (past ones too) as a download; null for unknown slugs and drafts. */
export async function buildEventFeed(slug: string, lang: Locale): Promise<CalendarFeed | null> {
  const [event] = await selectFeedEvents(eq(events.slug, slug), lang);
  if (!event) return null;
  const body = buildFeedCalendar([{ event }], { lang, baseUrl: publicBaseUrl(), header: null });
  return { body, lastModified: event.updatedAt, download: `${event.slug}.ics` };
}

export type PersonalFeedEntry = { eventId: number; status: 'confirmed' | 'waitlisted' };

/**
 * The personal feed's calendar: the given events (public and cancelled ones only, in the window),
 * waitlisted ones marked "JONOSSA: " / "I KÖ: " with STATUS:TENTATIVE, and `extra(eventId)` (e.g. a
 * personal stream link) appended to that event's DESCRIPTION. The caller owns who may see it.
 */
export async function buildPersonalFeed(
  entries: PersonalFeedEntry[],
  lang: Locale,
  extra?: (eventId: number) => string | undefined,
  now = new Date(),
): Promise<string> {
  const waitlisted = new Map<number, boolean>();
  for (const e of entries) waitlisted.set(e.eventId, (waitlisted.get(e.eventId) ?? true) && e.status === 'waitlisted');
  const ids = [...waitlisted.keys()];
  const rows =
    ids.length === 0
      ? []
      : await selectFeedEvents(and(inArray(events.id, ids), gt(events.endsAt, windowStart(now))), lang);
  const feedEntries: FeedEntry[] = rows.map((event) => ({
    event,
    waitlisted: waitlisted.get(event.id),
    extra: extra?.(event.id),
  }));
  const t = calendarTexts(lang).feeds.personal;
  return buildFeedCalendar(feedEntries, {
    lang,
    baseUrl: publicBaseUrl(),
    header: { name: t.name, description: t.description },
  });
}

/** The calendar name of a public feed (for "subscribe in Outlook.com"), or null for an unknown one. */
export async function feedName(spec: FeedSpec, lang: Locale): Promise<string | null> {
  return (await resolveFeed(spec, lang))?.header.name ?? null;
}

/** What the feed holds, in words (its calendar description): the calendar box says it. */
export async function feedDescription(spec: FeedSpec, lang: Locale): Promise<string | null> {
  return (await resolveFeed(spec, lang))?.header.description ?? null;
}

/** What an "add to calendar" block shows for one public event. */
export type CalendarEntry = {
  slug: string;
  title: string;
  start: Date;
  end: Date;
  location: string | null;
  details: string;
  downloadPath: string;
};

export async function getCalendarEntry(slug: string, lang: Locale): Promise<CalendarEntry | null> {
  const [event] = await selectFeedEvents(eq(events.slug, slug), lang);
  if (!event) return null;
  return {
    slug: event.slug,
    title: eventTitle(event, lang),
    start: event.startsAt,
    end: event.endsAt,
    location: eventLocation(event, lang),
    details: eventDescription(event, lang, publicBaseUrl()),
    downloadPath: eventDownloadPath(event.slug, lang),
  };
}
