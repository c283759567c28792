// Past events, for /{locale}/past and its filtered views (/{locale}/filtered/past/{query}).
import { getTranslations } from 'next-intl/server';
import { loadCatalogue } from '@/lib/events/catalogue';
import { EventList } from '@/components/events/event-card';
import type { Locale } from '@/lib/i18n/routing';
import { PageIntro } from '@/components/ui/page-intro';
import { EventListJsonLd } from '@/components/events/event-list-json-ld';

export async function PastView({
  locale,
  raw,
}: {
  locale: Locale;
  raw: Record<string, string | string[] | undefined>;
}) {
  const t = await getTranslations('past');
  const page = await loadCatalogue(raw, 'past');
  return (
    <div className="space-y-6">
      <EventListJsonLd events={page.events} locale={locale} />
      <PageIntro title={t('title')} intro={t('intro')} />
      <EventList events={page.events} locale={locale} empty={t('empty')} />
    </div>
  );
}
