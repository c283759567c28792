// The regions an event covers (issue 17): its owning region (`region_code`, whose organisers manage
// it) and the further regions it also covers (`extra_region_codes`). An event is shown, filtered,
// fed and counted under each of them; national events cover none. No `server-only`: the SQL helper
// is inert in the browser and the pure helpers are shared by pages and the API.
import { sql, type SQL } from 'drizzle-orm';
import { events } from '@/db/schema';

/** The event's region codes, the owning region first; `[]` for a national event. */
export function coveredRegions(e: {
  scope: string;
  regionCode: string | null;
  extraRegionCodes?: string[] | null;
}): string[] {
  if (e.scope === 'national' || !e.regionCode) return [];
  return [e.regionCode, ...(e.extraRegionCodes ?? []).filter((c) => c !== e.regionCode)];
}

/** SQL: the event is owned by or also covers this region. */
export function coversRegion(code: string): SQL {
  return sql`(${events.regionCode} = ${code} or ${code} = any(${events.extraRegionCodes}))`;
}

/** SQL: the event is owned by or also covers one of these regions. */
export function coversAnyRegion(codes: string[]): SQL {
  if (codes.length === 0) return sql`false`;
  const list = sql`array[${sql.join(
    codes.map((c) => sql`${c}`),
    sql`, `,
  )}]::text[]`;
  return sql`(${events.regionCode} = any(${list}) or ${events.extraRegionCodes} && ${list})`;
}

/** Extra regions as the editor stores them: known codes only, once each, never the owning region, reference order. */
export function normaliseExtraRegions(
  codes: readonly string[],
  owning: string | null,
  known: readonly string[],
): string[] {
  if (!owning) return [];
  const wanted = new Set(codes);
  return known.filter((c) => wanted.has(c) && c !== owning);
}

type Named = {
  scope: string;
  regionNameFi: string | null;
  regionNameSv: string | null;
  provinceNameFi?: string | null;
  provinceNameSv?: string | null;
  extraRegionNamesFi?: string[] | null;
  extraRegionNamesSv?: string[] | null;
};

/**
 * Where an event belongs, in words: its regions (owning first, then those it also covers) and its
 * province — "TAYS-alue (Tampere), KYS-alue (Kuopio)"; null for a national event (the caller says it).
 */
export function regionsLabel(e: Named, locale: 'fi' | 'sv', withProvince = false): string | null {
  if (e.scope === 'national') return null;
  const pick = (fi: string | null | undefined, sv: string | null | undefined) =>
    locale === 'sv' && sv && sv.trim() !== '' ? sv : (fi ?? '');
  const extras = (e.extraRegionNamesFi ?? []).map((fi, i) => pick(fi, e.extraRegionNamesSv?.[i]));
  const province = e.provinceNameFi ? pick(e.provinceNameFi, e.provinceNameSv) : null;
  if (e.scope === 'province' && !withProvince) return [province ?? '', ...extras].join(', ');
  const regions = [pick(e.regionNameFi, e.regionNameSv), ...extras].join(', ');
  return withProvince && province ? `${regions} · ${province}` : regions;
}
