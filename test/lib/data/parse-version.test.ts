/**
 * The data contract: parseDataset (src/lib/dataset.ts) accepts a valid version, and rejects each kind
 * of broken one with a DataError whose problems name the file, the record and the field. Then the
 * real dataset passes and meets the data issue's rules.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { DataError, parseDataset, type Dataset } from '../../../src/lib/data/parse-version.ts';
import { CURRENT_VERSION, loadDataset, readRawVersion } from '../../../src/lib/data/read-version.ts';
import type { CcgRecord, CouncilRecord, FootprintRecord } from '../../../content/data/schema.ts';
import {
  DERBYSHIRE_COUNTY,
  DERBYSHIRE_STP,
  FIXTURE_VERSION,
  GM,
  HIGH_PEAK,
  SOUTHERN_DERBYSHIRE_CCG,
  TAMESIDE,
  TAMESIDE_GLOSSOP_CCG,
  validFixture,
  validRaw,
  type FixtureVersion,
} from '../../data/fixture.ts';

/** Loosens a record's type so a test can write a value the schema forbids. */
const loose = (o: object) => o as Record<string, unknown>;

function find<T>(items: T[], pick: (t: T) => boolean, what: string): T {
  const found = items.find(pick);
  if (!found) throw new Error(`fixture has no ${what}`);
  return found;
}
const footprint = (x: FixtureVersion, code: string): FootprintRecord =>
  find(x['footprints.json'].footprints, (f) => f.code === code, `footprint ${code}`);
const council = (x: FixtureVersion, code: string): CouncilRecord =>
  find(x['councils.json'].councils, (c) => c.code === code, `council ${code}`);
const ccg = (x: FixtureVersion, code: string): CcgRecord => find(x['ccgs.json'].ccgs, (c) => c.code === code, `CCG ${code}`);
function at<T>(items: T[], i: number): T {
  const item = items[i];
  if (item === undefined) throw new Error(`no item ${i}`);
  return item;
}

/** Parses `raw`, expecting a DataError; returns it. */
function rejection(raw: FixtureVersion, versionId = FIXTURE_VERSION): DataError {
  let error: unknown;
  try {
    parseDataset(raw, versionId);
  } catch (e) {
    error = e;
  }
  expect(error, 'parseDataset should have thrown').toBeInstanceOf(DataError);
  return error as DataError;
}

const BASE = validFixture();
afterAll(() => {
  // Every case worked on a clone: the shared fixture is untouched.
  expect(BASE).toEqual(validFixture());
});

describe('the valid fixture', () => {
  it('parses', () => {
    const dataset = parseDataset(validRaw(), FIXTURE_VERSION);
    expect(dataset.footprints.map((f) => f.code)).toEqual([GM, DERBYSHIRE_STP]);
    expect([...dataset.bySlug.keys()]).toEqual(['greater-manchester', 'derbyshire']);
  });

  it('joins councils, CCGs and trusts into each footprint, with the split parts cross-referenced', () => {
    const dataset = parseDataset(structuredClone(BASE), FIXTURE_VERSION);
    const gm = dataset.byCode.get(GM)!;
    const derbyshire = dataset.byCode.get(DERBYSHIRE_STP)!;
    expect(gm.ccgs).toEqual([{ code: TAMESIDE_GLOSSOP_CCG, odsCode: '01Y', name: 'NHS Tameside and Glossop CCG' }]);
    expect(derbyshire.ccgs.map((c) => c.odsCode)).toEqual(['04R']);
    expect(gm.councils.map((c) => [c.code, c.whole])).toEqual([
      [HIGH_PEAK, false],
      [TAMESIDE, true],
      [DERBYSHIRE_COUNTY, false],
    ]);
    expect(derbyshire.councils.map((c) => c.code)).toEqual([HIGH_PEAK, DERBYSHIRE_COUNTY]);
    const county = gm.councils.find((c) => c.code === DERBYSHIRE_COUNTY)!;
    expect(county.elsewhere).toEqual([
      { code: DERBYSHIRE_STP, name: 'Derbyshire', slug: 'derbyshire', note: 'All of the county except the Glossop area.' },
    ]);
    expect(gm.councils.find((c) => c.code === TAMESIDE)!.elsewhere).toEqual([]);
    expect(gm.trusts.map((t) => t.odsCode)).toEqual(['RMP']);
    expect(dataset.places).toHaveLength(3);
  });
});

