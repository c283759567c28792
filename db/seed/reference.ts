// Reference data every installation needs: regions, provinces and municipalities (from the
// Statistics Finland based CSV in db/seed-data), themes and sectors. Safe to run again: upserts.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';
import { sql } from 'drizzle-orm';
import type { Database } from '@/db/client';
import { regions, provinces, municipalities, themes, sectors } from '@/db/schema';

const here = dirname(fileURLToPath(import.meta.url));

export const REGIONS = [
  { code: 'HYKS', nameFi: 'HYKS-alue (Helsinki)', nameSv: 'HUCS-området (Helsingfors)', sortOrder: 1 },
  { code: 'TYKS', nameFi: 'TYKS-alue (Turku)', nameSv: 'ÅUCS-området (Åbo)', sortOrder: 2 },
  { code: 'TAYS', nameFi: 'TAYS-alue (Tampere)', nameSv: 'TAYS-området (Tammerfors)', sortOrder: 3 },
  { code: 'KYS', nameFi: 'KYS-alue (Kuopio)', nameSv: 'KUS-området (Kuopio)', sortOrder: 4 },
  { code: 'OYS', nameFi: 'OYS-alue (Oulu)', nameSv: 'OUS-området (Uleåborg)', sortOrder: 5 },
];

export const THEMES = [
  {
    slug: 'koulua-kaymattomat',
    nameFi: 'Koulua käymättömät oppilaat',
    nameSv: 'Elever som inte går i skolan',
    sortOrder: 1,
  },
  {
    slug: 'toiminta-alueittain',
    nameFi: 'Toiminta-alueittain järjestettävä opetus',
    nameSv: 'Undervisning enligt verksamhetsområden',
    sortOrder: 2,
  },
  { slug: 'sijoitetut-lapset', nameFi: 'Sijoitetut lapset ja nuoret', nameSv: 'Placerade barn och unga', sortOrder: 3 },
  {
    slug: 'kaytoksellaan-oireilevat',
    nameFi: 'Käytöksellään oireilevat lapset ja nuoret',
    nameSv: 'Barn och unga med beteendesymtom',
    sortOrder: 4,
  },
];

export const SECTORS = [
  { code: 'education', nameFi: 'Sivistystoimi', nameSv: 'Bildningsväsendet', sortOrder: 1 },
  { code: 'social', nameFi: 'Sosiaalitoimi', nameSv: 'Socialväsendet', sortOrder: 2 },
  { code: 'health', nameFi: 'Terveydenhuolto', nameSv: 'Hälso- och sjukvården', sortOrder: 3 },
  {
    code: 'other',
    nameFi: 'Muu (järjestöt, tutkimus, valtio)',
    nameSv: 'Annat (organisationer, forskning, staten)',
    sortOrder: 4,
  },
];

type MunicipalityRow = {
  code: string;
  nameFi: string;
  nameSv: string;
  provinceCode: string;
  provinceFi: string;
  provinceSv: string;
  region: string | null;
};

export function readMunicipalityCsv(): MunicipalityRow[] {
  const text = readFileSync(join(here, '..', 'seed-data', 'municipalities.csv'), 'utf8');
  const [header, ...lines] = text.trim().split(/\r?\n/);
  const cols = header.split(',');
  const idx = (name: string) => {
    const i = cols.indexOf(name);
    if (i < 0) throw new Error(`municipalities.csv lacks column ${name}`);
    return i;
  };
  const [c, fi, sv, pc, pfi, psv, area] = [
    'code',
    'name_fi',
    'name_sv',
    'region_code',
    'region_fi',
    'region_sv',
    'collaboration_area',
  ].map(idx);
  return lines.map((line) => {
    const f = line.split(',');
    return {
      code: f[c],
      nameFi: f[fi],
      nameSv: f[sv] || f[fi],
      provinceCode: f[pc],
      provinceFi: f[pfi],
      provinceSv: f[psv] || f[pfi],
      region: f[area] || null,
    };
  });
}

export async function seedReferenceData(db: Database): Promise<void> {
  const rows = readMunicipalityCsv();
  const provinceMap = new Map<string, { code: string; nameFi: string; nameSv: string; regionCode: string | null }>();
  for (const r of rows)
    provinceMap.set(r.provinceCode, {
      code: r.provinceCode,
      nameFi: r.provinceFi,
      nameSv: r.provinceSv,
      regionCode: r.region,
    });

  await db.transaction(async (tx) => {
    await tx
      .insert(regions)
      .values(REGIONS)
      .onConflictDoUpdate({
        target: regions.code,
        set: { nameFi: sql`excluded.name_fi`, nameSv: sql`excluded.name_sv`, sortOrder: sql`excluded.sort_order` },
      });
    await tx
      .insert(provinces)
      .values([...provinceMap.values()])
      .onConflictDoUpdate({
        target: provinces.code,
        set: { nameFi: sql`excluded.name_fi`, nameSv: sql`excluded.name_sv`, regionCode: sql`excluded.region_code` },
      });
    await tx
      .insert(municipalities)
      .values(rows.map((r) => ({ code: r.code, nameFi: r.nameFi, nameSv: r.nameSv, provinceCode: r.provinceCode })))
      .onConflictDoUpdate({
        target: municipalities.code,
        set: {
          nameFi: sql`excluded.name_fi`,
          nameSv: sql`excluded.name_sv`,
          provinceCode: sql`excluded.province_code`,
        },
      });
    await tx
      .insert(themes)
      .values(THEMES)
      .onConflictDoUpdate({
        target: themes.slug,
        set: { nameFi: sql`excluded.name_fi`, nameSv: sql`excluded.name_sv`, sortOrder: sql`excluded.sort_order` },
      });
    await tx
      .insert(sectors)
      .values(SECTORS)
      .onConflictDoUpdate({
        target: sectors.code,
        set: { nameFi: sql`excluded.name_fi`, nameSv: sql`excluded.name_sv`, sortOrder: sql`excluded.sort_order` },
      });
  });
}
