// The organiser's event and training-series forms: one zod schema per form, used by react-hook-form
// in the browser and parsed again by the server actions and lib/events/editor.ts. Times are entered
// as Helsinki wall-clock date + time and become instants here (never the browser's or server's zone).
// Error messages are message keys ("editor.validation.required"), translated where shown.
// No `server-only`: the browser bundle imports this file.
import { CONTROL_CHARACTERS, isMessageKey, isStorableText, z } from '@/lib/zod';
import { TZDate } from '@date-fns/tz';
import { helsinkiTime, TIME_ZONE } from '@/lib/time';
import { OFFER_HOURS } from '@/lib/registrations/offer-rules';

export const EVENT_KINDS = ['network_day', 'gathering', 'training', 'info_day', 'webinar'] as const;
export const EVENT_FORMATS = ['onsite', 'online', 'hybrid'] as const;
export const EVENT_LANGUAGES = ['fi', 'sv', 'bilingual', 'en'] as const;
export const EVENT_SCOPES = ['national', 'region', 'province'] as const;
/** How a freed place is given (issue 17): at once to the first in line, or as an offer (lib/registrations/offer-rules.ts). */
export const FREED_PLACES = ['at_once', 'offer'] as const;

export { EVENT_VISIBILITIES, ORGANISING_BODIES } from './filters';
import { EVENT_VISIBILITIES, ORGANISING_BODIES } from './filters';
export {
  MATERIAL_KINDS,
  MATERIAL_VISIBILITIES,
  materialSchema,
  type MaterialInput,
  type MaterialFormValues,
} from '@/lib/materials/schema';

export const EDITOR_LIMITS = {
  title: 200,
  summary: 600,
  description: 20_000,
  venue: 200,
  city: 100,
  contact: 200,
  phone: 50,
  priceNote: 500,
  changeNote: 2000,
  slug: 80,
  trainers: 1000,
  project: 200,
  url: 2000,
  instructions: 2000,
  capacity: 100_000,
} as const;

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const TIME = /^(\d{1,2})[:.](\d{2})$/;

const required = (max: number) =>
  z
    .string({ error: 'editor.validation.required' })
    .trim()
    .min(1, 'editor.validation.required')
    .max(max, 'editor.validation.tooLong')
    .refine(isStorableText, CONTROL_CHARACTERS);

/** Optional text: empty becomes null. */
const optional = (max: number) =>
  z
    .string({ error: 'editor.validation.text' })
    .trim()
    .max(max, 'editor.validation.tooLong')
    .refine(isStorableText, CONTROL_CHARACTERS)
    .nullish()
    .transform((v) => (v ? v : null));

/** Optional text kept as '' when empty (columns that are NOT NULL DEFAULT ''). */
const plain = (max: number) =>
  z
    .string({ error: 'editor.validation.text' })
    .trim()
    .max(max, 'editor.validation.tooLong')
    .refine(isStorableText, CONTROL_CHARACTERS)
    .nullish()
    .transform((v) => v ?? '');

/** Checkboxes arrive as booleans from the browser form and as "on" from a plain form post. */
const checkbox = z
  .union([z.boolean(), z.enum(['on', 'true', 'false', ''])])
  .nullish()
  .transform((v) => v === true || v === 'on' || v === 'true');

const dateField = z
  .string({ error: 'editor.validation.date' })
  .trim()
  .nullish()
  .transform((v) => v ?? '');
const timeField = z
  .string({ error: 'editor.validation.time' })
  .trim()
  .nullish()
  .transform((v) => v ?? '');
const numberish = z.union([z.string(), z.number()], { error: 'editor.validation.capacity' }).nullish();

const httpUrl = z
  .string({ error: 'editor.validation.url' })
  .trim()
  .min(1, 'editor.validation.required')
  .max(EDITOR_LIMITS.url, 'editor.validation.tooLong')
  .refine((v) => {
    try {
      return ['http:', 'https:'].includes(new URL(v).protocol);
    } catch {
      return false;
    }
  }, 'editor.validation.url');

