/**
 * scripts/lib/assignment.ts on small fixtures: an ONS-style LSOA lookup read into an assignment,
 * and a later version derived from it by hand-edited rows; every bad row fails naming its file,
 * row and field.
 */
import { describe, expect, it } from 'vitest';
import { deriveVersion, fromLsoaLookup } from '../../scripts/lib/assignment.ts';
import { InputError } from '../../scripts/lib/errors.ts';
import {
  AREA_A,
  AREA_B,
  baseAssignment,
  CCG_1,
  CCG_2,
  CCG_3,
  COUNTY,
  COUNTY_COLUMNS,
  COUNTY_CSV,
  deriveInputs,
  LOOKUP_COLUMNS,
  LOOKUP_CSV,
  NEW_CCG,
  NEW_UNITARY,
  SHIRE,
  table,
} from './fixtures.ts';

/** The problems an InputError carries, as "file|row|field" strings. */
function problemsOf(run: () => unknown): string[] {
  try {
    run();
  } catch (e) {
    if (e instanceof InputError) return e.problems.map((p) => `${p.file}|${p.row ?? ''}|${p.field ?? ''}`);
    throw e;
  }
  throw new Error('expected an InputError');
}

const SRC_ROW = 'Fixture decision,https://example.org/decision,Test,2020-04-01';

describe('fromLsoaLookup', () => {
  it('reads LSOAs, CCGs with their area, districts with their county', () => {
    const a = baseAssignment();
    expect(a.lsoas).toHaveLength(10);
    expect(a.ccgs.get(CCG_2)).toEqual({ code: CCG_2, odsCode: '02B', name: 'NHS Two, Shire CCG', area: AREA_A });
    expect(a.areas).toEqual(new Map([[AREA_A, 'Area A'], [AREA_B, 'Area B']]));
    expect(a.districts.get(SHIRE)).toEqual({ code: SHIRE, name: 'Shire', county: COUNTY });
    expect(a.districts.get('E06000001')!.county).toBeNull();
    expect(a.counties).toEqual(new Map([[COUNTY, 'County']]));
  });

  it('fails when a CCG lies in two areas, naming the row and field', () => {
    const bad = LOOKUP_CSV.replace(`E01000002,Unitary 001B,${CCG_1},01A,NHS One CCG,${AREA_A},Area A`, `E01000002,Unitary 001B,${CCG_1},01A,NHS One CCG,${AREA_B},Area B`);
    expect(problemsOf(() => fromLsoaLookup('v', table('lookup.csv', bad), LOOKUP_COLUMNS, table('c.csv', COUNTY_CSV), COUNTY_COLUMNS, []))).toEqual(['lookup.csv|3|STPCD']);
  });

  it('fails on a repeated LSOA, a bad code and a shire district without a county', () => {
    const bad = LOOKUP_CSV.replace('E01000003,', 'E01000002,').replace('E01000009,', 'X01000009,');
    const counties = COUNTY_CSV.split('\n').filter((l) => !l.includes('E07000002')).join('\n');
    expect(problemsOf(() => fromLsoaLookup('v', table('lookup.csv', bad), LOOKUP_COLUMNS, table('c.csv', counties), COUNTY_COLUMNS, []))).toEqual([
      'lookup.csv|4|LSOA11CD',
      'lookup.csv|10|LSOA11CD',
      'c.csv||LADCD',
    ]);
  });

  it('fails when a column is missing', () => {
    const bad = LOOKUP_CSV.replace('STPNM', 'STP_NAME');
    expect(problemsOf(() => fromLsoaLookup('v', table('lookup.csv', bad), LOOKUP_COLUMNS, table('c.csv', COUNTY_CSV), COUNTY_COLUMNS, []))).toEqual(['lookup.csv|1|STPNM']);
  });
});

