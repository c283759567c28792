// Every CSV file Kokoon writes (attendance, statistics and feedback exports) opens correctly in
// Finnish Excel by double-click: UTF-8 with a BOM (else Excel reads ANSI and breaks ä/ö/å), `;` as
// the separator (the list separator of the Finnish locale, where `,` is the decimal comma), CRLF
// line ends and every field quoted. Cells that a spreadsheet would run as a formula (=, +, -, @,
// tab, CR) get a leading apostrophe (OWASP "CSV injection"): the data comes from a public sign-up
// form.

const FORMULA_START = /^[=+\-@\t\r]/;

/** A cell as text a spreadsheet shows but never evaluates. */
export function guardFormula(value: string): string {
  return FORMULA_START.test(value) ? `'${value}` : value;
}

function field(value: string | number | null | undefined): string {
  const text = value === null || value === undefined ? '' : guardFormula(String(value));
  return `"${text.replace(/"/g, '""')}"`;
}

export const CSV_BOM = '\uFEFF';

/** The whole file, BOM included, as UTF-8 bytes. */
export function toCsv(
  header: readonly string[],
  rows: readonly (readonly (string | number | null | undefined)[])[],
): Buffer {
  const lines = [header, ...rows].map((r) => r.map(field).join(';'));
  return Buffer.from(CSV_BOM + lines.join('\r\n') + '\r\n', 'utf8');
}
