// The catalogue of upcoming events, for /{locale} and its filtered views (/{locale}?region=…, served
// as /{locale}/filtered/upcoming/{query} so each filter combination is one cached page).
import { getTranslations } from 'next-intl/server';
import { Link } from '@/components/ui/link';
import { loadCatalogue } from '@/lib/events/catalogue';
import { FilterForm } from '@/components/events/filter-form';
import { EventList } from '@/components/events/event-card';
import { FilterErrors } from '@/components/events/filter-errors';
import { SubscribeLinks } from '@/components/calendar/subscribe-links';
import { EventListJsonLd } from '@/components/events/event-list-json-ld';
import { feedPath, type FeedSpec } from '@/lib/calendar/links';
import type { EventQuery } from '@/lib/events/filters';
import { translate } from '@/lib/i18n/messages';

/** The feed that matches the catalogue's filters best (region, province or theme; otherwise all; and the language). */
function feedFor(q: EventQuery): FeedSpec {
  const language = q.language ? { language: q.language } : {};
  // The region's own events, as the filtered list shows them (the region feed adds national ones by default).
  if (q.region && q.region !== 'national') return { kind: 'region', region: q.region, national: false, ...language };
  if (q.province) return { kind: 'province', province: q.province, ...language };
  if (q.theme) return { kind: 'theme', theme: q.theme, ...language };
  return { kind: 'all', ...language };
}

/** Filters of the list that the chosen feed does not apply (kind, month, a second place or theme). */
function feedIgnores(q: EventQuery): boolean {
  const spec = feedFor(q);
  return !!(
    q.kind ||
    q.startsFrom ||
    q.startsBefore ||
    q.region === 'national' ||
    (spec.kind === 'region' && (q.province || q.theme)) ||
    (spec.kind === 'province' && q.theme)
  );
}

import type { Locale } from '@/lib/i18n/routing';
import { PageIntro } from '@/components/ui/page-intro';

export async function CatalogueView({
  locale,
  raw,
}: {
  locale: Locale;
  raw: Record<string, string | string[] | undefined>;
}) {
  const t = await getTranslations('catalogue');
  const page = await loadCatalogue(raw, 'upcoming');
  return (
    <div className="space-y-6">
      <EventListJsonLd events={page.events} locale={locale} />
      <PageIntro title={t('title')} intro={t('intro')} />
      {/* After filtering the page lands on the results (#results), not on the filters again. */}
      <FilterForm
        locale={locale}
        reference={page.reference}
        query={page.query}
        month={page.month}
        months={page.months}
        action={`/${locale}`}
        anchor="results"
        collapsible
      />
      <FilterErrors errors={page.errors} />
      <section id="results" aria-labelledby="results-heading" tabIndex={-1} className="scroll-mt-4 focus:outline-none">
        <h2 id="results-heading" className="text-xl font-bold mb-3" aria-live="polite">
          {t('results', { count: page.events.length })}
        </h2>
        <EventList events={page.events} locale={locale} empty={t('noResults')} byMonth />
      </section>
      <SubscribeLinks
        feedPath={feedPath(feedFor(page.query))}
        locale={locale}
        note={feedIgnores(page.query) ? translate(locale, 'calendarBox.ignoresFilters') : undefined}
      />
      <p>
        <Link href="/past">{t('pastLink')}</Link>
      </p>
    </div>
  );
}
