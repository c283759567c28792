// The body of one event's statistics page — a summary, then each breakdown as a chart with its
// table, then the exports — and the pieces the period report (area-report.tsx) shares with it.
// Tables come from lib/stats/tables, the same ones the exports write.
import { getTranslations } from 'next-intl/server';
import type { ReachStats, TimelinePoint } from '@/lib/stats/compute';
import type { StatsTable, TableKey } from '@/lib/stats/tables';
import { timelineLabel } from '@/lib/stats/tables';
import { BarChart } from '@/components/charts/bar-chart';
import { DataTable } from '@/components/charts/data-table';
import type { Locale } from '@/lib/i18n/routing';
import { AudienceSections } from '@/components/audience/audience-sections';
import { AnswerCharts } from '@/components/questions/answer-charts';

type Props = {
  id: string;
  locale: Locale;
  stats: ReachStats;
  tables: StatsTable[];
  /** False while the event is not over: its numbers are registrations so far. */
  held: boolean;
  /** The export URL without format/table: "…/export?area=HYKS&from=…&to=…" */
  exportHref: string;
};

const MUNICIPALITIES_CHARTED = 15;

/** One table's section: heading, optional text, chart (when there are rows) and the table. */
export async function StatsSection({
  id,
  table,
  chart,
  children,
}: {
  id: string;
  table: StatsTable | undefined;
  chart?: (() => React.ReactNode) | null;
  children?: React.ReactNode;
}) {
  if (!table) return null;
  const t = await getTranslations('stats');
  return (
    <section aria-labelledby={`${id}-${table.key}`} className="space-y-3 rounded-lg border border-line bg-white p-4">
      <h2 id={`${id}-${table.key}`} className="text-xl font-bold">
        {table.title}
      </h2>
      {children}
      {table.rows.length > 0 && chart?.()}
      <DataTable table={table} empty={t('noData')} />
    </section>
  );
}

/** The held events' breakdowns (per event, sector, province, municipality) and sign-ups over time. */
export async function Breakdowns({
  id,
  locale,
  stats,
  tables,
  timeline,
}: {
  id: string;
  locale: Locale;
  stats: ReachStats;
  tables: StatsTable[];
  timeline: TimelinePoint[];
}) {
  const t = await getTranslations('stats');
  const tableOf = (k: TableKey) => tables.find((x) => x.key === k);
  const series = [{ label: t('col.registered') }, { label: t('col.attended') }];
  const seeTable = t('seeTable');
  const dimensionChart = (key: 'sectors' | 'provinces' | 'municipalities', limit?: number) => {
    const table = tableOf(key)!;
    const rows = limit ? table.rows.slice(0, limit) : table.rows;
    return (
      <BarChart
        id={`${id}-${key}-chart`}
        title={limit && table.rows.length > limit ? t('chartTop', { count: limit, title: table.title }) : table.title}
        description={seeTable}
        series={series}
        data={rows.map((r) => ({ label: String(r[0]), values: [Number(r[1]), Number(r[2])] }))}
      />
    );
  };
  return (
    <>
      <StatsSection
        id={id}
        table={tableOf('events')}
        chart={() => (
          <BarChart
            id={`${id}-events-chart`}
            title={tableOf('events')?.title ?? ''}
            description={seeTable}
            series={series}
            data={stats.events.map((e, i) => ({
              label: String(tableOf('events')!.rows[i][0]),
              values: [e.totals.registered.total, e.totals.attended.total],
            }))}
          />
        )}
      />
      <StatsSection id={id} table={tableOf('sectors')} chart={() => dimensionChart('sectors')} />
      <StatsSection id={id} table={tableOf('provinces')} chart={() => dimensionChart('provinces')} />
      <StatsSection
        id={id}
        table={tableOf('municipalities')}
        chart={() => dimensionChart('municipalities', MUNICIPALITIES_CHARTED)}
      />
      <StatsSection
        id={id}
        table={tableOf('timeline')}
        chart={() => (
          <BarChart
            id={`${id}-timeline-chart`}
            layout="columns"
            title={tableOf('timeline')?.title ?? ''}
            description={seeTable}
            series={[{ label: t('col.signUps') }]}
            data={timeline.map((p) => ({ label: timelineLabel(p, locale), values: [p.count] }))}
          />
        )}
      />
    </>
  );
}

