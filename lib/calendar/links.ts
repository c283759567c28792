// The public calendar URLs (a public contract: subscribers keep them for years) and the links that
// hand them to calendar apps. Pure and free of server code, so components of any kind can use it.
import type { Locale } from '@/lib/i18n/routing';
import { EVENT_LANGUAGES, type EventLanguage } from '@/lib/events/filters';

/** A public feed; `language` keeps only the events held in that language (`?language=sv`). */
export type FeedSpec = (
  | { kind: 'all' }
  | { kind: 'region'; region: string; national?: boolean }
  | { kind: 'province'; province: string }
  | { kind: 'theme'; theme: string }
) & { language?: EventLanguage };

/** `language=` of a feed's query: an event language, undefined when absent, null when not one. */
export function feedLanguageParam(params: URLSearchParams): EventLanguage | undefined | null {
  const value = params.get('language');
  if (value === null) return undefined;
  return (EVENT_LANGUAGES as readonly string[]).includes(value) ? (value as EventLanguage) : null;
}

/** "hyks.ics" → "hyks"; null for anything not ending in ".ics" or with nothing before it. */
export function icsBaseName(file: string): string | null {
  // Slugs, codes and tokens are all [A-Za-z0-9_-]: anything else cannot name a feed (and must not
  // reach a query: PostgreSQL refuses a NUL byte with an error).
  const m = /^([A-Za-z0-9_-]{1,200})\.ics$/.exec(file);
  return m ? m[1] : null;
}

/**
 * The path of a public feed, e.g. "/calendar/region/hyks.ics", "/calendar/region/hyks.ics?national=0"
 * or "/calendar/all.ics?language=sv".
 */
export function feedPath(spec: FeedSpec): string {
  const query = new URLSearchParams();
  if (spec.kind === 'region' && spec.national === false) query.set('national', '0');
  if (spec.language) query.set('language', spec.language);
  const q = query.size ? `?${query.toString()}` : '';
  switch (spec.kind) {
    case 'all':
      return `/calendar/all.ics${q}`;
    case 'region':
      return `/calendar/region/${encodeURIComponent(spec.region.toLowerCase())}.ics${q}`;
    case 'province':
      return `/calendar/province/${encodeURIComponent(spec.province)}.ics${q}`;
    case 'theme':
      return `/calendar/theme/${encodeURIComponent(spec.theme)}.ics${q}`;
  }
}

/** The reverse of feedPath (a `lang` in the query is ignored); null for anything else, or a bad `language`. */
export function parseFeedPath(path: string): FeedSpec | null {
  const url = new URL(path, 'http://x');
  const parts = url.pathname.split('/').filter(Boolean);
  const language = feedLanguageParam(url.searchParams);
  if (parts[0] !== 'calendar' || language === null) return null;
  const withLanguage = (spec: FeedSpec): FeedSpec => (language ? { ...spec, language } : spec);
  if (parts.length === 2 && parts[1] === 'all.ics') return withLanguage({ kind: 'all' });
  if (parts.length !== 3) return null;
  const name = icsBaseName(parts[2]);
  if (!name) return null;
  switch (parts[1]) {
    case 'region':
      return withLanguage({ kind: 'region', region: name, national: url.searchParams.get('national') !== '0' });
    case 'province':
      return withLanguage({ kind: 'province', province: name });
    case 'theme':
      return withLanguage({ kind: 'theme', theme: name });
    default:
      return null;
  }
}

/** The one-event download, "/calendar/events/{slug}.ics?lang=fi". */
export function eventDownloadPath(slug: string, lang: Locale): string {
  return `/calendar/events/${encodeURIComponent(slug)}.ics?lang=${lang}`;
}

export type SubscribeUrls = { https: string; webcal: string; google: string; outlook: string; microsoft365: string };

/**
 * The addresses of one feed for each way of subscribing. Finnish is the feed's default language, so
 * only Swedish adds `lang=sv`.
 */
export function subscribeUrls(baseUrl: string, path: string, lang: Locale, name: string): SubscribeUrls {
  const url = new URL(path, `${baseUrl}/`);
  if (lang !== 'fi') url.searchParams.set('lang', lang);
  const https = url.toString();
  const webcal = https.replace(/^https?:\/\//, 'webcal://');
  return {
    https,
    webcal,
    google: `https://calendar.google.com/calendar/r?cid=${encodeURIComponent(webcal)}`,
    outlook: `https://outlook.live.com/calendar/0/addfromweb?url=${encodeURIComponent(https)}&name=${encodeURIComponent(name)}`,
    // A work or school account (Microsoft 365, as most municipalities use) subscribes on outlook.office.com.
    microsoft365: `https://outlook.office.com/calendar/0/addfromweb?url=${encodeURIComponent(https)}&name=${encodeURIComponent(name)}`,
  };
}

/** 2027-03-26T07:00:00.000Z → "20270326T070000Z" */
export function utcStamp(date: Date): string {
  return date
    .toISOString()
    .replace(/\.\d{3}Z$/, 'Z')
    .replace(/[-:]/g, '');
}

/** Google Calendar's "add event" form filled with one event (times in UTC, so no zone to get wrong). */
export function googleEventUrl(e: {
  title: string;
  start: Date;
  end: Date;
  details: string;
  location: string | null;
}): string {
  const q = [
    'action=TEMPLATE',
    `text=${encodeURIComponent(e.title)}`,
    `dates=${utcStamp(e.start)}/${utcStamp(e.end)}`,
    `details=${encodeURIComponent(e.details)}`,
    e.location ? `location=${encodeURIComponent(e.location)}` : null,
  ]
    .filter(Boolean)
    .join('&');
  return `https://calendar.google.com/calendar/render?${q}`;
}
