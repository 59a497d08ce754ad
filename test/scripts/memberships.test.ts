/**
 * scripts/lib/memberships.ts and places.ts on the fixture England: splits found from any number of
 * LSOAs, parts largest first, populations summed, places named from the built-up-area lookup, and
 * the derived files' exact format.
 */
import { describe, expect, it } from 'vitest';
import { buildMemberships, formatLsoas, formatMemberships, parsePopulations, partsOf, populationsFor } from '../../scripts/lib/memberships.ts';
import { cleanPlaceName, msoaNameOf, placeOfLsoa, placesByMsoa, topPlaces } from '../../scripts/lib/places.ts';
import { InputError } from '../../scripts/lib/errors.ts';
import { AREA_A, AREA_B, BASE_SOURCE, baseAssignment, CCG_2, CCG_3, COUNTY, PLACES_CSV, POPULATIONS, SHIRE, SHIRE_2, table, UNITARY } from './fixtures.ts';

const places = placeOfLsoa(placesByMsoa('places.csv', table('places.csv', PLACES_CSV).rows));
const POP_SOURCE = { title: 'Fixture population', url: 'https://example.org/pop', publisher: 'Test', date: '2020' };
const build = () => buildMemberships(baseAssignment(), POPULATIONS, places, POP_SOURCE, 'mid-2020 estimate');

describe('place names', () => {
  it('joins an LSOA to its MSOA by name', () => {
    expect(msoaNameOf('High Peak 001A')).toBe('High Peak 001');
    expect(msoaNameOf('Kingston upon Hull 012E')).toBe('Kingston upon Hull 012');
    expect(msoaNameOf('not an LSOA name')).toBeNull();
  });

  it.each([
    ['Glossop BUASD', 'Glossop'],
    ['Greater Manchester BUA', 'Greater Manchester'],
    ['Greatham (Hartlepool) BUA', 'Greatham'],
    ['Shaw (Oldham) BUASD', 'Shaw'],
    ['Kelleythorpe', 'Kelleythorpe'],
  ])('cleans %s to %s', (raw, clean) => expect(cleanPlaceName(raw)).toBe(clean));

  it('prefers the sub-division to the built-up area, and skips MSOAs in none', () => {
    expect(places('Shire 001B')).toBe('Glossop');
    expect(places('Unitary 002A')).toBe('Bigtown');
    expect(places('Shire 003A')).toBeNull();
  });

  it('ranks places by people, largest first, ties by name, at most three', () => {
    const lsoas = [
      { name: 'A 001A', population: 10 },
      { name: 'B 001A', population: 30 },
      { name: 'C 001A', population: 20 },
      { name: 'D 001A', population: 20 },
      { name: 'A 001B', population: 15 },
    ];
    const placeOf = (n: string) => n[0]!;
    expect(topPlaces(lsoas, placeOf)).toEqual(['B', 'A', 'C']);
    expect(topPlaces(lsoas, () => null)).toEqual([]);
  });
});

