/**
 * Validates one data version and joins it into area records. Pure: it takes the parsed file
 * contents (so tests can feed it small broken fixtures or mutated real data) and either returns the
 * dataset or throws a DataError that lists every problem, each naming the file, record and field.
 *
 * What is checked: each file against its strict schema; the counts version.json promises; that the
 * hand-edited records (footprints.json) and the derived memberships (memberships.json) name the
 * same areas; that memberships.json says exactly what lsoas.csv implies (check-lsoas.ts); that
 * every record has a shape and every shape a record, in every layer (check-topology.ts); and the
 * references of trusts, places and the hex layout.
 */
import {
  footprintsFileSchema,
  hexFileSchema,
  membershipsFileSchema,
  placeSchema,
  trustsFileSchema,
  versionSchema,
  type FootprintRecord,
  type HexFile,
  type MembershipsFile,
  type PlaceRecord,
  type TrustRecord,
  type VersionInfo,
} from '../../../content/data/schema.ts';
import type { FootprintTopology } from '../geometry/map-geometry.ts';
import { checkMemberships, checkNesting, parseLsoaRows } from './check-lsoas.ts';
import { checkTopology } from './check-topology.ts';
import { DataError, describeRecord, duplicates, parseFile, type Problems } from './errors.ts';
import type { CouncilInFootprint, Dataset, Footprint, LsoaRow, RawVersion } from './types.ts';

export { DataError } from './errors.ts';
export type { CouncilInFootprint, Dataset, Footprint, RawVersion } from './types.ts';

/** The files of a version once each has passed its schema. */
interface Files {
  version: VersionInfo;
  footprints: FootprintRecord[];
  memberships: MembershipsFile;
  lsoas: LsoaRow[];
  trusts: TrustRecord[];
  hex: HexFile | null;
  places: { line: number; place: PlaceRecord }[];
}

/** Each file against its schema; null when any file fails (its problems are recorded). */
function parseFiles(raw: RawVersion, problems: Problems): Files | null {
  const version = parseFile('version.json', versionSchema, raw['version.json'], null, problems);
  const fpFile = parseFile('footprints.json', footprintsFileSchema, raw['footprints.json'], 'footprints', problems);
  const memberships = parseFile('memberships.json', membershipsFileSchema, raw['memberships.json'], null, problems);
  const trustFile = raw['trusts.json'] === null ? { trusts: [] } : parseFile('trusts.json', trustsFileSchema, raw['trusts.json'], 'trusts', problems);
  const hex = raw['hex.json'] === null ? null : parseFile('hex.json', hexFileSchema, raw['hex.json'], null, problems);
  const lsoas = parseLsoaRows(raw['lsoas.csv'], problems);
  // Keep each row's line number (header is line 1) so messages point at the right line.
  const places = (raw['places.csv'] ?? [])
    .map((row, i) => ({ line: i + 2, place: parseFile(`places.csv row ${i + 2}`, placeSchema, row, null, problems) }))
    .filter((r): r is { line: number; place: PlaceRecord } => r.place !== null);
  if (!version || !fpFile || !memberships || !trustFile || (raw['hex.json'] !== null && !hex) || !lsoas.length) return null;
  return { version, footprints: fpFile.footprints, memberships, lsoas, trusts: trustFile.trusts, hex, places };
}

function counted(problems: Problems, file: string, what: string, actual: number, expected: number): void {
  if (actual !== expected) problems.push(`${file}: expected ${expected} ${what}, found ${actual}`);
}

