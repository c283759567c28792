import 'server-only';
// Statistics files: CSV for Finnish Excel (one table per file, lib/csv.ts) or XLSX with
// every table of the page as a sheet. Counts only, no personal data.
import ExcelJS from 'exceljs';
import { toCsv } from '@/lib/csv';
import type { StatsTable, TableKey } from './tables';

export const STATS_FORMATS = ['csv', 'xlsx'] as const;
export type StatsFormat = (typeof STATS_FORMATS)[number];
export type StatsFile = { filename: string; contentType: string; body: Buffer };

export async function statsFile(
  tables: StatsTable[],
  format: StatsFormat,
  base: string,
  only?: TableKey,
): Promise<StatsFile | null> {
  if (format === 'csv') {
    const t = tables.find((x) => x.key === (only ?? tables[0]?.key));
    if (!t) return null;
    return { filename: `${base}-${t.key}.csv`, contentType: 'text/csv; charset=utf-8', body: toCsv(t.header, t.rows) };
  }
  const chosen = only ? tables.filter((x) => x.key === only) : tables;
  if (chosen.length === 0) return null;
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Kokoon';
  const names = new Set<string>();
  for (const t of chosen) {
    // A sheet's name is at most 31 characters without * ? : \ / [ ] and unique (own questions' titles are free text).
    const base =
      t.title
        .replace(/[*?:\\/[\]]/g, ' ')
        .trim()
        .slice(0, 31) || t.key;
    let name = base;
    for (let i = 2; names.has(name.toLowerCase()); i++) name = `${base.slice(0, 31 - String(i).length - 1)} ${i}`;
    names.add(name.toLowerCase());
    const ws = wb.addWorksheet(name, { views: [{ state: 'frozen', ySplit: 1 }] });
    ws.columns = t.header.map((h, i) => ({
      header: h,
      key: String(i),
      width: i === 0 ? 36 : Math.max(12, h.length + 2),
    }));
    ws.getRow(1).font = { bold: true };
    for (const r of t.rows) ws.addRow(r);
  }
  const body = Buffer.from(await wb.xlsx.writeBuffer());
  return {
    filename: `${base}.xlsx`,
    contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    body,
  };
}
