// The embeddable list of upcoming events, /{locale}/embed?region=…&theme=…&kind=…&limit=… (proxy.ts
// rewrites it here with the query sorted, so each combination is one page in the page cache).
import { pageLocale } from '@/lib/i18n/page-locale';
import { EmbedList } from '@/components/embed/embed-list';

type Props = { params: Promise<{ locale: string; query: string }> };

// Served from the page cache (lib/cache/page-cache.mjs): re-rendered when an event or its seats
// change, and at least every 30 s.
export const revalidate = 30;
export function generateStaticParams() {
  return [];
}

function parse(query: string): Record<string, string | string[]> {
  const raw: Record<string, string | string[]> = {};
  if (query === '-') return raw;
  let decoded: string;
  try {
    decoded = decodeURIComponent(query);
  } catch {
    return raw;
  }
  for (const [k, v] of new URLSearchParams(decoded)) {
    const prev = raw[k];
    raw[k] = prev === undefined ? v : Array.isArray(prev) ? [...prev, v] : [prev, v];
  }
  return raw;
}

export default async function EmbedPage({ params }: Props) {
  const { locale: rawLocale, query } = await params;
  const locale = pageLocale(rawLocale);
  return <EmbedList locale={locale} raw={parse(query)} />;
}
