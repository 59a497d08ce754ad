/**
 * Validates one data version and joins it into footprint records. Pure: it takes the parsed file
 * contents (so tests can feed it small broken fixtures) and either returns the dataset or throws a
 * DataError that lists every problem, each naming the file, the record and the field.
 */
import {
  ccgsFileSchema,
  censusFileSchema,
  councilsFileSchema,
  footprintsFileSchema,
  placeSchema,
  trustsFileSchema,
  versionSchema,
  type CcgRecord,
  type CensusFile,
  type CouncilRecord,
  type FootprintRecord,
  type PlaceRecord,
  type Source,
  type TrustRecord,
  type VersionInfo,
} from '../../../content/data/schema.ts';
import { DataError, describeRecord, duplicates, parseFile, type Problems } from './errors.ts';
import { isSplit } from './queries.ts';
import type { Dataset, Footprint, RawVersion } from './types.ts';

export { DataError } from './errors.ts';
export type { CouncilInFootprint, Dataset, Footprint, RawVersion } from './types.ts';

/** The files of a version once each has passed its schema. */
interface Files {
  version: VersionInfo;
  footprints: FootprintRecord[];
  councils: CouncilRecord[];
  ccgs: CcgRecord[];
  ccgSources: { codes: Source; membership: Source };
  trusts: TrustRecord[];
  census: CensusFile;
  places: { line: number; place: PlaceRecord }[];
}

/** Each file against its schema; null when any file fails (its problems are recorded). */
function parseFiles(raw: RawVersion, problems: Problems): Files | null {
  const version = parseFile('version.json', versionSchema, raw['version.json'], null, problems);
  const fpFile = parseFile('footprints.json', footprintsFileSchema, raw['footprints.json'], 'footprints', problems);
  const councilFile = parseFile('councils.json', councilsFileSchema, raw['councils.json'], 'councils', problems);
  const ccgFile = parseFile('ccgs.json', ccgsFileSchema, raw['ccgs.json'], 'ccgs', problems);
  const trustFile = parseFile('trusts.json', trustsFileSchema, raw['trusts.json'], 'trusts', problems);
  const census = parseFile('census-2011.json', censusFileSchema, raw['census-2011.json'], 'districts', problems);
  // Keep each row's line number (header is line 1) so messages point at the right line.
  const places = raw['places.csv']
    .map((row, i) => ({ line: i + 2, place: parseFile(`places.csv row ${i + 2}`, placeSchema, row, null, problems) }))
    .filter((r): r is { line: number; place: PlaceRecord } => r.place !== null);
  if (!version || !fpFile || !councilFile || !ccgFile || !trustFile || !census) return null;
  return {
    version,
    footprints: fpFile.footprints,
    councils: councilFile.councils,
    ccgs: ccgFile.ccgs,
    ccgSources: ccgFile.sources,
    trusts: trustFile.trusts,
    census,
    places,
  };
}

function counted(problems: Problems, file: string, what: string, actual: number, expected: number): void {
  if (actual !== expected) problems.push(`${file}: expected ${expected} ${what}, found ${actual}`);
}

/** Footprints: the expected number, unique codes and slugs. */
function checkFootprints({ version, footprints }: Files, problems: Problems): void {
  counted(problems, 'footprints.json', 'footprints', footprints.length, version.expect.footprints);
  for (const code of duplicates(footprints, (f) => f.code)) problems.push(`footprints.json: record ${code}, field code: ${code} is used by more than one record`);
  for (const slug of duplicates(footprints, (f) => f.slug)) problems.push(`footprints.json: record with slug ${slug}, field slug: "${slug}" is used by more than one record`);
}

/**
 * Councils: every upper-tier council and every district, each in at least one known footprint; a
 * council in two or more footprints is marked as split in each part; a district sits in its county.
 */
