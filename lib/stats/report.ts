import 'server-only';
// What a statistics page shows and its export writes, from the request's query: the area (a region,
// `national` or — for admins — `all` side by side), the period, the numbers and their tables.
import { can, type Organiser } from '@/lib/auth/guards';
import type { Locale } from '@/lib/i18n/routing';
import type { ScopedEvent } from '@/lib/attendance/registrations';
import type { ReachStats, RegionReach, SplitStats } from './compute';
import type { Heat } from './heat';
import { parsePeriod, type Period, type PeriodError } from './period';
import { areaStats, eventStats, overviewStats, statsAreas, type OverviewRow, type StatsResult } from './queries';
import { areaTables, labels, overviewTables, reachTables, type StatsTable } from './tables';
import type { Trend } from './trend';
import { audienceTables } from '@/lib/audience/stats-report';
import { questionTables } from '@/lib/questions/stats';

export const ALL = 'all';

type Query = Record<string, string | string[] | undefined> | URLSearchParams;

function param(q: Query, k: string): string | undefined {
  const v = q instanceof URLSearchParams ? (q.get(k) ?? undefined) : q[k];
  return (Array.isArray(v) ? v[0] : v)?.trim() || undefined;
}

export type AreaReport = {
  /** What the area menu offers: `all` (admins), then regions and `national`. */
  choices: string[];
  area: string;
  period: Period;
  periodError?: PeriodError;
  tables: StatsTable[];
  stats: SplitStats | null;
  reach: RegionReach | null;
  municipalityCount: number | null;
  overview: OverviewRow[] | null;
  trend: Trend;
  heat: Heat;
};

export async function loadAreaReport(
  o: Organiser,
  query: Query,
  locale: Locale,
  now = new Date(),
): Promise<StatsResult<AreaReport>> {
  const areas = await statsAreas(o);
  if (areas.length === 0) return { ok: false, error: 'stats.notFound' };
  const choices = can(o, 'compareRegions') ? [ALL, ...areas] : areas;
  const area = param(query, 'area') ?? choices[0];
  const { period, error: periodError } = parsePeriod(query, now);
  const l = await labels(locale);
  if (area === ALL) {
    const r = await overviewStats(o, period, now);
    if (!r.ok) return r;
    const { rows, trend, heat } = r.value;
    return {
      ok: true,
      value: {
        choices,
        area,
        period,
        periodError,
        tables: overviewTables(r.value, l, locale),
        stats: null,
        reach: null,
        municipalityCount: null,
        overview: rows,
        trend,
        heat,
      },
    };
  }
  const r = await areaStats(o, area, period, now);
  if (!r.ok) return r;
  const { stats, reach, municipalityCount, trend, heat } = r.value;
  const tables = [...areaTables(r.value, l, locale), ...(await audienceTables(stats.held.events, locale))];
  return {
    ok: true,
    value: { choices, area, period, periodError, tables, stats, reach, municipalityCount, overview: null, trend, heat },
  };
}

export type EventReport = { event: ScopedEvent; stats: ReachStats; held: boolean; tables: StatsTable[] };

export async function loadEventReport(
  o: Organiser,
  eventId: number,
  locale: Locale,
  now = new Date(),
): Promise<StatsResult<EventReport>> {
  const r = await eventStats(o, eventId, now);
  if (!r.ok) return r;
  const tables = [
    ...reachTables(r.value.stats, await labels(locale), locale),
    ...(await audienceTables(r.value.stats.events, locale)),
    ...(await questionTables(r.value.event.id, locale)),
  ];
  return { ok: true, value: { ...r.value, tables } };
}
