// A horizontal bar chart for answer distributions, drawn with plain boxes (a handful of bars needs
// no charting library, and stays sharp, printable and zoomable). The bars are decoration for
// sighted readers (aria-hidden); the table next to them holds the same figures for everyone,
// so screen readers and keyboard users get the data as data (WCAG 1.1.1, 1.3.1). Bars carry their
// number as text, so colour is never the only carrier of meaning (1.4.1).
export type Bar = { label: string; count: number };

export function BarChart({ id, caption, bars, labels }: {
  id: string; caption: string; bars: Bar[];
  labels: { value: string; count: string; share: string };
}) {
  const total = bars.reduce((n, b) => n + b.count, 0);
  const max = Math.max(1, ...bars.map((b) => b.count));
  const pct = (n: number) => (total ? Math.round((n / total) * 100) : 0);
  return (
    <figure aria-labelledby={`${id}-caption`} className="space-y-2">
      <figcaption id={`${id}-caption`} className="font-semibold">{caption}</figcaption>
      <div aria-hidden="true" className="space-y-1">
        {bars.map((b) => (
          <div key={b.label} className="grid grid-cols-[minmax(4rem,10rem)_1fr] items-center gap-2">
            <span className="truncate text-sm">{b.label}</span>
            <span className="flex items-center gap-2">
              <span className="block h-5 rounded-sm bg-brand-dark" style={{ width: `${(b.count / max) * 80}%`, minWidth: b.count ? '2px' : 0 }} />
              <span className="text-sm">{b.count}</span>
            </span>
          </div>
        ))}
      </div>
      <table className="mt-2 border-collapse text-left text-sm">
        <caption className="sr-only">{caption}</caption>
        <thead>
          <tr className="border-b border-line"><th scope="col" className="p-1 pr-4">{labels.value}</th><th scope="col" className="p-1 pr-4 text-right">{labels.count}</th><th scope="col" className="p-1 text-right">{labels.share}</th></tr>
        </thead>
        <tbody>
          {bars.map((b) => (
            <tr key={b.label} className="border-b border-line">
              <th scope="row" className="p-1 pr-4 font-normal">{b.label}</th>
              <td className="p-1 pr-4 text-right">{b.count}</td>
              <td className="p-1 text-right">{pct(b.count)} %</td>
            </tr>
          ))}
        </tbody>
      </table>
    </figure>
  );
}
