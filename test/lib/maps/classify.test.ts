import { describe, expect, it } from 'vitest';
import { BINS, classify, quantileThresholds, type Classification } from '../../../src/lib/maps/classify.ts';
import { luminance, NOT_KNOWN_FILL } from '../../../src/lib/maps/colour-scales.ts';
import { formatValue, type Indicator, indicatorFor, type IndicatorRow, indicatorRows, indicatorsFor, NOT_KNOWN } from '../../../src/lib/maps/indicators.ts';
import { loadDataset } from '../../../src/lib/data/read-version.ts';

const INDICATORS = indicatorsFor(loadDataset('2017-04'));
const getIndicator = (id: string) => indicatorFor(id, loadDataset('2017-04'));

const VERSION = '2017-04';
const FOOTPRINTS = 44;
const dataset = loadDataset(VERSION);

interface Case {
  id: string;
  indicator: Indicator;
  rows: IndicatorRow[];
  classification: Classification;
}

const cases: Case[] = INDICATORS.map((indicator) => {
  const rows = indicatorRows(indicator, dataset);
  return { id: indicator.id, indicator, rows, classification: classify(indicator, new Map(rows.map((r) => [r.code, r.value]))) };
});
const categorical = cases.filter((c) => c.indicator.kind === 'categorical');
const numeric = cases.filter((c) => c.indicator.kind === 'numeric');

/** The footprint codes mapped to class `i`. */
function membersOf(c: Classification, i: number): string[] {
  return [...c.classOf].filter(([, k]) => k === i).map(([code]) => code);
}

describe('the cases cover every indicator', () => {
  it('one case per indicator, both kinds present', () => {
    expect(cases.map((c) => c.id)).toEqual(INDICATORS.map((i) => i.id));
    expect(categorical.length).toBeGreaterThan(0);
    expect(numeric.length).toBeGreaterThan(0);
  });
});

describe.each(cases)('classify($id) on the $indicator.kind data of 2017-04', ({ rows, classification: c }) => {
  it(`has a row for each of the ${FOOTPRINTS} footprints`, () => {
    expect(rows).toHaveLength(FOOTPRINTS);
    expect(new Set(rows.map((r) => r.code)).size).toBe(FOOTPRINTS);
  });

  it(`class counts sum to ${FOOTPRINTS}`, () => {
    expect(c.classes.reduce((sum, k) => sum + k.count, 0)).toBe(FOOTPRINTS);
  });

  it('every footprint gets exactly one class, an index into the legend', () => {
    expect(c.classOf.size).toBe(FOOTPRINTS);
    expect([...c.classOf.keys()].sort()).toEqual(rows.map((r) => r.code).sort());
    for (const i of c.classOf.values()) {
      expect(Number.isInteger(i)).toBe(true);
      expect(i).toBeGreaterThanOrEqual(0);
      expect(i).toBeLessThan(c.classes.length);
    }
  });

  it("each class's count equals the number of footprints mapped to it", () => {
    c.classes.forEach((k, i) => expect(k.count, `class ${i} "${k.label}"`).toBe(membersOf(c, i).length));
  });

  it('legend labels are distinct and data fills are distinct', () => {
    expect(new Set(c.classes.map((k) => k.label)).size).toBe(c.classes.length);
    const dataFills = c.classes.filter((k) => !k.notKnown).map((k) => k.fill.toLowerCase());
    expect(new Set(dataFills).size).toBe(dataFills.length);
  });

  it('null values, and only null values, land in the one "Not known" class', () => {
    const unknown = rows.filter((r) => r.value === null);
    const nk = c.classes.map((k, i) => ({ k, i })).filter(({ k }) => k.notKnown);
    if (!unknown.length) {
      expect(nk).toHaveLength(0);
      return;
    }
    expect(nk).toHaveLength(1);
    const { k, i } = nk[0]!;
    expect(k.label).toBe(NOT_KNOWN);
    expect(k.label).toBe('Not known');
    expect(k.fill).toBe(NOT_KNOWN_FILL);
    expect(c.classes.filter((o) => !o.notKnown).map((o) => o.fill.toLowerCase())).not.toContain(k.fill.toLowerCase());
    expect(membersOf(c, i).sort()).toEqual(unknown.map((r) => r.code).sort());
    expect(k.count).toBe(unknown.length);
  });

  it('no known value is labelled "Not known" and no data class is flagged notKnown', () => {
    for (const r of rows.filter((r) => r.value !== null)) {
      const k = c.classes[c.classOf.get(r.code)!]!;
      expect(k.notKnown, r.name).toBe(false);
      expect(k.label, r.name).not.toBe(NOT_KNOWN);
    }
  });

  it('explains its method', () => {
    expect(c.method.length).toBeGreaterThan(10);
  });
});

