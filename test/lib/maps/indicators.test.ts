import { describe, expect, it } from 'vitest';
import { census2011, formatValue, getIndicator, INDICATORS, indicatorRows, NOT_KNOWN } from '../../../src/lib/maps/indicators.ts';
import { loadDataset } from '../../../src/lib/data/read-version.ts';

const dataset = loadDataset('2017-04');
const footprint = (slug: string) => {
  const f = dataset.bySlug.get(slug);
  if (!f) throw new Error(`No footprint ${slug} in the test data`);
  return f;
};

describe('getIndicator', () => {
  it.each(['nope', '', 'Region', 'population ', 'ccg_count'])('throws for the unknown id "%s", listing the known ones', (id) => {
    expect(() => getIndicator(id)).toThrow(`Unknown indicator "${id}"`);
    expect(() => getIndicator(id)).toThrow(/region, lead-type/);
  });

  it.each(INDICATORS.map((i) => [i.id, i] as const))('finds %s', (id, indicator) => {
    expect(getIndicator(id)).toBe(indicator);
  });

  it('indicator ids are unique URL segments', () => {
    const ids = INDICATORS.map((i) => i.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
  });

  it.each(INDICATORS.map((i) => [i.id, i] as const))('%s: categorical indicators list categories, numeric ones a unit', (_id, indicator) => {
    if (indicator.kind === 'categorical') {
      expect(indicator.categories?.length).toBeGreaterThan(1);
      expect(new Set(indicator.categories).size).toBe(indicator.categories!.length);
    } else {
      expect(indicator.unit).toBeTruthy();
      expect(indicator.categories).toBeUndefined();
    }
  });
});

describe('formatValue', () => {
  it.each([
    ['population', 0, '0'],
    ['population', 7, '7'],
    ['population', 999, '999'],
    ['population', 1000, '1,000'],
    ['population', 12345, '12,345'],
    ['population', 472770, '472,770'],
    ['population', 2408898, '2,408,898'],
    ['population', 1234567890, '1,234,567,890'],
    ['population', 1234.5, '1,234.5'],
    ['population', -4500, '-4,500'],
    ['ccg-count', 12, '12'],
    ['population', null, 'Not known'],
    ['region', null, 'Not known'],
    ['progress-rating', null, 'Not known'],
    ['progress-rating', 'making progress', 'Making progress'],
    ['progress-rating', 'needs most improvement', 'Needs most improvement'],
    ['lead-type', 'local authority', 'Local authority'],
    ['lead-type', 'NHS provider', 'NHS provider'],
    ['lead-type', 'CCG', 'CCG'],
    ['region', 'Midlands and East', 'Midlands and East'],
    ['crosses-council-boundary', 'No', 'No'],
  ] as const)('%s: %s → "%s"', (id, value, expected) => {
    expect(formatValue(getIndicator(id), value)).toBe(expected);
  });

  it('null reads as the shared NOT_KNOWN text', () => {
    expect(NOT_KNOWN).toBe('Not known');
  });
});

describe('census2011', () => {
  it.each([
    ['greater-manchester', ['High Peak']],
    ['derbyshire', ['High Peak']],
    ['west-yorkshire', ['Craven']],
    ['birmingham-and-solihull', ['Birmingham']],
    ['humber-coast-and-vale', ['Hambleton', 'Scarborough']],
  ])('%s: not known, because %j is split with another footprint', (slug, split) => {
    const f = footprint(slug);
    const result = census2011(f, dataset);
    expect(result.value).toBeNull();
    expect(result.source).toBeNull();
    expect(result.note).toMatch(/^Not counted: /);
    for (const name of split) {
      expect(result.note).toContain(name);
      // The reason is true of the data: the district really is only partly in the footprint.
      expect(f.councils.find((c) => c.name === name)?.whole).toBe(false);
    }
    expect(result.note).toContain(split.length === 1 ? ' is split' : ' are split');
  });

  it('greater-manchester: a split county (Derbyshire) alone would not stop the count; the split district (High Peak) does', () => {
    const gm = footprint('greater-manchester');
    const split = gm.councils.filter((c) => !c.whole).map((c) => c.name);
    expect(split).toEqual(expect.arrayContaining(['Derbyshire', 'High Peak']));
    expect(census2011(gm, dataset).note).not.toContain('Derbyshire');
  });

  it.each([
    // ONS 2011 Census usual residents: Cornwall 532,273 + Isles of Scilly 2,203.
    ['cornwall-and-the-isles-of-scilly', 534_476, 2],
    // Shropshire 306,129 + Telford and Wrekin 166,641.
    ['shropshire-and-telford-and-wrekin', 472_770, 2],
    ['cheshire-and-merseyside', null, 9],
    ['staffordshire', null, 9],
    ['north-west-london', null, 8],
  ] as const)('%s, made of whole districts: a number, the sum of its %s districts', (slug, expected, districtCount) => {
    const f = footprint(slug);
    const result = census2011(f, dataset);
    expect(typeof result.value).toBe('number');
    const districts = f.councils.filter((c) => !c.code.startsWith('E10'));
    expect(districts.every((c) => c.whole)).toBe(true);
    expect(districts).toHaveLength(districtCount);
    const byCode = new Map(dataset.census.districts.map((d) => [d.code, d.population]));
    expect(result.value).toBe(districts.reduce((sum, c) => sum + byCode.get(c.code)!, 0));
    if (expected !== null) expect(result.value).toBe(expected);
    expect(result.note).toBe(`Sum of ${districtCount} districts (2011 Census usual residents)`);
    expect(result.source).toBe(dataset.census.source);
  });

  it.each(dataset.footprints.map((f) => [f.slug, f] as const))('%s: a number exactly when every district is whole and has a figure', (_slug, f) => {
    const result = census2011(f, dataset);
    const districts = f.councils.filter((c) => !c.code.startsWith('E10'));
    const known = new Set(dataset.census.districts.map((d) => d.code));
    const countable = districts.length > 0 && districts.every((c) => c.whole && known.has(c.code));
    expect(result.value === null).toBe(!countable);
    if (result.value === null) expect(result.note).toMatch(/^Not counted: /);
    else expect(result.value).toBeGreaterThan(0);
  });
});

describe.each(INDICATORS.map((i) => ({ id: i.id, indicator: i })))('indicatorRows($id)', ({ indicator }) => {
  const rows = indicatorRows(indicator, dataset);

  it('has one row per footprint', () => {
    expect(rows).toHaveLength(dataset.footprints.length);
    expect(rows).toHaveLength(44);
    expect(new Set(rows.map((r) => r.code)).size).toBe(44);
  });

  it('is sorted by footprint name', () => {
    const names = rows.map((r) => r.name);
    expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b, 'en-GB')));
    for (let i = 1; i < names.length; i++) expect(names[i - 1]!.localeCompare(names[i]!, 'en-GB')).toBeLessThanOrEqual(0);
  });

  it("keeps each row's code, name and slug together", () => {
    for (const r of rows) {
      const f = dataset.byCode.get(r.code);
      expect(f?.name).toBe(r.name);
      expect(f?.slug).toBe(r.slug);
    }
  });

  it('values are of the indicator kind, and every unknown value gives a reason', () => {
    for (const r of rows) {
      if (r.value === null) {
        expect(r.note, r.name).toBeTruthy();
        continue;
      }
      if (indicator.kind === 'numeric') expect(typeof r.value, r.name).toBe('number');
      else expect(indicator.categories, r.name).toContain(r.value);
    }
  });
});

describe('indicatorRows sorting', () => {
  it('sorts a shuffled dataset by name, not by input order', () => {
    const shuffled = { ...dataset, footprints: [...dataset.footprints].reverse() };
    const rows = indicatorRows(getIndicator('region'), shuffled);
    expect(rows.map((r) => r.code)).toEqual(indicatorRows(getIndicator('region'), dataset).map((r) => r.code));
    expect(rows[0]!.name).toBe('Bath, Swindon and Wiltshire');
  });
});
