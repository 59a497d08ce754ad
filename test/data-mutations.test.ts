/**
 * Realistic mistakes, applied to a copy of the real data (version 2017-04), each of which must
 * fail the build's data step (readRawVersion + parseDataset, what every page build runs) with a
 * message naming the file, the record and the field. The real data itself must still load.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { DataError, parseDataset } from '../src/lib/data/parse-version.ts';
import { DATA_DIR, readRawVersion } from '../src/lib/data/read-version.ts';
import type { RawVersion } from '../src/lib/data/types.ts';

const VERSION = '2017-04';
const BASE = readRawVersion(VERSION);
const tmp = mkdtempSync(join(tmpdir(), 'data-mutations-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

type Json = Record<string, unknown>;
type Arcs = number[][] | number[][][];
interface Geometry {
  type: string;
  id?: string;
  arcs: Arcs;
}

const footprints = (r: RawVersion) => (r['footprints.json'] as { footprints: Json[] }).footprints;
const memberships = (r: RawVersion) => r['memberships.json'] as { areas: Json[]; ccgs: Json[]; councils: (Json & { parts: Json[] })[] } & Json;
const layer = (r: RawVersion, name: string) => (r['footprints.topo.json'] as { objects: Record<string, { geometries: Geometry[] }> }).objects[name]!.geometries;
const record = (items: Json[], code: string) => {
  const found = items.find((x) => x.code === code);
  if (!found) throw new Error(`the real data has no record ${code}`);
  return found;
};
const geometry = (r: RawVersion, name: string, code: string) => layer(r, name).find((g) => g.id === code)!;

/** A mistake, made either in the parsed files or in the bytes of one file on disk. */
interface Mutation {
  mistake: string;
  raw?: (r: RawVersion) => void;
  bytes?: { file: string; change: (text: string) => string };
  /** The file, record and field the message must name (record/field null where there is none). */
  file: string;
  record: string | null;
  field: string | null;
  says: RegExp;
}

const WEST_YORKSHIRE = 'E54000005';
const HAMPSHIRE_IOW = 'E54000042';

