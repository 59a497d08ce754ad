/**
 * From a version's LSOA assignment and the mid-2020 LSOA populations to the derived files:
 * lsoas.csv (one row per LSOA) and memberships.json (areas, CCGs and councils, each council's parts
 * by area, with LSOA counts, populations and, for split councils, the places in each part).
 * A council is split when its LSOAs lie in more than one area, however few: there is no threshold.
 * Pure.
 */
import type { Assignment, LsoaRecord } from './assignment.ts';
import { areaOf, compare, isShireDistrict } from './assignment.ts';
import { formatCsv } from './csv.ts';
import { Problems } from './errors.ts';
import { topPlaces } from './places.ts';
import type { Source } from './shared-files.ts';

export interface Part {
  area: string;
  lsoas: number;
  population: number;
  ccgs: string[];
  places: string[];
}

export interface Council {
  code: string;
  name: string;
  tier: 'upper' | 'lower';
  parent: string | null;
  lsoas: number;
  population: number;
  parts: Part[];
}

export interface Memberships {
  version: string;
  generatedBy: string;
  sources: Source[];
  population: { label: string; source: Source };
  totals: { lsoas: number; population: number };
  areas: { code: string; name: string; lsoas: number; population: number }[];
  ccgs: { code: string; odsCode: string; name: string; area: string; lsoas: number; population: number }[];
  councils: Council[];
}

export const GENERATED_BY = 'scripts/derive-areas.ts';

/** The upper-tier council of a district: its county for a shire district, else itself. */
export function upperTierOf(a: Assignment, district: string): string {
  const d = a.districts.get(district)!;
  return isShireDistrict(district) ? d.county! : district;
}

/** Populations for every LSOA of the assignment; a missing one is an error naming the file. */
export function populationsFor(a: Assignment, populations: Map<string, number>, file: string): Map<string, number> {
  const p = new Problems();
  const out = new Map<string, number>();
  for (const l of a.lsoas) {
    const v = populations.get(l.lsoa);
    if (v == null) p.add(file, undefined, 'lsoa_code', `no population for LSOA ${l.lsoa} (${l.name})`);
    else out.set(l.lsoa, v);
  }
  p.throwIfAny();
  return out;
}

interface Tally {
  lsoas: number;
  population: number;
}

const sumOf = (rows: { population: number }[]) => rows.reduce((s, r) => s + r.population, 0);

function groupBy<T>(items: T[], key: (t: T) => string): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const t of items) {
    const k = key(t);
    const list = out.get(k);
    if (list) list.push(t);
    else out.set(k, [t]);
  }
  return out;
}

const byCode = <T extends { code: string }>(a: T, b: T) => compare(a.code, b.code);

/** The parts of a council: one per area its LSOAs are in, largest population first. */
export function partsOf(
  a: Assignment,
  lsoas: (LsoaRecord & { population: number })[],
  placeOf: (lsoaName: string) => string | null,
): Part[] {
  const byArea = groupBy(lsoas, (l) => areaOf(a, l));
  const split = byArea.size > 1;
  return [...byArea]
    .map(([area, ls]) => ({
      area,
      lsoas: ls.length,
      population: sumOf(ls),
      ccgs: [...new Set(ls.map((l) => l.ccg))].sort(compare),
      places: split ? topPlaces(ls, placeOf) : [],
    }))
    .sort((x, y) => y.population - x.population || compare(x.area, y.area));
}

export function buildMemberships(
  a: Assignment,
  populations: Map<string, number>,
  placeOf: (lsoaName: string) => string | null,
  populationSource: Source,
  populationLabel: string,
): Memberships {
  const rows = a.lsoas.map((l) => ({ ...l, population: populations.get(l.lsoa)! }));
  const tally = (ls: { population: number }[]): Tally => ({ lsoas: ls.length, population: sumOf(ls) });

  const byArea = groupBy(rows, (l) => areaOf(a, l));
  const areas = [...a.areas]
    .map(([code, name]) => ({ code, name, ...tally(byArea.get(code) ?? []) }))
    .sort(byCode);

  const byCcg = groupBy(rows, (l) => l.ccg);
  const ccgs = [...a.ccgs.values()]
    .map((c) => ({ code: c.code, odsCode: c.odsCode, name: c.name, area: c.area, ...tally(byCcg.get(c.code) ?? []) }))
    .sort(byCode);

  const byDistrict = groupBy(rows, (l) => l.district);
  const byUpper = groupBy(rows, (l) => upperTierOf(a, l.district));
  const councils: Council[] = [];
  for (const [code, ls] of byUpper) {
    const name = code.startsWith('E10') ? a.counties.get(code)! : a.districts.get(code)!.name;
    councils.push({ code, name, tier: 'upper', parent: null, ...tally(ls), parts: partsOf(a, ls, placeOf) });
  }
  for (const [code, ls] of byDistrict) {
    if (!isShireDistrict(code)) continue;
    const d = a.districts.get(code)!;
    councils.push({ code, name: d.name, tier: 'lower', parent: d.county, ...tally(ls), parts: partsOf(a, ls, placeOf) });
  }
  councils.sort(byCode);

  return {
    version: a.version,
    generatedBy: GENERATED_BY,
    sources: a.sources,
    population: { label: populationLabel, source: populationSource },
    totals: tally(rows),
    areas,
    ccgs,
    councils,
  };
}

/** memberships.json: 2-space indent, final newline. */
export function formatMemberships(m: Memberships): string {
  return JSON.stringify(m, null, 2) + '\n';
}

/** lsoas.csv: lsoa,ccg,district,area,population; sorted by LSOA code. */
export function formatLsoas(a: Assignment, populations: Map<string, number>): string {
  const rows = [...a.lsoas]
    .sort((x, y) => compare(x.lsoa, y.lsoa))
    .map((l) => [l.lsoa, l.ccg, l.district, areaOf(a, l), populations.get(l.lsoa)!]);
  return formatCsv(['lsoa', 'ccg', 'district', 'area', 'population'], rows);
}

/** Parses the population CSV (lsoa_code, pop): England rows only (E01…). */
export function parsePopulations(file: string, rows: Record<string, string>[]): Map<string, number> {
  const p = new Problems();
  const out = new Map<string, number>();
  rows.forEach((r, i) => {
    const code = r.lsoa_code;
    if (code == null || r.pop == null) return p.add(file, i + 2, code == null ? 'lsoa_code' : 'pop', 'column is missing');
    if (!code.startsWith('E01')) return;
    const v = Number(r.pop);
    if (!Number.isInteger(v) || v < 0) return p.add(file, i + 2, 'pop', `"${r.pop}" is not a whole number`);
    if (out.has(code)) return p.add(file, i + 2, 'lsoa_code', `LSOA ${code} is listed twice`);
    out.set(code, v);
  });
  p.throwIfAny();
  return out;
}