describe.each(categorical)('categorical $id', ({ indicator, rows, classification: c }) => {
  it('the legend lists the categories some footprint has, in order, then "Not known"; no empty entry', () => {
    const data = c.classes.filter((k) => !k.notKnown).map((k) => k.label);
    const used = (indicator.categories ?? []).filter((v) => rows.some((r) => r.value === v));
    expect(data).toEqual(used.map((v) => formatValue(indicator, v)));
    for (const k of c.classes) expect(k.count, k.label).toBeGreaterThan(0);
  });

  it('every value maps to the class with its label', () => {
    for (const r of rows.filter((r) => r.value !== null)) {
      const k = c.classes[c.classOf.get(r.code)!]!;
      expect(k.label, r.name).toBe(formatValue(indicator, r.value));
      expect(indicator.categories, r.name).toContain(r.value);
    }
  });

  it('category counts equal the number of footprints with that value', () => {
    for (const k of c.classes.filter((k) => !k.notKnown)) {
      const n = rows.filter((r) => r.value !== null && formatValue(indicator, r.value) === k.label).length;
      expect(k.count, k.label).toBe(n);
    }
  });

  it('throws for a value outside its categories, naming the value and the footprint', () => {
    const values = new Map<string, string | number | null>(rows.map((r) => [r.code, r.value]));
    values.set('E54999999', 'Wales');
    expect(() => classify(indicator, values)).toThrow(/Wales/);
    expect(() => classify(indicator, values)).toThrow(/E54999999/);
  });
});

/** The range a numeric legend label claims, as [lo, hi] with inclusive/exclusive ends. */
function parseRange(label: string): { lo: number; loIn: boolean; hi: number; hiIn: boolean } {
  const n = (s: string) => Number(s.replace(/,/g, ''));
  const num = '(\\d[\\d,]*(?:\\.\\d+)?)';
  let m: RegExpExecArray | null;
  if ((m = new RegExp(`^under ${num}$`).exec(label))) return { lo: -Infinity, loIn: false, hi: n(m[1]!), hiIn: false };
  if ((m = new RegExp(`^${num} to under ${num}$`).exec(label))) return { lo: n(m[1]!), loIn: true, hi: n(m[2]!), hiIn: false };
  if ((m = new RegExp(`^${num} or more(?: \\D.*)?$`).exec(label))) return { lo: n(m[1]!), loIn: true, hi: Infinity, hiIn: false };
  if ((m = new RegExp(`^${num} or fewer(?: \\D.*)?$`).exec(label))) return { lo: -Infinity, loIn: false, hi: n(m[1]!), hiIn: true };
  if ((m = new RegExp(`^${num} to ${num}(?: \\D.*)?$`).exec(label))) return { lo: n(m[1]!), loIn: true, hi: n(m[2]!), hiIn: true };
  if ((m = new RegExp(`^${num}(?: \\D.*)?$`).exec(label))) return { lo: n(m[1]!), loIn: true, hi: n(m[1]!), hiIn: true };
  throw new Error(`Cannot read the range of legend label "${label}"`);
}

