// Reach statistics from registration facts: pure counting, no database, so the rules are unit
// tested and the same numbers feed the pages, the charts and the exports.
//
// The rules, in one place:
//   - registered = confirmed registrations (waiting list and cancelled are counted apart);
//   - attended = a confirmed on-site person marked present (checked in at the door or by hand), or a
//     confirmed remote person whose stream link took them to the stream;
//   - returning = the person (same e-mail, trimmed, any case) had a confirmed place at an event that
//     started earlier; frozen on the registration when its event is over, so it survives
//     anonymisation (lib/retention); new = every other registered person;
//   - registrations over time count every sign-up when it was made, whatever became of it;
//   - a sector is missing from an event when nobody from it is registered;
//   - held = the event ended before now; only held events give attendance, rates, reach and
//     "unreached" (an event still ahead has nobody attended yet, which is not a failure to reach);
//     events not yet over are counted apart as "registered so far";
//   - a municipality is reached when somebody from it attended a held event of the period; one that
//     was not but has people registered for an upcoming event is "pending", neither reached nor
//     unreached; unreached = every other municipality of the region.
import { helsinkiDate } from '@/lib/time';

export type Mode = 'onsite' | 'remote';

export type Fact = {
  eventId: number;
  status: 'confirmed' | 'waitlisted' | 'cancelled';
  attendance: Mode;
  municipalityCode: string | null;
  sectorCode: string | null;
  createdAt: Date;
  attendedOnsite: boolean | null;
  remoteJoinedAt: Date | null;
  returning: boolean;
};

export type StatsEvent = {
  id: number;
  titleFi: string;
  titleSv: string | null;
  startsAt: Date;
  endsAt: Date;
  regionCode: string | null;
  /** Further regions the event also covers (issue 17): it counts in each, once in national totals. */
  extraRegionCodes?: readonly string[] | null;
  provinceCode: string | null;
  format: 'onsite' | 'online' | 'hybrid';
};

/** The statistics areas an event counts in: its regions (owning first), or `national`. */
export function areasOf(e: Pick<StatsEvent, 'regionCode' | 'extraRegionCodes'>): string[] {
  return e.regionCode ? [e.regionCode, ...(e.extraRegionCodes ?? []).filter((c) => c !== e.regionCode)] : ['national'];
}

export type Totals = {
  events: number;
  registered: Record<Mode, number> & { total: number };
  attended: Record<Mode, number> & { total: number };
  waitlisted: number;
  cancelled: number;
  newPeople: number;
  returning: number;
};

export type DimensionRow = { code: string | null; registered: number; attended: number };
export type TimelinePoint = { key: string; count: number };
export type EventRow = StatsEvent & { totals: Totals; missingSectors: string[] };

export type ReachStats = {
  totals: Totals;
  events: EventRow[];
  sectors: DimensionRow[];
  provinces: DimensionRow[];
  municipalities: DimensionRow[];
  timeline: TimelinePoint[];
};

export type Reference = {
  sectors: string[];
  /** municipality code → province code */
  provinceOf: Map<string, string>;
};

function emptyTotals(events: number): Totals {
  return {
    events,
    registered: { onsite: 0, remote: 0, total: 0 },
    attended: { onsite: 0, remote: 0, total: 0 },
    waitlisted: 0,
    cancelled: 0,
    newPeople: 0,
    returning: 0,
  };
}

export function attended(f: Pick<Fact, 'status' | 'attendance' | 'attendedOnsite' | 'remoteJoinedAt'>): boolean {
  if (f.status !== 'confirmed') return false;
  return f.attendance === 'onsite' ? f.attendedOnsite === true : f.remoteJoinedAt !== null;
}

export function totalsOf(facts: readonly Fact[], events: number): Totals {
  const t = emptyTotals(events);
  for (const f of facts) {
    if (f.status === 'waitlisted') {
      t.waitlisted += 1;
      continue;
    }
    if (f.status === 'cancelled') {
      t.cancelled += 1;
      continue;
    }
    t.registered[f.attendance] += 1;
    t.registered.total += 1;
    if (attended(f)) {
      t.attended[f.attendance] += 1;
      t.attended.total += 1;
    }
    if (f.returning) t.returning += 1;
    else t.newPeople += 1;
  }
  return t;
}

/** Registered and attended per value of a dimension; `order` lists the rows shown even at zero. */
export function byDimension(
  facts: readonly Fact[],
  key: (f: Fact) => string | null,
  order: readonly string[] = [],
): DimensionRow[] {
  const rows = new Map<string | null, DimensionRow>(order.map((code) => [code, { code, registered: 0, attended: 0 }]));
  for (const f of facts) {
    if (f.status !== 'confirmed') continue;
    const code = key(f);
    const row = rows.get(code) ?? { code, registered: 0, attended: 0 };
    row.registered += 1;
    if (attended(f)) row.attended += 1;
    rows.set(code, row);
  }
  const fixed = new Set(order);
  const listed = order.map((c) => rows.get(c)!);
  const others = [...rows.values()]
    .filter((r) => r.code === null || !fixed.has(r.code))
    .sort((a, b) =>
      a.code === null ? 1 : b.code === null ? -1 : b.registered - a.registered || a.code.localeCompare(b.code),
    );
  return [...listed, ...others];
}

const pad = (n: number) => String(n).padStart(2, '0');

