// Where an on-site event is held, in the page's language: venue and address (the Swedish ones on /sv
// where the event has them, else the Finnish marked as such) and the city as the list card names it
// ("Vasa" on /sv), added when the address does not already say it.
import { Fragment, type ReactNode } from 'react';
import { LocalizedText } from '@/components/ui/localized-text';
import { localizedField } from '@/lib/i18n/messages';
import type { Locale } from '@/lib/i18n/routing';

export type PlaceFields = {
  venueName: string | null;
  venueNameSv: string | null;
  venueAddress: string | null;
  venueAddressSv: string | null;
};

/** `city` is already named for `locale` (lib/reference cityName). Null when there is nothing to say. */
export function EventPlace({ event, city, locale }: { event: PlaceFields; city: string | null; locale: Locale }) {
  const parts: ReactNode[] = [];
  if (localizedField(locale, event.venueName, event.venueNameSv).text.trim()) {
    parts.push(<LocalizedText locale={locale} fi={event.venueName} sv={event.venueNameSv} />);
  }
  const address = localizedField(locale, event.venueAddress, event.venueAddressSv).text.trim();
  if (address) parts.push(<LocalizedText locale={locale} fi={event.venueAddress} sv={event.venueAddressSv} />);
  if (city && !address.toLocaleLowerCase(locale).includes(city.toLocaleLowerCase(locale))) parts.push(city);
  if (parts.length === 0) return null;
  return (
    <>
      {parts.map((p, i) => (
        <Fragment key={i}>
          {i > 0 && ', '}
          {p}
        </Fragment>
      ))}
    </>
  );
}