describe('deriveVersion', () => {
  it('maps CCGs, moves LSOAs, replaces districts, and takes areas from the new CCG lookup', () => {
    const a = deriveVersion(baseAssignment(), deriveInputs());
    expect(a.version).toBe('2020-04');
    expect([...a.ccgs.keys()].sort()).toEqual([CCG_1, NEW_CCG]);
    expect(a.areas.get(AREA_A)).toBe('Area A renamed');
    const byLsoa = new Map(a.lsoas.map((l) => [l.lsoa, l]));
    expect(byLsoa.get('E01000001')).toMatchObject({ ccg: CCG_1, district: 'E06000001' });
    expect(byLsoa.get('E01000004')).toMatchObject({ ccg: NEW_CCG, district: 'E06000001' });
    expect(byLsoa.get('E01000005')).toMatchObject({ ccg: NEW_CCG, district: NEW_UNITARY });
    expect([...a.districts.keys()].sort()).toEqual(['E06000001', NEW_UNITARY]);
    expect(a.counties.size).toBe(0);
    expect(a.sources.map((s) => s.title)).toEqual(['Fixture lookup', 'Fixture decision']);
  });

  it('works without district or change files', () => {
    const a = deriveVersion(baseAssignment(), { ...deriveInputs(), districts: undefined, changes: undefined });
    expect(a.lsoas.find((l) => l.lsoa === 'E01000004')!.ccg).toBe(CCG_1);
    expect(a.districts.get(SHIRE)!.county).toBe(COUNTY);
    expect(a.counties.get(COUNTY)).toBe('County');
  });

  const header = 'change,lsoa,from_district,from_ccg,to_ccg,to_area,source_title,source_url,source_publisher,source_date';
  const cases: [string, Parameters<typeof deriveInputs>[0], string[]][] = [
    ['an unknown LSOA', { changes: `${header}\nMove,E01999999,,,${NEW_CCG},,${SRC_ROW}` }, ['changes.csv|2|lsoa']],
    ['an unknown district', { changes: `${header}\nMove,,E07999999,,${NEW_CCG},,${SRC_ROW}` }, ['changes.csv|2|from_district']],
    ['an unknown base CCG in a change', { changes: `${header}\nMove,,,E38999999,${NEW_CCG},,${SRC_ROW}` }, ['changes.csv|2|from_ccg']],
    ['an unknown target CCG', { changes: `${header}\nMove,E01000004,,,E38999999,,${SRC_ROW}` }, ['changes.csv|2|to_ccg']],
    ['an unknown area', { changes: `${header}\nMove,E01000004,,,${NEW_CCG},E54999999,${SRC_ROW}` }, ['changes.csv|2|to_area']],
    ['an area that is not the CCG’s', { changes: `${header}\nMove,E01000004,,,${NEW_CCG},${AREA_A},${SRC_ROW}` }, ['changes.csv|2|to_area']],
    ['a selection with no LSOA', { changes: `${header}\nMove,,E06000001,${CCG_2},${NEW_CCG},,${SRC_ROW}` }, ['changes.csv|2|from_ccg']],
    [
      'an LSOA moved twice',
      { changes: `${header}\nMove,E01000004,,,${NEW_CCG},,${SRC_ROW}\nAgain,,E06000001,${CCG_1},${NEW_CCG},,${SRC_ROW}` },
      ['changes.csv|3|from_district'],
    ],
    ['a change without a source', { changes: `${header}\nMove,E01000004,,,${NEW_CCG},,,,,` }, ['changes.csv|2|source_title']],
    [
      'a CCG used twice',
      { ccgs: `from_ccg,from_ccg_name,ccg,ccg_name,source_title,source_url,source_publisher,source_date\n${CCG_1},,${CCG_1},,${SRC_ROW}\n${CCG_2},,${NEW_CCG},,${SRC_ROW}\n${CCG_3},,${NEW_CCG},,${SRC_ROW}\n${CCG_2},,${NEW_CCG},,${SRC_ROW}` },
      ['ccgs-from-2017.csv|5|from_ccg'],
    ],
    [
      'an unknown base CCG, and a base CCG with no row',
      { ccgs: `from_ccg,from_ccg_name,ccg,ccg_name,source_title,source_url,source_publisher,source_date\n${CCG_1},,${CCG_1},,${SRC_ROW}\nE38999999,,${NEW_CCG},,${SRC_ROW}\n${CCG_3},,${NEW_CCG},,${SRC_ROW}` },
      ['ccgs-from-2017.csv|3|from_ccg', 'ccgs-from-2017.csv||from_ccg'],
    ],
    [
      'a base CCG name that does not match',
      { ccgs: `from_ccg,from_ccg_name,ccg,ccg_name,source_title,source_url,source_publisher,source_date\n${CCG_1},NHS Uno CCG,${CCG_1},,${SRC_ROW}\n${CCG_2},,${NEW_CCG},,${SRC_ROW}\n${CCG_3},,${NEW_CCG},,${SRC_ROW}` },
      ['ccgs-from-2017.csv|2|from_ccg_name'],
    ],
    [
      'a new CCG not in the lookup',
      { ccgs: `from_ccg,from_ccg_name,ccg,ccg_name,source_title,source_url,source_publisher,source_date\n${CCG_1},,${CCG_1},,${SRC_ROW}\n${CCG_2},,E38999999,,${SRC_ROW}\n${CCG_3},,${NEW_CCG},,${SRC_ROW}` },
      ['ccgs-from-2017.csv|3|ccg'],
    ],
    ['a CCG of the lookup in an unknown area', { ccgLookup: `CCGCD,CCGCDH,CCGNM,STPCD\n${CCG_1},01A,NHS One CCG,${AREA_A}\n${NEW_CCG},04D,NHS Four CCG,E54999999` }, ['ccg-lookup.csv|3|STPCD', 'ccgs-from-2017.csv|3|ccg', 'ccgs-from-2017.csv|4|ccg', 'changes.csv|2|to_ccg']],
    [
      'an unknown district in the district file',
      { districts: `from_district,from_district_name,district,district_name,county,county_name,source_title,source_url,source_publisher,source_date\nE07999999,,${NEW_UNITARY},New Unitary,,,${SRC_ROW}` },
      ['districts-from-2017.csv|2|from_district'],
    ],
    [
      'a district used twice, and a shire district without a county',
      {
        districts: `from_district,from_district_name,district,district_name,county,county_name,source_title,source_url,source_publisher,source_date\n${SHIRE},,${NEW_UNITARY},New Unitary,,,${SRC_ROW}\n${SHIRE},,${NEW_UNITARY},New Unitary,,,${SRC_ROW}\nE07000002,,E07000099,New Shire,,,${SRC_ROW}`,
      },
      ['districts-from-2017.csv|3|from_district', 'districts-from-2017.csv|4|county'],
    ],
  ];
  it.each(cases)('fails on %s, naming file, row and field', (_, overrides, expected) => {
    expect(problemsOf(() => deriveVersion(baseAssignment(), deriveInputs(overrides)))).toEqual(expected);
  });

  it('fails when a CCG of the new lookup gets no LSOA', () => {
    const lookup = `CCGCD,CCGCDH,CCGNM,STPCD\n${CCG_1},01A,NHS One CCG,${AREA_A}\n${NEW_CCG},04D,NHS Four CCG,${AREA_B}\nE38000009,09Z,NHS Nine CCG,${AREA_B}`;
    expect(problemsOf(() => deriveVersion(baseAssignment(), deriveInputs({ ccgLookup: lookup })))).toEqual(['ccg-lookup.csv||CCGCD']);
  });

  it('reports every problem of a run at once, in file order', () => {
    const changes = `${header}\nMove,E01999999,,,${NEW_CCG},,${SRC_ROW}\nMove,E01000004,,,E38999999,,${SRC_ROW}`;
    expect(problemsOf(() => deriveVersion(baseAssignment(), deriveInputs({ changes })))).toEqual(['changes.csv|2|lsoa', 'changes.csv|3|to_ccg']);
  });

  it('formats each problem as "file, row N, field "x": message"', () => {
    try {
      deriveVersion(baseAssignment(), deriveInputs({ changes: `${header}\nMove,E01999999,,,${NEW_CCG},,${SRC_ROW}` }));
    } catch (e) {
      expect((e as Error).message).toBe('changes.csv, row 2, field "lsoa": unknown LSOA "E01999999"');
      return;
    }
    throw new Error('expected an error');
  });
});