/** An external sign-up page (registration elsewhere): https only; empty means Kokoon takes the sign-ups. */
const httpsUrlOrEmpty = z
  .string({ error: 'editor.validation.registrationUrl' })
  .trim()
  .max(EDITOR_LIMITS.url, 'editor.validation.tooLong')
  .nullish()
  .transform((v) => (v ? v : null))
  .refine((v) => {
    if (v === null) return true;
    try {
      const u = new URL(v);
      return u.protocol === 'https:' && !!u.hostname && !/\s/.test(v);
    } catch {
      return false;
    }
  }, 'editor.validation.registrationUrl');

/** A Helsinki wall-clock date ("2026-04-03") and time ("9:00" or "09.00") → instant; null when not a real date/time. */
export function helsinkiInstant(date: string, time: string): Date | null {
  const d = DATE.exec(date);
  const t = TIME.exec(time);
  if (!d || !t) return null;
  const [y, m, day, h, min] = [Number(d[1]), Number(d[2]), Number(d[3]), Number(t[1]), Number(t[2])];
  if (m < 1 || m > 12 || day < 1 || day > 31 || h > 23 || min > 59 || y < 2000 || y > 2100) return null;
  const at = helsinkiTime(y, m, day, h, min);
  const back = new TZDate(at.getTime(), TIME_ZONE);
  // 30.2. rolls over to March: refuse instead of guessing.
  if (back.getDate() !== day || back.getMonth() + 1 !== m) return null;
  return at;
}

/** The form's date and time inputs for an instant, in Helsinki. */
export function localInputs(at: Date | null | undefined): { date: string; time: string } {
  if (!at) return { date: '', time: '' };
  const t = new TZDate(at.getTime(), TIME_ZONE);
  const p = (n: number) => String(n).padStart(2, '0');
  return {
    date: `${t.getFullYear()}-${p(t.getMonth() + 1)}-${p(t.getDate())}`,
    time: `${p(t.getHours())}:${p(t.getMinutes())}`,
  };
}

function capacityValue(v: string | number | null | undefined): number | null | 'invalid' {
  if (v === null || v === undefined) return null;
  const s = String(v).trim();
  if (s === '') return null;
  if (!/^\d+$/.test(s)) return 'invalid';
  const n = Number(s);
  return n > EDITOR_LIMITS.capacity ? 'invalid' : n;
}

/** Region codes from a checkbox group ("also covers regions"): a list, one value, or nothing. */
function codesOf(v: unknown): string[] {
  const list = Array.isArray(v) ? v : typeof v === 'string' && v !== '' ? [v] : [];
  return [...new Set(list.filter((c): c is string => typeof c === 'string').map((c) => c.trim()))].filter(Boolean);
}

function themeIdsOf(v: unknown): number[] {
  const list = Array.isArray(v) ? v : typeof v === 'string' && v !== '' ? [v] : [];
  return [...new Set(list.map(Number).filter((n) => Number.isInteger(n) && n > 0))];
}