interface Case {
  /** The rule broken. */
  rule: string;
  /** Breaks a clone of the fixture. */
  mutate: (x: FixtureVersion) => void;
  /** The folder name to parse under (default: the fixture's). */
  versionId?: string;
  /** The file the problem must name (the message starts with it). */
  file: string;
  /** The record the problem must name (its code, or "row N (name)" for places.csv); null for a whole-file count. */
  record: string | null;
  /** The field the problem must name; null where the message names none (counts, and the rules noted below). */
  field: string | null;
  /** What the message must say. */
  says: RegExp;
}

const cases: Case[] = [
  // Strict schemas and precise messages
  {
    rule: 'a misspelled optional field (strict objects)',
    mutate: (x) => void (loose(council(x, DERBYSHIRE_COUNTY)).drawnInReson = 'typo'),
    file: 'councils.json',
    record: DERBYSHIRE_COUNTY,
    field: 'field drawnInReson',
    says: /unknown field/,
  },
  {
    rule: 'a misspelled key inside a source',
    mutate: (x) => void (loose(x['ccgs.json'].sources.codes).vai = 'https://example.org'),
    file: 'ccgs.json',
    record: null,
    field: 'field sources.codes.vai',
    says: /unknown field/,
  },
  {
    rule: 'a wrong type inside a union names the sub-field, the type expected and the value received',
    mutate: (x) => void (loose(footprint(x, GM)).population = { value: '12', year: '2016', basis: 'resident estimate', source: structuredClone(footprint(x, GM).sources[0]) }),
    file: 'footprints.json',
    record: GM,
    field: 'field population.value',
    says: /expected number, received string "12"/,
  },
  {
    rule: 'markup in a note',
    mutate: (x) => void (council(x, HIGH_PEAK).memberships[0]!.note = 'The <b>Glossop</b> part'),
    file: 'councils.json',
    record: HIGH_PEAK,
    field: 'field memberships.0.note',
    says: /plain text/,
  },
  // footprints.json
  {
    rule: 'wrong number of footprints',
    mutate: (x) => void (x['version.json'].expect.footprints = 3),
    file: 'footprints.json',
    record: null,
    field: null,
    says: /expected 3 footprints, found 2/,
  },
  {
    rule: 'wrong number of footprints (one dropped)',
    mutate: (x) => void x['footprints.json'].footprints.splice(1, 1),
    file: 'footprints.json',
    record: null,
    field: null,
    says: /expected 2 footprints, found 1/,
  },
  {
    rule: 'duplicate footprint code',
    mutate: (x) => {
      x['footprints.json'].footprints.push({ ...structuredClone(footprint(x, GM)), slug: 'greater-manchester-again' });
      x['version.json'].expect.footprints = 3;
    },
    file: 'footprints.json',
    record: GM,
    field: 'code',
    says: /E54000007 is used by more than one record/,
  },
  {
    rule: 'duplicate slug',
    mutate: (x) => void (footprint(x, DERBYSHIRE_STP).slug = 'greater-manchester'),
    file: 'footprints.json',
    record: 'greater-manchester',
    field: 'slug',
    says: /"greater-manchester" is used by more than one record/,
  },
  {
    rule: 'slug not kebab-case (capitals, space)',
    mutate: (x) => void (footprint(x, GM).slug = 'Greater Manchester'),
    file: 'footprints.json',
    record: GM,
    field: 'field slug',
    says: /kebab-case/,
  },
  {
    rule: 'slug not kebab-case (double hyphen)',
    mutate: (x) => void (footprint(x, DERBYSHIRE_STP).slug = 'derby--shire'),
    file: 'footprints.json',
    record: DERBYSHIRE_STP,
    field: 'field slug',
    says: /kebab-case/,
  },
  {
    rule: 'footprint code not in E54 format',
    mutate: (x) => void (footprint(x, GM).code = 'E38000007'),
    file: 'footprints.json',
    record: 'E38000007',
    field: 'field code',
    says: /an ONS STP code like E54000048/,
  },
  {
    rule: 'footprint without any source',
    mutate: (x) => void (footprint(x, GM).sources = []),
    file: 'footprints.json',
    record: GM,
    field: 'field sources',
    says: /Too small/,
  },
  {
    rule: 'footprint source without a url',
    mutate: (x) => void delete loose(at(footprint(x, DERBYSHIRE_STP).sources, 0)).url,
    file: 'footprints.json',
    record: DERBYSHIRE_STP,
    field: 'field sources.0.url',
    says: /expected string, received undefined/,
  },
  {
    rule: 'lead source url not http(s)',
    mutate: (x) => void (loose(loose(footprint(x, GM).lead).source as object).url = 'ftp://www.england.nhs.uk/2016/03/footprint-areas/'),
    file: 'footprints.json',
    record: GM,
    field: 'field lead.source.url',
    says: /Invalid URL/,
  },
  {
    rule: 'rating with a value but a source url that is not a URL',
    mutate: (x) =>
      void (footprint(x, GM).rating = {
        value: 'advanced',
        source: { title: 'STP progress dashboard', url: 'www.england.nhs.uk/stps/progress-dashboard/', publisher: 'NHS England', date: '2017-07' },
      }),
    file: 'footprints.json',
    record: GM,
    field: 'field rating.source.url',
    says: /Invalid URL/,
  },
  {
    rule: 'unknown rating without a reason',
    mutate: (x) => void (loose(footprint(x, DERBYSHIRE_STP)).rating = { value: null }),
    file: 'footprints.json',
    record: DERBYSHIRE_STP,
    field: 'field rating',
    says: /saying why it is not known/,
  },
  {
    rule: 'unknown rating with too short a reason',
    mutate: (x) => void (footprint(x, DERBYSHIRE_STP).rating = { value: null, reason: 'unknown' }),
    file: 'footprints.json',
    record: DERBYSHIRE_STP,
    field: 'field rating.reason',
    says: />=10 characters/,
  },
  {
    rule: 'unknown lead without a reason',
    mutate: (x) => void (loose(footprint(x, GM)).lead = { value: null }),
    file: 'footprints.json',
    record: GM,
    field: 'field lead',
    says: /saying why it is not known/,
  },
  {
    rule: 'unknown population with an empty reason',
    mutate: (x) => void (footprint(x, GM).population = { value: null, reason: '' }),
    file: 'footprints.json',
    record: GM,
    field: 'field population.reason',
    says: />=10 characters/,
  },

  // councils.json
  {
    rule: 'upper-tier count wrong',
    mutate: (x) => void (x['version.json'].expect.upperTierCouncils = 3),
    file: 'councils.json',
    record: null,
    field: null,
    says: /expected 3 upper-tier councils, found 2/,
  },
  {
    rule: 'lower-tier count wrong',
    mutate: (x) => void (x['version.json'].expect.lowerTierCouncils = 0),
    file: 'councils.json',
    record: null,
    field: null,
    says: /expected 0 lower-tier councils, found 1/,
  },
  {
    rule: 'duplicate council code',
    mutate: (x) => {
      x['councils.json'].councils.push(structuredClone(council(x, TAMESIDE)));
      x['version.json'].expect.upperTierCouncils = 3;
    },
    file: 'councils.json',
    record: TAMESIDE,
    field: 'code',
    says: /E08000008 is used by more than one record/,
  },
  {
    rule: 'council source url missing',
    mutate: (x) => void delete loose(council(x, TAMESIDE).source).url,
    file: 'councils.json',
    record: TAMESIDE,
    field: 'field source.url',
    says: /expected string, received undefined/,
  },
  {
    rule: 'council source url not http(s)',
    mutate: (x) => void (council(x, DERBYSHIRE_COUNTY).source.url = 'ftp://data.gov.uk/dataset/d304a541'),
    file: 'councils.json',
    record: DERBYSHIRE_COUNTY,
    field: 'field source.url',
    says: /Invalid URL/,
  },
  {
    rule: 'membership footprint code not in E54 format',
    mutate: (x) => void (at(council(x, TAMESIDE).memberships, 0).footprint = 'E5400007'),
    file: 'councils.json',
    record: TAMESIDE,
    field: 'field memberships.0.footprint',
    says: /an ONS STP code/,
  },
  {
    rule: 'council membership naming an unknown footprint',
    mutate: (x) => void (at(council(x, TAMESIDE).memberships, 0).footprint = 'E54000099'),
    file: 'councils.json',
    record: TAMESIDE,
    field: 'field memberships.footprint',
    says: /E54000099 is not a footprint of this version/,
  },
  {
    rule: 'council in two footprints with one part whole:true',
    mutate: (x) => void (at(council(x, DERBYSHIRE_COUNTY).memberships, 0).whole = true),
    file: 'councils.json',
    record: DERBYSHIRE_COUNTY,
    field: 'field memberships.whole',
    says: /in 2 footprints, so no part can be whole/,
  },
  {
    rule: 'district in two footprints with both parts whole:true',
    mutate: (x) => {
      for (const m of council(x, HIGH_PEAK).memberships) m.whole = true;
    },
    file: 'councils.json',
    record: HIGH_PEAK,
    field: 'field memberships.whole',
    says: /no part can be whole/,
  },
  {
    rule: 'council whole:false in only one footprint',
    mutate: (x) => {
      const m = at(council(x, TAMESIDE).memberships, 0);
      m.whole = false;
      m.note = 'All of Tameside.';
    },
    file: 'councils.json',
    record: TAMESIDE,
    field: 'field memberships.whole',
    says: /false, but the council is in only one footprint/,
  },
  {
    rule: 'split part without a note (null)',
    mutate: (x) => void (at(council(x, HIGH_PEAK).memberships, 1).note = null),
    file: 'councils.json',
    record: HIGH_PEAK,
    field: 'field memberships.note',
    says: /a part must say which part it is/,
  },
  {
    rule: 'split part without a note (empty)',
    mutate: (x) => void (at(council(x, DERBYSHIRE_COUNTY).memberships, 0).note = ''),
    file: 'councils.json',
    record: DERBYSHIRE_COUNTY,
    field: 'field memberships.note',
    says: /a part must say which part it is/,
  },
  {
    rule: 'council listing the same footprint twice',
    mutate: (x) => {
      const c = council(x, TAMESIDE);
      c.memberships = [
        { footprint: GM, whole: false, note: 'Ashton-under-Lyne' },
        { footprint: GM, whole: false, note: 'Hyde' },
      ];
      c.drawnIn = GM;
    },
    file: 'councils.json',
    record: TAMESIDE,
    field: 'field memberships',
    says: /a footprint is listed twice/,
  },
  {
    rule: 'district without a parent',
    mutate: (x) => void (council(x, HIGH_PEAK).parent = null),
    file: 'councils.json',
    record: HIGH_PEAK,
    field: 'field parent',
    says: /a district needs its county's code \(got null\)/,
  },
  {
    rule: 'district whose parent is not a council of the version',
    mutate: (x) => void (council(x, HIGH_PEAK).parent = 'E10000099'),
    file: 'councils.json',
    record: HIGH_PEAK,
    field: 'field parent',
    says: /got E10000099/,
  },
  {
    rule: 'district whose parent is a lower-tier council',
    mutate: (x) => void (council(x, HIGH_PEAK).parent = HIGH_PEAK),
    file: 'councils.json',
    record: HIGH_PEAK,
    field: 'field parent',
    says: /got E07000037/,
  },
  {
    rule: 'split upper-tier council without drawnIn',
    mutate: (x) => void delete council(x, DERBYSHIRE_COUNTY).drawnIn,
    file: 'councils.json',
    record: DERBYSHIRE_COUNTY,
    field: 'field drawnIn',
    says: /a split council must record the footprint the map draws it in/,
  },
  {
    rule: 'split upper-tier council drawn in a footprint it is not in',
    mutate: (x) => void (council(x, DERBYSHIRE_COUNTY).drawnIn = 'E54000099'),
    file: 'councils.json',
    record: DERBYSHIRE_COUNTY,
    field: 'field drawnIn',
    says: /E54000099 is not one of its footprints/,
  },

  // ccgs.json
  {
    rule: 'CCG count wrong',
    mutate: (x) => void (x['version.json'].expect.ccgs = 207),
    file: 'ccgs.json',
    record: null,
    field: null,
    says: /expected 207 CCGs, found 2/,
  },
  {
    rule: 'CCG listed twice (in two footprints)',
    mutate: (x) => {
      x['ccgs.json'].ccgs.push({ ...ccg(x, TAMESIDE_GLOSSOP_CCG), footprint: DERBYSHIRE_STP });
      x['version.json'].expect.ccgs = 3;
    },
    file: 'ccgs.json',
    record: TAMESIDE_GLOSSOP_CCG,
    field: null,
    says: /CCG E38000182 appears more than once/,
  },
  {
    rule: 'duplicate ODS code',
    mutate: (x) => void (ccg(x, SOUTHERN_DERBYSHIRE_CCG).odsCode = '01Y'),
    file: 'ccgs.json',
    record: '01Y',
    field: 'ODS code',
    says: /ODS code 01Y is used by more than one CCG/,
  },
  {
    rule: 'ODS code in the wrong format',
    mutate: (x) => void (ccg(x, SOUTHERN_DERBYSHIRE_CCG).odsCode = '4R'),
    file: 'ccgs.json',
    record: SOUTHERN_DERBYSHIRE_CCG,
    field: 'field odsCode',
    says: /an ODS CCG code like 01W/,
  },
  {
    rule: 'CCG with an unknown footprint',
    mutate: (x) => void (ccg(x, SOUTHERN_DERBYSHIRE_CCG).footprint = 'E54000099'),
    file: 'ccgs.json',
    record: SOUTHERN_DERBYSHIRE_CCG,
    field: 'field footprint',
    says: /E54000099 is not a footprint of this version/,
  },
  {
    rule: 'CCG codes source url not a URL',
    mutate: (x) => void (x['ccgs.json'].sources.codes.url = 'geoportal.statistics.gov.uk'),
    file: 'ccgs.json',
    record: 'sources.codes',
    field: 'field sources.codes.url',
    says: /Invalid URL/,
  },
  {
    rule: 'footprint with no CCG',
    mutate: (x) => void (ccg(x, SOUTHERN_DERBYSHIRE_CCG).footprint = GM),
    file: 'footprints.json',
    record: `${DERBYSHIRE_STP} "Derbyshire"`,
    field: null,
    says: /no CCG in ccgs\.json belongs to it/,
  },
  {
    rule: 'footprint with no upper-tier council',
    mutate: (x) => {
      const c = council(x, DERBYSHIRE_COUNTY);
      c.memberships = [{ footprint: GM, whole: true, note: null }];
      delete c.drawnIn;
      delete c.drawnInReason;
    },
    file: 'footprints.json',
    record: `${DERBYSHIRE_STP} "Derbyshire"`,
    field: null,
    says: /no upper-tier council in councils\.json belongs to it/,
  },

  // trusts.json
  {
    rule: 'trust with an unknown footprint',
    mutate: (x) => void at(x['trusts.json'].trusts, 1).footprints.push('E54000099'),
    file: 'trusts.json',
    record: 'RTG',
    field: 'field footprints',
    says: /E54000099 is not a footprint of this version/,
  },
  {
    rule: 'trust listed twice',
    mutate: (x) => void (at(x['trusts.json'].trusts, 1).odsCode = 'RMP'),
    file: 'trusts.json',
    record: 'RMP',
    field: 'ODS code',
    says: /ODS code RMP is used by more than one trust/,
  },
  {
    rule: 'trust source url missing',
    mutate: (x) => void delete loose(at(x['trusts.json'].trusts, 0).source).url,
    file: 'trusts.json',
    record: 'RMP',
    field: 'field source.url',
    says: /expected string, received undefined/,
  },

  // places.csv (row numbers count the header as line 1)
  {
    rule: 'place with an unknown lad_code',
    mutate: (x) => void (at(x['places.csv'], 2).lad_code = 'E08000099'),
    file: 'places.csv',
    record: 'row 4 (Hyde)',
    field: 'field lad_code',
    says: /E08000099 is not a council of this version/,
  },
  {
    rule: 'place with an unknown ccg_code',
    mutate: (x) => void (at(x['places.csv'], 1).ccg_code = 'E38000999'),
    file: 'places.csv',
    record: 'row 3 (Glossop)',
    field: 'field ccg_code',
    says: /E38000999 is not a CCG of this version/,
  },
  {
    rule: 'place with a lad_code in the wrong format',
    mutate: (x) => void (at(x['places.csv'], 0).lad_code = 'High Peak'),
    file: 'places.csv',
    record: 'row 2',
    field: 'field lad_code',
    says: /an ONS local authority code/,
  },

  // census-2011.json
  {
    rule: 'census district unknown',
    mutate: (x) => void (at(x['census-2011.json'].districts, 1).code = 'E08000099'),
    file: 'census-2011.json',
    record: 'E08000099',
    field: 'field code',
    says: /not a council of this version/,
  },
  {
    rule: 'census row for a county',
    mutate: (x) => void (at(x['census-2011.json'].districts, 1).code = DERBYSHIRE_COUNTY),
    file: 'census-2011.json',
    record: DERBYSHIRE_COUNTY,
    field: 'field code',
    says: /a county, not a district/,
  },
  {
    rule: 'census district twice',
    mutate: (x) => void x['census-2011.json'].districts.push({ ...at(x['census-2011.json'].districts, 0) }),
    file: 'census-2011.json',
    record: HIGH_PEAK,
    field: null,
    says: /district E07000037 appears more than once/,
  },
  {
    rule: 'census source url missing',
    mutate: (x) => void delete loose(x['census-2011.json'].source).url,
    file: 'census-2011.json',
    record: 'source',
    field: 'field source.url',
    says: /expected string, received undefined/,
  },

  // version.json
  {
    rule: 'version.json version differs from the folder',
    mutate: (x) => void (x['version.json'].version = '2017-02'),
    file: 'version.json',
    record: 'version',
    field: 'field version',
    says: /says "2017-02" but the folder is "2017-04"/,
  },
  {
    rule: 'folder differs from version.json',
    mutate: () => {},
    versionId: '2018-01',
    file: 'version.json',
    record: 'version',
    field: 'field version',
    says: /says "2017-04" but the folder is "2018-01"/,
  },
  {
    rule: 'version source url not http(s)',
    mutate: (x) => void (x['version.json'].source.url = 'mailto:ons@example.org'),
    file: 'version.json',
    record: 'source',
    field: 'field source.url',
    says: /Invalid URL/,
  },
];

