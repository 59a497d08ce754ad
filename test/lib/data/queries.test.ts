/** The domain rules, each written once: splits, London, lead counts. */
import { describe, expect, it } from 'vitest';
import { isLondon, isSplit, leadCounts, londonCodes, londonCouncilCodes, partCouncils, splitCouncils, splitDistricts, splitsACouncil, upperTierCouncils } from '../../../src/lib/data/queries.ts';
import { loadDataset } from '../../../src/lib/data/read-version.ts';
import { isKnown } from '../../../content/data/schema.ts';

const dataset = loadDataset('2017-04');

describe('isSplit', () => {
  const part = (area: string, lsoas: number) => ({ area, lsoas, population: lsoas * 1700, ccgs: ['E38000182'], places: [] });
  it('is true for a council in two or more footprints, however small a part', () => {
    expect(isSplit({ parts: [part('E54000012', 38), part('E54000007', 1)] })).toBe(true);
    expect(isSplit({ parts: [part('E54000007', 59)] })).toBe(false);
  });

  it('agrees with the joined footprints: a split council is "not whole" in each of its footprints', () => {
    for (const c of dataset.councils) {
      for (const p of c.parts) expect(dataset.byCode.get(p.area)!.councils.find((x) => x.code === c.code)!.whole, c.name).toBe(!isSplit(c));
    }
  });

  it('splitCouncils lists Derbyshire and North Yorkshire among the 2017 upper-tier splits, and no district', () => {
    const names = splitCouncils(dataset).map((c) => c.name);
    expect(names).toEqual(expect.arrayContaining(['Derbyshire', 'North Yorkshire']));
    expect(splitCouncils(dataset).every((c) => c.tier === 'upper')).toBe(true);
    expect(splitCouncils(dataset, 'lower').every((c) => c.tier === 'lower')).toBe(true);
  });

  it('splitDistricts counts every split council below county level (unitaries included)', () => {
    const codes = splitDistricts(dataset).map((c) => c.code);
    expect(codes).toContain('E07000037'); // High Peak
    expect(codes.every((c) => !c.startsWith('E10'))).toBe(true);
  });

  it('a footprint splits a council exactly when one of its upper-tier councils is only partly in it', () => {
    const gm = dataset.bySlug.get('greater-manchester')!;
    expect(splitsACouncil(gm)).toBe(true);
    expect(partCouncils(gm, 'upper').map((c) => c.name)).toContain('Derbyshire');
    expect(upperTierCouncils(gm).every((c) => c.tier === 'upper')).toBe(true);
    for (const f of dataset.footprints) expect(splitsACouncil(f), f.name).toBe(upperTierCouncils(f).some((c) => !c.whole));
  });
});

describe('London', () => {
  it('is the five footprints of NHS England’s London region', () => {
    const london = londonCodes(dataset);
    expect(london.size).toBe(5);
    for (const f of dataset.footprints) expect(london.has(f.code), f.name).toBe(isLondon(f));
  });

  it('its councils are the 33 London boroughs and the City (ONS E09 codes)', () => {
    const councils = londonCouncilCodes(dataset);
    expect(councils.size).toBe(33);
    for (const code of councils) expect(code).toMatch(/^E09/);
  });
});

describe('leadCounts', () => {
  it('counts every footprint once: NHS, councils, other and unknown', () => {
    const c = leadCounts(dataset);
    expect(c.nhs + c.localGovernment + c.other + c.unknown).toBe(dataset.footprints.length);
    expect(c.unknown).toBe(dataset.footprints.filter((f) => f.lead && !isKnown(f.lead)).length);
    expect(c.nhs).toBe(dataset.footprints.filter((f) => f.lead && isKnown(f.lead) && ['CCG', 'NHS provider'].includes(f.lead.organisationType)).length);
  });
});
