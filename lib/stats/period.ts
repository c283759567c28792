// The period of the reach statistics, read from the query (`from`, `to`: Helsinki calendar dates
// YYYY-MM-DD, both inclusive, on the events' start). Pure. A bad period is refused with a message
// key and the default period is used instead, so the page still answers.
import { dayStart, helsinkiDate } from '@/lib/time';

export type Period = { from: string; to: string };
export type PeriodError = 'stats.errors.badDate' | 'stats.errors.order' | 'stats.errors.tooLong';

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const MAX_DAYS = 5 * 366;

function iso(d: { year: number; month: number; day: number }): string {
  return `${d.year}-${String(d.month).padStart(2, '0')}-${String(d.day).padStart(2, '0')}`;
}

function validDate(s: string | undefined): s is string {
  const m = s ? DATE.exec(s) : null;
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const probe = new Date(Date.UTC(y, mo - 1, d));
  return y >= 2000 && y <= 2100 && probe.getUTCMonth() === mo - 1 && probe.getUTCDate() === d;
}

/** The last twelve months and the coming six: past reach and the registrations of what is ahead. */
export function defaultPeriod(now = new Date()): Period {
  const today = helsinkiDate(now);
  const from = { ...today, year: today.year - 1 };
  const toMonth = today.month + 6;
  const to = { year: today.year + (toMonth > 12 ? 1 : 0), month: ((toMonth - 1) % 12) + 1, day: 1 };
  // The last day of that month, so the period ends on a month boundary.
  const last = new Date(Date.UTC(to.year, to.month, 0)).getUTCDate();
  return { from: iso({ ...from, day: Math.min(from.day, 28) }), to: iso({ ...to, day: last }) };
}

type Query = Record<string, string | string[] | undefined> | URLSearchParams;
const get = (q: Query, k: string) => {
  const v = q instanceof URLSearchParams ? (q.get(k) ?? undefined) : q[k];
  const first = Array.isArray(v) ? v[0] : v;
  return first?.trim() || undefined;
};

export function parsePeriod(query: Query, now = new Date()): { period: Period; error?: PeriodError } {
  const from = get(query, 'from');
  const to = get(query, 'to');
  const fallback = defaultPeriod(now);
  if (!from && !to) return { period: fallback };
  if ((from && !validDate(from)) || (to && !validDate(to))) return { period: fallback, error: 'stats.errors.badDate' };
  const period = { from: from ?? fallback.from, to: to ?? fallback.to };
  if (period.from > period.to) return { period: fallback, error: 'stats.errors.order' };
  const days = (dayStart(period.to).getTime() - dayStart(period.from).getTime()) / 86400_000;
  if (days > MAX_DAYS) return { period: fallback, error: 'stats.errors.tooLong' };
  return { period };
}

/** [start, end) instants of the period in Helsinki time. */
export function periodRange(p: Period): { start: Date; end: Date } {
  const end = dayStart(p.to);
  const next = helsinkiDate(new Date(end.getTime() + 36 * 3600_000)); // the following day, DST-safe
  return { start: dayStart(p.from), end: dayStart(iso(next)) };
}
