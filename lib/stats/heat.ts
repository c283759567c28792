// Province × sector heat table: people who attended the held events, per province (of their
// municipality) and sector, so an organiser sees at a glance where the network does not reach.
// Pure; the colours and their contrast live in components/stats/heat-scale.ts.
import { attended, type Fact } from './compute';

export type HeatRow = { province: string | null; cells: number[]; total: number };
export type Heat = { sectors: (string | null)[]; rows: HeatRow[]; totals: number[]; total: number; max: number };

export const HEAT_STEPS = 4;

/** `provinces` are shown even at zero (the region's own); others appear when someone came from there. */
export function heatOf(
  facts: readonly Fact[],
  provinceOf: ReadonlyMap<string, string>,
  provinces: readonly string[],
  sectors: readonly string[],
): Heat {
  const came = facts.filter(attended);
  const cols: (string | null)[] = [...sectors];
  if (came.some((f) => f.sectorCode === null || !sectors.includes(f.sectorCode))) cols.push(null);
  const col = (f: Fact) =>
    f.sectorCode !== null && sectors.includes(f.sectorCode) ? sectors.indexOf(f.sectorCode) : cols.length - 1;
  const rows = new Map<string | null, HeatRow>(
    provinces.map((p) => [p, { province: p, cells: cols.map(() => 0), total: 0 }]),
  );
  for (const f of came) {
    const p = f.municipalityCode ? (provinceOf.get(f.municipalityCode) ?? null) : null;
    const row = rows.get(p) ?? { province: p, cells: cols.map(() => 0), total: 0 };
    row.cells[col(f)] += 1;
    row.total += 1;
    rows.set(p, row);
  }
  const fixed = new Set<string | null>(provinces);
  const others = [...rows.values()]
    .filter((r) => !fixed.has(r.province))
    .sort((a, b) =>
      a.province === null ? 1 : b.province === null ? -1 : b.total - a.total || a.province.localeCompare(b.province),
    );
  const list = [...provinces.map((p) => rows.get(p)!), ...others];
  const totals = cols.map((_, i) => list.reduce((n, r) => n + r.cells[i], 0));
  return { sectors: cols, rows: list, totals, total: came.length, max: Math.max(0, ...list.flatMap((r) => r.cells)) };
}

/** 0 for nobody, else 1…HEAT_STEPS in equal shares of the largest cell. */
export function heatStep(value: number, max: number): number {
  if (value <= 0 || max <= 0) return 0;
  return Math.min(HEAT_STEPS, Math.max(1, Math.ceil((value / max) * HEAT_STEPS)));
}

/** The values each step holds, for the legend; steps that no whole number falls in are left out. */
export function heatLegend(max: number): { step: number; min: number; max: number }[] {
  const out = [{ step: 0, min: 0, max: 0 }];
  for (let s = 1; s <= HEAT_STEPS && max > 0; s++) {
    const lo = Math.floor(((s - 1) * max) / HEAT_STEPS) + 1;
    const hi = Math.floor((s * max) / HEAT_STEPS);
    if (lo <= hi) out.push({ step: s, min: lo, max: hi });
  }
  return out;
}
