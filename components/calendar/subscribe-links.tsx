// "Subscribe in your calendar" for one public feed: webcal:// (Apple Calendar, desktop Outlook),
// Google Calendar, Outlook.com, and the https address to copy into anything else.
// Usage: <SubscribeLinks feedPath="/calendar/region/hyks.ics" locale="fi" />
import { publicBaseUrl } from '@/lib/config';
import { feedDescription, feedName } from '@/lib/calendar/feeds';
import { translate } from '@/lib/i18n/messages';
import { parseFeedPath, subscribeUrls } from '@/lib/calendar/links';
import { calendarTexts } from '@/lib/calendar/texts';
import type { Locale } from '@/lib/i18n/routing';
import { CopyField } from './copy-field';

type HeadingLevel = 2 | 3 | 4;

/** A stable id from the feed path, so two blocks on one page never share one. */
const idFor = (prefix: string, path: string) =>
  `${prefix}-${path.replace(/[^a-zA-Z0-9]+/g, '-').replace(/^-|-$/g, '')}`;

export async function SubscribeLinks({
  feedPath,
  locale,
  headingLevel = 2,
  name,
  named = false,
  note,
}: {
  feedPath: string;
  locale: Locale;
  headingLevel?: HeadingLevel;
  /** The calendar's name for Outlook.com; by default the feed's own name. */
  name?: string;
  /** Name the calendar in the heading too (where the page does not say which calendar it is). */
  named?: boolean;
  /** How the feed differs from the list beside it (e.g. filters it does not follow), if it does. */
  note?: string;
}) {
  const t = calendarTexts(locale).subscribe;
  const spec = parseFeedPath(feedPath);
  const calendarName = name ?? (spec ? await feedName(spec, locale) : null) ?? 'Kokoon';
  // Say exactly what the feed holds, so nobody expects it to be the list on the page (issue 16).
  const holds = spec ? await feedDescription(spec, locale) : null;
  const urls = subscribeUrls(publicBaseUrl(), feedPath, locale, calendarName);
  const H = `h${headingLevel}` as const;
  const headingId = idFor('subscribe', feedPath);
  return (
    <section aria-labelledby={headingId} className="rounded-lg border border-line bg-white p-4">
      <H id={headingId} className="text-lg font-bold text-brand-dark">
        {named ? `${t.heading}: ${calendarName}` : t.heading}
      </H>
      {holds && (
        <p className="mt-1" data-testid="feed-holds">
          {translate(locale, 'calendarBox.holds', { description: holds })}
        </p>
      )}
      {note && <p className="mt-1 font-semibold">{note}</p>}
      <p className="mt-1">{t.intro}</p>
      <ul className="mt-2 space-y-1">
        <li>
          <a href={urls.webcal}>{t.webcal}</a>
        </li>
        <li>
          <a href={urls.google} rel="noopener noreferrer">
            {t.google}
          </a>
          <span className="block text-sm text-muted">{t.googleNote}</span>
        </li>
        <li>
          <a href={urls.microsoft365} rel="noopener noreferrer">
            {t.microsoft365}
          </a>
        </li>
        <li>
          <a href={urls.outlook} rel="noopener noreferrer">
            {t.outlook}
          </a>
        </li>
      </ul>
      <CopyField
        id={idFor('subscribe-url', feedPath)}
        label={t.urlLabel}
        value={urls.https}
        copyLabel={t.copy}
        copiedLabel={t.copied}
        failedLabel={t.copyFailed}
      />
    </section>
  );
}
