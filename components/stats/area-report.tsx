// The body of a period's statistics page (a region or the national events): held events with
// their attendance and reach, upcoming events apart as "registered so far", the municipalities not
// reached (and those only registered ahead), the year-on-year trend and the province × sector heat
// table, then the exports. The admin overview reuses TrendSections and HeatSection.
import { getTranslations } from 'next-intl/server';
import type { AreaReport as Report } from '@/lib/stats/report';
import type { Trend } from '@/lib/stats/trend';
import { signed } from '@/lib/stats/trend';
import type { Heat } from '@/lib/stats/heat';
import { formatRate, type StatsTable, type TableKey } from '@/lib/stats/tables';
import { BarChart } from '@/components/charts/bar-chart';
import { Breakdowns, ExportLinks, StatsSection } from './reach-report';
import { AudienceSections } from '@/components/audience/audience-sections';
import { HeatTable } from './heat-table';
import type { Locale } from '@/lib/i18n/routing';

type Props = {
  id: string;
  locale: Locale;
  report: Report;
  exportHref: string;
  /** The period and the same days a year earlier, as the reader writes dates. */
  periodText: string;
  previousText: string;
};

export async function TrendSections({
  id,
  tables,
  trend,
  keys,
  periodText,
  previousText,
}: {
  id: string;
  tables: StatsTable[];
  trend: Trend;
  keys: ('trendRegions' | 'trendSectors' | 'trendProvinces')[];
  periodText: string;
  previousText: string;
}) {
  const t = await getTranslations('stats');
  const series = [{ label: t('col.previous') }, { label: t('col.current') }];
  const intro = (
    <>
      <p>{t('trend.intro', { period: periodText, previous: previousText })}</p>
      <p className="font-semibold">
        {t('trend.total', {
          current: trend.total.current,
          previous: trend.total.previous,
          change: signed(trend.total.current - trend.total.previous),
        })}
      </p>
    </>
  );
  return keys.map((key, i) => {
    const table = tables.find((x) => x.key === key);
    return (
      <StatsSection
        key={key}
        id={id}
        table={table}
        chart={() => (
          <BarChart
            id={`${id}-${key}-chart`}
            title={t('trend.chart', { title: table!.title })}
            description={t('seeTable')}
            series={series}
            // The last row is the total: the chart shows the rows themselves.
            data={table!.rows.slice(0, -1).map((r) => ({ label: String(r[0]), values: [Number(r[1]), Number(r[2])] }))}
          />
        )}
      >
        {i === 0 ? intro : null}
      </StatsSection>
    );
  });
}

export async function HeatSection({ id, tables, heat }: { id: string; tables: StatsTable[]; heat: Heat }) {
  const table = tables.find((x) => x.key === 'heat');
  if (!table) return null;
  const t = await getTranslations('stats');
  return (
    <section aria-labelledby={`${id}-heat`} className="space-y-3 rounded-lg border border-line bg-white p-4">
      <h2 id={`${id}-heat`} className="text-xl font-bold">
        {table.title}
      </h2>
      <p>{t('heat.intro')}</p>
      <HeatTable
        id={`${id}-heat`}
        table={table}
        heat={heat}
        legend={{ title: t('heat.legend'), step: (range) => t('heat.step', { range }) }}
      />
    </section>
  );
}

