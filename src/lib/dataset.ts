/**
 * Validates one data version and joins it into footprint records. Pure: it takes the parsed file
 * contents (so tests can feed it small broken fixtures) and either returns the dataset or throws a
 * DataError that lists every problem, each naming the file, the record and the field.
 */
import type { z } from 'zod';
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
} from '../../content/data/schema.ts';

/** The files of a version, by name, already parsed from JSON/CSV. */
export interface RawVersion {
  'version.json': unknown;
  'footprints.json': unknown;
  'councils.json': unknown;
  'ccgs.json': unknown;
  'trusts.json': unknown;
  'census-2011.json': unknown;
  /** Rows of content/data/lookups/places.csv (shared across versions: it names districts, not footprints). */
  'places.csv': unknown[];
}

export interface CouncilInFootprint {
  code: string;
  name: string;
  tier: 'upper' | 'lower';
  whole: boolean;
  note: string | null;
  /** The other footprints a split council's area falls in. */
  elsewhere: { code: string; name: string; slug: string; note: string | null }[];
}

/** A footprint record as published (the data contract in design.md), joined from the files. */
export interface Footprint extends FootprintRecord {
  ccgs: { code: string; odsCode: string; name: string }[];
  councils: CouncilInFootprint[];
  trusts: { odsCode: string; name: string; type: TrustRecord['type'] }[];
}

export interface Dataset {
  version: VersionInfo;
  footprints: Footprint[];
  councils: CouncilRecord[];
  ccgs: CcgRecord[];
  ccgSources: { codes: Source; membership: Source };
  trusts: TrustRecord[];
  census: CensusFile;
  places: PlaceRecord[];
  byCode: Map<string, Footprint>;
  bySlug: Map<string, Footprint>;
}

export class DataError extends Error {
  readonly version: string;
  readonly problems: string[];
  constructor(version: string, problems: string[]) {
    super(
      `Data version ${version} is invalid (${problems.length} problem${problems.length === 1 ? '' : 's'}):\n` +
        problems.map((p) => `  - ${p}`).join('\n'),
    );
    this.name = 'DataError';
    this.version = version;
    this.problems = problems;
  }
}

type Problems = string[];

/** Describes record `index` of an array for an error message: its position and, if known, its code and name. */
function describeRecord(record: unknown, index: number): string {
  if (record && typeof record === 'object') {
    const r = record as Record<string, unknown>;
    const id = r.code ?? r.odsCode ?? r.name;
    const name = r.code && r.name ? ` "${String(r.name)}"` : '';
    if (id) return `record ${index + 1} (${String(id)}${name})`;
  }
  return `record ${index + 1}`;
}

/**
 * Validates `data` against `schema`; on failure, pushes one message per issue naming the file, the
 * record (for issues inside the named array) and the field path.
 */
function parseFile<S extends z.ZodType>(
  file: string,
  schema: S,
  data: unknown,
  arrayKey: string | null,
  problems: Problems,
): z.infer<S> | null {
  const result = schema.safeParse(data);
  if (result.success) return result.data;
  for (const issue of result.error.issues) {
    const path = [...issue.path];
    let where = '';
    if (arrayKey !== null && path[0] === arrayKey && typeof path[1] === 'number') {
      const records = (data as Record<string, unknown[]>)[arrayKey] ?? [];
      where = `${describeRecord(records[path[1]], path[1])}, `;
      path.splice(0, 2);
    } else if (arrayKey === null && typeof path[0] === 'number') {
      where = `${describeRecord((data as unknown[])[path[0]], path[0])}, `;
      path.splice(0, 1);
    }
    const field = path.length ? path.join('.') : '(whole record)';
    problems.push(`${file}: ${where}field ${field}: ${issue.message}`);
  }
  return null;
}

function duplicates<T>(items: T[], key: (t: T) => string): string[] {
  const seen = new Set<string>();
  const dup = new Set<string>();
  for (const item of items) {
    const k = key(item);
    if (seen.has(k)) dup.add(k);
    seen.add(k);
  }
  return [...dup];
}