describe.each(numeric)('numeric $id', ({ indicator, rows, classification: c }) => {
  const valuesOf = (i: number) => rows.filter((r) => c.classOf.get(r.code) === i).map((r) => r.value as number);
  const dataClasses = c.classes.map((k, i) => ({ k, i })).filter(({ k }) => !k.notKnown);

  it(`has at most ${BINS} bins, every one of them used`, () => {
    expect(dataClasses.length).toBeGreaterThan(0);
    expect(dataClasses.length).toBeLessThanOrEqual(BINS);
    for (const { k } of dataClasses) expect(k.count, k.label).toBeGreaterThan(0);
  });

  it('bins are ordered and non-overlapping: every value of bin i < every value of bin i+1', () => {
    for (let j = 1; j < dataClasses.length; j++) {
      const below = valuesOf(dataClasses[j - 1]!.i);
      const above = valuesOf(dataClasses[j]!.i);
      if (!below.length || !above.length) continue;
      expect(Math.max(...below), `${dataClasses[j - 1]!.k.label} vs ${dataClasses[j]!.k.label}`).toBeLessThan(Math.min(...above));
    }
  });

  it('each value lies in the range its legend label states', () => {
    for (const { k, i } of dataClasses) {
      const range = parseRange(k.label);
      for (const v of valuesOf(i)) {
        expect(range.loIn ? v >= range.lo : v > range.lo, `${v} in "${k.label}"`).toBe(true);
        expect(range.hiIn ? v <= range.hi : v < range.hi, `${v} in "${k.label}"`).toBe(true);
      }
    }
  });

  it('legend ranges do not overlap', () => {
    const ranges = dataClasses.map(({ k }) => ({ label: k.label, ...parseRange(k.label) }));
    for (let j = 1; j < ranges.length; j++) {
      const a = ranges[j - 1]!;
      const b = ranges[j]!;
      const touching = a.hi === b.lo && !(a.hiIn && b.loIn);
      expect(a.hi < b.lo || touching, `"${a.label}" then "${b.label}"`).toBe(true);
    }
  });

  it('bins use the sequential palette, dark to light in legend order', () => {
    const lum = dataClasses.map(({ k }) => luminance(k.fill));
    for (let i = 1; i < lum.length; i++) expect(lum[i]!).toBeGreaterThan(lum[i - 1]!);
  });

  it('a one-value bin reads in the singular ("1 council", not "1 councils")', () => {
    const unit = indicator.unit ?? '';
    for (const { k } of dataClasses) expect(k.label).not.toBe(`1 ${unit}`);
  });

  it('throws for a value that is not a number', () => {
    const values = new Map<string, string | number | null>(rows.map((r) => [r.code, r.value]));
    values.set('E54999999', 'lots');
    expect(() => classify(indicator, values)).toThrow(/E54999999/);
  });
});

describe('classify: constructed cases', () => {
  it('leaves out a category no footprint has ("Other (0)"), and a category keeps its colour when another is empty', () => {
    const lead = getIndicator('lead-type');
    const full = classify(lead, new Map([['E1', 'CCG'], ['E2', 'NHS provider'], ['E3', 'local authority'], ['E4', 'other']]));
    const without = classify(lead, new Map([['E1', 'CCG'], ['E2', 'NHS provider'], ['E3', 'local authority']]));
    expect(without.classes.map((k) => k.label)).toEqual(['CCG', 'NHS provider', 'Local authority']);
    expect(without.classes.map((k) => k.fill)).toEqual(full.classes.slice(0, 3).map((k) => k.fill));
  });

  it.each([
    ['region', 'Wales'],
    ['progress-rating', 'excellent'],
    ['lead-type', 'NHS Provider'],
    ['crosses-council-boundary', 'yes'],
  ])('%s throws for the value "%s", which is not one of its categories', (id, value) => {
    const values = new Map<string, string | number | null>([
      ['E54000001', getIndicator(id).categories![0]!],
      ['E54000002', value],
    ]);
    expect(() => classify(getIndicator(id), values)).toThrow(new RegExp(`${value}.*E54000002|E54000002.*${value}`));
  });

  it.each([
    ['all not known (categorical)', 'region', [null, null, null]],
    ['all not known (numeric)', 'population', [null, null]],
    ['one known, two not', 'ccg-count', [3, null, null]],
    ['mixed', 'progress-rating', ['advanced', null, 'outstanding', null]],
  ] as const)('%s: nulls, and only nulls, go to "Not known"', (_name, id, vals) => {
    const values = new Map<string, string | number | null>(vals.map((v, i) => [`E5400${String(i).padStart(4, '0')}`, v]));
    const c = classify(getIndicator(id), values);
    const nk = c.classes.findIndex((k) => k.notKnown);
    expect(nk).toBeGreaterThanOrEqual(0);
    expect(c.classes.filter((k) => k.notKnown)).toHaveLength(1);
    expect(c.classes[nk]!.label).toBe('Not known');
    for (const [code, v] of values) expect(c.classOf.get(code) === nk, code).toBe(v === null);
    expect(c.classes.reduce((s, k) => s + k.count, 0)).toBe(values.size);
  });

  it('integer bins: 1..12 CCGs split into whole-number ranges', () => {
    const values = new Map<string, number | null>(Array.from({ length: 12 }, (_, i) => [`E${i}`, i + 1]));
    const c = classify(getIndicator('ccg-count'), values);
    expect(c.classes.map((k) => k.label)).toEqual(['1 to 3 CCGs', '4 to 5 CCGs', '6 to 7 CCGs', '8 to 9 CCGs', '10 to 12 CCGs']);
    expect(c.classes.map((k) => k.count)).toEqual([3, 2, 2, 2, 3]);
  });
});

