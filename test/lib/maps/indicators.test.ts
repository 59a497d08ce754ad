import { describe, expect, it } from 'vitest';
import { ADVANCED_OR_MAKING_PROGRESS, formatValue, indicatorFor, indicatorRows, indicatorsFor, NOT_KNOWN, PUBLISHED_RATINGS, ratingBounds } from '../../../src/lib/maps/indicators.ts';
import { listVersions, loadDataset } from '../../../src/lib/data/read-version.ts';

const dataset = loadDataset('2017-04');
const INDICATORS = indicatorsFor(dataset);
const getIndicator = (id: string) => indicatorFor(id, dataset);

describe('getIndicator', () => {
  it.each(['nope', '', 'Region', 'population ', 'ccg_count'])('throws for the unknown id "%s", listing the known ones', (id) => {
    expect(() => getIndicator(id)).toThrow(`Unknown indicator "${id}"`);
    expect(() => getIndicator(id)).toThrow(/region, lead-type/);
  });

  it.each(INDICATORS.map((i) => [i.id, i] as const))('finds %s', (id, indicator) => {
    expect(getIndicator(id).title).toBe(indicator.title);
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

describe('population (mid-2020 estimates)', () => {
  const population = indicatorFor('population', dataset);
  it.each(dataset.footprints.map((f) => [f.slug, f] as const))('%s: known, the sum of its neighbourhoods, with the ONS source', (_slug, f) => {
    const v = population.valueOf(f, dataset);
    expect(v.value).toBe(dataset.lsoas.filter((r) => r.area === f.code).reduce((s, r) => s + r.population, 0));
    expect(v.source).toBe(dataset.population.source);
    expect(v.note).toContain('mid-2020 estimate for the April 2017 footprint area');
  });

  it('covers all 44 footprints and sums to England’s 56,550,138', () => {
    const values = dataset.footprints.map((f) => population.valueOf(f, dataset).value as number);
    expect(values.filter((v) => typeof v === 'number')).toHaveLength(44);
    expect(values.reduce((a, b) => a + b, 0)).toBe(56_550_138);
  });
});

describe('indicators per version', () => {
  it('every version has region, split councils, CCG count, council count and population', () => {
    for (const v of listVersions()) {
      const ids = indicatorsFor(loadDataset(v)).map((i) => i.id);
      expect(ids, v).toEqual(expect.arrayContaining(['region', 'crosses-council-boundary', 'ccg-count', 'council-count', 'population']));
    }
  });

  it('leads and ratings belong to 2017-04 alone', () => {
    for (const v of listVersions()) {
      const ids = indicatorsFor(loadDataset(v)).map((i) => i.id);
      expect(ids.includes('lead-type'), v).toBe(v === '2017-04');
      expect(ids.includes('progress-rating'), v).toBe(v === '2017-04');
    }
    for (const v of listVersions().filter((x) => x !== '2017-04')) expect(() => indicatorFor('lead-type', loadDataset(v))).toThrow(/does not exist for data version/);
  });

  it('titles carry the version’s date and words', () => {
    expect(indicatorFor('ccg-count', dataset).title).toBe('CCGs per footprint, April 2017');
    expect(indicatorFor('crosses-council-boundary', dataset).title).toBe('Footprints that split a council, April 2017');
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

describe('progress rating, July 2017: the published counts bound what is not itemised', () => {
  const rating = indicatorFor('progress-rating', dataset);
  const rows = indicatorRows(rating, dataset);
  const counts = PUBLISHED_RATINGS.counts;

  it('the published counts cover all 44 footprints', () => {
    expect(Object.values(counts).reduce((a, b) => a + b, 0)).toBe(44);
  });

  it('every "outstanding" and every "needs most improvement" footprint is itemised, so bounds hold', () => {
    expect(rows.filter((r) => r.value === 'outstanding')).toHaveLength(counts.outstanding);
    expect(rows.filter((r) => r.value === 'needs most improvement')).toHaveLength(counts['needs most improvement']);
    expect(ratingBounds(dataset)).not.toBeNull();
  });

  it('no footprint is "Not known": the rest are "advanced or making progress", with the published counts in the note and their source', () => {
    expect(rows.filter((r) => r.value === null)).toEqual([]);
    const open = rows.filter((r) => r.value === ADVANCED_OR_MAKING_PROGRESS);
    expect(open.length).toBe(dataset.footprints.filter((f) => f.rating && f.rating.value === null).length);
    expect(open.length).toBeGreaterThan(0);
    for (const r of open) {
      expect(r.note).toContain('one of the 34 that NHS England rated advanced (20) or making progress (14)');
      expect(r.note).toMatch(/^All 5 footprints rated outstanding and all 5 rated as needing most improvement are known/);
      expect(r.source).toEqual(PUBLISHED_RATINGS.source);
    }
    expect(formatValue(rating, ADVANCED_OR_MAKING_PROGRESS)).toBe('Advanced or making progress (not itemised in our sources)');
  });

  it('the class sits between "advanced" and "making progress" on the ordered scale', () => {
    expect(rating.categories).toEqual(['outstanding', 'advanced', ADVANCED_OR_MAKING_PROGRESS, 'making progress', 'needs most improvement']);
    expect(rating.ordered).toBe(true);
  });

  it('itemised ratings never exceed the published counts', () => {
    expect(rows.filter((r) => r.value === 'advanced').length).toBeLessThanOrEqual(counts.advanced);
    expect(rows.filter((r) => r.value === 'making progress').length).toBeLessThanOrEqual(counts['making progress']);
  });

  it('without every extreme itemised, the unrated stay "Not known"', () => {
    const firstOutstanding = dataset.footprints.find((f) => f.rating?.value === 'outstanding')!;
    const footprints = dataset.footprints.map((f) => (f === firstOutstanding ? { ...f, rating: { value: null, reason: 'for this test' } } : f));
    const partial = { ...dataset, footprints } as typeof dataset;
    expect(ratingBounds(partial)).toBeNull();
    const r = indicatorFor('progress-rating', partial);
    expect(r.categories).not.toContain(ADVANCED_OR_MAKING_PROGRESS);
    expect(r.valueOf(firstOutstanding, partial).value).toBe('outstanding');
    expect(r.valueOf(footprints.find((f) => f.code === firstOutstanding.code)!, partial).value).toBeNull();
  });

  it('the takeaway gives the published counts, not a count of "known values"', () => {
    const summary = rating.summary?.();
    expect(summary).toMatch(/^NHS England rated all 44 footprints: 5 outstanding, 20 advanced, 14 making progress and 5 needing most improvement\./);
    expect(summary).not.toMatch(/known value/);
  });
});
