// Time at the edges: every instant is stored as timestamptz (UTC) and shown in Europe/Helsinki
// the Finnish way ("ke 3.4.2026 klo 9.00–15.30" / "ons 3.4.2026 kl. 9.00–15.30"). Nothing here
// depends on the server's own time zone.
import { TZDate } from '@date-fns/tz';
import type { Locale } from '@/lib/i18n/routing';
import { formatISO } from 'date-fns';

export const TIME_ZONE = 'Europe/Helsinki';

type Parts = { weekday: string; day: number; month: number; year: number; hour: number; minute: number };

const partFormatters = new Map<Locale, Intl.DateTimeFormat>();

function parts(date: Date, locale: Locale): Parts {
  let f = partFormatters.get(locale);
  if (!f) {
    f = new Intl.DateTimeFormat(locale, {
      timeZone: TIME_ZONE,
      weekday: 'short',
      day: 'numeric',
      month: 'numeric',
      year: 'numeric',
      hour: 'numeric',
      minute: '2-digit',
      hourCycle: 'h23',
    });
    partFormatters.set(locale, f);
  }
  const out: Record<string, string> = {};
  for (const p of f.formatToParts(date)) out[p.type] = p.value;
  return {
    weekday: out.weekday.replace(/\.$/, ''),
    day: Number(out.day),
    month: Number(out.month),
    year: Number(out.year),
    hour: Number(out.hour),
    minute: Number(out.minute),
  };
}

const clockWord: Record<Locale, string> = { fi: 'klo', sv: 'kl.' };

function dateOf(p: Parts): string {
  return `${p.day}.${p.month}.${p.year}`;
}
function clockOf(p: Parts): string {
  return `${p.hour}.${String(p.minute).padStart(2, '0')}`;
}

/** "ke 3.4.2026" */
export function formatDate(date: Date, locale: Locale): string {
  const p = parts(date, locale);
  return `${p.weekday} ${dateOf(p)}`;
}

/** "3.4.2026" without weekday */
export function formatShortDate(date: Date, locale: Locale): string {
  return dateOf(parts(date, locale));
}

/** "ke 3.4.2026 klo 9.00" */
export function formatDateTime(date: Date, locale: Locale): string {
  const p = parts(date, locale);
  return `${p.weekday} ${dateOf(p)} ${clockWord[locale]} ${clockOf(p)}`;
}

/**
 * The time span of an event: "ke 3.4.2026 klo 9.00–15.30" on one day,
 * "ke 3.4.2026 klo 9.00 – to 4.4.2026 klo 15.30" across days.
 */
export function formatEventTime(start: Date, end: Date, locale: Locale): string {
  const s = parts(start, locale);
  const e = parts(end, locale);
  if (s.year === e.year && s.month === e.month && s.day === e.day) {
    return `${s.weekday} ${dateOf(s)} ${clockWord[locale]} ${clockOf(s)}–${clockOf(e)}`;
  }
  return `${formatDateTime(start, locale)} – ${formatDateTime(end, locale)}`;
}

/** A programme slot's clock times: "9.00–10.30" (the day too when it differs from the event's, as in formatEventTime). */
export function formatClockRange(start: Date, end: Date, locale: Locale, eventStart?: Date): string {
  const s = parts(start, locale);
  const e = parts(end, locale);
  const sameDay = (a: Parts, b: Parts) => a.year === b.year && a.month === b.month && a.day === b.day;
  if (!sameDay(s, e)) return formatEventTime(start, end, locale);
  const prefix = eventStart && !sameDay(s, parts(eventStart, locale)) ? `${s.weekday} ${dateOf(s)} ` : '';
  return `${prefix}${clockOf(s)}–${clockOf(e)}`;
}

/** ISO 8601 with the Helsinki offset, e.g. 2026-04-03T09:00:00+03:00 */
export function toHelsinkiIso(date: Date): string {
  return formatISO(new TZDate(date.getTime(), TIME_ZONE));
}

/** The instant a Helsinki wall-clock time happens. Months are 1-based. */
export function helsinkiTime(year: number, month: number, day: number, hour = 0, minute = 0): Date {
  return new Date(new TZDate(year, month - 1, day, hour, minute, 0, TIME_ZONE).getTime());
}

/** The Helsinki calendar date of an instant: { year, month, day }. */
export function helsinkiDate(date: Date): { year: number; month: number; day: number } {
  const t = new TZDate(date.getTime(), TIME_ZONE);
  return { year: t.getFullYear(), month: t.getMonth() + 1, day: t.getDate() };
}

/** "2026-04" — the Helsinki month an instant falls in. */
export function monthKey(date: Date): string {
  const d = helsinkiDate(date);
  return `${d.year}-${String(d.month).padStart(2, '0')}`;
}

/** [start, end) instants of a Helsinki month given as "YYYY-MM". */
export function monthRange(key: string): { start: Date; end: Date } {
  const [y, m] = key.split('-').map(Number);
  const start = helsinkiTime(y, m, 1);
  const end = m === 12 ? helsinkiTime(y + 1, 1, 1) : helsinkiTime(y, m + 1, 1);
  return { start, end };
}

/** Start of a Helsinki calendar day given as "YYYY-MM-DD". */
export function dayStart(isoDate: string): Date {
  const [y, m, d] = isoDate.split('-').map(Number);
  return helsinkiTime(y, m, d);
}

/** "huhtikuu 2026" / "april 2026" for a "YYYY-MM" key. */
export function formatMonth(key: string, locale: Locale): string {
  const { start } = monthRange(key);
  const s = new Intl.DateTimeFormat(locale, { timeZone: TIME_ZONE, month: 'long', year: 'numeric' }).format(start);
  return s.charAt(0).toUpperCase() + s.slice(1);
}
