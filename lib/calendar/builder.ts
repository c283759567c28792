// The iCalendar text of a feed (METHOD:PUBLISH) from event rows already read: pure, so it is unit
// tested without a database. lib/calendar/feeds.ts decides which events go in; this file decides how
// each one reads in a calendar. Only public event fields come in (FeedEvent has no stream URL and no
// registration data), so a feed cannot leak them; the personal feed adds its own text via `extra`.
//
// Choices, and why:
// - UID `event-{id}@kokoon` (ical.ts, the same as the e-mailed invitations), SEQUENCE = events.sequence,
//   LAST-MODIFIED = events.updated_at: a client updates its copy in place when an event changes.
// - DTSTAMP is also events.updated_at, not the time of the request. With METHOD the RFC reads it as
//   the creation time of "this" iCalendar object; an object describing one revision of an event was in
//   effect created when that revision was saved. It keeps the body a pure function of the data, so the
//   ETag stays the same until something changes and polling clients get their 304s.
// - Times in Europe/Helsinki with a VTIMEZONE (helpers shared with the invitations), whatever TZ the
//   server runs in. The zone is set per event, not on the calendar, so DTSTAMP stays UTC (RFC 5545).
// - Cancelled events stay, with STATUS:CANCELLED and a marker in the SUMMARY: Apple and Outlook strike
//   them through; Google drops them from a subscribed feed, so the marker is for everyone else.
// - Calendar-level properties (NAME / X-WR-CALNAME, DESCRIPTION / X-WR-CALDESC, REFRESH-INTERVAL,
//   X-PUBLISHED-TTL, X-WR-TIMEZONE) are written here rather than by ical-generator, which prints some
//   of them after the components; RFC 5545 wants every calendar property before the first component.
import ical, { ICalCalendarMethod, ICalEventStatus, escape, foldLines } from 'ical-generator';
import { localized } from '@/lib/i18n/messages';
import type { Locale } from '@/lib/i18n/routing';
import { CALENDAR_TIME_ZONE, PROD_ID, eventUid, helsinkiCalendarTime, vtimezone } from './ical';
import { calendarTexts } from './texts';
import type { EventLanguage } from '@/lib/events/filters';

export type FeedEvent = {
  id: number;
  slug: string;
  status: 'published' | 'cancelled';
  titleFi: string;
  titleSv: string | null;
  summaryFi: string;
  summarySv: string | null;
  format: 'onsite' | 'online' | 'hybrid';
  /** The language the event is held in (issue 15 §4); shown as a "Kieli: …" line of the DESCRIPTION. */
  language?: EventLanguage;
  venueName: string | null;
  venueAddress: string | null;
  city: string | null;
  startsAt: Date;
  endsAt: Date;
  contactName: string | null;
  contactEmail: string | null;
  contactPhone: string | null;
  isFree: boolean;
  priceNote: string | null;
  sequence: number;
  createdAt: Date;
  updatedAt: Date;
  /** Who organises it (issue 17), in the feed's language: a "Järjestäjä: …" line of the DESCRIPTION. */
  organiser?: string | null;
  /** Registration elsewhere (issue 17): the DESCRIPTION's registration line points there. */
  registrationUrl?: string | null;
};

/** One VEVENT: the event, and for the personal feed whether the person waits in line and extra text. */
export type FeedEntry = { event: FeedEvent; waitlisted?: boolean; extra?: string };

/** Name and description of a subscribable calendar; null for a one-event download (see below). */
export type FeedHeader = { name: string; description: string };

export type BuildFeedOptions = { lang: Locale; baseUrl: string; header: FeedHeader | null };

/** Calendar clients are told to poll every three hours (Outlook's own pace; Google ignores it). */
export const REFRESH_INTERVAL = 'PT3H';

export function eventPageUrl(baseUrl: string, lang: Locale, slug: string): string {
  return `${baseUrl}/${lang}/events/${slug}`;
}

export function eventTitle(e: FeedEvent, lang: Locale, waitlisted = false): string {
  const t = calendarTexts(lang).event;
  const title = localized(lang, e.titleFi, e.titleSv);
  if (e.status === 'cancelled') return `${t.cancelledPrefix}${title}`;
  return waitlisted ? `${t.waitlistedPrefix}${title}` : title;
}

/** The venue and its address (or the city); "Verkossa" / "På nätet" for an online-only event. */
export function eventLocation(e: FeedEvent, lang: Locale): string | null {
  if (e.format === 'online') return calendarTexts(lang).event.online;
  const address = e.venueAddress?.trim() || null;
  const city = e.city?.trim() || null;
  const cityMissing = city && !(address ?? '').toLowerCase().includes(city.toLowerCase());
  return [e.venueName?.trim() || null, address, cityMissing ? city : null].filter(Boolean).join(', ') || null;
}