describe('buildMemberships', () => {
  const m = build();

  it('totals every LSOA and person once', () => {
    expect(m.totals).toEqual({ lsoas: 10, population: [...POPULATIONS.values()].reduce((a, b) => a + b, 0) });
    expect(m.areas.reduce((s, a) => s + a.population, 0)).toBe(m.totals.population);
    expect(m.ccgs.reduce((s, a) => s + a.lsoas, 0)).toBe(10);
  });

  it('lists areas and CCGs by code with their counts', () => {
    expect(m.areas).toEqual([
      { code: AREA_A, name: 'Area A', lsoas: 7, population: 1000 + 1100 + 1200 + 1300 + 1400 + 1500 + 1600 },
      { code: AREA_B, name: 'Area B', lsoas: 3, population: 1700 + 1800 + 1900 },
    ]);
    expect(m.ccgs.map((c) => [c.code, c.area, c.lsoas])).toEqual([
      ['E38000001', AREA_A, 4],
      [CCG_2, AREA_A, 3],
      [CCG_3, AREA_B, 3],
    ]);
  });

  it('finds a split from a single LSOA: no threshold', () => {
    const shire = m.councils.find((c) => c.code === SHIRE)!;
    expect(shire).toMatchObject({ name: 'Shire', tier: 'lower', parent: COUNTY, lsoas: 4, population: 1400 + 1500 + 1600 + 1700 });
    expect(shire.parts).toEqual([
      { area: AREA_A, lsoas: 3, population: 4500, ccgs: [CCG_2], places: ['Glossop', 'Hadfield'] },
      { area: AREA_B, lsoas: 1, population: 1700, ccgs: [CCG_3], places: [] },
    ]);
  });

  it('splits the county too, with its parts from all its districts, largest first', () => {
    const county = m.councils.find((c) => c.code === COUNTY)!;
    expect(county).toMatchObject({ tier: 'upper', parent: null, lsoas: 6 });
    expect(county.parts.map((p) => [p.area, p.lsoas, p.population])).toEqual([
      [AREA_B, 3, 5400],
      [AREA_A, 3, 4500],
    ]);
    expect(county.parts[0]!.places).toEqual(['Smallville']);
  });

  it('gives a whole council one part and no places', () => {
    for (const code of [UNITARY, SHIRE_2]) {
      const c = m.councils.find((x) => x.code === code)!;
      expect(c.parts).toHaveLength(1);
      expect(c.parts[0]!.places).toEqual([]);
    }
    expect(m.councils.find((c) => c.code === UNITARY)).toMatchObject({ tier: 'upper', parent: null });
  });

  it('lists councils by code: upper tier (E06, E10) and shire districts (E07)', () => {
    expect(m.councils.map((c) => c.code)).toEqual([UNITARY, SHIRE, SHIRE_2, COUNTY]);
  });

  it('orders parts by population even when the larger part has fewer LSOAs', () => {
    const a = baseAssignment();
    const rows = a.lsoas.filter((l) => l.district === SHIRE).map((l) => ({ ...l, population: l.lsoa === 'E01000008' ? 99999 : 10 }));
    expect(partsOf(a, rows, places).map((p) => [p.area, p.lsoas])).toEqual([
      [AREA_B, 1],
      [AREA_A, 3],
    ]);
  });

  it('writes JSON with two-space indent and a final newline, keys in the contract order', () => {
    const text = formatMemberships(m);
    expect(text.endsWith('}\n')).toBe(true);
    expect(text.split('\n')[1]).toBe('  "version": "2017-04",');
    expect(Object.keys(JSON.parse(text))).toEqual(['version', 'generatedBy', 'sources', 'population', 'totals', 'areas', 'ccgs', 'councils']);
    expect(Object.keys(m.councils[0]!)).toEqual(['code', 'name', 'tier', 'parent', 'lsoas', 'population', 'parts']);
    expect(m.sources).toEqual([BASE_SOURCE]);
    expect(formatMemberships(build())).toBe(text);
  });

  it('writes lsoas.csv sorted by LSOA with the contract header', () => {
    const lines = formatLsoas(baseAssignment(), POPULATIONS).split('\n');
    expect(lines[0]).toBe('lsoa,ccg,district,area,population');
    expect(lines[1]).toBe(`E01000001,E38000001,${UNITARY},${AREA_A},1000`);
    expect(lines[8]).toBe(`E01000008,${CCG_3},${SHIRE},${AREA_B},1700`);
    expect(lines).toHaveLength(12);
    expect(lines[11]).toBe('');
  });
});

describe('populations', () => {
  it('reads England rows only and fails on a bad number, naming row and field', () => {
    const rows = table('pop.csv', 'lsoa_code,la_code,la_name,pop\nE01000001,E1,X,12\nW01000001,W1,Y,5\nE01000002,E1,X,many').rows;
    try {
      parsePopulations('pop.csv', rows);
      throw new Error('expected an error');
    } catch (e) {
      expect(e).toBeInstanceOf(InputError);
      expect((e as Error).message).toBe('pop.csv, row 4, field "pop": "many" is not a whole number');
    }
  });

  it('fails when an LSOA has no population', () => {
    const some = new Map([...POPULATIONS].slice(0, 9));
    expect(() => populationsFor(baseAssignment(), some, 'pop.csv')).toThrow('pop.csv, field "lsoa_code": no population for LSOA E01000010 (Shire Two 001B)');
  });
});
