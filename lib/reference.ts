// Reference data (regions, provinces, themes, sectors): small, read on almost every page, changes
// rarely. Each process keeps it for a minute, so the web tier stays stateless and picks up edits.
// Public data and no secrets, and the mail worker's process (outside React) uses it too for the
// place names in mails, so no `server-only` marker here.
import { asc } from 'drizzle-orm';
import { db } from '@/db/client';
import { regions, provinces, themes, sectors, municipalities } from '@/db/schema';
import type { Locale } from '@/lib/i18n/routing';
import { ttlCache } from '@/lib/cache/ttl';

export type Region = { code: string; nameFi: string; nameSv: string };
export type Province = { code: string; nameFi: string; nameSv: string; regionCode: string | null };
export type Theme = { id: number; slug: string; nameFi: string; nameSv: string };
export type Sector = { code: string; nameFi: string; nameSv: string };
export type Municipality = { code: string; nameFi: string; nameSv: string; provinceCode: string };
export type ReferenceData = {
  regions: Region[];
  provinces: Province[];
  themes: Theme[];
  sectors: Sector[];
  municipalities: Municipality[];
};

async function load(): Promise<ReferenceData> {
  const d = db();
  const [r, p, t, s, m] = await Promise.all([
    d
      .select({ code: regions.code, nameFi: regions.nameFi, nameSv: regions.nameSv })
      .from(regions)
      .orderBy(asc(regions.sortOrder)),
    d
      .select({
        code: provinces.code,
        nameFi: provinces.nameFi,
        nameSv: provinces.nameSv,
        regionCode: provinces.regionCode,
      })
      .from(provinces)
      .orderBy(asc(provinces.nameFi)),
    d
      .select({ id: themes.id, slug: themes.slug, nameFi: themes.nameFi, nameSv: themes.nameSv })
      .from(themes)
      .orderBy(asc(themes.sortOrder), asc(themes.nameFi)),
    d
      .select({ code: sectors.code, nameFi: sectors.nameFi, nameSv: sectors.nameSv })
      .from(sectors)
      .orderBy(asc(sectors.sortOrder)),
    d
      .select({
        code: municipalities.code,
        nameFi: municipalities.nameFi,
        nameSv: municipalities.nameSv,
        provinceCode: municipalities.provinceCode,
      })
      .from(municipalities)
      .orderBy(asc(municipalities.nameFi)),
  ]);
  return { regions: r, provinces: p, themes: t, sectors: s, municipalities: m };
}

const reference = ttlCache(load, 60_000);

export function getReferenceData(): Promise<ReferenceData> {
  return reference.get();
}

/** For tests and admin edits: forget the cached copy. */
export function invalidateReferenceData(): void {
  reference.invalidate();
}

const cityIndexes = new WeakMap<ReferenceData, Map<string, Municipality>>();

/**
 * Place names as the reader's language has them: the city of an event is free text, and when it
 * is a municipality's name in either language ("Turku", "Åbo") it is shown as that municipality's
 * name in `locale` (Åbo in Swedish, Turku in Finnish; the Finnish name where there is no Swedish
 * one). Anything else is shown as written. Resolves once; the namer itself is synchronous.
 */
export async function cityNamer(locale: string): Promise<(city: string | null | undefined) => string | null> {
  const data = await getReferenceData();
  let index = cityIndexes.get(data);
  if (!index) {
    index = new Map();
    for (const m of data.municipalities) {
      index.set(m.nameFi.toLocaleLowerCase('fi'), m);
      if (m.nameSv) index.set(m.nameSv.toLocaleLowerCase('fi'), m);
    }
    cityIndexes.set(data, index);
  }
  const found = index;
  return (city) => {
    const text = city?.trim();
    if (!text) return null;
    const m = found.get(text.toLocaleLowerCase('fi'));
    if (!m) return text;
    return locale === 'sv' && m.nameSv ? m.nameSv : m.nameFi;
  };
}

export async function cityName(city: string | null | undefined, locale: string): Promise<string | null> {
  return (await cityNamer(locale))(city);
}

/** The code of the municipality named `name` in Finnish or Swedish ("Vaasa", "Vasa"), else ''. */
export async function municipalityCodeByName(name: string): Promise<string> {
  const text = name.trim().toLocaleLowerCase('fi');
  if (!text) return '';
  const m = (await getReferenceData()).municipalities.find(
    (x) => x.nameFi.toLocaleLowerCase('fi') === text || x.nameSv?.toLocaleLowerCase('fi') === text,
  );
  return m?.code ?? '';
}

/** The event with its city named for `locale` (see cityNamer), e.g. for a participant's mail. */
export async function withLocalCity<T extends { city: string | null }>(event: T, locale: string): Promise<T> {
  return { ...event, city: await cityName(event.city, locale) };
}

/** The event named for each mail language at once, for a loop over many recipients. */
export async function withLocalCities<T extends { city: string | null }>(event: T): Promise<Record<Locale, T>> {
  const [fi, sv] = await Promise.all([withLocalCity(event, 'fi'), withLocalCity(event, 'sv')]);
  return { fi, sv };
}
