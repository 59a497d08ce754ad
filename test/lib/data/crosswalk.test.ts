/** The crosswalk between versions, exact from LSOAs: every LSOA and every person accounted for, each change of the right kind. */
import { describe, expect, it } from 'vitest';
import { crosswalk, LINK_KINDS, partName } from '../../../src/lib/data/crosswalk.ts';
import { listVersions, loadDataset } from '../../../src/lib/data/read-version.ts';
import { longDate, predecessorStep, successorStep } from '../../../src/lib/data/successors.ts';

const versions = listVersions().map((v) => loadDataset(v));
const pairs = versions.slice(1).map((b, i) => [versions[i]!, b] as const);
if (versions.length > 2) pairs.push([versions[0]!, versions.at(-1)!] as const);

describe.each(pairs.map(([a, b]) => ({ name: `${a.version.version} → ${b.version.version}`, a, b })))('$name', ({ a, b }) => {
  const links = crosswalk(a, b);

  it('accounts for every LSOA and every person exactly once', () => {
    expect(links.reduce((n, l) => n + l.lsoas, 0)).toBe(32_844);
    expect(links.reduce((n, l) => n + l.population, 0)).toBe(56_550_138);
  });

  it('adds up, for every area of each version, to that area’s own LSOAs and people', () => {
    for (const f of a.footprints) {
      const out = links.filter((l) => l.from.code === f.code);
      expect(out.reduce((n, l) => n + l.lsoas, 0), f.name).toBe(f.lsoas);
      expect(out.reduce((n, l) => n + l.population, 0), f.name).toBe(f.population);
    }
    for (const f of b.footprints) expect(links.filter((l) => l.to.code === f.code).reduce((n, l) => n + l.population, 0), f.name).toBe(f.population);
  });

  it('gives every link one of the documented kinds, and a part that moved its districts', () => {
    for (const l of links) {
      expect(LINK_KINDS).toContain(l.kind);
      expect(l.districts.reduce((n, d) => n + d.lsoas, 0)).toBe(l.lsoas);
    }
  });
});

describe('2017-04 → 2018-04', () => {
  const [y17, y18] = [loadDataset('2017-04'), loadDataset('2018-04')];
  const links = crosswalk(y17, y18);

  it('merges the three northern footprints into Cumbria and North East (E54000049), and keeps the rest', () => {
    const merged = links.filter((l) => l.kind === 'merged');
    expect(merged.map((l) => l.from.code).sort()).toEqual(['E54000045', 'E54000046', 'E54000047']);
    expect(new Set(merged.map((l) => l.to.code))).toEqual(new Set(['E54000049']));
    expect(links.filter((l) => l.kind === 'same')).toHaveLength(41);
  });

  it('says so in words, both ways', () => {
    expect(successorStep(y17, y18, 'E54000047').sentence).toBe(
      'Merged with Durham, Darlington, Teesside, Hambleton, Richmondshire and Whitby and Northumberland, Tyne and Wear and North Durham into Cumbria and North East (E54000049).',
    );
    expect(successorStep(y17, y18, 'E54000007').sentence).toBe('Unchanged: still Greater Manchester (E54000007).');
    expect(predecessorStep(y17, y18, 'E54000049').sentence).toMatch(/^Made of all of Northumberland, Tyne and Wear and North Durham \(E54000046\), all of Durham/);
  });
});

describe('partName and longDate', () => {
  it('names a moved part by whole districts, by its town, or as part of a district', () => {
    expect(partName({ districts: [{ code: 'E07000171', name: 'Bassetlaw', lsoas: 70, population: 118_280, whole: true, places: [] }] })).toBe('Bassetlaw');
    expect(partName({ districts: [{ code: 'E07000037', name: 'High Peak', lsoas: 21, population: 33_604, whole: false, places: ['Glossop'] }] })).toBe('Glossop');
    expect(partName({ districts: [{ code: 'E07000128', name: 'Wyre', lsoas: 10, population: 20_434, whole: false, places: [] }] })).toBe('part of Wyre');
  });

  it('writes dates as readers do', () => {
    expect(longDate('2022-07-01')).toBe('1 July 2022');
    expect(longDate('2018-04-01')).toBe('1 April 2018');
  });
});
