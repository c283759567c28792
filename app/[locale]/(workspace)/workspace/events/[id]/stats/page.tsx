import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { connection } from 'next/server';
import { getTranslations } from 'next-intl/server';
import { pageLocale } from '@/lib/i18n/page-locale';
import { requireOrganiser } from '@/lib/auth/guards';
import { idOrNotFound } from '@/lib/ids';
import { loadEventReport } from '@/lib/stats/report';
import { EventHeader } from '@/components/attendance/event-header';
import { ReachReport } from '@/components/stats/reach-report';
import { toLocale } from '@/lib/i18n/routing';

type Props = { params: Promise<{ locale: string; id: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations({ locale: toLocale((await params).locale), namespace: 'stats' });
  return { title: t('eventMetaTitle'), robots: { index: false, follow: false } };
}

/** One event's reach: registrations and attendance by mode, sector, municipality and province, new and returning people, sign-ups by day. */
export default async function EventStatsPage({ params }: Props) {
  await connection();
  const { locale: raw, id } = await params;
  const locale = pageLocale(raw);
  const o = await requireOrganiser(locale, `/${locale}/workspace/events/${encodeURIComponent(id)}/stats`);
  const eventId = idOrNotFound(id);
  const report = await loadEventReport(o, eventId, locale);
  if (!report.ok) notFound();
  const { event, stats, tables, held } = report.value;
  const t = await getTranslations('stats');
  return (
    <div className="space-y-6">
      <EventHeader event={event} locale={locale} current="stats" heading={t('eventHeading')} />
      <ReachReport
        id="event-stats"
        locale={locale}
        stats={stats}
        tables={tables}
        held={held}
        exportHref={`/${locale}/workspace/events/${event.id}/stats/export`}
      />
    </div>
  );
}