const MUTATIONS: Mutation[] = [
  {
    mistake: 'a footprint deleted from footprints.topo.json',
    raw: (r) => void layer(r, 'footprints').splice(layer(r, 'footprints').indexOf(geometry(r, 'footprints', WEST_YORKSHIRE)), 1),
    file: 'footprints.topo.json',
    record: WEST_YORKSHIRE,
    field: 'field id',
    says: /no shape for E54000005 "West Yorkshire"/,
  },
  {
    mistake: 'a typo in a topology id',
    raw: (r) => void (geometry(r, 'ccgs', 'E38000001').id = 'E3800001'),
    file: 'footprints.topo.json',
    record: 'E3800001',
    field: 'field id',
    says: /shape E3800001, field id: no record has this code/,
  },
  {
    mistake: 'a CCG moved to the wrong footprint in memberships.json',
    raw: (r) => void (record(memberships(r).ccgs, 'E38000001').area = 'E54000006'),
    file: 'memberships.json',
    record: 'E38000001',
    field: 'field area',
    says: /says E54000006, but lsoas\.csv puts its LSOAs in E54000005/,
  },
  {
    mistake: 'a CCG moved to the wrong footprint in lsoas.csv',
    raw: (r) => {
      for (const row of r['lsoas.csv']) if (row.ccg === 'E38000001') row.area = 'E54000006';
    },
    file: 'memberships.json',
    record: 'E38000001',
    field: 'field area',
    says: /says E54000005, but lsoas\.csv puts its LSOAs in E54000006/,
  },
  {
    mistake: 'one LSOA of a CCG put in another footprint (the CCG now crosses a boundary)',
    raw: (r) => void (r['lsoas.csv'].find((row) => row.ccg === 'E38000001')!.area = 'E54000006'),
    file: 'lsoas.csv',
    record: 'E38000001',
    field: 'field area',
    says: /its LSOAs are in 2 areas/,
  },
  {
    mistake: 'an LSOA in two areas',
    raw: (r) => void r['lsoas.csv'].push({ ...r['lsoas.csv'][0]!, area: 'E54000030' }),
    file: 'lsoas.csv',
    record: r0lsoa(),
    field: 'field lsoa',
    says: /listed more than once/,
  },
  {
    mistake: 'a malformed LSOA code',
    raw: (r) => void (r['lsoas.csv'][9]!.lsoa = 'E0100001'),
    file: 'lsoas.csv',
    record: 'row 11',
    field: 'field lsoa',
    says: /is not an ONS code/,
  },
  {
    mistake: 'a misspelled optional key in a record (strict schemas)',
    raw: (r) => void (record(footprints(r), WEST_YORKSHIRE).nte = 'typo for note'),
    file: 'footprints.json',
    record: WEST_YORKSHIRE,
    field: 'field nte',
    says: /unknown field/,
  },
  {
    mistake: 'a misspelled "via" in a source',
    raw: (r) => {
      const sources = record(footprints(r), WEST_YORKSHIRE).sources as Json[];
      sources[0]!.vai = sources[0]!.via;
      delete sources[0]!.via;
    },
    file: 'footprints.json',
    record: WEST_YORKSHIRE,
    field: 'field sources.0.vai',
    says: /unknown field/,
  },
  {
    mistake: 'a population written as a string',
    raw: (r) => void (record(memberships(r).areas, WEST_YORKSHIRE).population = '2558062'),
    file: 'memberships.json',
    record: WEST_YORKSHIRE,
    field: 'field population',
    says: /areas record 1 \(E54000005 "West Yorkshire"\), field population: expected number, received string "2558062"/,
  },
  {
    mistake: 'a rating outside the allowed values (inside a union)',
    raw: (r) => void ((record(footprints(r), WEST_YORKSHIRE).rating as Json).value = 'excellent'),
    file: 'footprints.json',
    record: WEST_YORKSHIRE,
    field: 'field rating.value',
    says: /Invalid option|expected one of/i,
  },
  {
    mistake: 'HTML in a note',
    raw: (r) => void ((record(footprints(r), WEST_YORKSHIRE).lead as Json).note = 'Later <a href="x">chair</a>'),
    file: 'footprints.json',
    record: WEST_YORKSHIRE,
    field: 'field lead.note',
    says: /plain text/,
  },
  {
    mistake: 'a duplicated slug',
    raw: (r) => void (record(footprints(r), 'E54000006').slug = 'west-yorkshire'),
    file: 'footprints.json',
    record: 'west-yorkshire',
    field: 'field slug',
    says: /used by more than one record/,
  },
  {
    mistake: 'a footprint with no source',
    raw: (r) => void (record(footprints(r), WEST_YORKSHIRE).sources = []),
    file: 'footprints.json',
    record: WEST_YORKSHIRE,
    field: 'field sources',
    says: /at least 1|Too small/i,
  },
  {
    mistake: 'a footprint ring reversed',
    raw: (r) => {
      const g = geometry(r, 'footprints', 'E54000013');
      const reverse = (ring: number[]) => ring.map((a) => ~a).reverse();
      g.arcs = g.type === 'Polygon' ? (g.arcs as number[][]).map(reverse) : (g.arcs as number[][][]).map((p) => p.map(reverse));
    },
    file: 'footprints.topo.json',
    record: 'E54000013',
    field: 'field arcs',
    says: /wound the wrong way/,
  },
  {
    mistake: 'an island dropped (the Isle of Wight from its footprint)',
    raw: (r) => {
      const g = geometry(r, 'footprints', HAMPSHIRE_IOW);
      if (g.type !== 'MultiPolygon') throw new Error('expected Hampshire and the Isle of Wight to be several polygons');
      // Keep only the polygon with the most arcs (the mainland).
      const polygons = g.arcs as number[][][];
      const mainland = polygons.reduce((a, b) => (b.flat().length > a.flat().length ? b : a));
      g.arcs = [mainland];
    },
    file: 'footprints.topo.json',
    record: HAMPSHIRE_IOW,
    field: 'field arcs',
    says: /area differs by .* from the sum of its \d+ CCGs/,
  },
  {
    mistake: 'an empty shape',
    raw: (r) => void (geometry(r, 'districts', 'E06000046').arcs = []),
    file: 'footprints.topo.json',
    record: 'E06000046',
    field: 'field arcs',
    says: /the shape is empty/,
  },
  {
    mistake: 'a renamed ONS code in the records',
    raw: (r) => void (record(footprints(r), 'E54000041').code = 'E54000099'),
    file: 'footprints.json',
    record: 'E54000099',
    field: 'field code',
    says: /not an area of this version/,
  },
  {
    mistake: 'an ONS name that does not match ONS',
    raw: (r) => void (record(footprints(r), 'E54000041').onsName = 'Dorset and Somerset'),
    file: 'footprints.json',
    record: 'E54000041',
    field: 'field onsName',
    says: /but ONS names E54000041 "Dorset"/,
  },
  {
    mistake: 'a version with a wrong expect count',
    raw: (r) => void ((r['version.json'] as { expect: Json }).expect.areas = 45),
    file: 'footprints.json',
    record: null,
    field: null,
    says: /expected 45 areas, found 44/,
  },
  {
    mistake: 'a council part with the wrong LSOA count',
    raw: (r) => void (memberships(r).councils.find((c) => c.code === 'E07000037')!.parts[1]!.lsoas = 20),
    file: 'memberships.json',
    record: 'E07000037',
    field: 'field parts.1.lsoas',
    says: /says 20, but lsoas\.csv gives 21/,
  },
  {
    mistake: 'a trust placed in an unknown footprint',
    raw: (r) => void ((r['trusts.json'] as { trusts: Json[] }).trusts[0]!.footprints = ['E54000099']),
    file: 'trusts.json',
    record: 'R1C',
    field: 'field footprints',
    says: /E54000099 is not a footprint of this version/,
  },
  {
    mistake: 'a place in an unknown district',
    raw: (r) => void ((r['places.csv'] as Json[])[0]!.lad_code = 'E07000999'),
    file: 'places.csv',
    record: 'row 2',
    field: 'field lad_code',
    says: /is not a council of this version/,
  },
  {
    mistake: 'an empty array of records',
    raw: (r) => void (footprints(r).length = 0),
    file: 'footprints.json',
    record: null,
    field: null,
    says: /expected 44 areas, found 0/,
  },
  {
    mistake: 'a truncated file',
    bytes: { file: 'memberships.json', change: (t) => t.slice(0, Math.floor(t.length / 2)) },
    file: 'memberships.json',
    record: null,
    field: null,
    says: /not valid JSON .* truncated/,
  },
  {
    mistake: 'a byte-order mark',
    bytes: { file: 'footprints.json', change: (t) => `\uFEFF${t}` },
    file: 'footprints.json',
    record: null,
    field: null,
    says: /byte-order mark/,
  },
  {
    mistake: 'a CRLF file',
    bytes: { file: 'lsoas.csv', change: (t) => t.replace(/\n/g, '\r\n') },
    file: 'lsoas.csv',
    record: null,
    field: null,
    says: /Windows line ends/,
  },
  {
    mistake: 'a truncated CSV',
    bytes: { file: 'lsoas.csv', change: (t) => t.slice(0, t.length - 30) },
    file: 'lsoas.csv',
    record: null,
    field: null,
    says: /expected 32844 LSOAs|row \d+/,
  },
  {
    mistake: 'an empty file',
    bytes: { file: 'version.json', change: () => '' },
    file: 'version.json',
    record: null,
    field: null,
    says: /is empty/,
  },
  {
    mistake: 'a version folder with the wrong version id',
    raw: (r) => void ((r['version.json'] as Json).version = '2017-05'),
    file: 'version.json',
    record: null,
    field: 'field version',
    says: /but the folder is "2017-04"/,
  },
];