/** The practical details, one per line, for the DESCRIPTION of the entry. */
export function eventDescription(
  e: FeedEvent,
  lang: Locale,
  baseUrl: string,
  o: { waitlisted?: boolean; extra?: string } = {},
): string {
  const t = calendarTexts(lang).event;
  const lines: string[] = [];
  if (e.status === 'cancelled') lines.push(t.cancelledNotice, '');
  else if (o.waitlisted) lines.push(t.waitlistedNotice, '');
  const summary = localized(lang, e.summaryFi, e.summarySv).trim();
  if (summary) lines.push(summary, '');
  lines.push(`${t.labels.format}: ${t.formats[e.format]}`);
  if (e.language) lines.push(`${t.labels.language}: ${t.languages[e.language]}`);
  if (e.organiser) lines.push(`${t.labels.organiser}: ${e.organiser}`);
  lines.push(e.format === 'onsite' ? t.followOnlineNo : t.followOnlineYes);
  const place = e.format === 'online' ? null : eventLocation(e, lang);
  if (place) lines.push(`${t.labels.place}: ${place}`);
  const price = e.isFree ? t.free : e.priceNote?.trim();
  if (price) lines.push(`${t.labels.price}: ${price}`);
  lines.push(`${t.labels.registration}: ${e.registrationUrl ?? `${eventPageUrl(baseUrl, lang, e.slug)}#registration`}`);
  const contact = [e.contactName, e.contactEmail, e.contactPhone]
    .map((x) => x?.trim())
    .filter(Boolean)
    .join(', ');
  if (contact) lines.push(`${t.labels.contact}: ${contact}`);
  const extra = o.extra?.trim();
  if (extra) lines.push('', extra);
  return lines.join('\n');
}

function property(name: string, value: string, escaped = true): string {
  return foldLines(`${name}:${escaped ? escape(value, false) : value}`);
}

function headerLines(header: FeedHeader, lang: Locale): string[] {
  const description = `${header.description} ${calendarTexts(lang).feeds.updates}`;
  return [
    property('NAME', header.name),
    property('X-WR-CALNAME', header.name),
    property('DESCRIPTION', description),
    property('X-WR-CALDESC', description),
    property('X-WR-TIMEZONE', CALENDAR_TIME_ZONE, false),
    property('REFRESH-INTERVAL;VALUE=DURATION', REFRESH_INTERVAL, false),
    property('X-PUBLISHED-TTL', REFRESH_INTERVAL, false),
  ];
}

/**
 * A VCALENDAR with one VEVENT per entry, in the order given. A null header makes a plain one-event
 * file for "add to calendar": without a calendar name Outlook and Apple Calendar put the event into
 * the person's own calendar instead of offering it as a new calendar.
 */
export function buildFeedCalendar(entries: FeedEntry[], o: BuildFeedOptions): string {
  // The calendar shell (VERSION, PRODID, METHOD) from ical-generator, then calendar properties, the
  // zone, and each event's VEVENT — rendered once per distinct content and kept (see veventText).
  const shell = ical({ prodId: { ...PROD_ID }, method: ICalCalendarMethod.PUBLISH })
    .toString()
    .replace(/(\r\n)?$/, '\r\n');
  const inserted: string[] = o.header ? headerLines(o.header, o.lang) : [];
  // RFC 5545 wants at least one component, so even an empty feed (a quiet province) carries its zone.
  inserted.push((vtimezone(CALENDAR_TIME_ZONE) ?? '').replace(/\r?\n/g, '\r\n').trim());
  for (const entry of entries) inserted.push(veventText(entry, o));
  const lines = inserted.filter(Boolean);
  // After VERSION / PRODID / METHOD, before the end of the calendar.
  const at = shell.search(/\r\nEND:VCALENDAR/);
  return `${shell.slice(0, at)}\r\n${lines.join('\r\n')}${shell.slice(at)}`;
}

/**
 * One event's VEVENT block. ical-generator folds lines character by character (a TextEncoder per
 * character), which makes a 500-event feed take ~400 ms; the same event reads the same in every feed
 * it appears in, so each distinct rendering is kept (keyed by all of its inputs, so an edit is never
 * served stale) and a feed is assembled from the blocks.
 */
const veventCache = new Map<string, string>();
const VEVENT_CACHE_MAX = 5000;

function veventText({ event: e, waitlisted = false, extra }: FeedEntry, o: BuildFeedOptions): string {
  const key = JSON.stringify([e, o.lang, o.baseUrl, waitlisted, extra ?? null]);
  const hit = veventCache.get(key);
  if (hit !== undefined) return hit;
  const calendar = ical({ prodId: { ...PROD_ID } });
  calendar.createEvent({
    id: eventUid(e.id),
    sequence: e.sequence,
    stamp: e.updatedAt,
    created: e.createdAt,
    lastModified: e.updatedAt,
    start: helsinkiCalendarTime(e.startsAt),
    end: helsinkiCalendarTime(e.endsAt),
    timezone: CALENDAR_TIME_ZONE,
    summary: eventTitle(e, o.lang, waitlisted),
    description: eventDescription(e, o.lang, o.baseUrl, { waitlisted, extra }),
    location: eventLocation(e, o.lang),
    url: eventPageUrl(o.baseUrl, o.lang, e.slug),
    status:
      e.status === 'cancelled'
        ? ICalEventStatus.CANCELLED
        : waitlisted
          ? ICalEventStatus.TENTATIVE
          : ICalEventStatus.CONFIRMED,
  });
  const text = calendar.toString();
  // Whole lines only: an event's text may itself contain "END:VEVENT" (escaped, inside SUMMARY),
  // but a content line never starts with it — values are escaped and folded lines start with a space.
  const begin = text.indexOf('\r\nBEGIN:VEVENT\r\n') + 2;
  const end = text.lastIndexOf('\r\nEND:VEVENT\r\n') + 2 + 'END:VEVENT'.length;
  const block = text.slice(begin, end);
  if (veventCache.size >= VEVENT_CACHE_MAX) veventCache.delete(veventCache.keys().next().value!);
  veventCache.set(key, block);
  return block;
}