describe('parseDataset rejects a broken version, naming file, record and field', () => {
  it.each(cases)('$rule', ({ mutate, versionId, file, record, field, says }) => {
    const raw = structuredClone(BASE);
    mutate(raw);
    const error = rejection(raw, versionId);
    expect(error.version).toBe(versionId ?? FIXTURE_VERSION);
    const hits = error.problems.filter((p) => says.test(p));
    expect(hits, `no problem says ${says}; got:\n${error.problems.join('\n')}`).not.toHaveLength(0);
    const named = hits.filter(
      (p) => p.startsWith(`${file}${file === 'places.csv' ? ' ' : ':'}`) && (record === null || p.includes(record)) && (field === null || p.includes(field)),
    );
    expect(named, `a problem saying ${says} should name ${file}, ${record ?? '-'}, ${field ?? '-'}; got:\n${hits.join('\n')}`).not.toHaveLength(0);
    // The thrown message lists every problem.
    for (const p of error.problems) expect(error.message).toContain(p);
    expect(error.message).toContain(`Data version ${versionId ?? FIXTURE_VERSION} is invalid`);
  });

  it('lists every problem, not just the first', () => {
    const raw = structuredClone(BASE);
    footprint(raw, DERBYSHIRE_STP).slug = 'greater-manchester';
    ccg(raw, SOUTHERN_DERBYSHIRE_CCG).odsCode = '01Y';
    at(raw['places.csv'], 2).lad_code = 'E08000099';
    const { problems } = rejection(raw);
    expect(problems).toHaveLength(3);
  });

  // KNOWN BUG in src/lib/dataset.ts: the places.csv integrity checks number rows after invalid rows
  // have been filtered out, so a later row is named one line too early. `it.fails` keeps the suite
  // green while the bug stands; drop `.fails` once it is fixed.
  it('names the place row by its line in places.csv even when an earlier row is invalid', () => {
    const raw = structuredClone(BASE);
    at(raw['places.csv'], 0).lad_code = 'not a code'; // line 2
    at(raw['places.csv'], 2).lad_code = 'E08000099'; // line 4 (Hyde)
    const { problems } = rejection(raw);
    expect(problems.some((p) => p.startsWith('places.csv row 2:'))).toBe(true);
    expect(problems.some((p) => p.startsWith('places.csv row 4 (Hyde), field lad_code'))).toBe(true);
  });
});

