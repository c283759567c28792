// Kokoon's one chart: bars rendered on the server as SVG (no client JavaScript), used by the
// statistics, the trend and the feedback results. `layout="rows"` draws horizontal bars, one group
// per row with a bar per series (registered vs attended, a year earlier vs now); `layout="columns"`
// draws one series as columns over time with a few round ticks. Positions along the value axis are
// percentages of the width, so text keeps its real size on a phone and the chart still fills a
// desktop column. Each series has a fill of its own AND a pattern (solid or striped), so the legend
// does not rely on colour alone; every bar carries its number. The same figures are always in a
// table next to the chart (components/charts/data-table.tsx, the accessible alternative), which
// the chart's description points to. Scales and ticks come from d3-scale.
import { max } from 'd3-array';
import { scaleBand, scaleLinear } from 'd3-scale';

export type ChartSeries = { label: string };
export type ChartDatum = { label: string; values: number[] };

type Props = {
  id: string;
  title: string;
  description: string;
  series: ChartSeries[];
  data: ChartDatum[];
  layout?: 'rows' | 'columns';
};

const INK = '#1f2328';
const FILLS = ['#1a4f8b', '#0b6b4f'];

function SeriesDefs({ id }: { id: string }) {
  return (
    <defs>
      <pattern id={`${id}-stripes`} width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
        <rect width="6" height="6" fill={FILLS[1]} />
        <line x1="0" y1="0" x2="0" y2="6" stroke="#ffffff" strokeWidth="2" />
      </pattern>
    </defs>
  );
}

const seriesFill = (id: string, i: number) => (i === 0 ? FILLS[0] : `url(#${id}-stripes)`);

function Legend({ id, series }: { id: string; series: ChartSeries[] }) {
  if (series.length < 2) return null;
  return (
    <ul className="flex flex-wrap gap-x-5 gap-y-1 text-sm" aria-hidden="true">
      {series.map((s, i) => (
        <li key={s.label} className="inline-flex items-center gap-2">
          <svg width="16" height="16" aria-hidden="true" focusable="false">
            <SeriesDefs id={`${id}-legend`} />
            <rect width="16" height="16" fill={seriesFill(`${id}-legend`, i)} stroke={INK} strokeWidth="0.5" />
          </svg>
          {s.label}
        </li>
      ))}
    </ul>
  );
}

export function BarChart({ id, title, description, series, data, layout = 'rows' }: Props) {
  return (
    <figure className="space-y-2">
      <figcaption id={`${id}-title`} className="font-semibold">
        {title}
      </figcaption>
      <Legend id={id} series={layout === 'rows' ? series : series.slice(0, 1)} />
      {layout === 'rows' ? (
        <Rows id={id} description={description} series={series} data={data} />
      ) : (
        <Columns id={id} description={description} data={data} />
      )}
    </figure>
  );
}

const ROW_LABEL = 18;
const BAR = 14;
const GAP = 3;
const ROW_GAP = 12;

function Rows({ id, description, series, data }: Pick<Props, 'id' | 'description' | 'series' | 'data'>) {
  const top = max(data, (d) => max(d.values)) ?? 0;
  // 0…86 % of the width for bars, the rest for the number after the longest bar.
  const x = scaleLinear()
    .domain([0, Math.max(top, 1)])
    .range([0, 86]);
  const rowHeight = ROW_LABEL + series.length * (BAR + GAP) + ROW_GAP;
  const height = Math.max(rowHeight * data.length, 24);
  return (
    <svg
      role="img"
      aria-labelledby={`${id}-title`}
      aria-describedby={`${id}-desc`}
      width="100%"
      height={height}
      className="block overflow-visible"
    >
      <desc id={`${id}-desc`}>{description}</desc>
      <SeriesDefs id={id} />
      {data.map((d, row) => {
        const y0 = row * rowHeight;
        return (
          <g key={`${d.label}-${row}`}>
            <text x="0" y={y0 + 13} fontSize="14" fill={INK}>
              {d.label}
            </text>
            {d.values.map((v, i) => {
              const y = y0 + ROW_LABEL + i * (BAR + GAP);
              const w = x(v);
              return (
                <g key={i}>
                  <rect x="0" y={y} width={`${w}%`} height={BAR} fill={seriesFill(id, i)} />
                  <text x={`${w + 1}%`} y={y + BAR - 2} fontSize="13" fill={INK}>
                    {v}
                  </text>
                </g>
              );
            })}
          </g>
        );
      })}
    </svg>
  );
}

const HEIGHT = 180;
const PLOT_TOP = 8;
const PLOT_BOTTOM = 150;
const LEFT = 9; // % kept for the tick labels

/** The first series as columns; the first, middle and last labels are named under them. */
function Columns({ id, description, data }: Pick<Props, 'id' | 'description' | 'data'>) {
  const points = data.map((d) => ({ label: d.label, count: d.values[0] ?? 0 }));
  const top = Math.max(max(points, (p) => p.count) ?? 0, 1);
  const y = scaleLinear().domain([0, top]).nice(4).range([PLOT_BOTTOM, PLOT_TOP]);
  const x = scaleBand<number>()
    .domain(points.map((_, i) => i))
    .range([LEFT, 100])
    .paddingInner(points.length > 40 ? 0.1 : 0.25);
  const named = [...new Set([0, Math.floor((points.length - 1) / 2), points.length - 1])].filter((i) => i >= 0);
  return (
    <svg
      role="img"
      aria-labelledby={`${id}-title`}
      aria-describedby={`${id}-desc`}
      width="100%"
      height={HEIGHT}
      className="block overflow-visible"
    >
      <desc id={`${id}-desc`}>{description}</desc>
      {y.ticks(4).map((t) => (
        <g key={t}>
          <line x1={`${LEFT}%`} x2="100%" y1={y(t)} y2={y(t)} stroke="#c8cdd0" strokeWidth="1" />
          <text x={`${LEFT - 1}%`} y={y(t) + 4} fontSize="12" textAnchor="end" fill={INK}>
            {t}
          </text>
        </g>
      ))}
      {points.map((p, i) => (
        <rect
          key={i}
          x={`${x(i)}%`}
          width={`${x.bandwidth()}%`}
          y={y(p.count)}
          height={PLOT_BOTTOM - y(p.count)}
          fill={FILLS[0]}
        >
          <title>{`${p.label}: ${p.count}`}</title>
        </rect>
      ))}
      {named.map((i, n) => (
        <text
          key={i}
          x={`${(x(i) ?? 0) + x.bandwidth() / 2}%`}
          y={PLOT_BOTTOM + 20}
          fontSize="12"
          fill={INK}
          textAnchor={
            n === 0 && named.length > 1 ? 'start' : n === named.length - 1 && named.length > 1 ? 'end' : 'middle'
          }
        >
          {points[i].label}
        </text>
      ))}
    </svg>
  );
}
