import { pageLocale } from '@/lib/i18n/page-locale';
import { CatalogueView } from '@/components/lists/catalogue-view';

// Served from the page cache (lib/cache/page-cache.mjs): re-rendered when an event or its seats
// change, and at least every 30 s (registration windows open and close with time).
export const revalidate = 30;

export default async function CataloguePage({ params }: { params: Promise<{ locale: string }> }) {
  const locale = pageLocale((await params).locale);
  return <CatalogueView locale={locale} raw={{}} />;
}
