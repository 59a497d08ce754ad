/**
 * Small hand-made inputs for the data scripts' pure logic: a made-up England of ten LSOAs in two
 * areas, three CCGs, three districts (one a shire district, split between the two areas) and one
 * county. Codes have the right shape but are invented.
 */
import type { Table } from '../../scripts/lib/assignment.ts';
import { fromLsoaLookup } from '../../scripts/lib/assignment.ts';
import { parseCsv } from '../../scripts/lib/csv.ts';

export const AREA_A = 'E54000001';
export const AREA_B = 'E54000002';
export const CCG_1 = 'E38000001';
export const CCG_2 = 'E38000002';
export const CCG_3 = 'E38000003';
export const UNITARY = 'E06000001';
export const SHIRE = 'E07000001';
export const SHIRE_2 = 'E07000002';
export const COUNTY = 'E10000001';

/** A CSV text as a table named `file`. */
export function table(file: string, text: string): Table {
  const { columns, rows } = parseCsv(text.trim() + '\n');
  return { file, columns, rows };
}

export const LOOKUP_COLUMNS = {
  lsoa: 'LSOA11CD',
  lsoaName: 'LSOA11NM',
  ccg: 'CCGCD',
  ccgOds: 'CCGCDH',
  ccgName: 'CCGNM',
  area: 'STPCD',
  areaName: 'STPNM',
  district: 'LADCD',
  districtName: 'LADNM',
};

export const COUNTY_COLUMNS = { district: 'LADCD', county: 'CTYCD', countyName: 'CTYNM' };

/**
 * LSOAs 1–4: Unitary, CCG 1, area A. LSOAs 5–7: Shire, CCG 2, area A. LSOA 8: Shire, CCG 3,
 * area B (the one LSOA that splits Shire and the county). LSOAs 9–10: Shire 2, CCG 3, area B.
 */
export const LOOKUP_CSV = `
LSOA11CD,LSOA11NM,CCGCD,CCGCDH,CCGNM,STPCD,STPNM,LADCD,LADNM
E01000001,Unitary 001A,${CCG_1},01A,NHS One CCG,${AREA_A},Area A,${UNITARY},Unitary
E01000002,Unitary 001B,${CCG_1},01A,NHS One CCG,${AREA_A},Area A,${UNITARY},Unitary
E01000003,Unitary 002A,${CCG_1},01A,NHS One CCG,${AREA_A},Area A,${UNITARY},Unitary
E01000004,Unitary 002B,${CCG_1},01A,NHS One CCG,${AREA_A},Area A,${UNITARY},Unitary
E01000005,Shire 001A,${CCG_2},02B,"NHS Two, Shire CCG",${AREA_A},Area A,${SHIRE},Shire
E01000006,Shire 001B,${CCG_2},02B,"NHS Two, Shire CCG",${AREA_A},Area A,${SHIRE},Shire
E01000007,Shire 002A,${CCG_2},02B,"NHS Two, Shire CCG",${AREA_A},Area A,${SHIRE},Shire
E01000008,Shire 003A,${CCG_3},03C,NHS Three CCG,${AREA_B},Area B,${SHIRE},Shire
E01000009,Shire Two 001A,${CCG_3},03C,NHS Three CCG,${AREA_B},Area B,${SHIRE_2},Shire Two
E01000010,Shire Two 001B,${CCG_3},03C,NHS Three CCG,${AREA_B},Area B,${SHIRE_2},Shire Two
`;

export const COUNTY_CSV = `
WDCD,LADCD,CTYCD,CTYNM
E05000001,${SHIRE},${COUNTY},County
E05000002,${SHIRE},${COUNTY},County
E05000003,${SHIRE_2},${COUNTY},County
`;

export const POPULATIONS = new Map(Array.from({ length: 10 }, (_, i) => [`E01${String(i + 1).padStart(6, '0')}`, 1000 + i * 100]));

export const BASE_SOURCE = { title: 'Fixture lookup', url: 'https://example.org/lookup', publisher: 'Test', date: '2017-04' };

