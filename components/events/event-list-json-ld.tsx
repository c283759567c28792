// The schema.org ItemList of a list page's events (lib/events/json-ld.ts), as a JSON-LD data block:
// it never runs, so the page's CSP needs no hash for it.
import { eventListJsonLd, scriptSafeJson } from '@/lib/events/json-ld';
import type { EventSummary } from '@/lib/events/queries';
import { publicBaseUrl } from '@/lib/config';
import type { Locale } from '@/lib/i18n/routing';

export function EventListJsonLd({ events, locale }: { events: EventSummary[]; locale: Locale }) {
  return (
    <script
      type="application/ld+json"
      dangerouslySetInnerHTML={{ __html: scriptSafeJson(eventListJsonLd(events, locale, publicBaseUrl())) }}
    />
  );
}