export function parseDataset(raw: RawVersion, versionId: string): Dataset {
  const problems: Problems = [];
  const version = parseFile('version.json', versionSchema, raw['version.json'], null, problems);
  const fpFile = parseFile('footprints.json', footprintsFileSchema, raw['footprints.json'], 'footprints', problems);
  const councilFile = parseFile('councils.json', councilsFileSchema, raw['councils.json'], 'councils', problems);
  const ccgFile = parseFile('ccgs.json', ccgsFileSchema, raw['ccgs.json'], 'ccgs', problems);
  const trustFile = parseFile('trusts.json', trustsFileSchema, raw['trusts.json'], 'trusts', problems);
  const census = parseFile('census-2011.json', censusFileSchema, raw['census-2011.json'], 'districts', problems);
  // Keep each row's line number (header is line 1) so messages point at the right line.
  const placeRows = raw['places.csv']
    .map((row, i) => ({ line: i + 2, place: parseFile(`places.csv row ${i + 2}`, placeSchema, row, null, problems) }))
    .filter((r): r is { line: number; place: PlaceRecord } => r.place !== null);
  const places = placeRows.map((r) => r.place);
  if (!version || !fpFile || !councilFile || !ccgFile || !trustFile || !census) throw new DataError(versionId, problems);

  if (version.version !== versionId) {
    problems.push(`version.json: field version: says "${version.version}" but the folder is "${versionId}"`);
  }

  const records = fpFile.footprints;
  const { councils } = councilFile;
  const { ccgs } = ccgFile;
  const { trusts } = trustFile;
  const known = new Map(records.map((f) => [f.code, f]));
  const counted = (what: string, actual: number, expected: number, file: string) => {
    if (actual !== expected) problems.push(`${file}: expected ${expected} ${what}, found ${actual}`);
  };

  // Footprints: the expected number, unique codes and slugs.
  counted('footprints', records.length, version.expect.footprints, 'footprints.json');
  for (const code of duplicates(records, (f) => f.code)) problems.push(`footprints.json: record ${code}, field code: ${code} is used by more than one record`);
  for (const slug of duplicates(records, (f) => f.slug)) problems.push(`footprints.json: record with slug ${slug}, field slug: "${slug}" is used by more than one record`);

  // Councils: every upper-tier council and every district, each in at least one known footprint;
  // a council in two or more footprints is marked as split in each.
  counted('upper-tier councils', councils.filter((c) => c.tier === 'upper').length, version.expect.upperTierCouncils, 'councils.json');
  counted('lower-tier councils', councils.filter((c) => c.tier === 'lower').length, version.expect.lowerTierCouncils, 'councils.json');
  for (const code of duplicates(councils, (c) => c.code)) problems.push(`councils.json: record ${code}, field code: ${code} is used by more than one record`);
  const councilByCode = new Map(councils.map((c) => [c.code, c]));
  councils.forEach((c, i) => {
    const where = `councils.json: ${describeRecord(c, i)}`;
    for (const m of c.memberships) {
      if (!known.has(m.footprint)) problems.push(`${where}, field memberships.footprint: ${m.footprint} is not a footprint of this version`);
    }
    const many = c.memberships.length > 1;
    for (const m of c.memberships) {
      if (many && m.whole) problems.push(`${where}, field memberships.whole: the council is in ${c.memberships.length} footprints, so no part can be whole`);
      if (!many && !m.whole) problems.push(`${where}, field memberships.whole: false, but the council is in only one footprint`);
      if (!m.whole && !m.note) problems.push(`${where}, field memberships.note: a part must say which part it is`);
    }
    if (duplicates(c.memberships, (m) => m.footprint).length) problems.push(`${where}, field memberships: a footprint is listed twice`);
    // GSS prefixes (ONS Register of Geographic Codes): E07 shire districts are the lower tier; E10
    // counties are their parents; E06, E08, E09 and E10 are upper tier.
    const lowerByCode = c.code.startsWith('E07');
    if ((c.tier === 'lower') !== lowerByCode) problems.push(`${where}, field tier: "${c.tier}" does not fit code ${c.code} (E07 is a shire district, the lower tier)`);
    if (c.tier === 'lower') {
      const parent = c.parent ? councilByCode.get(c.parent) : undefined;
      if (!parent || !parent.code.startsWith('E10')) problems.push(`${where}, field parent: a district needs its county's code (got ${c.parent ?? 'null'})`);
      else {
        const outside = c.memberships.filter((m) => !parent.memberships.some((pm) => pm.footprint === m.footprint));
        for (const m of outside) problems.push(`${where}, field memberships.footprint: ${m.footprint} is not one of its county ${parent.name}'s footprints`);
      }
    } else if (c.parent !== null) {
      problems.push(`${where}, field parent: an upper-tier council has no parent (got ${c.parent})`);
    }
    if (c.tier === 'upper' && many && !c.drawnIn) problems.push(`${where}, field drawnIn: a split council must record the footprint the map draws it in`);
    if (c.drawnIn && !many) problems.push(`${where}, field drawnIn: only a split upper-tier council is drawn by choice`);
    if (c.drawnIn && !c.memberships.some((m) => m.footprint === c.drawnIn)) problems.push(`${where}, field drawnIn: ${c.drawnIn} is not one of its footprints`);
  });

  // CCGs: the expected number, unique, each in exactly one known footprint; every footprint has one.
  counted('CCGs', ccgs.length, version.expect.ccgs, 'ccgs.json');
  for (const code of duplicates(ccgs, (c) => c.code)) problems.push(`ccgs.json: record ${code}, field code: CCG ${code} appears more than once (a CCG is in exactly one footprint)`);
  for (const ods of duplicates(ccgs, (c) => c.odsCode)) problems.push(`ccgs.json: record ${ods}, field odsCode: ODS code ${ods} is used by more than one CCG`);
  ccgs.forEach((c, i) => {
    if (!known.has(c.footprint)) problems.push(`ccgs.json: ${describeRecord(c, i)}, field footprint: ${c.footprint} is not a footprint of this version`);
  });
  const ccgByCode = new Map(ccgs.map((c) => [c.code, c]));

  // Trusts: known footprints, unique codes.
  for (const code of duplicates(trusts, (t) => t.odsCode)) problems.push(`trusts.json: record ${code}, field odsCode: ODS code ${code} is used by more than one trust`);
  trusts.forEach((t, i) => {
    for (const f of t.footprints) {
      if (!known.has(f)) problems.push(`trusts.json: ${describeRecord(t, i)}, field footprints: ${f} is not a footprint of this version`);
    }
  });

  // Places: each names a known district, and a CCG where one is given.
  placeRows.forEach(({ line, place: p }) => {
    const where = `places.csv row ${line} (${p.name})`;
    if (!councilByCode.has(p.lad_code)) problems.push(`${where}, field lad_code: ${p.lad_code} is not a council of this version`);
    if (p.ccg_code && !ccgByCode.has(p.ccg_code)) problems.push(`${where}, field ccg_code: ${p.ccg_code} is not a CCG of this version`);
  });

  // Census rows name known districts, once each.
  for (const code of duplicates(census.districts, (d) => d.code)) problems.push(`census-2011.json: record ${code}, field code: district ${code} appears more than once`);
  census.districts.forEach((d, i) => {
    const c = councilByCode.get(d.code);
    if (!c) problems.push(`census-2011.json: ${describeRecord(d, i)}, field code: not a council of this version`);
    else if (d.code.startsWith('E10')) problems.push(`census-2011.json: ${describeRecord(d, i)}, field code: a county, not a district`);
  });

  // Every footprint has at least one CCG and one upper-tier council.
  for (const f of records) {
    if (!ccgs.some((c) => c.footprint === f.code)) problems.push(`footprints.json: record ${f.code} "${f.name}", field code: no CCG in ccgs.json belongs to it`);
    if (!councils.some((c) => c.tier === 'upper' && c.memberships.some((m) => m.footprint === f.code))) {
      problems.push(`footprints.json: record ${f.code} "${f.name}", field code: no upper-tier council in councils.json belongs to it`);
    }
  }

  if (problems.length) throw new DataError(versionId, problems);

  const footprints: Footprint[] = records.map((f) => ({
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
              const other = known.get(o.footprint)!;
              return { code: other.code, name: other.name, slug: other.slug, note: o.note };
            }),
        })),
    ),
    trusts: trusts.filter((t) => t.footprints.includes(f.code)).map(({ odsCode, name, type }) => ({ odsCode, name, type })),
  }));

  return {
    version,
    footprints,
    councils,
    ccgs,
    ccgSources: ccgFile.sources,
    trusts,
    census,
    places,
    byCode: new Map(footprints.map((f) => [f.code, f])),
    bySlug: new Map(footprints.map((f) => [f.slug, f])),
  };
}
