// "Add to calendar" for one event: the .ics download (any calendar app) and Google Calendar's
// add-event form. Renders nothing for an unknown slug or a draft.
// Usage: <AddToCalendar slug={event.slug} locale={locale} />
import { getCalendarEntry } from '@/lib/calendar/feeds';
import { googleEventUrl } from '@/lib/calendar/links';
import { calendarTexts } from '@/lib/calendar/texts';
import type { Locale } from '@/lib/i18n/routing';

export async function AddToCalendar({
  slug,
  locale,
  headingLevel = 2,
}: {
  slug: string;
  locale: Locale;
  headingLevel?: 2 | 3 | 4;
}) {
  const entry = await getCalendarEntry(slug, locale);
  if (!entry) return null;
  const t = calendarTexts(locale).addToCalendar;
  const H = `h${headingLevel}` as const;
  const headingId = `add-to-calendar-${slug}`;
  return (
    <section aria-labelledby={headingId} className="rounded-lg border border-line bg-white p-4">
      <H id={headingId} className="text-lg font-bold text-brand-dark">
        {t.heading}
      </H>
      <ul className="mt-2 space-y-1">
        <li>
          <a href={entry.downloadPath} download={`${entry.slug}.ics`}>
            {t.download}
          </a>
        </li>
        <li>
          <a href={googleEventUrl(entry)} rel="noopener noreferrer">
            {t.google}
          </a>
        </li>
      </ul>
    </section>
  );
}
