// A list page with filters: proxy.ts rewrites /{locale}?region=…, /{locale}/past?… and
// /{locale}/materials?… here (query sorted, empty values dropped), so that each filter combination is
// one page in the page cache instead of a render per request. The address people see and share stays
// the one with the query.
import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { pageLocale } from '@/lib/i18n/page-locale';
import { CatalogueView } from '@/components/lists/catalogue-view';
import { PastView } from '@/components/lists/past-view';
import { MaterialsBankView } from '@/components/lists/materials-bank-view';

type Props = { params: Promise<{ locale: string; list: string; query: string }> };

const VIEWS = { upcoming: CatalogueView, past: PastView, materials: MaterialsBankView } as const;
const TITLES = {
  upcoming: ['catalogue', 'title'],
  past: ['past', 'title'],
  materials: ['materialsBank', 'title'],
} as const;

export const revalidate = 30;
export function generateStaticParams() {
  return [];
}

function parse(
  list: string,
  query: string,
): { view: keyof typeof VIEWS; raw: Record<string, string | string[]> } | null {
  if (!Object.hasOwn(VIEWS, list)) return null;
  let decoded: string;
  try {
    decoded = decodeURIComponent(query);
  } catch {
    return null;
  }
  const raw: Record<string, string | string[]> = {};
  for (const [k, v] of new URLSearchParams(decoded)) {
    const prev = raw[k];
    raw[k] = prev === undefined ? v : Array.isArray(prev) ? [...prev, v] : [prev, v];
  }
  return { view: list as keyof typeof VIEWS, raw };
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale: rawLocale, list, query } = await params;
  const locale = pageLocale(rawLocale);
  const parsed = parse(list, query);
  if (!parsed) return {};
  const [namespace, key] = TITLES[parsed.view];
  const t = await getTranslations({ locale, namespace });
  return parsed.view === 'upcoming' ? {} : { title: t(key) };
}

export default async function FilteredListPage({ params }: Props) {
  const { locale: rawLocale, list, query } = await params;
  const locale = pageLocale(rawLocale);
  const parsed = parse(list, query);
  if (!parsed) notFound();
  const View = VIEWS[parsed.view];
  return <View locale={locale} raw={parsed.raw} />;
}