export function baseAssignment() {
  return fromLsoaLookup('2017-04', table('lookup.csv', LOOKUP_CSV), LOOKUP_COLUMNS, table('counties.csv', COUNTY_CSV), COUNTY_COLUMNS, [BASE_SOURCE]);
}

/** MSOA → place, as in the ONS best-fit lookup. */
export const PLACES_CSV = `
MSOA11CD,MSOA11NM,BUASD11CD,BUASD11NM,BUA11CD,BUA11NM
E02000001,Unitary 001,,,E34000001,Bigtown BUA
E02000002,Unitary 002,,,E34000001,Bigtown BUA
E02000003,Shire 001,E35000001,Glossop BUASD,E34000002,Greater Conurbation BUA
E02000004,Shire 002,,,E34000003,Hadfield (Shire) BUA
E02000005,Shire 003,,,,
E02000006,Shire Two 001,,,E34000004,Smallville BUA
`;

const SRC = 'source_title,source_url,source_publisher,source_date';
const SRC_ROW = 'Fixture decision,https://example.org/decision,Test,2020-04-01';

/** A later version: CCGs 2 and 3 merged into CCG 4; the county's districts merged into a unitary. */
export const NEW_CCG = 'E38000004';
export const NEW_UNITARY = 'E06000002';

export const CCG_MAP_CSV = `
from_ccg,from_ccg_name,ccg,ccg_name,${SRC}
${CCG_1},NHS One CCG,${CCG_1},NHS One CCG,${SRC_ROW}
${CCG_2},"NHS Two, Shire CCG",${NEW_CCG},NHS Four CCG,${SRC_ROW}
${CCG_3},NHS Three CCG,${NEW_CCG},NHS Four CCG,${SRC_ROW}
`;

export const CCG_LOOKUP_CSV = `
CCGCD,CCGCDH,CCGNM,STPCD
${CCG_1},01A,NHS One CCG,${AREA_A}
${NEW_CCG},04D,NHS Four CCG,${AREA_B}
`;

export const AREA_NAMES_CSV = `
STPCD,STPNM
${AREA_A},Area A renamed
${AREA_B},Area B
`;

export const DISTRICT_MAP_CSV = `
from_district,from_district_name,district,district_name,county,county_name,${SRC}
${SHIRE},Shire,${NEW_UNITARY},New Unitary,,,${SRC_ROW}
${SHIRE_2},Shire Two,${NEW_UNITARY},New Unitary,,,${SRC_ROW}
`;

/** Moves LSOA 4 (Unitary, CCG 1) to CCG 4 (area B). */
export const CHANGES_CSV = `
change,lsoa,from_district,from_ccg,to_ccg,to_area,${SRC}
Move one,E01000004,,,${NEW_CCG},${AREA_B},${SRC_ROW}
`;

export const CCG_LOOKUP_COLUMNS = { ccg: 'CCGCD', ccgOds: 'CCGCDH', ccgName: 'CCGNM', area: 'STPCD' };
export const AREA_NAME_COLUMNS = { area: 'STPCD', areaName: 'STPNM' };

export function deriveInputs(overrides: Partial<Record<'ccgs' | 'ccgLookup' | 'areaNames' | 'districts' | 'changes', string>> = {}) {
  const pick = (k: keyof typeof overrides, fallback: string) => overrides[k] ?? fallback;
  return {
    version: '2020-04',
    ccgs: table('ccgs-from-2017.csv', pick('ccgs', CCG_MAP_CSV)),
    ccgLookup: table('ccg-lookup.csv', pick('ccgLookup', CCG_LOOKUP_CSV)),
    ccgLookupColumns: CCG_LOOKUP_COLUMNS,
    areaNames: table('area-names.csv', pick('areaNames', AREA_NAMES_CSV)),
    areaNameColumns: AREA_NAME_COLUMNS,
    districts: table('districts-from-2017.csv', pick('districts', DISTRICT_MAP_CSV)),
    changes: table('changes.csv', pick('changes', CHANGES_CSV)),
    sources: [],
  };
}