export function bucketKey(d: Date, bucket: 'day' | 'month'): string {
  const h = helsinkiDate(d);
  return bucket === 'day' ? `${h.year}-${pad(h.month)}-${pad(h.day)}` : `${h.year}-${pad(h.month)}`;
}

function nextKey(key: string, bucket: 'day' | 'month'): string {
  const [y, m, d] = key.split('-').map(Number);
  if (bucket === 'month') return m === 12 ? `${y + 1}-01` : `${y}-${pad(m + 1)}`;
  const n = new Date(Date.UTC(y, m - 1, d + 1));
  return `${n.getUTCFullYear()}-${pad(n.getUTCMonth() + 1)}-${pad(n.getUTCDate())}`;
}

/** Sign-ups per Helsinki day or month, every bucket from the first to the last present (zeros too). */
export function timelineOf(facts: readonly Fact[], bucket: 'day' | 'month', maxPoints = 400): TimelinePoint[] {
  if (facts.length === 0) return [];
  const counts = new Map<string, number>();
  for (const f of facts) {
    const k = bucketKey(f.createdAt, bucket);
    counts.set(k, (counts.get(k) ?? 0) + 1);
  }
  const keys = [...counts.keys()].sort();
  const out: TimelinePoint[] = [];
  for (let k = keys[0]; k <= keys[keys.length - 1] && out.length < maxPoints; k = nextKey(k, bucket)) {
    out.push({ key: k, count: counts.get(k) ?? 0 });
  }
  return out;
}

export function missingSectors(facts: readonly Fact[], sectors: readonly string[]): string[] {
  const present = new Set(facts.filter((f) => f.status === 'confirmed').map((f) => f.sectorCode));
  return sectors.filter((s) => !present.has(s));
}

export function reachStats(
  events: readonly StatsEvent[],
  facts: readonly Fact[],
  ref: Reference,
  bucket: 'day' | 'month',
): ReachStats {
  const perEvent = new Map<number, Fact[]>(events.map((e) => [e.id, []]));
  for (const f of facts) perEvent.get(f.eventId)?.push(f);
  const inScope = facts.filter((f) => perEvent.has(f.eventId));
  return {
    totals: totalsOf(inScope, events.length),
    events: events.map((e) => {
      const own = perEvent.get(e.id)!;
      return { ...e, totals: totalsOf(own, 1), missingSectors: missingSectors(own, ref.sectors) };
    }),
    sectors: byDimension(inScope, (f) => f.sectorCode, ref.sectors),
    provinces: byDimension(inScope, (f) =>
      f.municipalityCode ? (ref.provinceOf.get(f.municipalityCode) ?? null) : null,
    ),
    municipalities: byDimension(inScope, (f) => f.municipalityCode),
    timeline: timelineOf(inScope, bucket),
  };
}

/** Over by `now`: the only events whose attendance counts. */
export function isHeld(e: Pick<StatsEvent, 'endsAt'>, now: Date): boolean {
  return e.endsAt.getTime() <= now.getTime();
}

/** Attended / registered of held events, 0…1, or null with nobody registered. */
export function attendanceRate(t: Totals): number | null {
  return t.registered.total === 0 ? null : t.attended.total / t.registered.total;
}

/** The period's events apart: held ones with their attendance, upcoming ones as registered so far. */
export type SplitStats = { held: ReachStats; upcoming: ReachStats; timeline: TimelinePoint[] };

export function splitStats(
  events: readonly StatsEvent[],
  facts: readonly Fact[],
  ref: Reference,
  bucket: 'day' | 'month',
  now: Date,
): SplitStats {
  const ids = new Set(events.map((e) => e.id));
  return {
    held: reachStats(
      events.filter((e) => isHeld(e, now)),
      facts,
      ref,
      bucket,
    ),
    upcoming: reachStats(
      events.filter((e) => !isHeld(e, now)),
      facts,
      ref,
      bucket,
    ),
    // Sign-ups over time are facts whatever became of the event.
    timeline: timelineOf(
      facts.filter((f) => ids.has(f.eventId)),
      bucket,
    ),
  };
}

/** `registered`: people from there registered for the held events (nobody came); `upcoming`: registered for events ahead. */
export type UnreachedMunicipality = { code: string; provinceCode: string; registered: number; upcoming: number };
export type RegionReach = { reached: number; pending: UnreachedMunicipality[]; unreached: UnreachedMunicipality[] };

/** The region's municipalities: reached (attended a held event), pending (only registered ahead), unreached. */
export function regionReach(
  held: Pick<ReachStats, 'municipalities'>,
  upcoming: Pick<ReachStats, 'municipalities'>,
  regionMunicipalities: readonly { code: string; provinceCode: string }[],
): RegionReach {
  const seen = new Map(held.municipalities.map((m) => [m.code, m]));
  const ahead = new Map(upcoming.municipalities.map((m) => [m.code, m.registered]));
  const out: RegionReach = { reached: 0, pending: [], unreached: [] };
  for (const m of regionMunicipalities) {
    if ((seen.get(m.code)?.attended ?? 0) > 0) {
      out.reached += 1;
      continue;
    }
    const row = {
      code: m.code,
      provinceCode: m.provinceCode,
      registered: seen.get(m.code)?.registered ?? 0,
      upcoming: ahead.get(m.code) ?? 0,
    };
    (row.upcoming > 0 ? out.pending : out.unreached).push(row);
  }
  return out;
}
