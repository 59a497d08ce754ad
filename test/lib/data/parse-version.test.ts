/**
 * The data contract on the real versions: each loads and passes every check, and what it says
 * agrees with the rules of the data issue (counts, splits however small, populations that sum to
 * England's). The ways a version can be broken are in test/data-mutations.test.ts.
 */
import { describe, expect, it } from 'vitest';
import { isKnown } from '../../../content/data/schema.ts';
import { isSplit, splitCouncils, splitDistricts } from '../../../src/lib/data/queries.ts';
import { CURRENT_VERSION, listVersions, loadDataset, readRawVersion } from '../../../src/lib/data/read-version.ts';

const HTTP_URL = /^https?:\/\/[^\s/]+\.[^\s]+$/;
/** ONS mid-2020 population estimate for England (the LSOA file's England rows sum to it). */
const ENGLAND_MID_2020 = 56_550_138;

/** Calls visit on every object inside `value`, with its path. */
function walk(value: unknown, visit: (v: Record<string, unknown>, path: string) => void, path = ''): void {
  if (Array.isArray(value)) value.forEach((v, i) => walk(v, visit, `${path}[${i}]`));
  else if (value && typeof value === 'object') {
    visit(value as Record<string, unknown>, path);
    for (const [k, v] of Object.entries(value)) walk(v, visit, path ? `${path}.${k}` : k);
  }
}

describe.each(listVersions())('data version %s', (version) => {
  const dataset = loadDataset(version);

  it('loads and passes every check, with the counts its version.json promises', () => {
    const { expect: e } = dataset.version;
    expect(dataset.footprints).toHaveLength(e.areas);
    expect(dataset.ccgs).toHaveLength(e.ccgs);
    expect(dataset.councils.filter((c) => c.tier === 'upper')).toHaveLength(e.upperTierCouncils);
    expect(dataset.councils.filter((c) => c.tier === 'lower')).toHaveLength(e.lowerTierCouncils);
    expect(dataset.lsoas).toHaveLength(32_844);
  });

  it('sums to the ONS mid-2020 population of England, by LSOA, area and CCG', () => {
    expect(dataset.totals.population).toBe(ENGLAND_MID_2020);
    expect(dataset.footprints.reduce((s, f) => s + f.population, 0)).toBe(ENGLAND_MID_2020);
    expect(dataset.ccgs.reduce((s, c) => s + c.population, 0)).toBe(ENGLAND_MID_2020);
    expect(dataset.lsoas.reduce((s, r) => s + r.population, 0)).toBe(ENGLAND_MID_2020);
  });

  it('has unique codes and kebab-case slugs, every area with a CCG and an upper-tier council', () => {
    const { footprints } = dataset;
    expect(new Set(footprints.map((f) => f.code)).size).toBe(footprints.length);
    expect(new Set(footprints.map((f) => f.slug)).size).toBe(footprints.length);
    for (const f of footprints) {
      expect(f.slug).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
      expect(f.ccgs.length, f.name).toBeGreaterThan(0);
      expect(f.councils.some((c) => c.tier === 'upper'), f.name).toBe(true);
    }
  });

  it('joins each part of a split council into its area, with the other parts cross-referenced', () => {
    for (const c of dataset.councils.filter(isSplit)) {
      for (const part of c.parts) {
        const here = dataset.byCode.get(part.area)!.councils.find((x) => x.code === c.code)!;
        expect(here.whole, c.name).toBe(false);
        expect(here.lsoas + here.elsewhere.reduce((s, o) => s + o.lsoas, 0), c.name).toBe(c.lsoas);
        expect(here.elsewhere.map((o) => o.code).sort(), c.name).toEqual(c.parts.filter((p) => p !== part).map((p) => p.area).sort());
      }
    }
  });

  it('gives every source anywhere in its files an http(s) URL', () => {
    const raw = readRawVersion(version);
    let sources = 0;
    walk({ ...raw, 'lsoas.csv': [], 'footprints.topo.json': null }, (v, path) => {
      if ('publisher' in v && 'title' in v) {
        sources++;
        expect(v.url, path).toMatch(HTTP_URL);
      }
    });
    expect(sources).toBeGreaterThan(dataset.footprints.length);
  });
});

describe(`version ${CURRENT_VERSION}, as the ONS LSOA lookup gives it`, () => {
  const dataset = loadDataset(CURRENT_VERSION);

  it('has 14 split upper-tier councils and 17 split districts, however small the part', () => {
    expect(splitCouncils(dataset)).toHaveLength(14);
    expect(splitDistricts(dataset)).toHaveLength(17);
    // Four LSOAs of Aylesbury Vale are in Milton Keynes, Bedfordshire and Luton: still a split.
    const aylesbury = dataset.councils.find((c) => c.name === 'Aylesbury Vale')!;
    expect(aylesbury.parts.map((p) => p.lsoas).sort((a, b) => a - b)[0]).toBe(4);
  });

  it('puts the Glossop part of High Peak (21 LSOAs, 33,604 people) in Greater Manchester', () => {
    const gm = dataset.bySlug.get('greater-manchester')!;
    const highPeak = gm.councils.find((c) => c.name === 'High Peak')!;
    expect(highPeak).toMatchObject({ whole: false, lsoas: 21, population: 33_604, places: ['Glossop'] });
    expect(highPeak.elsewhere.map((o) => o.name)).toEqual(['Derbyshire']);
  });

  it('keeps the leads, ratings and plans of 2016–17, each known value with a source', () => {
    for (const f of dataset.footprints) {
      expect(f.lead, f.name).toBeDefined();
      expect(f.rating, f.name).toBeDefined();
      if (f.lead && isKnown(f.lead)) expect(f.lead.source.url).toMatch(HTTP_URL);
      if (f.rating && isKnown(f.rating)) expect(f.rating.source.url).toMatch(HTTP_URL);
    }
  });
});
