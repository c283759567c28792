// The table companion of every chart (components/charts/bar-chart.tsx): the accessible
// alternative that holds each figure, and for statistics exactly what the exports contain
// (lib/stats/tables). Numbers are right-aligned; the first column names the row.
export type DataTableData = { title: string; header: string[]; rows: (string | number)[][]; numeric: boolean[] };

export function DataTable({ table, caption, empty }: { table: DataTableData; caption?: string; empty: string }) {
  if (table.rows.length === 0) return <p>{empty}</p>;
  return (
    // Focusable, so a keyboard user can scroll a wide table on a phone.
    <div className="overflow-x-auto" tabIndex={0} role="group" aria-label={caption ?? table.title}>
      <table className="w-full border-collapse bg-white text-left">
        <caption className="sr-only">{caption ?? table.title}</caption>
        <thead>
          <tr className="border-b-2 border-line">
            {table.header.map((h, i) => (
              <th key={i} scope="col" className={`p-2 ${table.numeric[i] ? 'text-right' : ''}`}>
                {h}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {table.rows.map((r, ri) => (
            <tr key={ri} className="border-b border-line align-top">
              {r.map((c, i) =>
                i === 0 ? (
                  <th key={i} scope="row" className="p-2 text-left font-semibold">
                    {c}
                  </th>
                ) : (
                  <td key={i} className={`p-2 ${table.numeric[i] ? 'text-right tabular-nums' : ''}`}>
                    {c}
                  </td>
                ),
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
