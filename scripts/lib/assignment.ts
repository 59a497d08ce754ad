/**
 * A version's assignment of England's 2011 LSOAs: each LSOA's CCG (or sub-ICB location) and local
 * authority district, each CCG's area (STP footprint or ICB), and the names and counties that go
 * with the codes. Built either from an ONS LSOA lookup (fromLsoaLookup) or from a base version plus
 * hand-edited, sourced rows (deriveVersion). Pure: tables in, assignment out; every bad row is
 * reported with its file, row and field.
 */
import type { CsvRow } from './csv.ts';
import { rowNumber } from './csv.ts';
import { Problems } from './errors.ts';
import type { Source } from './shared-files.ts';

export interface LsoaRecord {
  lsoa: string;
  /** ONS LSOA name, e.g. "High Peak 001A" (its MSOA's name plus a letter). */
  name: string;
  ccg: string;
  district: string;
}

export interface CcgInfo {
  code: string;
  odsCode: string;
  name: string;
  area: string;
}

export interface DistrictInfo {
  code: string;
  name: string;
  /** The county (E10) of a shire district (E07); null for every other district. */
  county: string | null;
}

export interface Assignment {
  version: string;
  /** Sorted by LSOA code. */
  lsoas: LsoaRecord[];
  ccgs: Map<string, CcgInfo>;
  /** Area (footprint or ICB) code → name as ONS gives it. */
  areas: Map<string, string>;
  districts: Map<string, DistrictInfo>;
  /** County code → name. */
  counties: Map<string, string>;
  /** Every source the assignment rests on, in the order first used. */
  sources: Source[];
}

/** A CSV table with the name it is reported under. */
export interface Table {
  file: string;
  rows: CsvRow[];
  columns: string[];
}

export const CODE = {
  lsoa: /^E01\d{6}$/,
  ccg: /^E38\d{6}$/,
  area: /^E54\d{6}$/,
  district: /^E0[6789]\d{6}$/,
  county: /^E10\d{6}$/,
};

export const isShireDistrict = (code: string): boolean => code.startsWith('E07');

function requireColumns(p: Problems, table: Table, columns: string[]): boolean {
  let ok = true;
  for (const c of columns) {
    if (!table.columns.includes(c)) {
      p.add(table.file, 1, c, `column "${c}" is missing (columns: ${table.columns.join(', ')})`);
      ok = false;
    }
  }
  return ok;
}

/** Records a code's name, reporting a second, different name for the same code. */
function nameOnce(p: Problems, names: Map<string, string>, code: string, name: string, file: string, row: number, field: string): void {
  const seen = names.get(code);
  if (seen == null) names.set(code, name);
  else if (seen !== name) p.add(file, row, field, `${code} is named "${name}" here but "${seen}" in an earlier row`);
}

function checkCode(p: Problems, pattern: RegExp, value: string, file: string, row: number, field: string, what: string): boolean {
  if (pattern.test(value)) return true;
  p.add(file, row, field, value ? `"${value}" is not a ${what} code (${pattern.source})` : `${what} code is empty`);
  return false;
}

export interface LsoaLookupColumns {
  lsoa: string;
  lsoaName: string;
  ccg: string;
  ccgOds: string;
  ccgName: string;
  area: string;
  areaName: string;
  district: string;
  districtName: string;
}

export interface CountyColumns {
  district: string;
  county: string;
  countyName: string;
}

/**
 * District → county from a lookup with one row per ward (or per district). Rows with no county
 * (unitary authorities) are ignored; a district with two counties is an error.
 */