const eventFields = z.object({
  kind: z.enum(EVENT_KINDS, { error: 'editor.validation.kind' }),
  titleFi: required(EDITOR_LIMITS.title),
  titleSv: optional(EDITOR_LIMITS.title),
  summaryFi: plain(EDITOR_LIMITS.summary),
  summarySv: optional(EDITOR_LIMITS.summary),
  descriptionFi: plain(EDITOR_LIMITS.description),
  descriptionSv: optional(EDITOR_LIMITS.description),
  slug: z
    .string({ error: 'editor.validation.slug' })
    .trim()
    .toLowerCase()
    .max(EDITOR_LIMITS.slug, 'editor.validation.tooLong')
    .nullish()
    .transform((v) => (v ? v : null))
    .refine((v) => v === null || SLUG.test(v), 'editor.validation.slug'),
  scope: z.enum(EVENT_SCOPES, { error: 'editor.validation.scope' }),
  regionCode: optional(10),
  provinceCode: optional(10),
  // The further regions the event also covers (issue 17); checked against the reference data on save.
  extraRegionCodes: z.union([z.array(z.string()), z.string(), z.boolean()]).nullish(),
  themeIds: z.union([z.array(z.union([z.string(), z.number()])), z.string(), z.boolean()]).nullish(),
  format: z.enum(EVENT_FORMATS, { error: 'editor.validation.format' }),
  // The language the event is held in; a form without the field (older clients) means Finnish.
  language: z.enum(EVENT_LANGUAGES, { error: 'editor.validation.language' }).default('fi'),
  // Who finds it (issue 17); a form without the field (older clients) keeps it public.
  visibility: z.enum(EVENT_VISIBILITIES, { error: 'editor.validation.eventVisibility' }).default('public'),
  // Who organises it (issue 17); a form without the field (older clients) means the VIP network's region.
  organisingBody: z.enum(ORGANISING_BODIES, { error: 'editor.validation.organisingBody' }).default('vip_network'),
  organisingBodyFi: optional(EDITOR_LIMITS.project),
  organisingBodySv: optional(EDITOR_LIMITS.project),
  venueName: optional(EDITOR_LIMITS.venue),
  venueAddress: optional(EDITOR_LIMITS.venue),
  // Swedish venue, address and contact: empty means the Finnish one is shown on /sv too.
  venueNameSv: optional(EDITOR_LIMITS.venue),
  venueAddressSv: optional(EDITOR_LIMITS.venue),
  city: optional(EDITOR_LIMITS.city),
  startDate: dateField,
  startTime: timeField,
  endDate: dateField,
  endTime: timeField,
  // Registration elsewhere (issue 17): then Kokoon keeps no capacity and takes no sign-ups.
  registrationUrl: httpsUrlOrEmpty,
  capacityOnsite: numberish,
  capacityRemote: numberish,
  waitlistEnabled: checkbox,
  // A form without these (older clients) keeps giving freed places at once.
  freedPlaces: z.enum(FREED_PLACES, { error: 'editor.validation.freedPlaces' }).default('at_once'),
  offerHours: numberish,
  opensDate: dateField,
  opensTime: timeField,
  closesDate: dateField,
  closesTime: timeField,
  contactName: optional(EDITOR_LIMITS.contact),
  contactNameSv: optional(EDITOR_LIMITS.contact),
  contactEmail: z
    .string({ error: 'editor.validation.email' })
    .trim()
    .toLowerCase()
    .max(254, 'editor.validation.tooLong')
    .nullish()
    .transform((v) => (v ? v : null))
    .refine((v) => v === null || z.email().safeParse(v).success, 'editor.validation.email'),
  contactPhone: optional(EDITOR_LIMITS.phone),
  isFree: checkbox,
  priceNote: optional(EDITOR_LIMITS.priceNote),
  seriesId: numberish,
  // Only when editing: tell the registrants about a changed time or place, with a note in fi/sv.
  notifyRegistrants: checkbox,
  changeNoteFi: optional(EDITOR_LIMITS.changeNote),
  changeNoteSv: optional(EDITOR_LIMITS.changeNote),
});

type Fields = z.output<typeof eventFields>;
const DAY_START = '0:00';
const DAY_END = '23:59';

