import 'server-only';
// GET /api/events: the public JSON other sites embed. Field names here are a public contract
// (documented in the README): change them only by adding.
import { cityNamer, getReferenceData } from '@/lib/reference';
import { translate, localized } from '@/lib/i18n/messages';
import { toLocale, type Locale } from '@/lib/i18n/routing';
import { publicBaseUrl } from '@/lib/config';
import { toHelsinkiIso } from '@/lib/time';
import { filterReference } from './catalogue';
import { parseApiFilters, type FilterError } from './filters';
import { listUpcomingEvents, type EventSummary } from './queries';
import type { EventLanguage } from '@/lib/events/filters';
import { getPublicEvent } from './queries';
import { apiQuestions, eventQuestions } from '@/lib/questions/answers';
import { apiProgramme, eventProgramme } from '@/lib/programme/programme';
import { coveredRegions } from './regions';
import { organisingBodyNames, ownRegion } from './organising-body';

export type ApiEvent = {
  id: number;
  slug: string;
  kind: string;
  title: { fi: string; sv: string };
  summary: { fi: string; sv: string };
  scope: { level: 'national' | 'region' | 'province'; region: string | null; province: string | null };
  start: string;
  end: string;
  city: string | null;
  /** Added (issue 16): the city and the venue in each language; sv falls back to Finnish. */
  cityName: { fi: string; sv: string } | null;
  venue: { fi: string; sv: string } | null;
  format: 'onsite' | 'online' | 'hybrid';
  language: EventLanguage;
  themes: string[];
  series: string | null;
  url: string;
  availability: { status: string; seatsLeft: { onsite?: number | null; remote?: number | null } };
  /** Added (issue 17): the regions it covers, the owning one first; `[]` for a national event. */
  regions: string[];
  /** Added (issue 17): who organises it, in both languages. */
  organisingBody: { fi: string; sv: string };
  /** Added (issue 17): `"kokoon"`, or the organiser's own sign-up page (then Kokoon takes no sign-ups). */
  registration: 'kokoon' | { external: string };
};

type CityNames = Record<Locale, (city: string | null | undefined) => string | null>;

export function toApiEvent(e: EventSummary, lang: Locale, cities?: CityNames): ApiEvent {
  const cityFi = cities ? cities.fi(e.city) : e.city;
  return {
    id: e.id,
    slug: e.slug,
    kind: e.kind,
    title: { fi: e.titleFi, sv: localized('sv', e.titleFi, e.titleSv) },
    summary: { fi: e.summaryFi, sv: localized('sv', e.summaryFi, e.summarySv) },
    scope: { level: e.scope, region: e.regionCode, province: e.provinceCode },
    start: toHelsinkiIso(e.startsAt),
    end: toHelsinkiIso(e.endsAt),
    city: e.city,
    cityName: cityFi ? { fi: cityFi, sv: (cities ? cities.sv(e.city) : null) ?? cityFi } : null,
    venue: e.venueName ? { fi: e.venueName, sv: localized('sv', e.venueName, e.venueNameSv) } : null,
    format: e.format,
    language: e.language,
    themes: e.themes.map((t) => t.slug),
    series: e.seriesSlug,
    url: `${publicBaseUrl()}/${lang}/events/${e.slug}`,
    availability: { status: e.availability.status, seatsLeft: e.availability.seatsLeft },
    regions: coveredRegions(e),
    organisingBody: organisingBodyNames(e, ownRegion(e)),
    registration: e.registrationUrl ? { external: e.registrationUrl } : 'kokoon',
  };
}

export function filterErrorMessage(err: FilterError, lang: Locale): string {
  switch (err.code) {
    case 'invalidParameter':
    case 'unknownParameter':
      return translate(lang, `api.${err.code}`, { name: err.name, value: err.value, allowed: err.allowed.join(', ') });
    case 'invalidDate':
      return translate(lang, 'api.invalidDate', { name: err.name, value: err.value });
    case 'invalidRange':
      return translate(lang, 'api.invalidRange');
  }
}

export type ApiResult = { status: number; body: unknown };

export async function eventsApi(params: URLSearchParams, now = new Date()): Promise<ApiResult> {
  const langParam = params.get('lang');
  const lang: Locale = toLocale(langParam);
  const reference = await getReferenceData();
  const { query, errors } = parseApiFilters(params, filterReference(reference));
  if (errors.length > 0) {
    const details = errors.map((e) => ({ parameter: e.name, message: filterErrorMessage(e, lang) }));
    return {
      status: 400,
      body: { error: 'invalid_filter', message: details.map((d) => d.message).join(' '), errors: details },
    };
  }
  const [events, fi, sv] = await Promise.all([listUpcomingEvents(query, now), cityNamer('fi'), cityNamer('sv')]);
  return { status: 200, body: { events: events.map((e) => toApiEvent(e, lang, { fi, sv })), count: events.length } };
}

/**
 * GET /api/events/{slug}: one public event — everything an /api/events entry has, plus its own
 * registration questions (`questions[]`, lib/questions) and its programme (`programme[]`: slots with
 * their parallel workshops and free seats, lib/programme). Drafts and unknown slugs are a 404.
 */
export async function eventApi(slug: string, params: URLSearchParams, now = new Date()): Promise<ApiResult> {
  const lang: Locale = toLocale(params.get('lang'));
  const event = await getPublicEvent(slug, now);
  if (!event) return { status: 404, body: { error: 'not_found', message: translate(lang, 'api.eventNotFound') } };
  return {
    status: 200,
    body: {
      ...toApiEvent(event, lang),
      questions: apiQuestions(await eventQuestions(event.id)),
      programme: apiProgramme(await eventProgramme(event.id)),
    },
  };
}
