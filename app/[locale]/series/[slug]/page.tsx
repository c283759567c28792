import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { pageLocale } from '@/lib/i18n/page-locale';
import { Link } from '@/components/ui/link';
import { getPublicSeries } from '@/lib/events/queries';
import { localized } from '@/lib/i18n/messages';
import { formatEventTime } from '@/lib/time';
import type { Locale } from '@/lib/i18n/routing';
import { AvailabilityBadge, SeatsLeft } from '@/components/events/availability-badge';
import { Paragraphs } from '@/components/ui/paragraphs';
import { LocalizedText } from '@/components/ui/localized-text';
import { cityNamer } from '@/lib/reference';
import { EventListJsonLd } from '@/components/events/event-list-json-ld';

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
  const series = await getPublicSeries(slug);
  return series ? { title: localized(locale, series.titleFi, series.titleSv) } : {};
}

export default async function SeriesPage({ params }: Props) {
  const { locale: rawLocale, slug } = await params;
  const locale = pageLocale(rawLocale);
  const series = await getPublicSeries(slug);
  if (!series) notFound();
  const t = await getTranslations();
  const city = await cityNamer(locale);
  return (
    <article className="space-y-6">
      <EventListJsonLd events={series.sessions} locale={locale} />
      <header>
        <p className="text-sm font-semibold text-muted uppercase tracking-wide">
          {t('series.label')} · {series.project}
        </p>
        <h1 className="mt-1 text-3xl font-bold leading-tight">
          <LocalizedText locale={locale} fi={series.titleFi} sv={series.titleSv} />
        </h1>
      </header>
      <LocalizedText locale={locale} fi={series.descriptionFi} sv={series.descriptionSv} block>
        {(text) => <Paragraphs text={text} className="text-lg prose-text" />}
      </LocalizedText>
      <dl className="grid gap-x-6 gap-y-2 rounded-lg border border-line bg-white p-4 sm:grid-cols-[max-content_1fr]">
        <dt className="font-semibold">{t('series.trainers')}</dt>
        <dd>{series.trainers}</dd>
        <dt className="font-semibold">{t('series.project')}</dt>
        <dd>{series.project}</dd>
      </dl>
      <section aria-labelledby="sessions-heading">
        <h2 id="sessions-heading" className="text-xl font-bold">
          {t('series.sessions')}{' '}
          <span className="font-normal text-muted">
            ({t('series.sessionCount', { count: series.sessions.length })})
          </span>
        </h2>
        <ol className="mt-3 grid gap-3">
          {series.sessions.map((s) => (
            <li key={s.id} className="rounded-lg border border-line bg-white p-4">
              <h3 className="text-lg font-bold">
                <Link href={`/events/${s.slug}`}>{city(s.city)}</Link>
                {' – '}
                <time dateTime={s.startsAt.toISOString()}>{formatEventTime(s.startsAt, s.endsAt, locale)}</time>
              </h3>
              {s.venueName && (
                <p className="text-muted">
                  <LocalizedText locale={locale} fi={s.venueName} sv={s.venueNameSv} />
                </p>
              )}
              <div className="mt-2 flex flex-wrap items-center gap-x-3 gap-y-1">
                <AvailabilityBadge availability={s.availability} locale={locale} />
                <SeatsLeft availability={s.availability} />
              </div>
            </li>
          ))}
        </ol>
      </section>
    </article>
  );
}