/** Cross-field rules; each issue lands on the field the person has to change. */
function checkEvent(v: Fields, ctx: z.RefinementCtx) {
  const issue = (path: keyof Fields, message: string) => ctx.addIssue({ code: 'custom', path: [path], message });
  if (v.scope !== 'national' && !v.regionCode) issue('regionCode', 'editor.validation.region');
  if (v.scope === 'province' && !v.provinceCode) issue('provinceCode', 'editor.validation.province');
  if (v.organisingBody === 'project' && !v.organisingBodyFi)
    issue('organisingBodyFi', 'editor.validation.organisingBodyName');
  const onsite = v.format !== 'online';
  if (onsite && !v.city) issue('city', 'editor.validation.city');

  const start = helsinkiInstant(v.startDate, v.startTime);
  const end = helsinkiInstant(v.endDate, v.endTime);
  if (!DATE.test(v.startDate) || (!start && TIME.test(v.startTime))) issue('startDate', 'editor.validation.date');
  if (!TIME.test(v.startTime)) issue('startTime', 'editor.validation.time');
  if (!DATE.test(v.endDate) || (!end && TIME.test(v.endTime))) issue('endDate', 'editor.validation.date');
  if (!TIME.test(v.endTime)) issue('endTime', 'editor.validation.time');
  if (start && end && end <= start) issue('endDate', 'editor.validation.endBeforeStart');

  const opens = windowInstant(v.opensDate, v.opensTime, DAY_START);
  const closes = windowInstant(v.closesDate, v.closesTime, DAY_END);
  if (opens === 'invalid') issue('opensDate', 'editor.validation.date');
  if (closes === 'invalid') issue('closesDate', 'editor.validation.date');
  if (opens instanceof Date && closes instanceof Date && closes <= opens)
    issue('closesDate', 'editor.validation.closesBeforeOpens');

  const cOnsite = capacityValue(v.capacityOnsite);
  const cRemote = capacityValue(v.capacityRemote);
  if (onsite && cOnsite === 'invalid') issue('capacityOnsite', 'editor.validation.capacity');
  if (onsite && cOnsite === null && !v.registrationUrl)
    issue('capacityOnsite', 'editor.validation.capacityOnsiteRequired');
  if (v.format !== 'onsite' && cRemote === 'invalid') issue('capacityRemote', 'editor.validation.capacity');
  if (capacityValue(v.seriesId) === 'invalid') issue('seriesId', 'editor.validation.series');
  if (v.freedPlaces === 'offer') {
    const h = capacityValue(v.offerHours);
    if (typeof h !== 'number' || h < OFFER_HOURS.min || h > OFFER_HOURS.max)
      issue('offerHours', 'editor.validation.offerHours');
  }
  if (!v.isFree && !v.priceNote) issue('priceNote', 'editor.validation.priceNote');
}

function offerHoursOf(x: string | number | null | undefined): number {
  const h = capacityValue(x);
  return typeof h === 'number' && h >= OFFER_HOURS.min && h <= OFFER_HOURS.max ? h : OFFER_HOURS.default;
}

/** Registration window end: a date alone means the whole day (opens 0.00, closes 23.59). */
function windowInstant(date: string, time: string, defaultTime: string): Date | null | 'invalid' {
  if (!date && !time) return null;
  if (!date) return 'invalid';
  return helsinkiInstant(date, time || defaultTime) ?? 'invalid';
}

const named = (v: Fields) => v.organisingBody === 'avi' || v.organisingBody === 'project';

export const eventSchema = eventFields.superRefine(checkEvent).transform((v) => {
  const onsite = v.format !== 'online';
  const remote = v.format !== 'onsite';
  const cap = (x: string | number | null | undefined) => {
    const c = capacityValue(x);
    return typeof c === 'number' ? c : null;
  };
  const when = (x: Date | null | 'invalid') => (x instanceof Date ? x : null);
  return {
    kind: v.kind,
    titleFi: v.titleFi,
    titleSv: v.titleSv,
    summaryFi: v.summaryFi,
    summarySv: v.summarySv,
    descriptionFi: v.descriptionFi,
    descriptionSv: v.descriptionSv,
    slug: v.slug,
    scope: v.scope,
    regionCode: v.scope === 'national' ? null : v.regionCode,
    provinceCode: v.scope === 'province' ? v.provinceCode : null,
    extraRegionCodes: v.scope === 'national' ? [] : codesOf(v.extraRegionCodes).filter((c) => c !== v.regionCode),
    themeIds: themeIdsOf(v.themeIds),
    format: v.format,
    language: v.language,
    visibility: v.visibility,
    organisingBody: v.organisingBody,
    // Only an AVI or a project has a name of its own.
    organisingBodyFi: named(v) ? v.organisingBodyFi : null,
    organisingBodySv: named(v) ? v.organisingBodySv : null,
    venueName: onsite ? v.venueName : null,
    venueAddress: onsite ? v.venueAddress : null,
    venueNameSv: onsite ? v.venueNameSv : null,
    venueAddressSv: onsite ? v.venueAddressSv : null,
    city: v.city,
    startsAt: helsinkiInstant(v.startDate, v.startTime)!,
    endsAt: helsinkiInstant(v.endDate, v.endTime)!,
    registrationUrl: v.registrationUrl,
    capacityOnsite: onsite && !v.registrationUrl ? cap(v.capacityOnsite) : null,
    capacityRemote: remote && !v.registrationUrl ? cap(v.capacityRemote) : null,
    waitlistEnabled: v.waitlistEnabled,
    freedPlaces: v.freedPlaces,
    // Kept while offers are off, so switching them on again shows the last deadline.
    offerHours: offerHoursOf(v.offerHours),
    registrationOpensAt: when(windowInstant(v.opensDate, v.opensTime, DAY_START)),
    registrationClosesAt: when(windowInstant(v.closesDate, v.closesTime, DAY_END)),
    contactName: v.contactName,
    contactNameSv: v.contactNameSv,
    contactEmail: v.contactEmail,
    contactPhone: v.contactPhone,
    isFree: v.isFree,
    priceNote: v.priceNote,
    seriesId: cap(v.seriesId),
    notifyRegistrants: v.notifyRegistrants,
    changeNoteFi: v.changeNoteFi,
    changeNoteSv: v.changeNoteSv,
  };
});

