// Horizontal bar chart rendered on the server as SVG (no client JavaScript). Positions along the
// value axis are percentages of the chart's width, so text keeps its real size on a phone and the
// chart still fills a desktop column. Each series has a fill of its own AND a pattern (solid or
// striped), so the legend does not rely on colour alone; every bar carries its number. The same
// figures are always in a table next to the chart (the accessible alternative), which the chart's
// description points to. Scales and ticks come from d3-scale.
import { max } from 'd3-array';
import { scaleLinear } from 'd3-scale';

export type BarSeries = { label: string };
export type BarDatum = { label: string; values: number[] };

const ROW_LABEL = 18;
const BAR = 14;
const GAP = 3;
const ROW_GAP = 12;
const FILLS = ['#1a4f8b', '#0b6b4f'];

export function SeriesDefs({ id }: { id: string }) {
  return (
    <defs>
      <pattern id={`${id}-stripes`} width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
        <rect width="6" height="6" fill={FILLS[1]} />
        <line x1="0" y1="0" x2="0" y2="6" stroke="#ffffff" strokeWidth="2" />
      </pattern>
    </defs>
  );
}

export const seriesFill = (id: string, i: number) => (i === 0 ? FILLS[0] : `url(#${id}-stripes)`);

export function Legend({ id, series }: { id: string; series: BarSeries[] }) {
  if (series.length < 2) return null;
  return (
    <ul className="flex flex-wrap gap-x-5 gap-y-1 text-sm" aria-hidden="true">
      {series.map((s, i) => (
        <li key={s.label} className="inline-flex items-center gap-2">
          <svg width="16" height="16" aria-hidden="true" focusable="false"><SeriesDefs id={`${id}-legend`} /><rect width="16" height="16" fill={seriesFill(`${id}-legend`, i)} stroke="#1f2328" strokeWidth="0.5" /></svg>
          {s.label}
        </li>
      ))}
    </ul>
  );
}

type Props = { id: string; title: string; description: string; series: BarSeries[]; data: BarDatum[] };

export function BarChart({ id, title, description, series, data }: Props) {
  const top = max(data, (d) => max(d.values)) ?? 0;
  // 0…86 % of the width for bars, the rest for the number after the longest bar.
  const x = scaleLinear().domain([0, Math.max(top, 1)]).range([0, 86]);
  const rowHeight = ROW_LABEL + series.length * (BAR + GAP) + ROW_GAP;
  const height = Math.max(rowHeight * data.length, 24);
  return (
    <figure className="space-y-2">
      <figcaption id={`${id}-title`} className="font-semibold">{title}</figcaption>
      <Legend id={id} series={series} />
      <svg role="img" aria-labelledby={`${id}-title`} aria-describedby={`${id}-desc`} width="100%" height={height} className="block overflow-visible">
        <desc id={`${id}-desc`}>{description}</desc>
        <SeriesDefs id={id} />
        {data.map((d, row) => {
          const y0 = row * rowHeight;
          return (
            <g key={`${d.label}-${row}`}>
              <text x="0" y={y0 + 13} fontSize="14" fill="#1f2328">{d.label}</text>
              {d.values.map((v, i) => {
                const y = y0 + ROW_LABEL + i * (BAR + GAP);
                const w = x(v);
                return (
                  <g key={i}>
                    <rect x="0" y={y} width={`${w}%`} height={BAR} fill={seriesFill(id, i)} />
                    <text x={`${w + 1}%`} y={y + BAR - 2} fontSize="13" fill="#1f2328">{v}</text>
                  </g>
                );
              })}
            </g>
          );
        })}
      </svg>
    </figure>
  );
}
