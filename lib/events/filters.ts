// Event list filters, parsed from a URL's query (catalogue page and /api/events share the rules).
// Pure: validity is checked against reference data passed in.
import { dayStart, monthRange } from '@/lib/time';

export const EVENT_KINDS = ['network_day', 'gathering', 'training', 'info_day', 'webinar'] as const;
export type EventKind = (typeof EVENT_KINDS)[number];
export const EVENT_LANGUAGES = ['fi', 'sv', 'bilingual', 'en'] as const;
export type EventLanguage = (typeof EVENT_LANGUAGES)[number];
/** Who finds an event (issue 17); the SQL that applies it is lib/events/visibility.ts. */
export const EVENT_VISIBILITIES = ['public', 'unlisted', 'invited'] as const;
export type EventVisibility = (typeof EVENT_VISIBILITIES)[number];
/** Who organises an event (issue 17); its names in words: lib/events/organising-body.ts. */
export const ORGANISING_BODIES = ['vip_network', 'oph', 'avi', 'project'] as const;
export type OrganisingBody = (typeof ORGANISING_BODIES)[number];

export type EventQuery = {
  region?: string; // region code, or 'national' for national events only
  province?: string;
  kind?: EventKind;
  language?: EventLanguage; // the language the event is held in
  theme?: string; // theme slug
  startsFrom?: Date;
  startsBefore?: Date;
};

export type FilterError =
  | { code: 'invalidParameter'; name: string; value: string; allowed: string[] }
  | { code: 'invalidDate'; name: string; value: string }
  | { code: 'invalidRange'; name: string; value: string }
  | { code: 'unknownParameter'; name: string; value: string; allowed: string[] };

export type FilterReference = { regionCodes: string[]; provinceCodes: string[]; themeSlugs: string[] };

type Params = URLSearchParams | Record<string, string | string[] | undefined>;

function getParam(params: Params, name: string): string | undefined {
  const v = params instanceof URLSearchParams ? (params.get(name) ?? undefined) : params[name];
  const s = Array.isArray(v) ? v[0] : v;
  return s === undefined || s.trim() === '' ? undefined : s.trim();
}

function paramNames(params: Params): string[] {
  return params instanceof URLSearchParams ? [...new Set(params.keys())] : Object.keys(params);
}

const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;
const ISO_MONTH = /^(\d{4})-(\d{2})$/;

function validDay(s: string): boolean {
  const m = ISO_DAY.exec(s);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const probe = new Date(Date.UTC(y, mo - 1, d));
  return y >= 2000 && y <= 2100 && probe.getUTCMonth() === mo - 1 && probe.getUTCDate() === d;
}

function validMonth(s: string): boolean {
  const m = ISO_MONTH.exec(s);
  return !!m && Number(m[1]) >= 2000 && Number(m[1]) <= 2100 && Number(m[2]) >= 1 && Number(m[2]) <= 12;
}

function parseShared(params: Params, ref: FilterReference, errors: FilterError[]): EventQuery {
  const q: EventQuery = {};
  const region = getParam(params, 'region');
  if (region !== undefined) {
    const allowed = [...ref.regionCodes, 'national'];
    const match = allowed.find((c) => c.toLowerCase() === region.toLowerCase());
    if (match) q.region = match;
    else errors.push({ code: 'invalidParameter', name: 'region', value: region, allowed });
  }
  const province = getParam(params, 'province');
  if (province !== undefined) {
    if (ref.provinceCodes.includes(province)) q.province = province;
    else errors.push({ code: 'invalidParameter', name: 'province', value: province, allowed: ref.provinceCodes });
  }
  const kind = getParam(params, 'kind');
  if (kind !== undefined) {
    if ((EVENT_KINDS as readonly string[]).includes(kind)) q.kind = kind as EventKind;
    else errors.push({ code: 'invalidParameter', name: 'kind', value: kind, allowed: [...EVENT_KINDS] });
  }
  const language = getParam(params, 'language');
  if (language !== undefined) {
    if ((EVENT_LANGUAGES as readonly string[]).includes(language)) q.language = language as EventLanguage;
    else errors.push({ code: 'invalidParameter', name: 'language', value: language, allowed: [...EVENT_LANGUAGES] });
  }
  const theme = getParam(params, 'theme');
  if (theme !== undefined) {
    if (ref.themeSlugs.includes(theme)) q.theme = theme;
    else errors.push({ code: 'invalidParameter', name: 'theme', value: theme, allowed: ref.themeSlugs });
  }
  return q;
}

/** Catalogue page: region, province, kind, language, theme, month (YYYY-MM). Bad values are dropped and reported. */
export function parseCatalogueFilters(
  params: Params,
  ref: FilterReference,
): { query: EventQuery; month?: string; errors: FilterError[] } {
  const errors: FilterError[] = [];
  const query = parseShared(params, ref, errors);
  const month = getParam(params, 'month');
  if (month !== undefined) {
    if (validMonth(month)) {
      const { start, end } = monthRange(month);
      query.startsFrom = start;
      query.startsBefore = end;
      return { query, month, errors };
    }
    errors.push({ code: 'invalidDate', name: 'month', value: month });
  }
  return { query, errors };
}

export const API_PARAMS = ['region', 'province', 'kind', 'language', 'theme', 'from', 'to', 'lang'] as const;

/** /api/events: region, province, kind, language, theme, from, to (YYYY-MM-DD, inclusive), lang. */
export function parseApiFilters(
  params: URLSearchParams,
  ref: FilterReference,
): { query: EventQuery; errors: FilterError[] } {
  const errors: FilterError[] = [];
  for (const name of paramNames(params)) {
    if (!(API_PARAMS as readonly string[]).includes(name)) {
      errors.push({ code: 'unknownParameter', name, value: params.get(name) ?? '', allowed: [...API_PARAMS] });
    }
  }
  const query = parseShared(params, ref, errors);
  const lang = getParam(params, 'lang');
  if (lang !== undefined && lang !== 'fi' && lang !== 'sv') {
    errors.push({ code: 'invalidParameter', name: 'lang', value: lang, allowed: ['fi', 'sv'] });
  }
  const from = getParam(params, 'from');
  const to = getParam(params, 'to');
  if (from !== undefined) {
    if (validDay(from)) query.startsFrom = dayStart(from);
    else errors.push({ code: 'invalidDate', name: 'from', value: from });
  }
  if (to !== undefined) {
    if (validDay(to)) {
      query.startsBefore = dayStart(nextDay(to)); // `to` is inclusive: up to the next Helsinki midnight
    } else errors.push({ code: 'invalidDate', name: 'to', value: to });
  }
  if (query.startsFrom && query.startsBefore && query.startsFrom >= query.startsBefore) {
    errors.push({ code: 'invalidRange', name: 'from', value: from ?? '' });
  }
  return { query, errors };
}

function nextDay(isoDate: string): string {
  const [y, m, d] = isoDate.split('-').map(Number);
  const next = new Date(Date.UTC(y, m - 1, d + 1));
  return next.toISOString().slice(0, 10);
}
