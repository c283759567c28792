// schema.org Event for an event page, so search engines show date, place and availability, and an
// ItemList of the events a list page (catalogue, region, embeddable list) shows.
// Never includes a stream URL or anyone's personal data.
import type { EventDetail, EventSummary } from './queries';
import { localized } from '@/lib/i18n/messages';
import { toHelsinkiIso } from '@/lib/time';
import type { Locale } from '@/lib/i18n/routing';
import type { ProgrammeSlot } from '@/lib/programme/programme';
import { organisingBodyName, ownRegion } from './organising-body';

export function eventJsonLd(
  e: EventDetail,
  locale: Locale,
  pageUrl: string,
  programme: ProgrammeSlot[] = [],
): Record<string, unknown> {
  const place =
    e.format !== 'online' && (e.venueName || e.city)
      ? {
          '@type': 'Place',
          name: e.venueName ?? e.city,
          address: {
            '@type': 'PostalAddress',
            streetAddress: e.venueAddress ?? undefined,
            addressLocality: e.city ?? undefined,
            addressCountry: 'FI',
          },
        }
      : undefined;
  const virtual = e.format !== 'onsite' ? { '@type': 'VirtualLocation', url: pageUrl } : undefined;
  const statusMap = {
    open: 'InStock',
    waitlist: 'SoldOut',
    full: 'SoldOut',
    not_open: 'PreOrder',
    closed: 'SoldOut',
    cancelled: 'Discontinued',
  } as const;
  return {
    '@context': 'https://schema.org',
    '@type': 'Event',
    name: localized(locale, e.titleFi, e.titleSv),
    description: localized(locale, e.summaryFi, e.summarySv),
    startDate: toHelsinkiIso(e.startsAt),
    endDate: toHelsinkiIso(e.endsAt),
    inLanguage: locale,
    url: pageUrl,
    eventStatus: e.status === 'cancelled' ? 'https://schema.org/EventCancelled' : 'https://schema.org/EventScheduled',
    eventAttendanceMode: {
      onsite: 'https://schema.org/OfflineEventAttendanceMode',
      online: 'https://schema.org/OnlineEventAttendanceMode',
      hybrid: 'https://schema.org/MixedEventAttendanceMode',
    }[e.format],
    location: [place, virtual].filter(Boolean),
    isAccessibleForFree: e.isFree,
    offers: {
      '@type': 'Offer',
      price: e.isFree ? 0 : undefined,
      priceCurrency: 'EUR',
      // Registration elsewhere (issue 17): the offer is taken on the organiser's own page.
      url: e.registrationUrl ?? pageUrl,
      availability: `https://schema.org/${statusMap[e.availability.status]}`,
      validFrom: e.registrationOpensAt ? toHelsinkiIso(e.registrationOpensAt) : undefined,
    },
    // The organising body (issue 17): the network's region, Opetushallitus, an AVI or a project.
    organizer: {
      '@type': 'Organization',
      name: organisingBodyName(e, ownRegion(e), locale),
      email: e.contactName ? (e.contactEmail ?? undefined) : undefined,
    },
    // The programme's slots (lib/programme), each with its speakers; parallel workshops as the slot's own sub-events.
    subEvent: programme.length
      ? programme.map((s) => ({
          '@type': 'Event',
          name: localized(locale, s.titleFi, s.titleSv),
          startDate: toHelsinkiIso(s.startsAt),
          endDate: toHelsinkiIso(s.endsAt),
          performer: s.speakers.length ? s.speakers.map((name) => ({ '@type': 'Person', name })) : undefined,
          subEvent: s.workshops.length
            ? s.workshops.map((w) => ({
                '@type': 'Event',
                name: localized(locale, w.titleFi, w.titleSv),
                startDate: toHelsinkiIso(s.startsAt),
                endDate: toHelsinkiIso(s.endsAt),
                maximumAttendeeCapacity: w.capacity,
                remainingAttendeeCapacity: w.seatsLeft,
              }))
            : undefined,
        }))
      : undefined,
  };
}

/**
 * schema.org ItemList of a list page (a summary list: each event's position, name and address on Kokoon,
 * whose own page carries the full Event). `baseUrl` is the public base URL; names in the page's language.
 */
export function eventListJsonLd(
  list: Pick<EventSummary, 'slug' | 'titleFi' | 'titleSv'>[],
  locale: Locale,
  baseUrl: string,
): Record<string, unknown> {
  return {
    '@context': 'https://schema.org',
    '@type': 'ItemList',
    numberOfItems: list.length,
    itemListElement: list.map((e, i) => ({
      '@type': 'ListItem',
      position: i + 1,
      url: `${baseUrl}/${locale}/events/${e.slug}`,
      name: localized(locale, e.titleFi, e.titleSv),
    })),
  };
}

/** JSON for a <script> tag: `<` escaped so no text can close the tag. */
export function scriptSafeJson(value: unknown): string {
  return JSON.stringify(value)
    .replace(/</g, '\\u003c')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}
