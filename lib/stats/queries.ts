import 'server-only';
// Reach statistics as organisers see them: per event, per region (or the national events) over a
// period, and — for national admins — every region side by side. The organiser's scope is applied
// here: a regional organiser only gets their own regions, and an event or region outside the scope
// is "not found" exactly like one that does not exist. Only counts leave this module, no names.
import { and, asc, eq, gte, inArray, lt, type SQL } from 'drizzle-orm';
import { db } from '@/db/client';
import { events, registrations } from '@/db/schema';
import { can, eventScope, type Organiser } from '@/lib/auth/guards';
import { scopedEvent, type ScopedEvent } from '@/lib/events/scoped';
import { getReferenceData, type ReferenceData } from '@/lib/reference';
import { coversRegion } from '@/lib/events/regions';
import {
  areasOf,
  attended,
  isHeld,
  reachStats,
  regionReach,
  splitStats,
  totalsOf,
  type Fact,
  type ReachStats,
  type Reference,
  type RegionReach,
  type SplitStats,
  type StatsEvent,
  type Totals,
} from './compute';
import { heatOf, type Heat } from './heat';
import { periodRange, type Period } from './period';
import { returningSql } from './returning';
import { previousYear, trendOf, type Trend, type TrendInput } from './trend';

export const NATIONAL = 'national';

export type StatsResult<T> = { ok: true; value: T } | { ok: false; error: 'stats.notFound' };

/** Regions (codes) and `national` whose statistics this organiser may see, in reference order. */
export async function statsAreas(o: Organiser): Promise<string[]> {
  const ref = await getReferenceData();
  if (can(o, 'actNationally')) return [...ref.regions.map((r) => r.code), NATIONAL];
  return ref.regions.map((r) => r.code).filter((c) => o.regions.includes(c));
}

function reference(ref: ReferenceData): Reference {
  return {
    sectors: ref.sectors.map((s) => s.code),
    provinceOf: new Map(ref.municipalities.map((m) => [m.code, m.provinceCode])),
  };
}

function regionMunicipalities(ref: ReferenceData, region: string) {
  const provinces = new Set(ref.provinces.filter((p) => p.regionCode === region).map((p) => p.code));
  return ref.municipalities.filter((m) => provinces.has(m.provinceCode));
}

const eventColumns = {
  id: events.id,
  titleFi: events.titleFi,
  titleSv: events.titleSv,
  startsAt: events.startsAt,
  endsAt: events.endsAt,
  regionCode: events.regionCode,
  extraRegionCodes: events.extraRegionCodes,
  provinceCode: events.provinceCode,
  format: events.format,
};

/**
 * Published events starting in the period, soonest first: of an area (its caller has checked that the
 * organiser may see the area: statsAreas), or else in the organiser's scope. An area's events include
 * those owned elsewhere that also cover it (issue 17) — only counts leave this module.
 */
function periodEvents(o: Organiser, period: Period, area?: SQL): Promise<StatsEvent[]> {
  const { start, end } = periodRange(period);
  return db()
    .select(eventColumns)
    .from(events)
    .where(
      and(eq(events.status, 'published'), gte(events.startsAt, start), lt(events.startsAt, end), area ?? eventScope(o)),
    )
    .orderBy(asc(events.startsAt), asc(events.id));
}

function areaCondition(area: string): SQL {
  return area === NATIONAL ? eq(events.scope, 'national') : coversRegion(area);
}

/** The registrations of these events as facts (no names or addresses leave the query). */
async function factsFor(eventIds: number[]): Promise<Fact[]> {
  if (eventIds.length === 0) return [];
  return db()
    .select({
      eventId: registrations.eventId,
      status: registrations.status,
      attendance: registrations.attendance,
      municipalityCode: registrations.municipalityCode,
      sectorCode: registrations.sectorCode,
      createdAt: registrations.createdAt,
      attendedOnsite: registrations.attendedOnsite,
      remoteJoinedAt: registrations.remoteJoinedAt,
      returning: returningSql,
    })
    .from(registrations)
    .innerJoin(events, eq(events.id, registrations.eventId))
    .where(inArray(registrations.eventId, eventIds));
}

/** The region's provinces, or every province for the national events and the overview. */
function provinceOrder(ref: ReferenceData, region: string | null): string[] {
  return ref.provinces.filter((p) => region === null || p.regionCode === region).map((p) => p.code);
}

/** This period against the same days a year earlier, held events only (lib/stats/trend). */
async function trendFor(
  o: Organiser,
  ref: ReferenceData,
  period: Period,
  current: TrendInput,
  area: SQL | undefined,
  region: string | null,
  now: Date,
): Promise<Trend> {
  const earlier = await periodEvents(o, previousYear(period), area);
  const previous = { events: earlier, facts: await factsFor(earlier.map((e) => e.id)) };
  const order = {
    sectors: reference(ref).sectors,
    provinces: provinceOrder(ref, region),
    regions: region ? [region] : [...ref.regions.map((r) => r.code), NATIONAL],
  };
  return trendOf(previous, current, reference(ref).provinceOf, order, now);
}

