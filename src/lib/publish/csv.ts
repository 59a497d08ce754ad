/**
 * CSV for download, written through d3-dsv (RFC 4180 quoting) with formula injection neutralised:
 * a text cell that begins with =, +, -, @, a tab or a carriage return would be run as a formula by
 * a spreadsheet, so it is prefixed with a single quote, as OWASP's "CSV Injection" guidance advises.
 * Numbers are written as numbers.
 */
import { csvFormat } from 'd3-dsv';

export type CsvCell = string | number | boolean | null | undefined;
export type CsvRow = Record<string, CsvCell>;

const FORMULA_START = /^[=+\-@\t\r]/;

/** A cell as written: text that a spreadsheet would take for a formula gets a leading quote. */
export function neutralise(cell: CsvCell): string {
  if (cell === null || cell === undefined) return '';
  if (typeof cell !== 'string') return String(cell);
  return FORMULA_START.test(cell) ? `'${cell}` : cell;
}

/** Rows as CSV with a header line (the given columns, or the first row's keys) and a final newline. */
export function toCsv(rows: readonly CsvRow[], columns?: readonly string[]): string {
  const cols = columns ?? Object.keys(rows[0] ?? {});
  const safe = rows.map((row) => Object.fromEntries(cols.map((c) => [c, neutralise(row[c])])));
  return csvFormat(safe, [...cols]) + '\n';
}
