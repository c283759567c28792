import 'server-only';
// What a statistics page shows and its export writes, from the request's query: the area (a region,
// `national` or — for admins — `all` side by side), the period, the numbers and their tables.
import type { Organiser } from '@/lib/auth/guards';
import type { AppLocale } from '@/lib/i18n/routing';
import type { ScopedEvent } from '@/lib/attendance/registrations';
import type { ReachStats, UnreachedMunicipality } from './compute';
import { parsePeriod, type Period, type PeriodError } from './period';
import { areaStats, eventStats, overviewStats, statsAreas, type OverviewRow, type StatsResult } from './queries';
import { labels, overviewTable, reachTables, type StatsTable } from './tables';

export const ALL = 'all';

type Query = Record<string, string | string[] | undefined> | URLSearchParams;

function param(q: Query, k: string): string | undefined {
  const v = q instanceof URLSearchParams ? q.get(k) ?? undefined : q[k];
  return (Array.isArray(v) ? v[0] : v)?.trim() || undefined;
}

export type AreaReport = {
  /** What the area menu offers: `all` (admins), then regions and `national`. */
  choices: string[];
  area: string; period: Period; periodError?: PeriodError;
  tables: StatsTable[];
  stats: ReachStats | null; unreached: UnreachedMunicipality[] | null; municipalityCount: number | null;
  overview: OverviewRow[] | null;
};

export async function loadAreaReport(o: Organiser, query: Query, locale: AppLocale, now = new Date()): Promise<StatsResult<AreaReport>> {
  const areas = await statsAreas(o);
  if (areas.length === 0) return { ok: false, error: 'stats.notFound' };
  const choices = o.role === 'admin' ? [ALL, ...areas] : areas;
  const area = param(query, 'area') ?? choices[0];
  const { period, error: periodError } = parsePeriod(query, now);
  const l = await labels(locale);
  if (area === ALL) {
    const r = await overviewStats(o, period);
    if (!r.ok) return r;
    return { ok: true, value: { choices, area, period, periodError, tables: [overviewTable(r.value.rows, l)], stats: null, unreached: null, municipalityCount: null, overview: r.value.rows } };
  }
  const r = await areaStats(o, area, period);
  if (!r.ok) return r;
  const { stats, unreached, municipalityCount } = r.value;
  return { ok: true, value: { choices, area, period, periodError, tables: reachTables(stats, l, locale, unreached), stats, unreached, municipalityCount, overview: null } };
}

export type EventReport = { event: ScopedEvent; stats: ReachStats; tables: StatsTable[] };

export async function loadEventReport(o: Organiser, eventId: number, locale: AppLocale): Promise<StatsResult<EventReport>> {
  const r = await eventStats(o, eventId);
  if (!r.ok) return r;
  return { ok: true, value: { ...r.value, tables: reachTables(r.value.stats, await labels(locale), locale, null) } };
}
