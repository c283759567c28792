import 'server-only';
// The HTTP side of every .ics route: `?lang=` and `{name}.ics` parsing, translated text/plain errors,
// and conditional GET. Route handlers under app/calendar/ are one call to calendarRoute /
// calendarFileRoute; the personal feed can use calendarResponse with `visibility: 'private'`.
//
// Caching: calendar clients poll on their own schedule (Google every 8–24 h whatever we say, Outlook
// about every 3 h, Apple as the user sets it) and many send If-None-Match / If-Modified-Since. The
// strong ETag is a hash of the body, which builder.ts keeps a pure function of the data, so an
// unchanged feed answers 304 with no body. max-age=300 lets a proxy or CDN absorb bursts (a feed
// linked from a newsletter) while an edit still reaches the next poll within five minutes.
import { createHash } from 'node:crypto';
import type { NextRequest } from 'next/server';
import { config } from '@/lib/config';
import { contentDisposition, withDatabaseErrors } from '@/lib/http';
import type { Locale } from '@/lib/i18n/routing';
import { buildPublicFeed, type CalendarFeed } from './feeds';
import type { EventLanguage } from '@/lib/events/filters';
import { feedLanguageParam, icsBaseName, type FeedSpec } from './links';
import { calendarTexts, fi, sv } from './texts';

export const CALENDAR_CONTENT_TYPE = 'text/calendar; charset=utf-8';
const PUBLIC_CACHE = 'public, max-age=300';
const PRIVATE_CACHE = 'private, max-age=300';

export type FeedQuery = { lang: Locale; params: URLSearchParams };
/** A feed, null for "no such feed" (404), or a bad query parameter (400) with its translated message. */
export type FeedOutcome = CalendarFeed | null | { badRequest: string };

/** `?lang=fi|sv`, Finnish when absent; the bad value otherwise. */
export function parseFeedLang(params: URLSearchParams): { ok: true; lang: Locale } | { ok: false; value: string } {
  const value = params.get('lang');
  if (value === null || value === 'fi') return { ok: true, lang: 'fi' };
  if (value === 'sv') return { ok: true, lang: 'sv' };
  return { ok: false, value };
}

/** `?language=fi|sv|bilingual|en` keeps a public feed to the events held in that language. */
export function parseFeedLanguage(q: FeedQuery): { language?: EventLanguage } | { badRequest: string } {
  const language = feedLanguageParam(q.params);
  if (language === null) return { badRequest: calendarTexts(q.lang).errors.badLanguage(q.params.get('language')!) };
  return language ? { language } : {};
}

/** A subscribable public feed for the query, with its `?language=` applied (400 on a bad one). */
export async function publicFeed(q: FeedQuery, spec: FeedSpec): Promise<FeedOutcome> {
  const language = parseFeedLanguage(q);
  if ('badRequest' in language) return language;
  return buildPublicFeed({ ...spec, ...language }, q.lang);
}

/** `?national=0` leaves national events out of a region feed; `1` or nothing keeps them. */
export function parseNational(q: FeedQuery): boolean | { badRequest: string } {
  const value = q.params.get('national');
  if (value === null || value === '1') return true;
  if (value === '0') return false;
  return { badRequest: calendarTexts(q.lang).errors.badNational(value) };
}

