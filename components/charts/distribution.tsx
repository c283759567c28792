// An answer distribution (feedback and survey results): the one bar chart with its table
// companion, the table adding each answer's share. The chart's description points to the table.
import { BarChart } from './bar-chart';
import { DataTable } from './data-table';

export type Bar = { label: string; count: number };

export function Distribution({
  id,
  caption,
  bars,
  labels,
}: {
  id: string;
  caption: string;
  bars: Bar[];
  labels: { value: string; count: string; share: string; seeTable: string };
}) {
  const total = bars.reduce((n, b) => n + b.count, 0);
  const pct = (n: number) => (total ? Math.round((n / total) * 100) : 0);
  return (
    <div className="space-y-2">
      <BarChart
        id={id}
        title={caption}
        description={labels.seeTable}
        series={[{ label: labels.count }]}
        data={bars.map((b) => ({ label: b.label, values: [b.count] }))}
      />
      <DataTable
        caption={caption}
        empty="–"
        table={{
          title: caption,
          header: [labels.value, labels.count, labels.share],
          numeric: [false, true, true],
          rows: bars.map((b) => [b.label, b.count, `${pct(b.count)} %`]),
        }}
      />
    </div>
  );
}
