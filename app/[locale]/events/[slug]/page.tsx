import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { connection } from 'next/server';
import { pageLocale } from '@/lib/i18n/page-locale';
import { getPublicEvent } from '@/lib/events/queries';
import { localized } from '@/lib/i18n/messages';
import type { Locale } from '@/lib/time';
import { EventArticle } from '@/components/events/event-article';

type Props = { params: Promise<{ locale: Locale; slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  await connection();
  const { locale: rawLocale, slug } = await params;
  const locale = pageLocale(rawLocale);
  const event = await getPublicEvent(slug);
  if (!event) return {};
  return {
    title: localized(locale, event.titleFi, event.titleSv),
    description: localized(locale, event.summaryFi, event.summarySv),
    alternates: { languages: { fi: `/fi/events/${slug}`, sv: `/sv/events/${slug}` } },
  };
}

export default async function EventPage({ params }: Props) {
  await connection();
  const { locale: rawLocale, slug } = await params;
  const locale = pageLocale(rawLocale);
  const event = await getPublicEvent(slug);
  if (!event) notFound();
  return <EventArticle event={event} locale={locale} />;
}
