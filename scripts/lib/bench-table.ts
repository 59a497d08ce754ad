/** The benchmark's one table, as plain text (bench-pages.ts prints it and writes it to bench/results.json). */
import { BYTE_KINDS, type Bytes } from './bench-requests.ts';
import type { Summary } from './bench-stats.ts';

export interface TableRow {
  label: string;
  path: string;
  /** Median bytes transferred by type over the successful runs. */
  bytes: Bytes;
  /** Time to the first painted map, ms. */
  map: Summary;
  /** Median time at which the map's paths were in the DOM, ms. */
  inDomMs: number;
  floorMs: number;
  /** How many round trips (connection + requests) the floor counts. */
  floorRoundTrips: number;
  /** Median time to map ÷ floor. */
  xFloor: number;
  /** Baseline median ÷ this page's median (how many times faster than the baseline), where compared. */
  xBaseline: number | null;
  failures: number;
}

/** KB of 1,024 bytes, as the budget tests and build-service-worker.ts count them. */
const KB = 1024;
const kb = (n: number) => (Number.isFinite(n) ? (n / KB).toFixed(1) : '—');
const ms = (n: number) => (Number.isFinite(n) ? String(Math.round(n)) : '—');
const x = (n: number | null) => (n !== null && Number.isFinite(n) ? `${n.toFixed(2)}×` : '');

const HEAD = ['page', 'doc', 'css', 'js', 'font', 'img', 'other', 'total', 'map min', 'median', 'max', 'in DOM', 'floor', 'RTs', '÷floor', 'vs base', 'fail'];
const KIND_HEAD: Record<(typeof BYTE_KINDS)[number], string> = { document: 'doc', stylesheet: 'css', script: 'js', font: 'font', image: 'img', other: 'other' };

/** Right-aligned columns but the first; a rule under the heading. */
export function formatTable(rows: readonly TableRow[]): string {
  const cells = rows.map((r) => [
    r.label,
    ...BYTE_KINDS.map((k) => kb(r.bytes[k])),
    kb(r.bytes.total),
    ms(r.map.min),
    ms(r.map.median),
    ms(r.map.max),
    ms(r.inDomMs),
    ms(r.floorMs),
    String(r.floorRoundTrips),
    x(r.xFloor),
    x(r.xBaseline),
    r.failures ? String(r.failures) : '',
  ]);
  const head = [HEAD[0]!, ...BYTE_KINDS.map((k) => KIND_HEAD[k]), ...HEAD.slice(7)];
  const widths = head.map((h, i) => Math.max(h.length, ...cells.map((c) => c[i]!.length)));
  const line = (c: string[]) => c.map((v, i) => (i === 0 ? v.padEnd(widths[i]!) : v.padStart(widths[i]!))).join('  ').trimEnd();
  const groups = `${''.padEnd(widths[0]!)}  ${'KB transferred (gzipped), median run'.padEnd(widths.slice(1, 8).reduce((n, w) => n + w + 2, -2))}  ${'time to map, ms'}`;
  return [groups.trimEnd(), line(head), line(head.map((_, i) => '-'.repeat(widths[i]!))), ...cells.map(line)].join('\n');
}
