import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { pageLocale } from '@/lib/i18n/page-locale';
import { getReferenceData } from '@/lib/reference';
import { listUpcomingEvents } from '@/lib/events/queries';
import { localized } from '@/lib/i18n/messages';
import { EventList } from '@/components/events/event-card';
import { SubscribeLinks } from '@/components/calendar/subscribe-links';
import { EventListJsonLd } from '@/components/events/event-list-json-ld';

type Props = { params: Promise<{ locale: string; code: string }> };

async function findRegion(code: string) {
  const ref = await getReferenceData();
  const region = ref.regions.find((r) => r.code.toLowerCase() === code.toLowerCase());
  return region ? { region, provinces: ref.provinces.filter((p) => p.regionCode === region.code) } : null;
}

// Served from the page cache (lib/cache/page-cache.mjs): re-rendered when what it shows changes in the
// database, and at least every 30 s.
export const revalidate = 30;
export function generateStaticParams() {
  return [];
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale: rawLocale, code } = await params;
  const locale = pageLocale(rawLocale);
  const found = await findRegion(code);
  return found ? { title: localized(locale, found.region.nameFi, found.region.nameSv) } : {};
}

export default async function RegionPage({ params }: Props) {
  const { locale: rawLocale, code } = await params;
  const locale = pageLocale(rawLocale);
  const found = await findRegion(code);
  if (!found) notFound();
  const t = await getTranslations('regions');
  const [regional, national] = await Promise.all([
    listUpcomingEvents({ region: found.region.code }),
    listUpcomingEvents({ region: 'national' }),
  ]);
  return (
    <div className="space-y-8">
      <EventListJsonLd events={[...regional, ...national]} locale={locale} />
      <div>
        <h1 className="text-3xl font-bold">{localized(locale, found.region.nameFi, found.region.nameSv)}</h1>
        <h2 className="mt-4 text-lg font-bold">{t('provinces')}</h2>
        <ul className="mt-1 flex flex-wrap gap-2">
          {found.provinces.map((p) => (
            <li key={p.code}>
              <a
                href={`/${locale}?province=${p.code}`}
                className="inline-block rounded-full border border-brand px-3 py-0.5"
              >
                {localized(locale, p.nameFi, p.nameSv)}
              </a>
            </li>
          ))}
        </ul>
      </div>
      <section aria-labelledby="regional-heading">
        <h2 id="regional-heading" className="text-2xl font-bold mb-3">
          {t('upcoming')}
        </h2>
        <EventList events={regional} locale={locale} empty={t('none')} />
      </section>
      <SubscribeLinks feedPath={`/calendar/region/${found.region.code.toLowerCase()}.ics`} locale={locale} />
      <section aria-labelledby="national-heading">
        <h2 id="national-heading" className="text-2xl font-bold mb-3">
          {t('national')}
        </h2>
        <EventList events={national} locale={locale} empty={t('none')} />
      </section>
    </div>
  );
}