export function countiesOf(table: Table, columns: CountyColumns, p: Problems): { countyOf: Map<string, string>; counties: Map<string, string> } {
  const countyOf = new Map<string, string>();
  const counties = new Map<string, string>();
  if (!requireColumns(p, table, Object.values(columns))) return { countyOf, counties };
  table.rows.forEach((r, i) => {
    const row = rowNumber(i);
    const district = r[columns.district]!;
    const county = r[columns.county]!;
    if (!county) return;
    if (!checkCode(p, CODE.county, county, table.file, row, columns.county, 'county')) return;
    nameOnce(p, counties, county, r[columns.countyName]!, table.file, row, columns.countyName);
    const seen = countyOf.get(district);
    if (seen == null) countyOf.set(district, county);
    else if (seen !== county) p.add(table.file, row, columns.county, `district ${district} is in county ${county} here but in ${seen} in an earlier row`);
  });
  return { countyOf, counties };
}

/**
 * An assignment straight from an ONS LSOA → CCG → STP → LAD lookup, with each shire district's
 * county from a second lookup. Every CCG must lie in exactly one area, every code have one name,
 * every shire district a county, and `expectLsoas` LSOAs appear once each.
 */
export function fromLsoaLookup(
  version: string,
  lookup: Table,
  columns: LsoaLookupColumns,
  countyTable: Table,
  countyColumns: CountyColumns,
  sources: Source[],
): Assignment {
  const p = new Problems();
  if (!requireColumns(p, lookup, Object.values(columns))) p.throwIfAny();
  const { countyOf, counties } = countiesOf(countyTable, countyColumns, p);
  const lsoas: LsoaRecord[] = [];
  const seen = new Map<string, number>();
  const ccgs = new Map<string, CcgInfo>();
  const areas = new Map<string, string>();
  const districtNames = new Map<string, string>();
  const ccgNames = new Map<string, string>();
  lookup.rows.forEach((r, i) => {
    const row = rowNumber(i);
    const f = lookup.file;
    const lsoa = r[columns.lsoa]!;
    const ccg = r[columns.ccg]!;
    const area = r[columns.area]!;
    const district = r[columns.district]!;
    const ok =
      checkCode(p, CODE.lsoa, lsoa, f, row, columns.lsoa, 'LSOA') &&
      checkCode(p, CODE.ccg, ccg, f, row, columns.ccg, 'CCG') &&
      checkCode(p, CODE.area, area, f, row, columns.area, 'STP or ICB') &&
      checkCode(p, CODE.district, district, f, row, columns.district, 'district');
    if (!ok) return;
    const first = seen.get(lsoa);
    if (first != null) {
      p.add(f, row, columns.lsoa, `LSOA ${lsoa} appears twice (also row ${first})`);
      return;
    }
    seen.set(lsoa, row);
    lsoas.push({ lsoa, name: r[columns.lsoaName]!, ccg, district });
    nameOnce(p, areas, area, r[columns.areaName]!, f, row, columns.areaName);
    nameOnce(p, districtNames, district, r[columns.districtName]!, f, row, columns.districtName);
    nameOnce(p, ccgNames, ccg, r[columns.ccgName]!, f, row, columns.ccgName);
    const c = ccgs.get(ccg);
    if (!c) ccgs.set(ccg, { code: ccg, odsCode: r[columns.ccgOds]!, name: r[columns.ccgName]!, area });
    else if (c.area !== area) p.add(f, row, columns.area, `CCG ${ccg} is in ${area} here but in ${c.area} in an earlier row: a CCG must lie in one area`);
    else if (c.odsCode !== r[columns.ccgOds]) p.add(f, row, columns.ccgOds, `CCG ${ccg} has ODS code ${r[columns.ccgOds]} here but ${c.odsCode} earlier`);
  });
  const districts = new Map<string, DistrictInfo>();
  const usedCounties = new Map<string, string>();
  for (const [code, name] of districtNames) {
    let county: string | null = null;
    if (isShireDistrict(code)) {
      county = countyOf.get(code) ?? null;
      if (county == null) p.add(countyTable.file, undefined, countyColumns.district, `shire district ${code} (${name}) of ${lookup.file} has no county here`);
      else usedCounties.set(county, counties.get(county)!);
    }
    districts.set(code, { code, name, county });
  }
  p.throwIfAny();
  lsoas.sort((a, b) => compare(a.lsoa, b.lsoa));
  return { version, lsoas, ccgs, areas, districts, counties: usedCounties, sources };
}