export async function ReachReport({ id, locale, stats, tables, held, exportHref }: Props) {
  const t = await getTranslations('stats');
  const { totals } = stats;
  const series = [{ label: t('col.registered') }, { label: t('col.attended') }];
  const sep = (a: number, b: number) => t('split', { onsite: a, remote: b });
  const sectors = tables.find((x) => x.key === 'sectors');

  return (
    <div className="space-y-6">
      <section aria-labelledby={`${id}-summary`} className="space-y-3 rounded-lg border border-line bg-white p-4">
        <h2 id={`${id}-summary`} className="text-xl font-bold">
          {t('summary.heading')}
        </h2>
        {!held && <p className="rounded border-2 border-brand-dark p-3 font-semibold">{t('notHeldYet')}</p>}
        <dl className="grid gap-x-6 gap-y-1 sm:grid-cols-[max-content_1fr]">
          <dt className="font-semibold">{t('summary.registered')}</dt>
          <dd>
            {totals.registered.total} ({sep(totals.registered.onsite, totals.registered.remote)})
          </dd>
          <dt className="font-semibold">{t('summary.attended')}</dt>
          <dd>
            {totals.attended.total} ({sep(totals.attended.onsite, totals.attended.remote)})
          </dd>
          <dt className="font-semibold">{t('summary.waitlisted')}</dt>
          <dd>{totals.waitlisted}</dd>
          <dt className="font-semibold">{t('summary.cancelled')}</dt>
          <dd>{totals.cancelled}</dd>
          <dt className="font-semibold">{t('summary.newReturning')}</dt>
          <dd>{t('summary.newReturningValue', { new: totals.newPeople, returning: totals.returning })}</dd>
        </dl>
        {stats.events.length === 1 && stats.events[0].missingSectors.length > 0 && sectors && (
          <p>
            <strong>{t('summary.missingSectors')}:</strong>{' '}
            {String(
              sectors.rows
                .filter((r) => r[1] === 0)
                .map((r) => r[0])
                .join(', '),
            )}
          </p>
        )}
        <BarChart
          id={`${id}-modes`}
          title={t('summary.chart')}
          description={t('summary.chartDesc')}
          series={series}
          data={[
            { label: t('onsite'), values: [totals.registered.onsite, totals.attended.onsite] },
            { label: t('remote'), values: [totals.registered.remote, totals.attended.remote] },
          ]}
        />
        <p className="text-sm text-muted">{t('definitions')}</p>
      </section>
      <Breakdowns id={id} locale={locale} stats={stats} tables={tables} timeline={stats.timeline} />
      <AudienceSections id={id} tables={tables} />
      <AnswerCharts id={id} tables={tables} />
      <ExportLinks id={id} tables={tables} exportHref={exportHref} />
    </div>
  );
}

export async function ExportLinks({
  id,
  tables,
  exportHref,
}: {
  id: string;
  tables: StatsTable[];
  exportHref: string;
}) {
  const t = await getTranslations('stats');
  const join = exportHref.includes('?') ? '&' : '?';
  return (
    <section aria-labelledby={`${id}-export`} className="space-y-2 rounded-lg border border-line bg-white p-4">
      <h2 id={`${id}-export`} className="text-xl font-bold">
        {t('export.heading')}
      </h2>
      <p>{t('export.intro')}</p>
      <p>
        <a href={`${exportHref}${join}format=xlsx`} download className="font-semibold">
          {t('export.xlsxAll')}
        </a>
      </p>
      <ul className="grid gap-1 sm:grid-cols-2">
        {tables.map((tb) => (
          <li key={tb.key}>
            <a href={`${exportHref}${join}format=csv&table=${tb.key}`} download>
              {t('export.csvOne', { title: tb.title })}
            </a>
          </li>
        ))}
      </ul>
    </section>
  );
}