function text(status: number, message: string): Response {
  return new Response(`${message}\n`, {
    status,
    headers: { 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store' },
  });
}

export function etagOf(body: string): string {
  return `"${createHash('sha256').update(body).digest('base64url')}"`;
}

/** If-None-Match compares weakly (RFC 9110 13.1.2): a W/ prefix added by a proxy still matches. */
function noneMatch(header: string, etag: string): boolean {
  return header
    .split(',')
    .map((t) => t.trim())
    .some((t) => t === '*' || t.replace(/^W\//, '') === etag);
}

/**
 * The feed as a response, or 304 when the client's copy is current: If-None-Match wins; only without
 * it does If-Modified-Since count (compared in whole seconds, the resolution of HTTP dates).
 */
export function calendarResponse(
  req: Request,
  feed: { body: string; lastModified?: Date; download?: string; etag?: string },
  o: { visibility?: 'public' | 'private' } = {},
): Response {
  const etag = feed.etag ?? etagOf(feed.body);
  const privateFeed = o.visibility === 'private';
  const headers: Record<string, string> = { ETag: etag, 'Cache-Control': privateFeed ? PRIVATE_CACHE : PUBLIC_CACHE };
  const lastModifiedSeconds = feed.lastModified ? Math.floor(feed.lastModified.getTime() / 1000) * 1000 : null;
  if (lastModifiedSeconds !== null) headers['Last-Modified'] = new Date(lastModifiedSeconds).toUTCString();
  if (privateFeed) {
    headers['Referrer-Policy'] = 'no-referrer';
    headers['X-Robots-Tag'] = 'noindex, nofollow';
  } else {
    headers['Access-Control-Allow-Origin'] = '*'; // public data; web calendar widgets fetch it cross-origin
  }

  const ifNoneMatch = req.headers.get('if-none-match');
  const ifModifiedSince = req.headers.get('if-modified-since');
  const notModified =
    ifNoneMatch !== null
      ? noneMatch(ifNoneMatch, etag)
      : ifModifiedSince !== null && lastModifiedSeconds !== null && Date.parse(ifModifiedSince) >= lastModifiedSeconds;
  if (notModified) return new Response(null, { status: 304, headers });

  headers['Content-Type'] = CALENDAR_CONTENT_TYPE;
  if (feed.download) headers['Content-Disposition'] = contentDisposition(feed.download);
  return new Response(feed.body, { status: 200, headers });
}

/**
 * Public feeds are the same for everyone and polled by calendar apps every few hours, so each
 * process keeps a built feed (with its ETag) for FEED_CACHE_SECONDS: the 304 path and repeated
 * fetches then cost no query and no build. An edit shows up within that time.
 */
const feedCache = new Map<string, { at: number; feed: CalendarFeed & { etag: string } }>();
const FEED_CACHE_MAX_ENTRIES = 500;

async function cachedLoad(key: string, load: () => Promise<FeedOutcome>): Promise<FeedOutcome> {
  const ttl = config().FEED_CACHE_SECONDS * 1000;
  const hit = feedCache.get(key);
  if (ttl > 0 && hit && Date.now() - hit.at < ttl) return hit.feed;
  const outcome = await load();
  if (ttl > 0 && outcome && !('badRequest' in outcome)) {
    if (feedCache.size >= FEED_CACHE_MAX_ENTRIES) feedCache.delete(feedCache.keys().next().value!);
    const feed = { ...outcome, etag: etagOf(outcome.body) };
    feedCache.set(key, { at: Date.now(), feed });
    return feed;
  }
  return outcome;
}

async function respond(
  req: NextRequest,
  load: (q: FeedQuery) => Promise<FeedOutcome>,
  name?: string | null,
): Promise<Response> {
  const params = req.nextUrl.searchParams;
  const parsed = parseFeedLang(params);
  // No language to answer in yet: say it in both.
  if (!parsed.ok) return text(400, `${fi.errors.badLang(parsed.value)}\n${sv.errors.badLang(parsed.value)}`);
  const lang = parsed.lang;
  if (name === null) return text(404, calendarTexts(lang).errors.notFound);
  const outcome = await cachedLoad(`${req.nextUrl.pathname}?${params.toString()}`, () => load({ lang, params }));
  if (outcome === null) return text(404, calendarTexts(lang).errors.notFound);
  if ('badRequest' in outcome) return text(400, outcome.badRequest);
  return calendarResponse(req, outcome);
}

/** A GET handler for a fixed feed path such as /calendar/all.ics. */
export function calendarRoute(load: (q: FeedQuery) => Promise<FeedOutcome>) {
  return withDatabaseErrors((req: NextRequest) => respond(req, load));
}

type FileContext = { params: Promise<{ file: string }> };

/**
 * A GET handler for a `[file]` segment: "hyks.ics" reaches `load` as "hyks"; a name without ".ics"
 * is a 404 (Next cannot put the suffix in the folder name next to the parameter).
 */
export function calendarFileRoute(load: (name: string, q: FeedQuery) => Promise<FeedOutcome>) {
  return withDatabaseErrors(async (req: NextRequest, ctx: FileContext) => {
    const name = icsBaseName((await ctx.params).file);
    return respond(req, (q) => load(name!, q), name);
  });
}
