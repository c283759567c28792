import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { pageLocale } from '@/lib/i18n/page-locale';
import { getPublicEvent } from '@/lib/events/queries';
import { isIndexable } from '@/lib/events/visibility';
import { localized } from '@/lib/i18n/messages';
import type { Locale } from '@/lib/i18n/routing';
import { EventArticle } from '@/components/events/event-article';

type Props = { params: Promise<{ locale: Locale; slug: string }> };

// Served from the page cache (lib/cache/page-cache.mjs): re-rendered when what it shows changes in the
// database, and at least every 30 s.
export const revalidate = 30;
export function generateStaticParams() {
  return [];
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale: rawLocale, slug } = await params;
  const locale = pageLocale(rawLocale);
  const event = await getPublicEvent(slug);
  if (!event) return {};
  return {
    title: localized(locale, event.titleFi, event.titleSv),
    description: localized(locale, event.summaryFi, event.summarySv),
    alternates: { languages: { fi: `/fi/events/${slug}`, sv: `/sv/events/${slug}` } },
    // An unlisted or invited event is reachable by its link but kept out of search engines.
    ...(isIndexable(event.visibility) ? {} : { robots: { index: false, follow: false } }),
  };
}

export default async function EventPage({ params }: Props) {
  const { locale: rawLocale, slug } = await params;
  const locale = pageLocale(rawLocale);
  const event = await getPublicEvent(slug);
  if (!event) notFound();
  return <EventArticle event={event} locale={locale} />;
}
