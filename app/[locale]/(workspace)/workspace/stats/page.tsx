import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { connection } from 'next/server';
import { getTranslations } from 'next-intl/server';
import { pageLocale } from '@/lib/i18n/page-locale';
import { Link } from '@/components/ui/link';
import { requireOrganiser } from '@/lib/auth/guards';
import { ALL, loadAreaReport } from '@/lib/stats/report';
import { labels } from '@/lib/stats/tables';
import { dayStart, formatShortDate } from '@/lib/time';
import { previousYear } from '@/lib/stats/trend';
import { BarChart } from '@/components/charts/bar-chart';
import { DataTable } from '@/components/charts/data-table';
import { ExportLinks } from '@/components/stats/reach-report';
import { AreaReport, HeatSection, TrendSections } from '@/components/stats/area-report';
import { BackLink } from '@/components/ui/back-link';
import { toLocale } from '@/lib/i18n/routing';

type Props = {
  params: Promise<{ locale: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const t = await getTranslations({ locale: toLocale((await params).locale), namespace: 'stats' });
  return { title: t('metaTitle'), robots: { index: false, follow: false } };
}

/** Reach of a region (or the national events) over a period; national admins also see every region side by side. */
export default async function StatsPage({ params, searchParams }: Props) {
  await connection();
  const locale = pageLocale((await params).locale);
  const query = await searchParams;
  const o = await requireOrganiser(locale, `/${locale}/workspace/stats`);
  const report = await loadAreaReport(o, query, locale);
  if (!report.ok) notFound();
  const r = report.value;
  const [t, l] = await Promise.all([getTranslations('stats'), labels(locale)]);
  const qs = new URLSearchParams({ area: r.area, from: r.period.from, to: r.period.to }).toString();
  const exportHref = `/${locale}/workspace/stats/export?${qs}`;
  const areaName = (a: string) => (a === ALL ? t('allAreas') : l.area(a));
  const span = (p: { from: string; to: string }) =>
    `${formatShortDate(dayStart(p.from), locale)}–${formatShortDate(dayStart(p.to), locale)}`;
  const periodText = span(r.period);
  const previousText = span(previousYear(r.period));

  return (
    <div className="space-y-6">
      <BackLink />
      <header className="space-y-1">
        <h1 className="text-3xl font-bold">{t('title')}</h1>
        <p className="text-lg">{t('subtitle', { area: areaName(r.area), period: periodText })}</p>
      </header>
      {r.periodError && (
        <p role="alert" className="rounded border-2 border-bad bg-bad-light p-3 font-semibold text-bad">
          <span aria-hidden="true">! </span>
          {t(r.periodError.replace('stats.', '') as 'errors.badDate')} {t('errors.defaultUsed')}
        </p>
      )}
      <form
        method="get"
        action={`/${locale}/workspace/stats`}
        aria-labelledby="stats-filter"
        className="grid gap-3 rounded-lg border border-line bg-white p-4 sm:grid-cols-3"
      >
        <h2 id="stats-filter" className="text-xl font-bold sm:col-span-3">
          {t('filter.heading')}
        </h2>
        <div>
          <label htmlFor="area" className="block font-semibold">
            {t('filter.area')}
          </label>
          <select
            id="area"
            name="area"
            defaultValue={r.area}
            className="mt-1 w-full rounded border-2 border-muted bg-white px-3 py-2"
          >
            {r.choices.map((a) => (
              <option key={a} value={a}>
                {areaName(a)}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor="from" className="block font-semibold">
            {t('filter.from')}
          </label>
          <input
            id="from"
            name="from"
            type="date"
            defaultValue={r.period.from}
            required
            className="mt-1 w-full rounded border-2 border-muted bg-white px-3 py-2"
          />
        </div>
        <div>
          <label htmlFor="to" className="block font-semibold">
            {t('filter.to')}
          </label>
          <input
            id="to"
            name="to"
            type="date"
            defaultValue={r.period.to}
            required
            className="mt-1 w-full rounded border-2 border-muted bg-white px-3 py-2"
          />
        </div>
        <p className="text-sm text-muted sm:col-span-3">{t('filter.hint')}</p>
        <div className="sm:col-span-3">
          <button type="submit" className="rounded bg-brand-dark px-4 py-2 font-semibold text-white">
            {t('filter.submit')}
          </button>
        </div>
      </form>

      {r.overview ? (
        <>
          <section aria-labelledby="stats-regions" className="space-y-3 rounded-lg border border-line bg-white p-4">
            <h2 id="stats-regions" className="text-xl font-bold">
              {r.tables[0].title}
            </h2>
            <BarChart
              id="stats-regions-chart"
              title={t('overviewChart')}
              description={t('seeTable')}
              series={[{ label: t('col.registered') }, { label: t('col.attended') }]}
              data={r.overview.map((row) => ({
                label: l.area(row.area),
                values: [row.totals.registered.total, row.totals.attended.total],
              }))}
            />
            <DataTable table={r.tables[0]} empty={t('noData')} />
            <p className="text-sm text-muted">{t('definitions')}</p>
            <ul className="flex flex-wrap gap-3">
              {r.choices
                .filter((a) => a !== ALL)
                .map((a) => (
                  <li key={a}>
                    <Link
                      href={`/workspace/stats?${new URLSearchParams({ area: a, from: r.period.from, to: r.period.to })}`}
                    >
                      {t('openArea', { area: l.area(a) })}
                    </Link>
                  </li>
                ))}
            </ul>
          </section>
          <TrendSections
            id="stats"
            tables={r.tables}
            trend={r.trend}
            keys={['trendRegions', 'trendSectors', 'trendProvinces']}
            periodText={periodText}
            previousText={previousText}
          />
          <HeatSection id="stats" tables={r.tables} heat={r.heat} />
          <ExportLinks id="stats" tables={r.tables} exportHref={exportHref} />
        </>
      ) : (
        <AreaReport
          id="stats"
          locale={locale}
          report={r}
          exportHref={exportHref}
          periodText={periodText}
          previousText={previousText}
        />
      )}
    </div>
  );
}