function checkCouncils({ version, footprints, councils }: Files, problems: Problems): void {
  const known = new Set(footprints.map((f) => f.code));
  counted(problems, 'councils.json', 'upper-tier councils', councils.filter((c) => c.tier === 'upper').length, version.expect.upperTierCouncils);
  counted(problems, 'councils.json', 'lower-tier councils', councils.filter((c) => c.tier === 'lower').length, version.expect.lowerTierCouncils);
  for (const code of duplicates(councils, (c) => c.code)) problems.push(`councils.json: record ${code}, field code: ${code} is used by more than one record`);
  const councilByCode = new Map(councils.map((c) => [c.code, c]));
  councils.forEach((c, i) => {
    const where = `councils.json: ${describeRecord(c, i)}`;
    const split = isSplit(c);
    for (const m of c.memberships) {
      if (!known.has(m.footprint)) problems.push(`${where}, field memberships.footprint: ${m.footprint} is not a footprint of this version`);
      if (split && m.whole) problems.push(`${where}, field memberships.whole: the council is in ${c.memberships.length} footprints, so no part can be whole`);
      if (!split && !m.whole) problems.push(`${where}, field memberships.whole: false, but the council is in only one footprint`);
      if (!m.whole && !m.note) problems.push(`${where}, field memberships.note: a part must say which part it is`);
    }
    if (duplicates(c.memberships, (m) => m.footprint).length) problems.push(`${where}, field memberships: a footprint is listed twice`);
    checkTier(c, councilByCode, where, problems);
    if (c.tier === 'upper' && split && !c.drawnIn) problems.push(`${where}, field drawnIn: a split council must record the footprint the map draws it in`);
    if (c.drawnIn && !split) problems.push(`${where}, field drawnIn: only a split upper-tier council is drawn by choice`);
    if (c.drawnIn && !c.memberships.some((m) => m.footprint === c.drawnIn)) problems.push(`${where}, field drawnIn: ${c.drawnIn} is not one of its footprints`);
  });
}

/**
 * GSS prefixes (ONS Register of Geographic Codes): E07 shire districts are the lower tier and sit in
 * an E10 county, within their county's footprints; E06, E08, E09 and E10 are upper tier.
 */
function checkTier(c: CouncilRecord, councilByCode: Map<string, CouncilRecord>, where: string, problems: Problems): void {
  const lowerByCode = c.code.startsWith('E07');
  if ((c.tier === 'lower') !== lowerByCode) problems.push(`${where}, field tier: "${c.tier}" does not fit code ${c.code} (E07 is a shire district, the lower tier)`);
  if (c.tier === 'upper') {
    if (c.parent !== null) problems.push(`${where}, field parent: an upper-tier council has no parent (got ${c.parent})`);
    return;
  }
  const parent = c.parent ? councilByCode.get(c.parent) : undefined;
  if (!parent || !parent.code.startsWith('E10')) {
    problems.push(`${where}, field parent: a district needs its county's code (got ${c.parent ?? 'null'})`);
    return;
  }
  const outside = c.memberships.filter((m) => !parent.memberships.some((pm) => pm.footprint === m.footprint));
  for (const m of outside) problems.push(`${where}, field memberships.footprint: ${m.footprint} is not one of its county ${parent.name}'s footprints`);
}

/** CCGs: the expected number, unique, each in exactly one known footprint. */
function checkCcgs({ version, footprints, ccgs }: Files, problems: Problems): void {
  const known = new Set(footprints.map((f) => f.code));
  counted(problems, 'ccgs.json', 'CCGs', ccgs.length, version.expect.ccgs);
  for (const code of duplicates(ccgs, (c) => c.code)) problems.push(`ccgs.json: record ${code}, field code: CCG ${code} appears more than once (a CCG is in exactly one footprint)`);
  for (const ods of duplicates(ccgs, (c) => c.odsCode)) problems.push(`ccgs.json: record ${ods}, field odsCode: ODS code ${ods} is used by more than one CCG`);
  ccgs.forEach((c, i) => {
    if (!known.has(c.footprint)) problems.push(`ccgs.json: ${describeRecord(c, i)}, field footprint: ${c.footprint} is not a footprint of this version`);
  });
}

/** Trusts: known footprints, unique codes. */
function checkTrusts({ footprints, trusts }: Files, problems: Problems): void {
  const known = new Set(footprints.map((f) => f.code));
  for (const code of duplicates(trusts, (t) => t.odsCode)) problems.push(`trusts.json: record ${code}, field odsCode: ODS code ${code} is used by more than one trust`);
  trusts.forEach((t, i) => {
    for (const f of t.footprints) {
      if (!known.has(f)) problems.push(`trusts.json: ${describeRecord(t, i)}, field footprints: ${f} is not a footprint of this version`);
    }
  });
}

