import { getTranslations } from 'next-intl/server';
import { Link } from '@/components/ui/link';
import type { EventSummary } from '@/lib/events/queries';
import { localized } from '@/lib/i18n/messages';
import { formatEventTime, formatMonth, monthKey } from '@/lib/time';
import type { Locale } from '@/lib/i18n/routing';
import { AvailabilityBadge, SeatsLeft } from './availability-badge';
import { cityName } from '@/lib/reference';
import { LocalizedText } from '@/components/ui/localized-text';
import { regionsLabel } from '@/lib/events/regions';
import { organisingBodyName, ownRegion } from '@/lib/events/organising-body';
import { RegistrationElsewhereBadge } from './registration-elsewhere';

export async function EventCard({
  event,
  locale,
  headingLevel = 3,
}: {
  event: EventSummary;
  locale: Locale;
  headingLevel?: 2 | 3 | 4;
}) {
  const t = await getTranslations();
  const H = headingLevel === 2 ? 'h2' : headingLevel === 4 ? 'h4' : 'h3';
  const place = [await cityName(event.city, locale), event.format !== 'onsite' ? t(`formats.${event.format}`) : null]
    .filter(Boolean)
    .join(' · ');
  const scope = regionsLabel(event, locale) ?? t('event.national');
  const cancelled = event.status === 'cancelled';
  return (
    <article className="bg-white border border-line rounded-lg p-4 sm:p-5 shadow-sm">
      <p className="text-sm font-semibold text-muted uppercase tracking-wide">
        {t(`kinds.${event.kind}`)} · {scope}
      </p>
      <H className="mt-1 text-xl font-bold leading-snug">
        <Link href={`/events/${event.slug}`} className={cancelled ? 'line-through decoration-2' : undefined}>
          <LocalizedText locale={locale} fi={event.titleFi} sv={event.titleSv} />
        </Link>
      </H>
      <p className="mt-2 font-semibold">
        <time dateTime={event.startsAt.toISOString()}>{formatEventTime(event.startsAt, event.endsAt, locale)}</time>
      </p>
      {place && <p className="text-muted">{place}</p>}
      <p className="text-muted">{t('event.languageLine', { language: t(`languages.${event.language}`) })}</p>
      <p className="text-muted">
        {t('event.organiserLine', { organiser: organisingBodyName(event, ownRegion(event), locale) })}
      </p>
      <p className="mt-1 text-ink">
        <LocalizedText locale={locale} fi={event.summaryFi} sv={event.summarySv} />
      </p>
      <div className="mt-3 flex flex-wrap items-center gap-x-3 gap-y-1">
        {event.registrationUrl && event.availability.status !== 'cancelled' ? (
          <RegistrationElsewhereBadge />
        ) : (
          <>
            <AvailabilityBadge availability={event.availability} locale={locale} />
            <SeatsLeft availability={event.availability} />
          </>
        )}
      </div>
      {event.themes.length > 0 && (
        <ul className="mt-3 flex flex-wrap gap-2" aria-label={t('event.themes')}>
          {event.themes.map((th) => (
            <li key={th.slug} className="rounded-full bg-brand-light px-3 py-0.5 text-sm text-brand-dark">
              {localized(locale, th.nameFi, th.nameSv)}
            </li>
          ))}
        </ul>
      )}
    </article>
  );
}

export async function EventList({
  events,
  locale,
  empty,
  byMonth = false,
}: {
  events: EventSummary[];
  locale: Locale;
  empty: string;
  byMonth?: boolean;
}) {
  if (events.length === 0) return <p className="rounded border border-line bg-white p-4">{empty}</p>;
  if (byMonth) {
    // A long list on a phone: a heading per (Helsinki) month, in the list's order.
    const months: { key: string; events: EventSummary[] }[] = [];
    for (const e of events) {
      const key = monthKey(e.startsAt);
      if (months.at(-1)?.key !== key) months.push({ key, events: [] });
      months.at(-1)!.events.push(e);
    }
    return (
      <div className="space-y-6">
        {months.map((m) => (
          <section key={m.key} aria-labelledby={`month-${m.key}`}>
            <h3 id={`month-${m.key}`} className="mb-3 text-lg font-bold">
              {formatMonth(m.key, locale)}
            </h3>
            <ul className="grid gap-4">
              {m.events.map((e) => (
                <li key={e.id}>
                  <EventCard event={e} locale={locale} headingLevel={4} />
                </li>
              ))}
            </ul>
          </section>
        ))}
      </div>
    );
  }
  return (
    <ul className="grid gap-4">
      {events.map((e) => (
        <li key={e.id}>
          <EventCard event={e} locale={locale} />
        </li>
      ))}
    </ul>
  );
}