export async function AreaReport({ id, locale, report, exportHref, periodText, previousText }: Props) {
  const t = await getTranslations('stats');
  const { held, upcoming, timeline } = report.stats!;
  const { reach, municipalityCount, tables } = report;
  const tableOf = (k: TableKey) => tables.find((x) => x.key === k);
  const series = [{ label: t('col.registered') }, { label: t('col.attended') }];
  const sep = (a: number, b: number) => t('split', { onsite: a, remote: b });
  const h = held.totals;
  const u = upcoming.totals;

  return (
    <div className="space-y-6">
      <section aria-labelledby={`${id}-summary`} className="space-y-3 rounded-lg border border-line bg-white p-4">
        <h2 id={`${id}-summary`} className="text-xl font-bold">
          {t('summary.heading')}
        </h2>
        <dl className="grid gap-x-6 gap-y-1 sm:grid-cols-[max-content_1fr]">
          <dt className="font-semibold">{t('summary.heldEvents')}</dt>
          <dd>{h.events}</dd>
          <dt className="font-semibold">{t('summary.registered')}</dt>
          <dd>
            {h.registered.total} ({sep(h.registered.onsite, h.registered.remote)})
          </dd>
          <dt className="font-semibold">{t('summary.attended')}</dt>
          <dd>
            {h.attended.total} ({sep(h.attended.onsite, h.attended.remote)})
          </dd>
          <dt className="font-semibold">{t('summary.rate')}</dt>
          <dd>{formatRate(h, locale)}</dd>
          <dt className="font-semibold">{t('summary.waitlisted')}</dt>
          <dd>{h.waitlisted}</dd>
          <dt className="font-semibold">{t('summary.cancelled')}</dt>
          <dd>{h.cancelled}</dd>
          <dt className="font-semibold">{t('summary.newReturning')}</dt>
          <dd>{t('summary.newReturningValue', { new: h.newPeople, returning: h.returning })}</dd>
          {reach && municipalityCount !== null && (
            <>
              <dt className="font-semibold">{t('summary.reached')}</dt>
              <dd>{t('reachedOf', { reached: reach.reached, total: municipalityCount })}</dd>
              <dt className="font-semibold">{t('summary.pending')}</dt>
              <dd>{reach.pending.length}</dd>
            </>
          )}
        </dl>
        <h3 className="text-lg font-bold">{t('summary.upcomingHeading')}</h3>
        <dl className="grid gap-x-6 gap-y-1 sm:grid-cols-[max-content_1fr]">
          <dt className="font-semibold">{t('summary.upcomingEvents')}</dt>
          <dd>{u.events}</dd>
          <dt className="font-semibold">{t('summary.registeredSoFar')}</dt>
          <dd>
            {u.registered.total} ({sep(u.registered.onsite, u.registered.remote)})
          </dd>
          <dt className="font-semibold">{t('summary.waitlisted')}</dt>
          <dd>{u.waitlisted}</dd>
        </dl>
        <BarChart
          id={`${id}-modes`}
          title={t('summary.chart')}
          description={t('summary.chartDesc')}
          series={series}
          data={[
            { label: t('onsite'), values: [h.registered.onsite, h.attended.onsite] },
            { label: t('remote'), values: [h.registered.remote, h.attended.remote] },
          ]}
        />
        <p className="text-sm text-muted">{t('definitions')}</p>
      </section>

      <Breakdowns id={id} locale={locale} stats={held} tables={tables} timeline={timeline} />
      <AudienceSections id={id} tables={tables} />
      <StatsSection
        id={id}
        table={tableOf('upcoming')}
        chart={() => (
          <BarChart
            id={`${id}-upcoming-chart`}
            title={tableOf('upcoming')!.title}
            description={t('seeTable')}
            series={[{ label: t('summary.registeredSoFar') }]}
            data={upcoming.events.map((e, i) => ({
              label: String(tableOf('upcoming')!.rows[i][0]),
              values: [e.totals.registered.total],
            }))}
          />
        )}
      >
        <p>{t('upcomingIntro')}</p>
      </StatsSection>
      {reach && (
        <>
          <StatsSection id={id} table={tableOf('unreached')}>
            <p>
              {reach.unreached.length === 0
                ? t('unreachedNone')
                : t('unreachedIntro', { count: reach.unreached.length, total: municipalityCount ?? 0 })}
            </p>
          </StatsSection>
          <StatsSection id={id} table={tableOf('pending')}>
            <p>{t('pendingIntro', { count: reach.pending.length })}</p>
          </StatsSection>
        </>
      )}
      <TrendSections
        id={id}
        tables={tables}
        trend={report.trend}
        keys={['trendSectors', 'trendProvinces']}
        periodText={periodText}
        previousText={previousText}
      />
      <HeatSection id={id} tables={tables} heat={report.heat} />
      <ExportLinks id={id} tables={tables} exportHref={exportHref} />
    </div>
  );
}