/** The counts version.json promises, and that each file belongs to this version. */
function checkVersion({ version, footprints, memberships: m, lsoas, hex }: Files, versionId: string, problems: Problems): void {
  if (version.version !== versionId) problems.push(`version.json: field version: says "${version.version}" but the folder is "${versionId}"`);
  if (m.version !== versionId) problems.push(`memberships.json: field version: says "${m.version}" but the folder is "${versionId}"`);
  if (hex && hex.version !== versionId) problems.push(`hex.json: field version: says "${hex.version}" but the folder is "${versionId}"`);
  if (version.previous !== null && version.previous >= versionId) problems.push(`version.json: field previous: "${version.previous}" is not an earlier version`);
  const { expect } = version;
  counted(problems, 'footprints.json', 'areas', footprints.length, expect.areas);
  counted(problems, 'memberships.json', 'areas', m.areas.length, expect.areas);
  counted(problems, 'memberships.json', 'CCGs', m.ccgs.length, expect.ccgs);
  counted(problems, 'memberships.json', 'upper-tier councils', m.councils.filter((c) => c.tier === 'upper').length, expect.upperTierCouncils);
  counted(problems, 'memberships.json', 'lower-tier councils', m.councils.filter((c) => c.tier === 'lower').length, expect.lowerTierCouncils);
  counted(problems, 'lsoas.csv', 'LSOAs', lsoas.length, expect.lsoas);
}

/** Records: unique codes and slugs, and the same areas (by code and ONS name) as the memberships. */
function checkRecords({ footprints, memberships: m }: Files, problems: Problems): void {
  for (const code of duplicates(footprints, (f) => f.code)) problems.push(`footprints.json: record ${code}, field code: ${code} is used by more than one record`);
  for (const slug of duplicates(footprints, (f) => f.slug)) problems.push(`footprints.json: record with slug ${slug}, field slug: "${slug}" is used by more than one record`);
  const derived = new Map(m.areas.map((a) => [a.code, a]));
  footprints.forEach((f, i) => {
    const a = derived.get(f.code);
    if (!a) problems.push(`footprints.json: ${describeRecord(f, i)}, field code: not an area of this version in memberships.json (derived from the ONS lookup)`);
    else if (a.name !== f.onsName) problems.push(`footprints.json: ${describeRecord(f, i)}, field onsName: "${f.onsName}", but ONS names ${f.code} "${a.name}"`);
  });
  const recorded = new Set(footprints.map((f) => f.code));
  m.areas.forEach((a, i) => {
    if (!recorded.has(a.code)) problems.push(`memberships.json: areas ${describeRecord(a, i)}, field code: no record in footprints.json`);
  });
  for (const code of duplicates(m.ccgs, (c) => c.code)) problems.push(`memberships.json: CCG ${code}, field code: listed more than once`);
  for (const code of duplicates(m.councils, (c) => c.code)) problems.push(`memberships.json: council ${code}, field code: listed more than once`);
  // GSS prefixes (ONS Register of Geographic Codes): E07 shire districts are the lower tier and sit in an E10 county.
  const byCode = new Map(m.councils.map((c) => [c.code, c]));
  m.councils.forEach((c, i) => {
    const where = `memberships.json: councils ${describeRecord(c, i)}`;
    if ((c.tier === 'lower') !== c.code.startsWith('E07')) problems.push(`${where}, field tier: "${c.tier}" does not fit code ${c.code} (E07 is a shire district, the lower tier)`);
    if (c.tier === 'upper' && c.parent !== null) problems.push(`${where}, field parent: an upper-tier council has no parent (got ${c.parent})`);
    if (c.tier === 'lower' && !(c.parent && byCode.get(c.parent)?.code.startsWith('E10'))) problems.push(`${where}, field parent: a district needs its county's code (got ${c.parent ?? 'null'})`);
  });
}