export const compare = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

// ---------------------------------------------------------------------------------------------
// Derived versions: a base version plus hand-edited rows.

export interface CcgLookupColumns {
  ccg: string;
  ccgOds: string;
  ccgName: string;
  area: string;
}

export interface AreaNameColumns {
  area: string;
  areaName: string;
}

export interface DeriveInputs {
  version: string;
  /** One row per CCG of the base version: `from_ccg` → `ccg` (the new version's CCG). */
  ccgs: Table;
  /** The new version's CCGs with their ODS code, name and area. */
  ccgLookup: Table;
  ccgLookupColumns: CcgLookupColumns;
  /** The new version's areas and names. */
  areaNames: Table;
  areaNameColumns: AreaNameColumns;
  /** Base districts replaced by new ones (every other district carries over). */
  districts?: Table;
  /** LSOAs that moved to another CCG, selected by LSOA, or by base district and/or base CCG. */
  changes?: Table;
  /** ONS files used (the base version's sources are added before them). */
  sources: Source[];
}

/** Input columns of the hand-edited files (other columns, such as sources and notes, are kept but not read). */
export const CCG_MAP_COLUMNS = ['from_ccg', 'from_ccg_name', 'ccg', 'ccg_name'];
export const DISTRICT_MAP_COLUMNS = ['from_district', 'from_district_name', 'district', 'district_name', 'county', 'county_name'];
export const CHANGE_COLUMNS = ['change', 'lsoa', 'from_district', 'from_ccg', 'to_ccg', 'to_area'];
/** Every row of a hand-edited file carries a source in these columns. */
export const SOURCE_COLUMNS = ['source_title', 'source_url', 'source_publisher', 'source_date'];

/**
 * The sources cited by rows: `source_title`, `source_url`, `source_publisher`, `source_date` and
 * optional `source_via`, and the same with a number for further sources (`source2_title`, …).
 * A row with a title but no URL (or the reverse) is an error.
 */
