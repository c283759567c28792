import 'server-only';
// What search engines are told about (GET /sitemap.xml, app/sitemap.ts): the public pages in both
// languages, each with its hreflang alternates — the catalogue, past events, the region and series
// pages, the materials bank, the fixed pages, and the page of every publicly listed event, upcoming
// or past. Unlisted and invited events (and drafts) never appear: the same `publiclyListed` filter
// as every other public list.
import { asc, desc, eq, max } from 'drizzle-orm';
import { db } from '@/db/client';
import { events, trainingSeries } from '@/db/schema';
import { publiclyListed } from '@/lib/events/visibility';
import { getReferenceData } from '@/lib/reference';
import { locales, type Locale } from '@/lib/i18n/routing';

export type SitemapEntry = {
  url: string;
  lastModified?: Date;
  alternates: { languages: Record<Locale, string> };
};

/** The fixed public pages, as paths after the locale. */
const FIXED_PAGES = ['', '/past', '/regions', '/materials', '/about', '/accessibility', '/privacy'];

/** Every public page under `baseUrl` (the public base URL), once per language. */
export async function sitemapEntries(baseUrl: string): Promise<SitemapEntry[]> {
  const [listed, series, reference] = await Promise.all([
    db()
      .select({ slug: events.slug, updatedAt: events.updatedAt })
      .from(events)
      .where(publiclyListed)
      .orderBy(desc(events.startsAt), asc(events.id)),
    db()
      .select({ slug: trainingSeries.slug, updatedAt: max(events.updatedAt) })
      .from(trainingSeries)
      .innerJoin(events, eq(events.seriesId, trainingSeries.id))
      .where(publiclyListed)
      .groupBy(trainingSeries.slug)
      .orderBy(asc(trainingSeries.slug)),
    getReferenceData(),
  ]);
  const pages: { path: string; lastModified?: Date }[] = [
    ...FIXED_PAGES.map((path) => ({ path })),
    ...reference.regions.map((r) => ({ path: `/regions/${r.code.toLowerCase()}` })),
    ...series.map((s) => ({ path: `/series/${s.slug}`, lastModified: s.updatedAt ?? undefined })),
    ...listed.map((e) => ({ path: `/events/${e.slug}`, lastModified: e.updatedAt })),
  ];
  return pages.flatMap(({ path, lastModified }) => {
    const languages = Object.fromEntries(locales.map((l) => [l, `${baseUrl}/${l}${path}`])) as Record<Locale, string>;
    return locales.map((l) => ({
      url: languages[l],
      ...(lastModified ? { lastModified } : {}),
      alternates: { languages },
    }));
  });
}
