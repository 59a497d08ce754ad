/**
 * The committed derived files, content/data/<version>/lsoas.csv and memberships.json: complete,
 * consistent with each other, equal to what scripts/derive-areas.ts derives from ../shared/data
 * today, and (for the versions ONS publishes at LSOA level) equal to an independent count straight
 * from the ONS lookup.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { csvParse } from 'd3-dsv';
import { describe, expect, it } from 'vitest';
import { deriveAll } from '../../scripts/derive-areas.ts';
import { parseCsv } from '../../scripts/lib/csv.ts';
import { readConfigs, sharedDir, versionDir } from '../../scripts/lib/read-inputs.ts';
import type { Memberships } from '../../scripts/lib/memberships.ts';
import { HAVE_SHARED_DATA, SKIPPED } from './shared-data.ts';

const ENGLAND_LSOAS = 32_844;
const ENGLAND_POPULATION = 56_550_138;
const versions = readConfigs().map((c) => c.version);

function readVersion(version: string) {
  const dir = versionDir(version);
  const csvText = readFileSync(join(dir, 'lsoas.csv'), 'utf8');
  const jsonText = readFileSync(join(dir, 'memberships.json'), 'utf8');
  return { csvText, jsonText, rows: parseCsv(csvText).rows, m: JSON.parse(jsonText) as Memberships };
}

const countBy = <T>(items: T[], key: (t: T) => string) => {
  const out = new Map<string, number>();
  for (const t of items) out.set(key(t), (out.get(key(t)) ?? 0) + 1);
  return out;
};

describe.each(versions)('%s: lsoas.csv and memberships.json', (version) => {
  const { csvText, rows, m } = readVersion(version);

  it('has one row per LSOA of England, sorted, with one CCG, district and area each', () => {
    expect(csvText.split('\n')[0]).toBe('lsoa,ccg,district,area,population');
    expect(csvText.endsWith('\n')).toBe(true);
    expect(rows).toHaveLength(ENGLAND_LSOAS);
    const codes = rows.map((r) => r.lsoa!);
    expect(new Set(codes).size).toBe(ENGLAND_LSOAS);
    expect([...codes].sort()).toEqual(codes);
    for (const r of rows) {
      expect(r.lsoa).toMatch(/^E01\d{6}$/);
      expect(r.ccg).toMatch(/^E38\d{6}$/);
      expect(r.district).toMatch(/^E0[6789]\d{6}$/);
      expect(r.area).toMatch(/^E54\d{6}$/);
      expect(r.population).toMatch(/^\d+$/);
    }
  });

  it('puts each CCG in exactly one area', () => {
    const areasOf = new Map<string, Set<string>>();
    for (const r of rows) (areasOf.get(r.ccg!) ?? areasOf.set(r.ccg!, new Set()).get(r.ccg!)!).add(r.area!);
    for (const [ccg, areas] of areasOf) expect([...areas], ccg).toHaveLength(1);
    for (const c of m.ccgs) expect([...areasOf.get(c.code)!]).toEqual([c.area]);
  });

  it('sums to the ONS mid-2020 population of England', () => {
    expect(rows.reduce((s, r) => s + Number(r.population), 0)).toBe(ENGLAND_POPULATION);
    expect(m.totals).toEqual({ lsoas: ENGLAND_LSOAS, population: ENGLAND_POPULATION });
    expect(m.areas.reduce((s, a) => s + a.population, 0)).toBe(ENGLAND_POPULATION);
    expect(m.ccgs.reduce((s, a) => s + a.population, 0)).toBe(ENGLAND_POPULATION);
    const upper = m.councils.filter((c) => c.tier === 'upper');
    expect(upper.reduce((s, a) => s + a.population, 0)).toBe(ENGLAND_POPULATION);
    for (const c of m.councils) {
      expect(c.parts.reduce((s, p) => s + p.population, 0), c.code).toBe(c.population);
      expect(c.parts.reduce((s, p) => s + p.lsoas, 0), c.code).toBe(c.lsoas);
    }
  });

  it('agrees with lsoas.csv on every count', () => {
    const byArea = countBy(rows, (r) => r.area!);
    expect(new Map(m.areas.map((a) => [a.code, a.lsoas]))).toEqual(byArea);
    const byCcg = countBy(rows, (r) => r.ccg!);
    expect(new Map(m.ccgs.map((a) => [a.code, a.lsoas]))).toEqual(byCcg);
    const byDistrict = countBy(rows, (r) => r.district!);
    const districts = m.councils.filter((c) => !c.code.startsWith('E10'));
    expect(new Map(districts.map((c) => [c.code, c.lsoas]))).toEqual(byDistrict);
    for (const c of districts) {
      const parts = countBy(rows.filter((r) => r.district === c.code), (r) => r.area!);
      expect(new Map(c.parts.map((p) => [p.area, p.lsoas])), c.code).toEqual(parts);
    }
  });

  it('names a county as the parent of every shire district, and lists every tier', () => {
    const codes = new Set(m.councils.map((c) => c.code));
    for (const c of m.councils) {
      if (c.code.startsWith('E07')) {
        expect(c.tier).toBe('lower');
        expect(c.parent, c.code).toMatch(/^E10\d{6}$/);
        expect(codes.has(c.parent!)).toBe(true);
      } else {
        expect(c.tier).toBe('upper');
        expect(c.parent).toBeNull();
      }
    }
  });

  it('sorts every list by code, parts by population, and fills places only for split councils', () => {
    const sorted = (xs: string[]) => [...xs].sort();
    expect(m.areas.map((a) => a.code)).toEqual(sorted(m.areas.map((a) => a.code)));
    expect(m.ccgs.map((a) => a.code)).toEqual(sorted(m.ccgs.map((a) => a.code)));
    expect(m.councils.map((a) => a.code)).toEqual(sorted(m.councils.map((a) => a.code)));
    for (const c of m.councils) {
      for (let i = 1; i < c.parts.length; i++) expect(c.parts[i - 1]!.population).toBeGreaterThanOrEqual(c.parts[i]!.population);
      for (const p of c.parts) {
        expect(p.ccgs).toEqual(sorted(p.ccgs));
        if (c.parts.length === 1) expect(p.places).toEqual([]);
        expect(p.places.length).toBeLessThanOrEqual(3);
      }
    }
  });
});

describe('the published counts', () => {
  const splits = (m: Memberships) => m.councils.filter((c) => c.parts.length > 1);

  it('2017-04: 44 areas, 207 CCGs, 152 upper-tier councils, 201 shire districts; 14 split councils and 17 split districts', () => {
    const { m } = readVersion('2017-04');
    expect(m.areas).toHaveLength(44);
    expect(m.ccgs).toHaveLength(207);
    expect(m.councils.filter((c) => c.tier === 'upper')).toHaveLength(152);
    expect(m.councils.filter((c) => c.tier === 'lower')).toHaveLength(201);
    expect(splits(m).filter((c) => c.tier === 'upper')).toHaveLength(14);
    expect(splits(m).filter((c) => !c.code.startsWith('E10'))).toHaveLength(17);
  });

  it('2017-04: the Glossop part of High Peak (21 LSOAs) is in Greater Manchester', () => {
    const { m } = readVersion('2017-04');
    const highPeak = m.councils.find((c) => c.code === 'E07000037')!;
    const gm = highPeak.parts.find((p) => p.area === 'E54000007')!;
    expect(gm).toMatchObject({ lsoas: 21, ccgs: ['E38000182'] });
    expect(gm.places[0]).toBe('Glossop');
    expect(m.areas.find((a) => a.code === 'E54000007')!.name).toBe('Greater Manchester');
    // Four LSOAs of Aylesbury Vale are in Milton Keynes, Bedfordshire and Luton.
    expect(m.councils.find((c) => c.code === 'E07000004')!.parts.find((p) => p.area === 'E54000024')!.lsoas).toBe(4);
  });

  it('2018-04: 42 areas (E54000045–47 merged into E54000049) and 195 CCGs', () => {
    const { m } = readVersion('2018-04');
    expect(m.areas).toHaveLength(42);
    expect(m.ccgs).toHaveLength(195);
    const codes = m.areas.map((a) => a.code);
    for (const gone of ['E54000045', 'E54000046', 'E54000047']) expect(codes).not.toContain(gone);
    expect(m.areas.find((a) => a.code === 'E54000049')!.name).toBe('Cumbria and North East');
  });
});

describe('2020-04 and 2022-07, built from earlier versions', () => {
  const byLsoa = (version: string) => new Map(readVersion(version).rows.map((r) => [r.lsoa!, r]));
  const v2018 = byLsoa('2018-04');
  const v2020 = byLsoa('2020-04');
  const v2022 = byLsoa('2022-07');
  const counts = (m: Memberships) => ({
    areas: m.areas.length,
    ccgs: m.ccgs.length,
    upper: m.councils.filter((c) => c.tier === 'upper').length,
    shire: m.councils.filter((c) => c.tier === 'lower').length,
    districts: m.councils.filter((c) => !c.code.startsWith('E10')).length,
  });

  it('2020-04: 42 areas, 135 CCGs, and the councils after the 2019 and 2020 reorganisations', () => {
    const { m } = readVersion('2020-04');
    expect(counts(m)).toEqual({ areas: 42, ccgs: 135, upper: 151, shire: 188, districts: 314 });
    const codes = new Set(m.councils.map((c) => c.code));
    for (const gone of ['E10000009', 'E10000002', 'E06000028', 'E06000029', 'E07000004', 'E07000205']) expect(codes.has(gone), gone).toBe(false);
    for (const made of ['E06000058', 'E06000059', 'E06000060', 'E07000244', 'E07000245', 'E07000246']) expect(codes.has(made), made).toBe(true);
    expect(m.councils.find((c) => c.code === 'E07000244')!.parent).toBe('E10000029');
  });

  it('2020-04: every April 2018 CCG lies wholly in one April 2020 CCG, and every district in one 2020 district', () => {
    const ccgOf = new Map<string, Set<string>>();
    const districtOf = new Map<string, Set<string>>();
    for (const [code, r] of v2018) {
      (ccgOf.get(r.ccg!) ?? ccgOf.set(r.ccg!, new Set()).get(r.ccg!)!).add(v2020.get(code)!.ccg!);
      (districtOf.get(r.district!) ?? districtOf.set(r.district!, new Set()).get(r.district!)!).add(v2020.get(code)!.district!);
    }
    for (const [ccg, s] of ccgOf) expect(s.size, ccg).toBe(1);
    for (const [d, s] of districtOf) expect(s.size, d).toBe(1);
  });

  it('2022-07: 42 ICBs, 106 sub-ICB locations, and the councils after the 2021 reorganisation', () => {
    const { m } = readVersion('2022-07');
    expect(counts(m)).toEqual({ areas: 42, ccgs: 106, upper: 152, shire: 181, districts: 309 });
    expect(m.areas.find((a) => a.code === 'E54000058')!.name).toBe('NHS Derby and Derbyshire Integrated Care Board');
    const codes = new Set(m.councils.map((c) => c.code));
    expect(codes.has('E10000021')).toBe(false);
    expect(codes.has('E06000061') && codes.has('E06000062')).toBe(true);
  });

  // The four changes of the 2021 review, as LSOAs: [what, LSOAs selected in 2020, count, 2022 sub-ICB location, 2022 ICB].
  it.each([
    ['Glossop', (r: Record<string, string>) => r.district === 'E07000037' && r.ccg === 'E38000182', 21, 'E38000261', 'E54000058'],
    ['Bassetlaw', (r: Record<string, string>) => r.district === 'E07000171', 70, 'E38000008', 'E54000060'],
    ['West Birmingham', (r: Record<string, string>) => r.district === 'E08000025' && r.ccg === 'E38000144', 92, 'E38000258', 'E54000055'],
    ['Oundle', (r: Record<string, string>) => r.district === 'E07000152' && r.ccg === 'E38000026', 9, 'E38000262', 'E54000059'],
  ])('2022-07: %s moved', (_, selected, n, sicbl, icb) => {
    const moved = [...v2020].filter(([, r]) => selected(r)).map(([code]) => v2022.get(code)!);
    expect(moved).toHaveLength(n);
    for (const r of moved) expect([r.ccg, r.area]).toEqual([sicbl, icb]);
  });

  it('2022-07: High Peak is wholly in Derby and Derbyshire, Birmingham wholly in Birmingham and Solihull', () => {
    const { m } = readVersion('2022-07');
    const parts = (code: string) => m.councils.find((c) => c.code === code)!.parts.map((p) => p.area);
    expect(parts('E07000037')).toEqual(['E54000058']);
    expect(parts('E08000025')).toEqual(['E54000055']);
    expect(parts('E06000061')).toEqual(['E54000059']);
  });
});

describe.skipIf(!HAVE_SHARED_DATA)('against ../shared/data', () => {
  it('re-deriving gives the committed bytes', () => {
    for (const f of deriveAll()) {
      const { csvText, jsonText } = readVersion(f.version);
      expect(f.lsoasCsv === csvText, `${f.version}/lsoas.csv`).toBe(true);
      expect(f.membershipsJson === jsonText, `${f.version}/memberships.json`).toBe(true);
    }
  });

  // An independent count, straight from the ONS files with d3-dsv, sharing no code with the script.
  it.each([
    ['2017-04', 'lsoa11-ccg17-stp17-lad17.csv', '17'],
    ['2018-04', 'lsoa11-ccg18-stp18-lad18.csv', '18'],
  ])('%s equals the ONS lookup %s', (version, file, yy) => {
    const ons = csvParse(readFileSync(join(sharedDir(), 'ons-lookups', file), 'utf8').replace(/^\uFEFF/, ''));
    const pop = new Map(
      csvParse(readFileSync(join(sharedDir(), 'ons-population', 'lsoa11-population-mid2020.csv'), 'utf8').replace(/^\uFEFF/, '')).map((r) => [r.lsoa_code!, Number(r.pop)]),
    );
    const { m, rows } = readVersion(version);
    expect(rows.map((r) => [r.lsoa, r.ccg, r.district, r.area, Number(r.population)])).toEqual(
      [...ons].sort((a, b) => (a.LSOA11CD! < b.LSOA11CD! ? -1 : 1)).map((r) => [r.LSOA11CD, r[`CCG${yy}CD`], r[`LAD${yy}CD`], r[`STP${yy}CD`], pop.get(r.LSOA11CD!)]),
    );
    const areaNames = new Map(ons.map((r) => [r[`STP${yy}CD`]!, r[`STP${yy}NM`]!]));
    expect(m.areas.map((a) => [a.code, a.name])).toEqual([...areaNames].sort());
    const ccgs = new Map(ons.map((r) => [r[`CCG${yy}CD`]!, [r[`CCG${yy}CDH`], r[`CCG${yy}NM`], r[`STP${yy}CD`]]]));
    expect(m.ccgs.map((c) => [c.code, [c.odsCode, c.name, c.area]])).toEqual([...ccgs].sort());
    const areasOfLad = new Map<string, Set<string>>();
    for (const r of ons) (areasOfLad.get(r[`LAD${yy}CD`]!) ?? areasOfLad.set(r[`LAD${yy}CD`]!, new Set()).get(r[`LAD${yy}CD`]!)!).add(r[`STP${yy}CD`]!);
    const splitLads = [...areasOfLad].filter(([, s]) => s.size > 1).map(([c]) => c).sort();
    expect(m.councils.filter((c) => !c.code.startsWith('E10') && c.parts.length > 1).map((c) => c.code)).toEqual(splitLads);
    for (const c of m.councils.filter((x) => !x.code.startsWith('E10'))) expect(c.parts.map((p) => p.area).sort(), c.code).toEqual([...areasOfLad.get(c.code)!].sort());
  });

  it('2020-04: each CCG’s footprint and every name equal the ONS April 2020 lookups', () => {
    const ons = csvParse(readFileSync(join(sharedDir(), 'ons-lookups', 'ccg20-stp20.csv'), 'utf8').replace(/^\uFEFF/, ''));
    const names = csvParse(readFileSync(join(sharedDir(), 'ons-lookups', 'stp20-names.csv'), 'utf8').replace(/^\uFEFF/, ''));
    const { m } = readVersion('2020-04');
    expect(m.ccgs.map((c) => [c.code, c.odsCode, c.name, c.area])).toEqual(ons.map((r) => [r.CCG20CD, r.CCG20CDH, r.CCG20NM, r.STP20CD]).sort((a, b) => (a[0]! < b[0]! ? -1 : 1)));
    expect(m.areas.map((a) => [a.code, a.name])).toEqual(names.map((r) => [r.STP20CD, r.STP20NM]).sort((a, b) => (a[0]! < b[0]! ? -1 : 1)));
  });

  it('2018-04: every shire district of 2018 is in the May 2017 ward lookup, with the county it has there', () => {
    const wards = csvParse(readFileSync(join(sharedDir(), 'ons-lookups', 'ward17-lad17-cty17-ced17.csv'), 'utf8').replace(/^\uFEFF/, ''));
    const county = new Map(wards.map((w) => [w.LAD17CD!, w.CTY17CD!]));
    const { m } = readVersion('2018-04');
    for (const c of m.councils.filter((x) => x.tier === 'lower')) expect(c.parent, c.code).toBe(county.get(c.code));
  });
});

if (!HAVE_SHARED_DATA) {
  describe('against ../shared/data', () => {
    it.skip(SKIPPED, () => {});
  });
}
