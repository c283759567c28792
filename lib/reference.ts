import 'server-only';
// Reference data (regions, provinces, themes, sectors): small, read on almost every page, changes
// rarely. Each process keeps it for a minute, so the web tier stays stateless and picks up edits.
import { asc } from 'drizzle-orm';
import { db } from '@/db/client';
import { regions, provinces, themes, sectors, municipalities } from '@/db/schema';

export type Region = { code: string; nameFi: string; nameSv: string };
export type Province = { code: string; nameFi: string; nameSv: string; regionCode: string | null };
export type Theme = { id: number; slug: string; nameFi: string; nameSv: string };
export type Sector = { code: string; nameFi: string; nameSv: string };
export type Municipality = { code: string; nameFi: string; nameSv: string; provinceCode: string };
export type ReferenceData = { regions: Region[]; provinces: Province[]; themes: Theme[]; sectors: Sector[]; municipalities: Municipality[] };

const TTL_MS = 60_000;
let cache: { at: number; data: Promise<ReferenceData> } | undefined;

async function load(): Promise<ReferenceData> {
  const d = db();
  const [r, p, t, s, m] = await Promise.all([
    d.select({ code: regions.code, nameFi: regions.nameFi, nameSv: regions.nameSv }).from(regions).orderBy(asc(regions.sortOrder)),
    d.select({ code: provinces.code, nameFi: provinces.nameFi, nameSv: provinces.nameSv, regionCode: provinces.regionCode })
      .from(provinces).orderBy(asc(provinces.nameFi)),
    d.select({ id: themes.id, slug: themes.slug, nameFi: themes.nameFi, nameSv: themes.nameSv })
      .from(themes).orderBy(asc(themes.sortOrder), asc(themes.nameFi)),
    d.select({ code: sectors.code, nameFi: sectors.nameFi, nameSv: sectors.nameSv }).from(sectors).orderBy(asc(sectors.sortOrder)),
    d.select({ code: municipalities.code, nameFi: municipalities.nameFi, nameSv: municipalities.nameSv, provinceCode: municipalities.provinceCode })
      .from(municipalities).orderBy(asc(municipalities.nameFi)),
  ]);
  return { regions: r, provinces: p, themes: t, sectors: s, municipalities: m };
}

export function getReferenceData(): Promise<ReferenceData> {
  const now = Date.now();
  if (!cache || now - cache.at > TTL_MS) {
    const data = load();
    cache = { at: now, data };
    data.catch(() => { cache = undefined; });
  }
  return cache.data;
}

/** For tests and admin edits: forget the cached copy. */
export function invalidateReferenceData(): void {
  cache = undefined;
}
