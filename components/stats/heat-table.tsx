// Province × sector heat table: a real <table> (headers for both axes, the figure in every cell)
// whose cells are shaded by a colour scale, with a legend that says in words what each shade
// holds. Totals (last row and column) are not shaded. Same rows as the export (lib/stats/tables).
import type { Heat } from '@/lib/stats/heat';
import { heatLegend, heatStep } from '@/lib/stats/heat';
import type { StatsTable } from '@/lib/stats/tables';
import { HEAT_COLOURS } from './heat-scale';

type Props = {
  id: string;
  table: StatsTable;
  heat: Heat;
  legend: { title: string; step: (range: string) => string };
};

export function HeatTable({ id, table, heat, legend }: Props) {
  const last = table.header.length - 1;
  const swatch = (step: number) => ({ backgroundColor: HEAT_COLOURS[step].background, color: HEAT_COLOURS[step].text });
  return (
    <div className="space-y-3">
      <div className="overflow-x-auto" tabIndex={0} role="group" aria-label={table.title}>
        <table id={`${id}-table`} className="border-collapse bg-white text-left">
          <caption className="sr-only">{table.title}</caption>
          <thead>
            <tr className="border-b-2 border-line">
              {table.header.map((h, i) => (
                <th key={i} scope="col" className={`p-2 align-bottom text-sm ${i === 0 ? '' : 'text-right'}`}>
                  {h}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {table.rows.map((r, ri) => {
              const total = ri === table.rows.length - 1;
              return (
                <tr key={ri} className={`border-b border-line ${total ? 'border-t-2 font-semibold' : ''}`}>
                  {r.map((c, i) =>
                    i === 0 ? (
                      <th key={i} scope="row" className="p-2 text-left font-semibold">
                        {c}
                      </th>
                    ) : (
                      <td
                        key={i}
                        className={`min-w-12 border border-white p-2 text-right tabular-nums ${i === last ? 'font-semibold' : ''}`}
                        style={total || i === last ? undefined : swatch(heatStep(Number(c), heat.max))}
                      >
                        {c}
                      </td>
                    ),
                  )}
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      <div>
        <p id={`${id}-legend`} className="font-semibold">
          {legend.title}
        </p>
        <ul aria-labelledby={`${id}-legend`} className="mt-1 flex flex-wrap gap-x-4 gap-y-1 text-sm">
          {heatLegend(heat.max).map((s) => (
            <li key={s.step} className="inline-flex items-center gap-2">
              <span aria-hidden="true" className="inline-block h-5 w-8 border border-line" style={swatch(s.step)} />
              {legend.step(s.min === s.max ? String(s.min) : `${s.min}–${s.max}`)}
            </li>
          ))}
        </ul>
      </div>
    </div>
  );
}
