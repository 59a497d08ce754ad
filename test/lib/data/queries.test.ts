/** The domain rules, each written once: splits, London, lead counts. */
import { describe, expect, it } from 'vitest';
import { isLondon, isSplit, leadCounts, londonCodes, londonCouncilCodes, partCouncils, splitCouncils, splitsACouncil, upperTierCouncils } from '../../../src/lib/data/queries.ts';
import { loadDataset } from '../../../src/lib/data/read-version.ts';
import { isKnown } from '../../../content/data/schema.ts';

const dataset = loadDataset('2017-04');

describe('isSplit', () => {
  it('is true for a council in two or more footprints, however the parts are described', () => {
    expect(isSplit({ memberships: [{ footprint: 'E54000007', whole: false, note: 'x' }, { footprint: 'E54000012', whole: false, note: 'y' }] })).toBe(true);
    expect(isSplit({ memberships: [{ footprint: 'E54000007', whole: true, note: null }] })).toBe(false);
  });

  it('agrees with the whole flags of the data, for every council', () => {
    for (const c of dataset.councils) expect(isSplit(c), c.name).toBe(c.memberships.some((m) => !m.whole));
  });

  it('splitCouncils lists Derbyshire and North Yorkshire among the 2017 upper-tier splits, and no district', () => {
    const names = splitCouncils(dataset).map((c) => c.name);
    expect(names).toEqual(expect.arrayContaining(['Derbyshire', 'North Yorkshire']));
    expect(splitCouncils(dataset).every((c) => c.tier === 'upper')).toBe(true);
    expect(splitCouncils(dataset, 'lower').every((c) => c.tier === 'lower')).toBe(true);
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
    expect(c.unknown).toBe(dataset.footprints.filter((f) => !isKnown(f.lead)).length);
    expect(c.nhs).toBe(dataset.footprints.filter((f) => isKnown(f.lead) && ['CCG', 'NHS provider'].includes(f.lead.organisationType)).length);
  });
});