/** Trusts, places and the hex layout refer only to what this version has. */
function checkReferences({ footprints, memberships: m, trusts, places, hex }: Files, problems: Problems): void {
  const known = new Set(footprints.map((f) => f.code));
  for (const code of duplicates(trusts, (t) => t.odsCode)) problems.push(`trusts.json: record ${code}, field odsCode: ODS code ${code} is used by more than one trust`);
  trusts.forEach((t, i) => {
    for (const f of t.footprints) if (!known.has(f)) problems.push(`trusts.json: ${describeRecord(t, i)}, field footprints: ${f} is not a footprint of this version`);
  });
  const councilCodes = new Set(m.councils.map((c) => c.code));
  const ccgCodes = new Set(m.ccgs.map((c) => c.code));
  for (const { line, place: p } of places) {
    const where = `places.csv row ${line} (${p.name})`;
    if (!councilCodes.has(p.lad_code)) problems.push(`${where}, field lad_code: ${p.lad_code} is not a council of this version`);
    if (p.ccg_code && !ccgCodes.has(p.ccg_code)) problems.push(`${where}, field ccg_code: ${p.ccg_code} is not a CCG of this version`);
  }
  if (hex) {
    for (const code of known) if (!hex.cells[code]) problems.push(`hex.json: field cells.${code}: no hexagon for this area`);
    for (const code of Object.keys(hex.cells)) if (!known.has(code)) problems.push(`hex.json: field cells.${code}: not an area of this version`);
    const taken = new Map<string, string>();
    for (const [code, cell] of Object.entries(hex.cells)) {
      const key = `${cell.col},${cell.row}`;
      const other = taken.get(key);
      if (other) problems.push(`hex.json: field cells.${code}: column ${cell.col}, row ${cell.row} is already ${other}'s`);
      taken.set(key, code);
    }
  }
}

/** Joins the validated files into the published area records. */
function joinFootprints({ footprints, memberships: m, trusts }: Files): Footprint[] {
  const records = new Map(footprints.map((f) => [f.code, f]));
  const areaTotals = new Map(m.areas.map((a) => [a.code, a]));
  return footprints.map((f) => {
    const councils: CouncilInFootprint[] = m.councils.flatMap((c) =>
      c.parts
        .filter((p) => p.area === f.code)
        .map((p) => ({
          code: c.code,
          name: c.name,
          tier: c.tier,
          parent: c.parent,
          whole: c.parts.length === 1,
          lsoas: p.lsoas,
          population: p.population,
          places: p.places,
          ccgs: p.ccgs,
          total: { lsoas: c.lsoas, population: c.population },
          elsewhere: c.parts
            .filter((o) => o.area !== f.code)
            .map((o) => {
              const other = records.get(o.area)!;
              return { code: other.code, name: other.name, slug: other.slug, lsoas: o.lsoas, population: o.population, places: o.places };
            }),
        })),
    );
    const totals = areaTotals.get(f.code)!;
    return {
      ...f,
      lsoas: totals.lsoas,
      population: totals.population,
      ccgs: m.ccgs.filter((c) => c.area === f.code).map(({ code, odsCode, name, lsoas, population }) => ({ code, odsCode, name, lsoas, population })),
      councils,
      trusts: trusts.filter((t) => t.footprints.includes(f.code)).map(({ odsCode, name, type }) => ({ odsCode, name, type })),
    };
  });
}

export function parseDataset(raw: RawVersion, versionId: string): Dataset {
  const problems: Problems = [];
  const files = parseFiles(raw, problems);
  if (!files) throw new DataError(versionId, problems);
  checkVersion(files, versionId, problems);
  checkRecords(files, problems);
  checkNesting(files.lsoas, problems);
  checkMemberships(files.memberships, files.lsoas, problems);
  checkReferences(files, problems);
  checkTopology(raw['footprints.topo.json'], files.memberships, problems);
  if (problems.length) throw new DataError(versionId, problems);

  const footprints = joinFootprints(files);
  const m = files.memberships;
  return {
    version: files.version,
    footprints,
    councils: m.councils,
    ccgs: m.ccgs,
    sources: m.sources,
    population: m.population,
    totals: m.totals,
    trusts: files.trusts,
    places: files.places.map((p) => p.place),
    lsoas: files.lsoas,
    topology: raw['footprints.topo.json'] as FootprintTopology,
    hex: files.hex,
    byCode: new Map(footprints.map((f) => [f.code, f])),
    bySlug: new Map(footprints.map((f) => [f.slug, f])),
  };
}
