/** The ranked chart's data: every area once, sorted, in the map's colours, bars from zero. */
import { describe, expect, it } from 'vitest';
import { loadDataset } from '../../../src/lib/data/read-version.ts';
import { classify } from '../../../src/lib/maps/classify.ts';
import { formatValue, indicatorFor, indicatorsFor, type IndicatorRow } from '../../../src/lib/maps/indicators.ts';
import { mapModel } from '../../../src/lib/maps/map-model.ts';
import { ranked, type RankedRow } from '../../../src/lib/maps/ranked.ts';

const dataset = loadDataset('2017-04');
const rowsOf = (r: ReturnType<typeof ranked>): RankedRow[] => (r.kind === 'bars' ? r.rows : r.groups.flatMap((g) => g.rows));

describe.each(indicatorsFor(dataset).map((i) => i.id))('ranked chart of %s', (id) => {
  const model = mapModel(id, '2017-04');
  const chart = ranked(model.indicator, model.rows, model.classification);
  const rows = rowsOf(chart);

  it('has every footprint exactly once, linking by its slug', () => {
    expect(rows).toHaveLength(44);
    expect(new Set(rows.map((r) => r.code)).size).toBe(44);
    for (const r of rows) expect(dataset.bySlug.get(r.slug)?.code).toBe(r.code);
  });

  it('uses the map’s colour and the map’s wording for each footprint', () => {
    const c = model.classification;
    const byCode = new Map(model.rows.map((r) => [r.code, r]));
    for (const r of rows) {
      expect(r.fill, r.name).toBe(c.classes[c.classOf.get(r.code)!]!.fill);
      expect(r.valueText, r.name).toBe(formatValue(model.indicator, byCode.get(r.code)!.value));
    }
  });

  it(model.indicator.kind === 'numeric' ? 'is sorted largest first, bars from zero, the largest full length' : 'groups in legend order with members A to Z', () => {
    if (chart.kind === 'bars') {
      const values = model.rows.map((r) => r.value as number);
      const sorted = chart.rows.map((r) => Number(r.valueText.replace(/,/g, '')));
      expect(sorted).toEqual([...values].sort((a, b) => b - a));
      expect(chart.rows[0]!.share).toBe(1);
      for (const r of chart.rows) expect(r.share! * Math.max(...values)).toBeCloseTo(Number(r.valueText.replace(/,/g, '')), 6);
    } else {
      expect(chart.groups.map((g) => g.label)).toEqual(model.classification.classes.filter((k) => k.count > 0).map((k) => k.label));
      for (const g of chart.groups) {
        const names = g.rows.map((r) => r.name);
        expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b, 'en-GB')));
        expect(g.share).toBeCloseTo(g.rows.length / 44, 10);
      }
    }
  });
});

describe('ranked: constructed cases', () => {
  const ccg = indicatorFor('ccg-count', dataset);
  const lead = indicatorFor('lead-type', dataset);
  const row = (code: string, name: string, value: string | number | null): IndicatorRow => ({ code, name, slug: name.toLowerCase(), value, note: null, source: null });

  it('numeric: ties sort by name, "not known" comes last without a bar', () => {
    const rows = [row('E1', 'Beta', 3), row('E2', 'Alpha', 3), row('E3', 'Gamma', null), row('E4', 'Delta', 6)];
    const chart = ranked(ccg, rows, classify(ccg, new Map(rows.map((r) => [r.code, r.value]))));
    expect(chart.kind).toBe('bars');
    if (chart.kind !== 'bars') return;
    expect(chart.rows.map((r) => r.name)).toEqual(['Delta', 'Alpha', 'Beta', 'Gamma']);
    expect(chart.rows.map((r) => r.share)).toEqual([1, 0.5, 0.5, null]);
    expect(chart.rows[3]!.notKnown).toBe(true);
  });

  it('categorical: "not known" is the last group and empty categories are left out', () => {
    const rows = [row('E1', 'B', null), row('E2', 'A', 'CCG'), row('E3', 'C', 'NHS provider')];
    const chart = ranked(lead, rows, classify(lead, new Map(rows.map((r) => [r.code, r.value]))));
    if (chart.kind !== 'groups') throw new Error('expected groups');
    expect(chart.groups.map((g) => `${g.label} ${g.rows.length}`)).toEqual(['CCG 1', 'NHS provider 1', 'Not known 1']);
  });
});