export function rowSources(table: Table, p: Problems): Source[][] {
  const prefixes = [...new Set(table.columns.map((c) => /^(source\d*)_title$/.exec(c)?.[1]).filter((x): x is string => !!x))];
  return table.rows.map((r, i) => {
    const out: Source[] = [];
    for (const prefix of prefixes) {
      const get = (k: string) => r[`${prefix}_${k}`] ?? '';
      const s: Source = { title: get('title'), url: get('url'), publisher: get('publisher'), date: get('date') };
      if (!s.title && !s.url) continue;
      for (const k of ['title', 'url', 'publisher', 'date'] as const) {
        if (!s[k]) p.add(table.file, rowNumber(i), `${prefix}_${k}`, `a source needs a ${k}`);
      }
      if (s.url && !/^https?:\/\//.test(s.url)) p.add(table.file, rowNumber(i), `${prefix}_url`, `"${s.url}" is not an http(s) URL`);
      if (get('via')) s.via = get('via');
      out.push(s);
    }
    if (!out.length && table.rows.length) p.add(table.file, rowNumber(i), 'source_title', 'every row needs a source (source_title, source_url, source_publisher, source_date)');
    return out;
  });
}

/** Appends sources not yet listed (same title and URL: the first listing is kept). */
export function addSources(list: Source[], more: Source[]): void {
  const key = (s: Source) => [s.title, s.url].join('\u0000');
  const have = new Set(list.map(key));
  for (const s of more) {
    if (!have.has(key(s))) {
      have.add(key(s));
      list.push(s);
    }
  }
}

/**
 * The new version: every base CCG mapped to a new CCG, then the changed LSOAs moved, every
 * replaced district renamed; areas follow from the new CCG lookup.
 */
export function deriveVersion(base: Assignment, inputs: DeriveInputs): Assignment {
  const p = new Problems();
  const sources: Source[] = [...base.sources];
  addSources(sources, inputs.sources);

  // The new version's areas and CCGs.
  const areas = new Map<string, string>();
  const an = inputs.areaNames;
  const anc = inputs.areaNameColumns;
  if (requireColumns(p, an, Object.values(anc))) {
    an.rows.forEach((r, i) => {
      const row = rowNumber(i);
      const code = r[anc.area]!;
      if (!checkCode(p, CODE.area, code, an.file, row, anc.area, 'STP or ICB')) return;
      if (areas.has(code)) p.add(an.file, row, anc.area, `area ${code} is listed twice`);
      else if (!r[anc.areaName]) p.add(an.file, row, anc.areaName, `area ${code} has no name`);
      else areas.set(code, r[anc.areaName]!);
    });
  }
  const ccgs = new Map<string, CcgInfo>();
  const cl = inputs.ccgLookup;
  const clc = inputs.ccgLookupColumns;
  if (requireColumns(p, cl, Object.values(clc))) {
    cl.rows.forEach((r, i) => {
      const row = rowNumber(i);
      const code = r[clc.ccg]!;
      const area = r[clc.area]!;
      if (!checkCode(p, CODE.ccg, code, cl.file, row, clc.ccg, 'CCG or sub-ICB location')) return;
      if (ccgs.has(code)) return p.add(cl.file, row, clc.ccg, `${code} is listed twice`);
      if (!areas.has(area)) return p.add(cl.file, row, clc.area, `unknown area "${area}" (not in ${an.file})`);
      if (!r[clc.ccgName]) return p.add(cl.file, row, clc.ccgName, `${code} has no name`);
      ccgs.set(code, { code, odsCode: r[clc.ccgOds]!, name: r[clc.ccgName]!, area });
    });
  }
  if (cl.file !== an.file) addSources(sources, rowSourcesIfAny(cl, p));
  addSources(sources, rowSourcesIfAny(an, p));

  // Base CCG → new CCG: every base CCG exactly once.
  const newCcgOf = new Map<string, string>();
  const cm = inputs.ccgs;
  if (requireColumns(p, cm, [...CCG_MAP_COLUMNS, ...SOURCE_COLUMNS])) {
    const firstRow = new Map<string, number>();
    cm.rows.forEach((r, i) => {
      const row = rowNumber(i);
      const from = r.from_ccg!;
      const to = r.ccg!;
      const baseCcg = base.ccgs.get(from);
      if (!baseCcg) return p.add(cm.file, row, 'from_ccg', `unknown CCG "${from}": not a CCG of ${base.version}`);
      if (r.from_ccg_name && r.from_ccg_name !== baseCcg.name) p.add(cm.file, row, 'from_ccg_name', `${from} is "${baseCcg.name}" in ${base.version}, not "${r.from_ccg_name}"`);
      const seen = firstRow.get(from);
      if (seen != null) return p.add(cm.file, row, 'from_ccg', `CCG ${from} is used twice (also row ${seen})`);
      firstRow.set(from, row);
      const newCcg = ccgs.get(to);
      if (!newCcg) return p.add(cm.file, row, 'ccg', `unknown CCG "${to}": not in ${cl.file}`);
      if (r.ccg_name && r.ccg_name !== newCcg.name) p.add(cm.file, row, 'ccg_name', `${to} is "${newCcg.name}" in ${cl.file}, not "${r.ccg_name}"`);
      newCcgOf.set(from, to);
    });
    for (const c of base.ccgs.values()) {
      if (!firstRow.has(c.code)) p.add(cm.file, undefined, 'from_ccg', `CCG ${c.code} (${c.name}) of ${base.version} has no row: every base CCG needs one`);
    }
    addSources(sources, rowSources(cm, p).flat());
  }

  // District changes.
  const districts = new Map<string, DistrictInfo>();
  const counties = new Map<string, string>();
  const newDistrictOf = new Map<string, string>();
  const dm = inputs.districts;
  if (dm && requireColumns(p, dm, [...DISTRICT_MAP_COLUMNS, ...SOURCE_COLUMNS])) {
    const firstRow = new Map<string, number>();
    const names = new Map<string, string>();
    const countyNames = new Map<string, string>();
    dm.rows.forEach((r, i) => {
      const row = rowNumber(i);
      const from = r.from_district!;
      const to = r.district!;
      const baseDistrict = base.districts.get(from);
      if (!baseDistrict) return p.add(dm.file, row, 'from_district', `unknown district "${from}": not a district of ${base.version}`);
      if (r.from_district_name && r.from_district_name !== baseDistrict.name) p.add(dm.file, row, 'from_district_name', `${from} is "${baseDistrict.name}" in ${base.version}, not "${r.from_district_name}"`);
      const seen = firstRow.get(from);
      if (seen != null) return p.add(dm.file, row, 'from_district', `district ${from} is used twice (also row ${seen})`);
      firstRow.set(from, row);
      if (!checkCode(p, CODE.district, to, dm.file, row, 'district', 'district')) return;
      if (!r.district_name) return p.add(dm.file, row, 'district_name', `district ${to} has no name`);
      nameOnce(p, names, to, r.district_name, dm.file, row, 'district_name');
      let county: string | null = null;
      if (isShireDistrict(to)) {
        if (!checkCode(p, CODE.county, r.county!, dm.file, row, 'county', 'county')) return;
        if (!r.county_name) return p.add(dm.file, row, 'county_name', `county ${r.county} has no name`);
        nameOnce(p, countyNames, r.county!, r.county_name, dm.file, row, 'county_name');
        county = r.county!;
      } else if (r.county) {
        return p.add(dm.file, row, 'county', `${to} is not a shire district (E07), so it has no county`);
      }
      newDistrictOf.set(from, to);
      districts.set(to, { code: to, name: r.district_name, county });
      if (county) counties.set(county, r.county_name!);
    });
    addSources(sources, rowSources(dm, p).flat());
  }
  for (const d of base.districts.values()) {
    if (newDistrictOf.has(d.code)) continue;
    const replaced = districts.get(d.code);
    if (replaced && (replaced.name !== d.name || replaced.county !== d.county)) {
      p.add(dm!.file, undefined, 'district', `${d.code} is both kept from ${base.version} (as "${d.name}") and given as a new district ("${replaced.name}")`);
    }
    districts.set(d.code, d);
    if (d.county) counties.set(d.county, base.counties.get(d.county)!);
  }

  // LSOA moves.
  const movedTo = new Map<string, string>();
  const ch = inputs.changes;
  if (ch && requireColumns(p, ch, [...CHANGE_COLUMNS, ...SOURCE_COLUMNS])) {
    const movedBy = new Map<string, number>();
    const byCode = new Map(base.lsoas.map((l) => [l.lsoa, l]));
    ch.rows.forEach((r, i) => {
      const row = rowNumber(i);
      const toCcg = ccgs.get(r.to_ccg!);
      if (!r.change) p.add(ch.file, row, 'change', 'every change needs a name');
      if (!toCcg) return p.add(ch.file, row, 'to_ccg', `unknown CCG "${r.to_ccg}": not in ${cl.file}`);
      if (r.to_area && !areas.has(r.to_area)) return p.add(ch.file, row, 'to_area', `unknown area "${r.to_area}": not in ${an.file}`);
      if (r.to_area && r.to_area !== toCcg.area) return p.add(ch.file, row, 'to_area', `${toCcg.code} is in ${toCcg.area}, not ${r.to_area}`);
      let selected: LsoaRecord[];
      if (r.lsoa) {
        const l = byCode.get(r.lsoa);
        if (!l) return p.add(ch.file, row, 'lsoa', `unknown LSOA "${r.lsoa}"`);
        if (r.from_district && r.from_district !== l.district) return p.add(ch.file, row, 'from_district', `LSOA ${l.lsoa} is in district ${l.district} in ${base.version}, not ${r.from_district}`);
        if (r.from_ccg && r.from_ccg !== l.ccg) return p.add(ch.file, row, 'from_ccg', `LSOA ${l.lsoa} is in CCG ${l.ccg} in ${base.version}, not ${r.from_ccg}`);
        selected = [l];
      } else {
        if (!r.from_district && !r.from_ccg) return p.add(ch.file, row, 'lsoa', 'a change needs an lsoa, a from_district or a from_ccg');
        if (r.from_district && !base.districts.has(r.from_district)) return p.add(ch.file, row, 'from_district', `unknown district "${r.from_district}": not a district of ${base.version}`);
        if (r.from_ccg && !base.ccgs.has(r.from_ccg)) return p.add(ch.file, row, 'from_ccg', `unknown CCG "${r.from_ccg}": not a CCG of ${base.version}`);
        selected = base.lsoas.filter((l) => (!r.from_district || l.district === r.from_district) && (!r.from_ccg || l.ccg === r.from_ccg));
        if (!selected.length) return p.add(ch.file, row, r.from_ccg ? 'from_ccg' : 'from_district', `selects no LSOA of ${base.version}`);
      }
      for (const l of selected) {
        const seen = movedBy.get(l.lsoa);
        if (seen != null) {
          p.add(ch.file, row, r.lsoa ? 'lsoa' : 'from_district', `LSOA ${l.lsoa} is moved twice (also by row ${seen})`);
          return;
        }
      }
      for (const l of selected) {
        movedBy.set(l.lsoa, row);
        movedTo.set(l.lsoa, toCcg.code);
      }
    });
    addSources(sources, rowSources(ch, p).flat());
  }
  p.throwIfAny();

  const lsoas = base.lsoas.map((l) => ({
    lsoa: l.lsoa,
    name: l.name,
    ccg: movedTo.get(l.lsoa) ?? newCcgOf.get(l.ccg)!,
    district: newDistrictOf.get(l.district) ?? l.district,
  }));

  // Everything listed must be used: a CCG with no LSOA, an area with no CCG, is an error.
  const usedCcgs = new Set(lsoas.map((l) => l.ccg));
  for (const c of ccgs.values()) {
    if (!usedCcgs.has(c.code)) p.add(cl.file, undefined, clc.ccg, `${c.code} (${c.name}) has no LSOA: no row of ${cm.file}${ch ? ` or ${ch.file}` : ''} maps to it`);
  }
  const usedAreas = new Set([...ccgs.values()].map((c) => c.area));
  for (const [code, name] of areas) {
    if (!usedAreas.has(code)) p.add(an.file, undefined, anc.area, `${code} (${name}) has no CCG in ${cl.file}`);
  }
  const usedDistricts = new Set(lsoas.map((l) => l.district));
  for (const code of [...districts.keys()]) {
    if (!usedDistricts.has(code)) districts.delete(code);
  }
  const usedCounties = new Set([...districts.values()].map((d) => d.county).filter(Boolean));
  for (const code of [...counties.keys()]) {
    if (!usedCounties.has(code)) counties.delete(code);
  }
  p.throwIfAny();
  return { version: inputs.version, lsoas, ccgs, areas, districts, counties, sources };
}

/** Sources in a table's rows when it has source columns (an ONS file has none: its source is the file's). */
function rowSourcesIfAny(table: Table, p: Problems): Source[] {
  return table.columns.includes('source_title') ? rowSources(table, p).flat() : [];
}

/** The area of each LSOA. */
export function areaOf(a: Assignment, l: LsoaRecord): string {
  return a.ccgs.get(l.ccg)!.area;
}
