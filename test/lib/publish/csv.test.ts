/** CSV output: formula injection neutralised (OWASP), quoting by d3-dsv, on every CSV the site builds. */
import { csvParse } from 'd3-dsv';
import { describe, expect, it } from 'vitest';
import { loadDataset } from '../../../src/lib/data/read-version.ts';
import { indicatorsFor } from '../../../src/lib/maps/indicators.ts';
import { mapModel } from '../../../src/lib/maps/map-model.ts';
import { neutralise, toCsv } from '../../../src/lib/publish/csv.ts';
import { footprintsCsv, lookupCsv, mapValuesCsv } from '../../../src/lib/publish/downloads.ts';

const INDICATORS = indicatorsFor(loadDataset('2017-04'));

describe('neutralise', () => {
  it.each([
    ['=HYPERLINK("http://evil")', `'=HYPERLINK("http://evil")`],
    ['+44 20', `'+44 20`],
    ['-1+2', `'-1+2`],
    ['@SUM(A1)', `'@SUM(A1)`],
    ['\tTAB', `'\tTAB`],
    ['Greater Manchester', 'Greater Manchester'],
    ['', ''],
  ])('%j → %j', (input, expected) => {
    expect(neutralise(input)).toBe(expected);
  });

  it('writes numbers as numbers (a negative number is not a formula) and empty cells for null', () => {
    expect(neutralise(-3)).toBe('-3');
    expect(neutralise(null)).toBe('');
    expect(neutralise(undefined)).toBe('');
  });
});

describe('toCsv', () => {
  it('quotes commas, quotes and newlines, and keeps the neutralised text intact', () => {
    const csv = toCsv([{ a: 'x, y', b: 'say "hi"', c: '=1+1', d: 'two\nlines' }]);
    const [row] = csvParse(csv);
    expect(row).toEqual({ a: 'x, y', b: 'say "hi"', c: "'=1+1", d: 'two\nlines' });
    expect(csv.endsWith('\n')).toBe(true);
  });
});

const dataset = loadDataset('2017-04');
const downloads: [string, string][] = [
  ['footprints.csv', footprintsCsv(dataset)],
  ['lookup.csv', lookupCsv(dataset)],
  ...INDICATORS.map((i): [string, string] => [`maps/${i.id}.csv`, mapValuesCsv(mapModel(i.id, '2017-04'))]),
];

describe.each(downloads)('%s', (_name, csv) => {
  it('has no cell a spreadsheet would run as a formula', () => {
    for (const row of csvParse(csv)) {
      for (const [column, cell] of Object.entries(row)) {
        if (cell && /^[=+\-@\t\r]/.test(cell)) expect.fail(`${column}: ${cell}`);
      }
    }
  });
});
