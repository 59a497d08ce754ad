/**
 * The small-area checks of a version: lsoas.csv puts every 2011 LSOA in exactly one CCG, district
 * and area, every CCG inside one area; and memberships.json says exactly what lsoas.csv implies
 * (counts, populations, parts of split councils). Both files are derived by scripts/derive-areas.ts
 * from the ONS lookups, so a disagreement means one was edited by hand or is stale.
 */
import type { MembershipsFile } from '../../../content/data/schema.ts';
import { describeRecord, duplicates, type Problems } from './errors.ts';
import type { LsoaRow } from './types.ts';

const COLUMNS = ['lsoa', 'ccg', 'district', 'area', 'population'] as const;
const CODE: Record<Exclude<(typeof COLUMNS)[number], 'population'>, RegExp> = {
  lsoa: /^E01\d{6}$/,
  ccg: /^E38\d{6}$/,
  district: /^E0[6-9]\d{6}$/,
  area: /^E54\d{6}$/,
};

/** The rows of lsoas.csv, checked cell by cell; problems name the row (line) and column. */
export function parseLsoaRows(rows: Record<string, string>[], problems: Problems): LsoaRow[] {
  const header = Object.keys(rows[0] ?? {});
  if (!rows.length) {
    problems.push('lsoas.csv: the file has no rows');
    return [];
  }
  const missing = COLUMNS.filter((c) => !header.includes(c));
  const extra = header.filter((c) => !(COLUMNS as readonly string[]).includes(c));
  if (missing.length || extra.length) {
    problems.push(`lsoas.csv: header: expected the columns ${COLUMNS.join(',')}${missing.length ? `; missing ${missing.join(', ')}` : ''}${extra.length ? `; unknown ${extra.join(', ')}` : ''}`);
    return [];
  }
  const out: LsoaRow[] = [];
  rows.forEach((row, i) => {
    const line = i + 2;
    let ok = true;
    for (const [column, pattern] of Object.entries(CODE)) {
      const value = row[column] ?? '';
      if (!pattern.test(value)) {
        problems.push(`lsoas.csv: row ${line}, field ${column}: "${value}" is not an ONS code of the right kind (${pattern.source})`);
        ok = false;
      }
    }
    const population = Number(row.population);
    if (!/^\d+$/.test(row.population ?? '')) {
      problems.push(`lsoas.csv: row ${line} (${row.lsoa}), field population: expected a whole number, received "${row.population}"`);
      ok = false;
    }
    if (ok) out.push({ lsoa: row.lsoa!, ccg: row.ccg!, district: row.district!, area: row.area!, population });
  });
  for (const code of duplicates(out, (r) => r.lsoa)) problems.push(`lsoas.csv: LSOA ${code}, field lsoa: listed more than once (an LSOA is in exactly one area)`);
  return out;
}

interface Tally {
  lsoas: number;
  population: number;
}
const add = (map: Map<string, Tally>, key: string, population: number) => {
  const t = map.get(key) ?? { lsoas: 0, population: 0 };
  t.lsoas += 1;
  t.population += population;
  map.set(key, t);
};

/** Each CCG lies in one area: the CCG layer nests in the area layer. */
export function checkNesting(rows: LsoaRow[], problems: Problems): void {
  const areaOf = new Map<string, Set<string>>();
  for (const r of rows) {
    const set = areaOf.get(r.ccg) ?? new Set<string>();
    set.add(r.area);
    areaOf.set(r.ccg, set);
  }
  for (const [ccg, areas] of areaOf) {
    if (areas.size > 1) problems.push(`lsoas.csv: CCG ${ccg}, field area: its LSOAs are in ${areas.size} areas (${[...areas].sort().join(', ')}); a CCG lies in exactly one`);
  }
}