function r0lsoa(): string {
  return BASE['lsoas.csv'][0]!.lsoa!;
}

/** Runs the data step on the mutated copy and returns its DataError. */
function failure(m: Mutation): DataError {
  let error: unknown;
  try {
    if (m.bytes) {
      const dir = join(tmp, m.mistake.replace(/\W+/g, '-'));
      cpSync(join(DATA_DIR, VERSION), join(dir, VERSION), { recursive: true });
      const path = join(dir, VERSION, m.bytes.file);
      writeFileSync(path, m.bytes.change(readFileSync(path, 'utf8')));
      parseDataset(readRawVersion(VERSION, dir), VERSION);
    } else {
      const raw = structuredClone(BASE);
      m.raw!(raw);
      parseDataset(raw, VERSION);
    }
  } catch (e) {
    error = e;
  }
  expect(error, 'the data step should have failed').toBeInstanceOf(DataError);
  return error as DataError;
}

describe('the real data', () => {
  it('passes the data step unchanged', () => {
    expect(() => parseDataset(structuredClone(BASE), VERSION)).not.toThrow();
  });
});

describe.each(MUTATIONS)('$mistake', (m) => {
  it(`fails, naming ${m.file}${m.record ? `, ${m.record}` : ''}${m.field ? `, ${m.field}` : ''}`, () => {
    const error = failure(m);
    const hits = error.problems.filter((p) => m.says.test(p));
    expect(hits, `no problem says ${m.says}; got:\n${error.problems.slice(0, 12).join('\n')}`).not.toHaveLength(0);
    const named = hits.filter((p) => p.startsWith(m.file) && (m.record === null || p.includes(m.record)) && (m.field === null || p.includes(m.field)));
    expect(named, `a problem should name ${m.file}, ${m.record ?? '-'}, ${m.field ?? '-'}; got:\n${hits.join('\n')}`).not.toHaveLength(0);
    expect(error.message).toContain(`Data version ${VERSION} is invalid`);
  });
});

it('has at least 20 mistakes in its table', () => {
  expect(MUTATIONS.length).toBeGreaterThanOrEqual(20);
});
