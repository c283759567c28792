// The embeddable list (app/embed): upcoming public events from the catalogue's own query
// (lib/events/catalogue.ts), at most `limit` of them, each with date, title, place or remote,
// region and seats, linking to its page on Kokoon in the whole window (target=_top: the frame is
// only a window onto Kokoon). Server-rendered; its one inline script only reports its height.
import { getTranslations } from 'next-intl/server';
import { loadCatalogue } from '@/lib/events/catalogue';
import { EMBED_HEIGHT_SCRIPT, parseEmbedLimit } from '@/lib/events/embed';
import type { FilterError } from '@/lib/events/filters';
import type { EventSummary } from '@/lib/events/queries';
import { localized } from '@/lib/i18n/messages';
import type { Locale } from '@/lib/i18n/routing';
import { cityNamer } from '@/lib/reference';
import { regionsLabel } from '@/lib/events/regions';
import { formatEventTime } from '@/lib/time';
import { AvailabilityBadge, SeatsLeft } from '@/components/events/availability-badge';
import { FilterErrors } from '@/components/events/filter-errors';
import { EventListJsonLd } from '@/components/events/event-list-json-ld';
import { RegistrationElsewhereBadge } from '@/components/events/registration-elsewhere';

type Raw = Record<string, string | string[] | undefined>;

/** The catalogue address with the same filters, for "all events". */
function cataloguePath(locale: Locale, raw: Raw): string {
  const params = new URLSearchParams();
  for (const key of ['region', 'theme', 'kind']) {
    const v = raw[key];
    const s = Array.isArray(v) ? v[0] : v;
    if (s) params.set(key, s);
  }
  const q = params.toString();
  return `/${locale}${q ? `?${q}` : ''}`;
}

export async function EmbedList({ locale, raw }: { locale: Locale; raw: Raw }) {
  const { limit: rawLimit, ...filters } = raw;
  const [t, page, city] = await Promise.all([getTranslations(), loadCatalogue(filters, 'upcoming'), cityNamer(locale)]);
  const { limit, invalid } = parseEmbedLimit(rawLimit);
  const errors: FilterError[] = invalid
    ? [...page.errors, { code: 'invalidParameter', name: 'limit', value: String(rawLimit), allowed: [] }]
    : page.errors;
  // Only the catalogue's filters are applied: a bad one is left out, so the list still shows something.
  const shown = page.events.slice(0, limit);
  const scope = (e: EventSummary) => regionsLabel(e, locale) ?? t('event.national');
  return (
    <main className="p-3 text-ink">
      <EventListJsonLd events={shown} locale={locale} />
      <h1 className="text-xl font-bold">{t('embed.title')}</h1>
      <FilterErrors errors={errors} />
      {shown.length === 0 ? (
        <p className="mt-2">{t('embed.none')}</p>
      ) : (
        <ul className="mt-2 divide-y divide-line">
          {shown.map((e) => {
            const place = [city(e.city), e.format !== 'onsite' ? t(`formats.${e.format}`) : null]
              .filter(Boolean)
              .join(' · ');
            const cancelled = e.status === 'cancelled';
            return (
              <li key={e.id} className="py-3">
                <h2 className="text-lg font-bold leading-snug">
                  <a
                    href={`/${locale}/events/${e.slug}`}
                    target="_top"
                    className={`text-brand-dark underline ${cancelled ? 'line-through decoration-2' : ''}`}
                  >
                    {localized(locale, e.titleFi, e.titleSv)}
                  </a>
                </h2>
                <p className="font-semibold">
                  <time dateTime={e.startsAt.toISOString()}>{formatEventTime(e.startsAt, e.endsAt, locale)}</time>
                </p>
                <p className="text-muted">{[place, scope(e)].filter(Boolean).join(' · ')}</p>
                <p className="mt-1 flex flex-wrap items-center gap-x-3 gap-y-1">
                  {e.registrationUrl && !cancelled ? (
                    <RegistrationElsewhereBadge />
                  ) : (
                    <>
                      <AvailabilityBadge availability={e.availability} locale={locale} />
                      <SeatsLeft availability={e.availability} />
                    </>
                  )}
                </p>
              </li>
            );
          })}
        </ul>
      )}
      <p className="mt-3">
        <a href={cataloguePath(locale, filters)} target="_top" className="text-brand-dark underline">
          {t('embed.allEvents')}
        </a>
      </p>
      <script dangerouslySetInnerHTML={{ __html: EMBED_HEIGHT_SCRIPT }} />
    </main>
  );
}