/** memberships.json against lsoas.csv: every figure and every part must be what the LSOAs give. */
export function checkMemberships(m: MembershipsFile, rows: LsoaRow[], problems: Problems): void {
  const byArea = new Map<string, Tally>();
  const byCcg = new Map<string, Tally & { areas: Set<string> }>();
  const byDistrictArea = new Map<string, Tally & { ccgs: Set<string> }>();
  const byDistrict = new Map<string, Tally>();
  let population = 0;
  for (const r of rows) {
    population += r.population;
    add(byArea, r.area, r.population);
    add(byDistrict, r.district, r.population);
    const c = byCcg.get(r.ccg) ?? { lsoas: 0, population: 0, areas: new Set<string>() };
    c.lsoas += 1;
    c.population += r.population;
    c.areas.add(r.area);
    byCcg.set(r.ccg, c);
    const key = `${r.district} ${r.area}`;
    const p = byDistrictArea.get(key) ?? { lsoas: 0, population: 0, ccgs: new Set<string>() };
    p.lsoas += 1;
    p.population += r.population;
    p.ccgs.add(r.ccg);
    byDistrictArea.set(key, p);
  }

  if (m.totals.lsoas !== rows.length) problems.push(`memberships.json: field totals.lsoas: says ${m.totals.lsoas}, lsoas.csv has ${rows.length}`);
  if (m.totals.population !== population) problems.push(`memberships.json: field totals.population: says ${m.totals.population}, the LSOAs sum to ${population}`);

  const same = (file: string, where: string, field: string, says: number | string, truth: number | string | undefined) => {
    if (says !== truth) problems.push(`${file}: ${where}, field ${field}: says ${says}, but lsoas.csv gives ${truth ?? 'nothing (no LSOA)'}`);
  };

  m.areas.forEach((a, i) => {
    const t = byArea.get(a.code);
    const where = describeRecord(a, i);
    same('memberships.json', `areas ${where}`, 'lsoas', a.lsoas, t?.lsoas);
    same('memberships.json', `areas ${where}`, 'population', a.population, t?.population);
  });
  const areaCodes = new Set(m.areas.map((a) => a.code));
  for (const code of byArea.keys()) if (!areaCodes.has(code)) problems.push(`lsoas.csv: area ${code}, field area: not an area in memberships.json`);

  m.ccgs.forEach((c, i) => {
    const t = byCcg.get(c.code);
    const where = `ccgs ${describeRecord(c, i)}`;
    same('memberships.json', where, 'lsoas', c.lsoas, t?.lsoas);
    same('memberships.json', where, 'population', c.population, t?.population);
    if (t && !t.areas.has(c.area)) problems.push(`memberships.json: ${where}, field area: says ${c.area}, but lsoas.csv puts its LSOAs in ${[...t.areas].join(', ')}`);
  });
  const ccgCodes = new Set(m.ccgs.map((c) => c.code));
  for (const code of byCcg.keys()) if (!ccgCodes.has(code)) problems.push(`lsoas.csv: CCG ${code}, field ccg: not a CCG in memberships.json`);

  // Districts (every tier below county) come straight from lsoas.csv; a county is the sum of its districts.
  const districtsOf = new Map<string, string[]>();
  for (const c of m.councils) if (c.parent) districtsOf.set(c.parent, [...(districtsOf.get(c.parent) ?? []), c.code]);
  m.councils.forEach((c, i) => {
    const where = `councils ${describeRecord(c, i)}`;
    const members = c.code.startsWith('E10') ? (districtsOf.get(c.code) ?? []) : [c.code];
    if (c.code.startsWith('E10') && !members.length) problems.push(`memberships.json: ${where}, field code: a county with no district`);
    const parts = new Map<string, Tally & { ccgs: Set<string> }>();
    let total: Tally = { lsoas: 0, population: 0 };
    for (const d of members) {
      const t = byDistrict.get(d);
      if (!t) {
        problems.push(`memberships.json: ${where}, field code: ${d} has no LSOA in lsoas.csv`);
        continue;
      }
      total = { lsoas: total.lsoas + t.lsoas, population: total.population + t.population };
      for (const [key, part] of byDistrictArea) {
        const [district, area] = key.split(' ') as [string, string];
        if (district !== d) continue;
        const p = parts.get(area) ?? { lsoas: 0, population: 0, ccgs: new Set<string>() };
        p.lsoas += part.lsoas;
        p.population += part.population;
        for (const x of part.ccgs) p.ccgs.add(x);
        parts.set(area, p);
      }
    }
    same('memberships.json', where, 'lsoas', c.lsoas, total.lsoas);
    same('memberships.json', where, 'population', c.population, total.population);
    const listed = new Set(c.parts.map((p) => p.area));
    for (const area of parts.keys()) if (!listed.has(area)) problems.push(`memberships.json: ${where}, field parts: has no part in ${area}, but lsoas.csv puts ${parts.get(area)!.lsoas} of its LSOAs there`);
    c.parts.forEach((p, j) => {
      const t = parts.get(p.area);
      const at = `parts.${j}`;
      if (!t) {
        problems.push(`memberships.json: ${where}, field ${at}.area: ${p.area}, but lsoas.csv puts none of its LSOAs there`);
        return;
      }
      same('memberships.json', where, `${at}.lsoas`, p.lsoas, t.lsoas);
      same('memberships.json', where, `${at}.population`, p.population, t.population);
      const ccgs = [...t.ccgs].sort().join(',');
      if ([...p.ccgs].sort().join(',') !== ccgs) problems.push(`memberships.json: ${where}, field ${at}.ccgs: says ${p.ccgs.join(',')}, but lsoas.csv gives ${ccgs}`);
    });
  });
  const councilCodes = new Set(m.councils.map((c) => c.code));
  for (const code of byDistrict.keys()) if (!councilCodes.has(code)) problems.push(`lsoas.csv: district ${code}, field district: not a council in memberships.json`);
}
