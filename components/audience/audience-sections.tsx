// The audience breakdowns of a statistics page (role category, organisation type, education level,
// VIPU contact person, and what was missing from each event): each a chart with its table, both from
// the tables lib/audience/stats-report.ts made (the same ones the exports write).
import { getTranslations } from 'next-intl/server';
import type { StatsTable } from '@/lib/stats/tables';
import { BarChart } from '@/components/charts/bar-chart';
import { StatsSection } from '@/components/stats/reach-report';

const CHARTED = ['roleCategories', 'organisationTypes', 'educationLevels', 'vipuContact'] as const;

export async function AudienceSections({ id, tables }: { id: string; tables: StatsTable[] }) {
  const t = await getTranslations('stats');
  const series = [{ label: t('col.registered') }, { label: t('col.attended') }];
  const missing = tables.find((x) => x.key === 'audienceMissing');
  return (
    <>
      {CHARTED.map((key) => {
        const table = tables.find((x) => x.key === key);
        return (
          <StatsSection
            key={key}
            id={id}
            table={table}
            chart={() => (
              <BarChart
                id={`${id}-${key}-chart`}
                title={table!.title}
                description={t('seeTable')}
                series={series}
                data={table!.rows.map((r) => ({ label: String(r[0]), values: [Number(r[1]), Number(r[2])] }))}
              />
            )}
          />
        );
      })}
      <StatsSection id={id} table={missing}>
        <p>{t('audienceMissingIntro')}</p>
      </StatsSection>
    </>
  );
}
