// GET /sitemap.xml — the public pages in fi and sv with their hreflang alternates (lib/seo/sitemap.ts).
// Read from the database at request time, never at `next build`: events come and go all day.
import type { MetadataRoute } from 'next';
import { publicBaseUrl } from '@/lib/config';
import { sitemapEntries } from '@/lib/seo/sitemap';

export const dynamic = 'force-dynamic';

export default async function sitemap(): Promise<MetadataRoute.Sitemap> {
  return sitemapEntries(publicBaseUrl());
}