// ---------------------------------------------------------------------------------------------
// The real dataset.

const HTTP_URL = /^https?:\/\/[^\s/]+\.[^\s]+$/;

/** Calls visit on every object and array inside `value`, with its path. */
function walk(value: unknown, visit: (v: Record<string, unknown>, path: string) => void, path = ''): void {
  if (Array.isArray(value)) value.forEach((v, i) => walk(v, visit, `${path}[${i}]`));
  else if (value && typeof value === 'object') {
    visit(value as Record<string, unknown>, path);
    for (const [k, v] of Object.entries(value)) walk(v, visit, path ? `${path}.${k}` : k);
  }
}

describe(`the real dataset (${CURRENT_VERSION})`, () => {
  let dataset: Dataset;
  it('loads and passes every check', () => {
    expect(() => (dataset = loadDataset(CURRENT_VERSION))).not.toThrow();
    expect(dataset.version.version).toBe(CURRENT_VERSION);
  });
  const data = () => (dataset ??= loadDataset(CURRENT_VERSION));

  it('has exactly 44 footprints with unique E54 codes and unique kebab-case slugs', () => {
    const { footprints } = data();
    expect(footprints).toHaveLength(44);
    expect(new Set(footprints.map((f) => f.code)).size).toBe(44);
    expect(new Set(footprints.map((f) => f.slug)).size).toBe(44);
    for (const f of footprints) {
      expect(f.code).toMatch(/^E54\d{6}$/);
      expect(f.slug).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
    }
  });

  it('has 152 upper-tier and 201 lower-tier councils, unique, each in at least one of its footprints', () => {
    const { councils, byCode } = data();
    expect(councils.filter((c) => c.tier === 'upper')).toHaveLength(152);
    expect(councils.filter((c) => c.tier === 'lower')).toHaveLength(201);
    expect(new Set(councils.map((c) => c.code)).size).toBe(councils.length);
    for (const c of councils) {
      expect(c.memberships.length, c.code).toBeGreaterThanOrEqual(1);
      for (const m of c.memberships) expect(byCode.has(m.footprint), `${c.code} → ${m.footprint}`).toBe(true);
    }
    for (const f of data().footprints) expect(f.councils.some((c) => c.tier === 'upper'), f.code).toBe(true);
  });

  it('marks any council in two or more footprints whole:false, with a note, in each', () => {
    const split = data().councils.filter((c) => c.memberships.length > 1);
    expect(split.length).toBeGreaterThan(0);
    for (const c of split) {
      for (const m of c.memberships) {
        expect(m.whole, `${c.code} in ${m.footprint}`).toBe(false);
        expect(m.note, `${c.code} in ${m.footprint}`).toBeTruthy();
      }
      if (c.tier === 'upper') expect(c.memberships.map((m) => m.footprint), c.code).toContain(c.drawnIn);
    }
    for (const c of data().councils.filter((x) => x.memberships.length === 1)) expect(c.memberships[0]!.whole, c.code).toBe(true);
  });

  it('gives every district its county as parent', () => {
    const byCouncil = new Map(data().councils.map((c) => [c.code, c]));
    for (const c of data().councils.filter((x) => x.tier === 'lower')) {
      const parent = byCouncil.get(c.parent ?? '');
      expect(parent?.tier, c.code).toBe('upper');
      expect(parent?.code, c.code).toMatch(/^E10/);
    }
  });

  it('puts every CCG in exactly one footprint', () => {
    const { ccgs, byCode, footprints, version } = data();
    expect(ccgs).toHaveLength(version.expect.ccgs);
    expect(new Set(ccgs.map((c) => c.code)).size).toBe(ccgs.length);
    expect(new Set(ccgs.map((c) => c.odsCode)).size).toBe(ccgs.length);
    for (const c of ccgs) expect(byCode.has(c.footprint), c.code).toBe(true);
    // Joined into footprints, each CCG appears once in all.
    const joined = footprints.flatMap((f) => f.ccgs.map((c) => c.code));
    expect(joined.sort()).toEqual(ccgs.map((c) => c.code).sort());
    for (const f of footprints) expect(f.ccgs.length, f.code).toBeGreaterThan(0);
  });

  it('gives every record a source with an http(s) URL', () => {
    const d = data();
    const url = (s: { url: string } | undefined, what: string) => expect(s?.url, what).toMatch(HTTP_URL);
    url(d.version.source, 'version.json');
    url(d.census.source, 'census-2011.json');
    url(d.ccgSources.codes, 'ccgs.json sources.codes');
    url(d.ccgSources.membership, 'ccgs.json sources.membership');
    for (const f of d.footprints) {
      expect(f.sources.length, f.code).toBeGreaterThan(0);
      f.sources.forEach((s, i) => url(s, `${f.code} sources.${i}`));
    }
    for (const c of d.councils) url(c.source, c.code);
    for (const t of d.trusts) url(t.source, t.odsCode);
    // And every source anywhere in the files (lead, rating, population…) too.
    const raw = readRawVersion(CURRENT_VERSION);
    let sources = 0;
    walk(raw, (v, path) => {
      if ('publisher' in v && 'title' in v) {
        sources++;
        expect(v.url, path).toMatch(HTTP_URL);
      }
    });
    expect(sources).toBeGreaterThan(400);
  });

  it('gives every null value a reason', () => {
    const raw = readRawVersion(CURRENT_VERSION);
    let unknowns = 0;
    walk(raw, (v, path) => {
      if ('value' in v && v.value === null) {
        unknowns++;
        expect(typeof v.reason === 'string' ? v.reason.trim().length : 0, `${path}.reason`).toBeGreaterThanOrEqual(10);
      }
    });
    expect(unknowns).toBeGreaterThan(0);
  });
});
