// The answers to an event's choice questions on its statistics page: each question a chart with
// its table (the same numbers, the accessible alternative the chart's description points to), from
// the tables lib/questions/stats.ts made — the same ones the exports write.
import { getTranslations } from 'next-intl/server';
import type { StatsTable } from '@/lib/stats/tables';
import { BarChart } from '@/components/charts/bar-chart';
import { StatsSection } from '@/components/stats/reach-report';

export async function AnswerCharts({ id, tables }: { id: string; tables: StatsTable[] }) {
  const t = await getTranslations('stats');
  return (
    <>
      {tables
        .filter((x) => x.key.startsWith('question-'))
        .map((table) => (
          <StatsSection
            key={table.key}
            id={id}
            table={table}
            chart={() => (
              <BarChart
                id={`${id}-${table.key}-chart`}
                title={table.title}
                description={t('seeTable')}
                series={[{ label: t('col.registered') }]}
                data={table.rows.map((r) => ({ label: String(r[0]), values: [Number(r[1])] }))}
              />
            )}
          />
        ))}
    </>
  );
}