/** Bin index of `v` with these thresholds, as classify computes it. */
const binOf = (thresholds: number[], v: number) => thresholds.filter((t) => v >= t).length;

describe('quantileThresholds', () => {
  it.each([
    ['integers 1..12', Array.from({ length: 12 }, (_, i) => i + 1), BINS, [4, 6, 8, 10]],
    ['integers 12..1 (unsorted input)', Array.from({ length: 12 }, (_, i) => 12 - i), BINS, [4, 6, 8, 10]],
    ['all equal', [7, 7, 7, 7, 7], BINS, []],
    ['a single value', [3], BINS, []],
    ['two bins of 1..10', Array.from({ length: 10 }, (_, i) => i + 1), 2, [6]],
    ['duplicates collapse', [1, 1, 1, 1, 1, 1, 1, 1, 2, 2], BINS, [2]],
    ['large values round to two significant figures', [1000, 2000, 3000, 4000, 5000, 6000, 7000, 8000, 9000, 10000], BINS, [2800, 4600, 6400, 8200]],
    ['millions', [1_503_224, 2_087_613], 2, [1_800_000]],
  ])('%s', (_name, values, bins, expected) => {
    expect(quantileThresholds(values, bins)).toEqual(expected);
  });

  it('does not sort its input in place', () => {
    const values = [5, 3, 9, 1];
    quantileThresholds(values);
    expect(values).toEqual([5, 3, 9, 1]);
  });

  it.each([
    ['integers 1..12', Array.from({ length: 12 }, (_, i) => i + 1)],
    ['duplicates', [1, 1, 1, 2, 2, 3, 3, 3, 3, 4, 9, 9]],
    ['heavy duplicates', [1, 1, 1, 1, 1, 1, 1, 1, 1, 2, 5]],
    ['real CCG counts', [1, 1, 1, 1, 1, 1, 2, 2, 2, 3, 3, 3, 3, 3, 3, 3, 3, 3, 4, 4, 4, 4, 5, 5, 5, 5, 5, 5, 6, 6, 6, 6, 6, 6, 7, 7, 7, 8, 8, 8, 8, 10, 11, 12]],
    ['continuous', [472_770, 534_476, 596_984, 713_653, 749_646, 862_434, 863_882, 893_567, 978_619, 1_017_697, 1_350_241, 2_408_898]],
    ['decimals', [0.11, 0.12, 0.5, 0.9, 1.3, 1.31, 2.5, 7.25]],
    ['two far-apart integers', [1, 10]],
    ['two far-apart large values', [100, 200]],
    ['twelve values where rounding to two significant figures skips a gap', [1, 2, 50, 60, 100, 150, 150, 152, 160, 170, 180, 190]],
  ])('%s: thresholds increase, lie inside the data, and leave no bin empty', (_name, values) => {
    const t = quantileThresholds(values);
    const min = Math.min(...values);
    const max = Math.max(...values);
    expect(t.length).toBeLessThanOrEqual(BINS - 1);
    for (let i = 1; i < t.length; i++) expect(t[i]!).toBeGreaterThan(t[i - 1]!);
    for (const x of t) {
      expect(x).toBeGreaterThan(min);
      expect(x).toBeLessThanOrEqual(max);
    }
    const counts = Array.from({ length: t.length + 1 }, (_, i) => values.filter((v) => binOf(t, v) === i).length);
    expect(counts.every((n) => n > 0), `bin counts ${counts.join(', ')} with thresholds ${t.join(', ')}`).toBe(true);
  });
});
