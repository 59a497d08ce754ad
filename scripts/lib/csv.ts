/** CSV in and out (d3-dsv: quoted fields with commas are handled). Pure. */
import { csvFormatRows, csvParse } from 'd3-dsv';

export type CsvRow = Record<string, string>;

/** Parses CSV text (a leading byte-order mark is dropped). Row i of the result is line i + 2. */
export function parseCsv(text: string): { columns: string[]; rows: CsvRow[] } {
  const parsed = csvParse(text.replace(/^\uFEFF/, ''));
  const rows = parsed.map((r) => {
    const out: CsvRow = {};
    for (const c of parsed.columns) out[c] = (r[c] ?? '').trim();
    return out;
  });
  return { columns: parsed.columns.map((c) => c.trim()), rows };
}

/** The row number (line in the file, header = 1) of the i-th parsed row. */
export const rowNumber = (i: number): number => i + 2;

/** Formats rows as CSV with a final newline. */
export function formatCsv(header: string[], rows: (string | number)[][]): string {
  return csvFormatRows([header, ...rows.map((r) => r.map(String))]) + '\n';
}
