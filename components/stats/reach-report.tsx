// The body of a statistics page (one event, or a region / the national events over a period):
// a summary, then each breakdown as a chart with its table, then the exports. Tables come from
// lib/stats/tables, the same ones the exports write.
import { getTranslations } from 'next-intl/server';
import type { ReachStats, UnreachedMunicipality } from '@/lib/stats/compute';
import type { StatsTable, TableKey } from '@/lib/stats/tables';
import { timelineLabel } from '@/lib/stats/tables';
import { BarChart } from './bar-chart';
import { ColumnChart } from './column-chart';
import { StatsTableView } from './stats-table';

type Props = {
  id: string; locale: 'fi' | 'sv'; stats: ReachStats; tables: StatsTable[];
  unreached: UnreachedMunicipality[] | null; municipalityCount: number | null;
  /** The export URL without format/table: "…/export?area=HYKS&from=…&to=…" */
  exportHref: string;
};

const MUNICIPALITIES_CHARTED = 15;

export async function ReachReport({ id, locale, stats, tables, unreached, municipalityCount, exportHref }: Props) {
  const t = await getTranslations('stats');
  const tableOf = (k: TableKey) => tables.find((x) => x.key === k);
  const { totals } = stats;
  const series = [{ label: t('col.registered') }, { label: t('col.attended') }];
  const seeTable = t('seeTable');
  const section = (key: TableKey, chart: (() => React.ReactNode) | null, extra?: React.ReactNode) => {
    const table = tableOf(key);
    if (!table) return null;
    return (
      <section aria-labelledby={`${id}-${key}`} className="space-y-3 rounded-lg border border-line bg-white p-4">
        <h2 id={`${id}-${key}`} className="text-xl font-bold">{table.title}</h2>
        {extra}
        {table.rows.length > 0 && chart?.()}
        <StatsTableView table={table} empty={t('noData')} />
      </section>
    );
  };
  const dimensionChart = (key: 'sectors' | 'provinces' | 'municipalities', limit?: number) => {
    const table = tableOf(key)!;
    const rows = limit ? table.rows.slice(0, limit) : table.rows;
    return (
      <BarChart id={`${id}-${key}-chart`} title={limit && table.rows.length > limit ? t('chartTop', { count: limit, title: table.title }) : table.title}
        description={seeTable} series={series}
        data={rows.map((r) => ({ label: String(r[0]), values: [Number(r[1]), Number(r[2])] }))} />
    );
  };
  const sep = (a: number, b: number) => t('split', { onsite: a, remote: b });

  return (
    <div className="space-y-6">
      <section aria-labelledby={`${id}-summary`} className="space-y-3 rounded-lg border border-line bg-white p-4">
        <h2 id={`${id}-summary`} className="text-xl font-bold">{t('summary.heading')}</h2>
        <dl className="grid gap-x-6 gap-y-1 sm:grid-cols-[max-content_1fr]">
          {stats.events.length !== 1 && <><dt className="font-semibold">{t('summary.events')}</dt><dd>{totals.events}</dd></>}
          <dt className="font-semibold">{t('summary.registered')}</dt><dd>{totals.registered.total} ({sep(totals.registered.onsite, totals.registered.remote)})</dd>
          <dt className="font-semibold">{t('summary.attended')}</dt><dd>{totals.attended.total} ({sep(totals.attended.onsite, totals.attended.remote)})</dd>
          <dt className="font-semibold">{t('summary.waitlisted')}</dt><dd>{totals.waitlisted}</dd>
          <dt className="font-semibold">{t('summary.cancelled')}</dt><dd>{totals.cancelled}</dd>
          <dt className="font-semibold">{t('summary.newReturning')}</dt><dd>{t('summary.newReturningValue', { new: totals.newPeople, returning: totals.returning })}</dd>
          {unreached && municipalityCount !== null && <>
            <dt className="font-semibold">{t('summary.reached')}</dt>
            <dd>{t('reachedOf', { reached: municipalityCount - unreached.length, total: municipalityCount })}</dd>
          </>}
        </dl>
        {stats.events.length === 1 && stats.events[0].missingSectors.length > 0 && (
          <p><strong>{t('summary.missingSectors')}:</strong> {String(tableOf('sectors')!.rows.filter((r) => r[1] === 0).map((r) => r[0]).join(', '))}</p>
        )}
        <BarChart id={`${id}-modes`} title={t('summary.chart')} description={t('summary.chartDesc')} series={series}
          data={[
            { label: t('onsite'), values: [totals.registered.onsite, totals.attended.onsite] },
            { label: t('remote'), values: [totals.registered.remote, totals.attended.remote] },
          ]} />
        <p className="text-sm text-muted">{t('definitions')}</p>
      </section>

      {section('events', () => (
        <BarChart id={`${id}-events-chart`} title={tableOf('events')?.title ?? ''} description={seeTable} series={series}
          data={stats.events.map((e, i) => ({ label: String(tableOf('events')!.rows[i][0]), values: [e.totals.registered.total, e.totals.attended.total] }))} />
      ))}
      {section('sectors', () => dimensionChart('sectors'))}
      {section('provinces', () => dimensionChart('provinces'))}
      {section('municipalities', () => dimensionChart('municipalities', MUNICIPALITIES_CHARTED))}
      {section('timeline', () => (
        <ColumnChart id={`${id}-timeline-chart`} title={tableOf('timeline')?.title ?? ''} description={seeTable}
          points={stats.timeline.map((p) => ({ label: timelineLabel(p, locale), count: p.count }))} />
      ))}
      {unreached && section('unreached', null, (
        <p>{unreached.length === 0 ? t('unreachedNone') : t('unreachedIntro', { count: unreached.length, total: municipalityCount ?? 0 })}</p>
      ))}

      <ExportLinks id={id} tables={tables} exportHref={exportHref} />
    </div>
  );
}

export async function ExportLinks({ id, tables, exportHref }: { id: string; tables: StatsTable[]; exportHref: string }) {
  const t = await getTranslations('stats');
  const join = exportHref.includes('?') ? '&' : '?';
  return (
    <section aria-labelledby={`${id}-export`} className="space-y-2 rounded-lg border border-line bg-white p-4">
      <h2 id={`${id}-export`} className="text-xl font-bold">{t('export.heading')}</h2>
      <p>{t('export.intro')}</p>
      <p><a href={`${exportHref}${join}format=xlsx`} download className="font-semibold">{t('export.xlsxAll')}</a></p>
      <ul className="grid gap-1 sm:grid-cols-2">
        {tables.map((tb) => (
          <li key={tb.key}>
            <a href={`${exportHref}${join}format=csv&table=${tb.key}`} download>{t('export.csvOne', { title: tb.title })}</a>
          </li>
        ))}
      </ul>
    </section>
  );
}
