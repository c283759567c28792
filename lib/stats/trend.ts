// Year-on-year trend: people who attended the held events of this period against the same days a
// year earlier, per region, sector and province. Pure. Like is compared with like: "held" is
// judged at `now` for this period and at `now` minus a year for the earlier one, so a period that
// reaches into the future is compared to date, not with a full year of past events.
import { areasOf, byDimension, isHeld, type Fact, type StatsEvent } from './compute';
import type { Period } from './period';

export type TrendRow = { code: string | null; previous: number; current: number };
export type Trend = { total: TrendRow; regions: TrendRow[]; sectors: TrendRow[]; provinces: TrendRow[] };

/** The same calendar days a year earlier (29 February becomes the 28th). */
export function previousYear(p: Period): Period {
  const back = (iso: string) => {
    const y = Number(iso.slice(0, 4)) - 1;
    const md = iso.slice(5) === '02-29' ? '02-28' : iso.slice(5);
    return `${y}-${md}`;
  };
  return { from: back(p.from), to: back(p.to) };
}

export function yearBefore(now: Date): Date {
  const d = new Date(now);
  d.setUTCFullYear(d.getUTCFullYear() - 1);
  return d;
}

export type TrendInput = { events: readonly StatsEvent[]; facts: readonly Fact[] };
export type TrendOrder = { sectors: readonly string[]; provinces: readonly string[]; regions: readonly string[] };

function merge(previous: ReturnType<typeof byDimension>, current: ReturnType<typeof byDimension>): TrendRow[] {
  const rows = new Map<string | null, TrendRow>();
  for (const r of current) rows.set(r.code, { code: r.code, previous: 0, current: r.attended });
  for (const r of previous) {
    const row = rows.get(r.code) ?? { code: r.code, previous: 0, current: 0 };
    row.previous = r.attended;
    rows.set(r.code, row);
  }
  const all = [...rows.values()];
  return [...all.filter((r) => r.code !== null), ...all.filter((r) => r.code === null)];
}

export function trendOf(
  previous: TrendInput,
  current: TrendInput,
  provinceOf: ReadonlyMap<string, string>,
  order: TrendOrder,
  now: Date,
): Trend {
  const held = (input: TrendInput, at: Date) => {
    const areas = new Map(input.events.filter((e) => isHeld(e, at)).map((e) => [e.id, areasOf(e)]));
    const facts = input.facts.filter((f) => areas.has(f.eventId));
    // Per region, a person at an event covering two regions counts in both (the total counts them once).
    const areaOf = new Map<Fact, string>();
    const perArea = facts.flatMap((f) =>
      areas.get(f.eventId)!.map((a) => {
        const copy = { ...f };
        areaOf.set(copy, a);
        return copy;
      }),
    );
    return { facts, perArea, areaOf };
  };
  const p = held(previous, yearBefore(now));
  const c = held(current, now);
  const dim = (key: (f: Fact) => string | null, fixed: readonly string[]) =>
    merge(byDimension(p.facts, key, fixed), byDimension(c.facts, key, fixed));
  const count = (facts: readonly Fact[]) => byDimension(facts, () => 'all', ['all'])[0].attended;
  return {
    total: { code: null, previous: count(p.facts), current: count(c.facts) },
    regions: merge(
      byDimension(p.perArea, (f) => p.areaOf.get(f) ?? null, order.regions),
      byDimension(c.perArea, (f) => c.areaOf.get(f) ?? null, order.regions),
    ),
    sectors: dim((f) => f.sectorCode, order.sectors),
    provinces: dim((f) => (f.municipalityCode ? (provinceOf.get(f.municipalityCode) ?? null) : null), order.provinces),
  };
}

/** "+5", "−3" (a real minus sign) or "±0": the change is said in text, never by colour alone. */
export function signed(n: number): string {
  return n > 0 ? `+${n}` : n < 0 ? `\u2212${-n}` : '±0';
}

/** Change in per cent of the earlier figure, or null when there was nothing a year earlier. */
export function changePercent(r: TrendRow): number | null {
  return r.previous === 0 ? null : Math.round(((r.current - r.previous) / r.previous) * 100);
}
