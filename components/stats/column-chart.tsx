// Column chart of sign-ups over time (days or months), server-rendered SVG like bar-chart.tsx:
// band positions are percentages of the width, the value axis has a few round ticks (d3-scale),
// and the first, middle and last periods are named under the columns. The table beside it has
// every figure.
import { max } from 'd3-array';
import { scaleBand, scaleLinear } from 'd3-scale';

type Props = { id: string; title: string; description: string; points: { label: string; count: number }[] };

const HEIGHT = 180;
const PLOT_TOP = 8;
const PLOT_BOTTOM = 150;
const LEFT = 9; // % kept for the tick labels

export function ColumnChart({ id, title, description, points }: Props) {
  const top = Math.max(max(points, (p) => p.count) ?? 0, 1);
  const y = scaleLinear().domain([0, top]).nice(4).range([PLOT_BOTTOM, PLOT_TOP]);
  const x = scaleBand<number>().domain(points.map((_, i) => i)).range([LEFT, 100]).paddingInner(points.length > 40 ? 0.1 : 0.25);
  const named = [...new Set([0, Math.floor((points.length - 1) / 2), points.length - 1])].filter((i) => i >= 0);
  return (
    <figure className="space-y-2">
      <figcaption id={`${id}-title`} className="font-semibold">{title}</figcaption>
      <svg role="img" aria-labelledby={`${id}-title`} aria-describedby={`${id}-desc`} width="100%" height={HEIGHT} className="block overflow-visible">
        <desc id={`${id}-desc`}>{description}</desc>
        {y.ticks(4).map((t) => (
          <g key={t}>
            <line x1={`${LEFT}%`} x2="100%" y1={y(t)} y2={y(t)} stroke="#c8cdd0" strokeWidth="1" />
            <text x={`${LEFT - 1}%`} y={y(t) + 4} fontSize="12" textAnchor="end" fill="#1f2328">{t}</text>
          </g>
        ))}
        {points.map((p, i) => (
          <rect key={i} x={`${x(i)}%`} width={`${x.bandwidth()}%`} y={y(p.count)} height={PLOT_BOTTOM - y(p.count)} fill="#1a4f8b">
            <title>{`${p.label}: ${p.count}`}</title>
          </rect>
        ))}
        {named.map((i, n) => (
          <text key={i} x={`${(x(i) ?? 0) + x.bandwidth() / 2}%`} y={PLOT_BOTTOM + 20} fontSize="12" fill="#1f2328"
            textAnchor={n === 0 && named.length > 1 ? 'start' : n === named.length - 1 && named.length > 1 ? 'end' : 'middle'}>
            {points[i].label}
          </text>
        ))}
      </svg>
    </figure>
  );
}