/** Places: each names a known district, and a CCG where one is given. */
function checkPlaces({ councils, ccgs, places }: Files, problems: Problems): void {
  const councilCodes = new Set(councils.map((c) => c.code));
  const ccgCodes = new Set(ccgs.map((c) => c.code));
  for (const { line, place: p } of places) {
    const where = `places.csv row ${line} (${p.name})`;
    if (!councilCodes.has(p.lad_code)) problems.push(`${where}, field lad_code: ${p.lad_code} is not a council of this version`);
    if (p.ccg_code && !ccgCodes.has(p.ccg_code)) problems.push(`${where}, field ccg_code: ${p.ccg_code} is not a CCG of this version`);
  }
}

/** Census rows name known districts, once each. */
function checkCensus({ councils, census }: Files, problems: Problems): void {
  const councilCodes = new Set(councils.map((c) => c.code));
  for (const code of duplicates(census.districts, (d) => d.code)) problems.push(`census-2011.json: record ${code}, field code: district ${code} appears more than once`);
  census.districts.forEach((d, i) => {
    if (!councilCodes.has(d.code)) problems.push(`census-2011.json: ${describeRecord(d, i)}, field code: not a council of this version`);
    else if (d.code.startsWith('E10')) problems.push(`census-2011.json: ${describeRecord(d, i)}, field code: a county, not a district`);
  });
}

/** Every footprint has at least one CCG and one upper-tier council. */
function checkCoverage({ footprints, ccgs, councils }: Files, problems: Problems): void {
  for (const f of footprints) {
    if (!ccgs.some((c) => c.footprint === f.code)) problems.push(`footprints.json: record ${f.code} "${f.name}", field code: no CCG in ccgs.json belongs to it`);
    if (!councils.some((c) => c.tier === 'upper' && c.memberships.some((m) => m.footprint === f.code))) {
      problems.push(`footprints.json: record ${f.code} "${f.name}", field code: no upper-tier council in councils.json belongs to it`);
    }
  }
}

/** Joins the validated files into the published footprint records. */
function joinFootprints({ footprints, councils, ccgs, trusts }: Files): Footprint[] {
  const byCode = new Map(footprints.map((f) => [f.code, f]));
  return footprints.map((f) => ({
    ...f,
    ccgs: ccgs.filter((c) => c.footprint === f.code).map(({ code, odsCode, name }) => ({ code, odsCode, name })),
    councils: councils.flatMap((c) =>
      c.memberships
        .filter((m) => m.footprint === f.code)
        .map((m) => ({
          code: c.code,
          name: c.name,
          tier: c.tier,
          whole: m.whole,
          note: m.note,
          elsewhere: c.memberships
            .filter((o) => o.footprint !== f.code)
            .map((o) => {
              const other = byCode.get(o.footprint)!;
              return { code: other.code, name: other.name, slug: other.slug, note: o.note };
            }),
        })),
    ),
    trusts: trusts.filter((t) => t.footprints.includes(f.code)).map(({ odsCode, name, type }) => ({ odsCode, name, type })),
  }));
}

export function parseDataset(raw: RawVersion, versionId: string): Dataset {
  const problems: Problems = [];
  const files = parseFiles(raw, problems);
  if (!files) throw new DataError(versionId, problems);
  if (files.version.version !== versionId) {
    problems.push(`version.json: field version: says "${files.version.version}" but the folder is "${versionId}"`);
  }
  for (const check of [checkFootprints, checkCouncils, checkCcgs, checkTrusts, checkPlaces, checkCensus, checkCoverage]) check(files, problems);
  if (problems.length) throw new DataError(versionId, problems);

  const footprints = joinFootprints(files);
  return {
    version: files.version,
    footprints,
    councils: files.councils,
    ccgs: files.ccgs,
    ccgSources: files.ccgSources,
    trusts: files.trusts,
    census: files.census,
    places: files.places.map((p) => p.place),
    byCode: new Map(footprints.map((f) => [f.code, f])),
    bySlug: new Map(footprints.map((f) => [f.slug, f])),
  };
}
