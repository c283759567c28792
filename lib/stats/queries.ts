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
import {
  attended, reachStats, totalsOf, unreachedMunicipalities, type Fact, type ReachStats, type Reference, type StatsEvent, type Totals,
  type UnreachedMunicipality,
} from './compute';
import { periodRange, type Period } from './period';
import { returningSql } from './returning';

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
  id: events.id, titleFi: events.titleFi, titleSv: events.titleSv, startsAt: events.startsAt, endsAt: events.endsAt,
  regionCode: events.regionCode, provinceCode: events.provinceCode, format: events.format,
};

/** Published events in the organiser's scope starting in the period, soonest first. */
function periodEvents(o: Organiser, period: Period, area?: SQL): Promise<StatsEvent[]> {
  const { start, end } = periodRange(period);
  return db().select(eventColumns).from(events)
    .where(and(eq(events.status, 'published'), gte(events.startsAt, start), lt(events.startsAt, end), eventScope(o), area))
    .orderBy(asc(events.startsAt), asc(events.id));
}

function areaCondition(area: string): SQL {
  return area === NATIONAL ? eq(events.scope, 'national') : eq(events.regionCode, area);
}

/** The registrations of these events as facts (no names or addresses leave the query). */
async function factsFor(eventIds: number[]): Promise<Fact[]> {
  if (eventIds.length === 0) return [];
  return db().select({
    eventId: registrations.eventId, status: registrations.status, attendance: registrations.attendance,
    municipalityCode: registrations.municipalityCode, sectorCode: registrations.sectorCode, createdAt: registrations.createdAt,
    attendedOnsite: registrations.attendedOnsite, remoteJoinedAt: registrations.remoteJoinedAt, returning: returningSql,
  }).from(registrations).innerJoin(events, eq(events.id, registrations.eventId))
    .where(inArray(registrations.eventId, eventIds));
}

export type AreaStats = {
  area: string; period: Period; stats: ReachStats;
  /** For a region: its municipalities nobody attended from, and how many municipalities it has. */
  unreached: UnreachedMunicipality[] | null; municipalityCount: number | null;
};

export async function areaStats(o: Organiser, area: string, period: Period): Promise<StatsResult<AreaStats>> {
  if (!(await statsAreas(o)).includes(area)) return { ok: false, error: 'stats.notFound' };
  const ref = await getReferenceData();
  const list = await periodEvents(o, period, areaCondition(area));
  const stats = reachStats(list, await factsFor(list.map((e) => e.id)), reference(ref), 'month');
  const munis = area === NATIONAL ? null : regionMunicipalities(ref, area);
  return {
    ok: true,
    value: { area, period, stats, unreached: munis && unreachedMunicipalities(stats, munis), municipalityCount: munis?.length ?? null },
  };
}

export type OverviewRow = { area: string; totals: Totals; municipalityCount: number | null; reached: number | null };

/** Every region and the national events side by side: national admins only. */
export async function overviewStats(o: Organiser, period: Period): Promise<StatsResult<{ period: Period; rows: OverviewRow[] }>> {
  if (!can(o, 'compareRegions')) return { ok: false, error: 'stats.notFound' };
  const ref = await getReferenceData();
  const list = await periodEvents(o, period);
  const facts = await factsFor(list.map((e) => e.id));
  const areaOf = new Map(list.map((e) => [e.id, e.regionCode ?? NATIONAL]));
  const rows = (await statsAreas(o)).map((area): OverviewRow => {
    const own = facts.filter((f) => areaOf.get(f.eventId) === area);
    const count = list.filter((e) => (e.regionCode ?? NATIONAL) === area).length;
    const munis = area === NATIONAL ? null : regionMunicipalities(ref, area);
    const attendedFrom = new Set(own.filter(attended).map((f) => f.municipalityCode));
    return {
      area, totals: totalsOf(own, count), municipalityCount: munis?.length ?? null,
      reached: munis ? munis.filter((m) => attendedFrom.has(m.code)).length : null,
    };
  });
  return { ok: true, value: { period, rows } };
}

export type EventStats = { event: ScopedEvent; stats: ReachStats };

/** One event's statistics (drafts and cancelled events too), sign-ups by day. */
export async function eventStats(o: Organiser, eventId: number): Promise<StatsResult<EventStats>> {
  const event = await scopedEvent(o, eventId);
  if (!event) return { ok: false, error: 'stats.notFound' };
  const ref = await getReferenceData();
  const [row] = await db().select(eventColumns).from(events).where(eq(events.id, event.id));
  const stats = reachStats([row], await factsFor([event.id]), reference(ref), 'day');
  return { ok: true, value: { event, stats } };
}