export type EventInput = z.output<typeof eventSchema>;
/** What the form holds: the schema's input (kind, scope and format are their enums; texts strings). */
export type EventFormValues = z.input<typeof eventSchema>;
export const EVENT_FIELDS = Object.keys(eventFields.shape) as (keyof EventFormValues)[];

export const seriesSchema = z.object({
  titleFi: required(EDITOR_LIMITS.title),
  titleSv: optional(EDITOR_LIMITS.title),
  descriptionFi: plain(EDITOR_LIMITS.description),
  descriptionSv: optional(EDITOR_LIMITS.description),
  trainers: plain(EDITOR_LIMITS.trainers),
  project: plain(EDITOR_LIMITS.project),
});
export type SeriesInput = z.output<typeof seriesSchema>;
export type SeriesFormValues = z.input<typeof seriesSchema>;

export const cancelSchema = z.object({
  changeNoteFi: optional(EDITOR_LIMITS.changeNote),
  changeNoteSv: optional(EDITOR_LIMITS.changeNote),
});
export type CancelInput = z.output<typeof cancelSchema>;

export const streamSchema = z.object({
  url: httpUrl,
  instructionsFi: optional(EDITOR_LIMITS.instructions),
  instructionsSv: optional(EDITOR_LIMITS.instructions),
});
export type StreamInput = z.output<typeof streamSchema>;
export type StreamFormValues = z.input<typeof streamSchema>;

/** Ids come from URLs and forms: anything but a positive 32-bit integer is simply not found. */

/** zod issues → { field: message key }, first issue per field. */
export function fieldErrors(error: z.ZodError): Record<string, string> {
  const out: Record<string, string> = {};
  for (const i of error.issues) {
    const key = String(i.path[0] ?? '_form');
    out[key] ??= isMessageKey(i.message) ? i.message : 'editor.validation.text';
  }
  return out;
}

/** Expected outcomes of the editor's domain functions (lib/events/editor.ts); texts in the catalogues. */
export type EditorError =
  | 'editor.errors.invalid' // some fields need changing (see `fields`)
  | 'editor.errors.forbidden' // a choice outside the organiser's scope (region, national, series)
  | 'editor.errors.notFound' // unknown, or not the organiser's (the same answer: ids are not secrets)
  | 'editor.errors.notDraft'
  | 'editor.errors.notPublished'
  | 'editor.errors.hasRegistrations'
  | 'editor.errors.cancelled'
  | 'editor.errors.publishWarnings'; // publishing would show gaps: the organiser has to confirm

export type EditorResult<T> =
  | { ok: true; value: T }
  | { ok: false; error: EditorError; fields?: Record<string, string>; params?: Record<string, string | number> };