function heatFor(ref: ReferenceData, list: StatsEvent[], facts: Fact[], region: string | null, now: Date): Heat {
  const held = new Set(list.filter((e) => isHeld(e, now)).map((e) => e.id));
  return heatOf(
    facts.filter((f) => held.has(f.eventId)),
    reference(ref).provinceOf,
    provinceOrder(ref, region),
    reference(ref).sectors,
  );
}

export type AreaStats = {
  area: string;
  period: Period;
  stats: SplitStats;
  /** For a region: its municipalities reached, pending and unreached, and how many municipalities it has. */
  reach: RegionReach | null;
  municipalityCount: number | null;
  trend: Trend;
  heat: Heat;
};

export async function areaStats(
  o: Organiser,
  area: string,
  period: Period,
  now = new Date(),
): Promise<StatsResult<AreaStats>> {
  if (!(await statsAreas(o)).includes(area)) return { ok: false, error: 'stats.notFound' };
  const ref = await getReferenceData();
  const list = await periodEvents(o, period, areaCondition(area));
  const facts = await factsFor(list.map((e) => e.id));
  const stats = splitStats(list, facts, reference(ref), 'month', now);
  const region = area === NATIONAL ? null : area;
  const munis = region ? regionMunicipalities(ref, region) : null;
  return {
    ok: true,
    value: {
      area,
      period,
      stats,
      reach: munis && regionReach(stats.held, stats.upcoming, munis),
      municipalityCount: munis?.length ?? null,
      trend: await trendFor(o, ref, period, { events: list, facts }, areaCondition(area), region, now),
      heat: heatFor(ref, list, facts, region, now),
    },
  };
}

/** `totals` of the held events; `upcoming` of the events not over yet (registered so far). */
export type OverviewRow = {
  area: string;
  totals: Totals;
  upcoming: Totals;
  municipalityCount: number | null;
  reached: number | null;
};
/** `total`: every event once, whatever the number of regions it covers (area `total`). */
export type Overview = { period: Period; rows: OverviewRow[]; total: OverviewRow; trend: Trend; heat: Heat };

/** Every region and the national events side by side: national admins only. */
export async function overviewStats(o: Organiser, period: Period, now = new Date()): Promise<StatsResult<Overview>> {
  if (!can(o, 'compareRegions')) return { ok: false, error: 'stats.notFound' };
  const ref = await getReferenceData();
  const list = await periodEvents(o, period);
  const facts = await factsFor(list.map((e) => e.id));
  // An event covering two regions counts in both rows; the total row counts it once.
  const areas = new Map(list.map((e) => [e.id, areasOf(e)]));
  const held = new Set(list.filter((e) => isHeld(e, now)).map((e) => e.id));
  const rows = (await statsAreas(o)).map((area): OverviewRow => {
    const own = facts.filter((f) => areas.get(f.eventId)?.includes(area));
    const ownHeld = own.filter((f) => held.has(f.eventId));
    const count = (h: boolean) => list.filter((e) => areas.get(e.id)!.includes(area) && held.has(e.id) === h).length;
    const munis = area === NATIONAL ? null : regionMunicipalities(ref, area);
    const attendedFrom = new Set(ownHeld.filter(attended).map((f) => f.municipalityCode));
    return {
      area,
      totals: totalsOf(ownHeld, count(true)),
      upcoming: totalsOf(
        own.filter((f) => !held.has(f.eventId)),
        count(false),
      ),
      municipalityCount: munis?.length ?? null,
      reached: munis ? munis.filter((m) => attendedFrom.has(m.code)).length : null,
    };
  });
  const trend = await trendFor(o, ref, period, { events: list, facts }, undefined, null, now);
  const count = (h: boolean) => list.filter((e) => held.has(e.id) === h).length;
  const total: OverviewRow = {
    area: 'total',
    totals: totalsOf(
      facts.filter((f) => held.has(f.eventId)),
      count(true),
    ),
    upcoming: totalsOf(
      facts.filter((f) => !held.has(f.eventId)),
      count(false),
    ),
    municipalityCount: null,
    reached: null,
  };
  return { ok: true, value: { period, rows, total, trend, heat: heatFor(ref, list, facts, null, now) } };
}

/** `held`: the event is over, so its attendance counts; before that its numbers are registered so far. */
export type EventStats = { event: ScopedEvent; stats: ReachStats; held: boolean };

/** One event's statistics (drafts and cancelled events too), sign-ups by day. */
export async function eventStats(o: Organiser, eventId: number, now = new Date()): Promise<StatsResult<EventStats>> {
  const event = await scopedEvent(o, eventId);
  if (!event) return { ok: false, error: 'stats.notFound' };
  const ref = await getReferenceData();
  const [row] = await db().select(eventColumns).from(events).where(eq(events.id, event.id));
  const stats = reachStats([row], await factsFor([event.id]), reference(ref), 'day');
  return { ok: true, value: { event, stats, held: isHeld(row, now) } };
}
