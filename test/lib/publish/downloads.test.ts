/**
 * The downloadable files (src/lib/publish/downloads.ts), built from the real dataset: footprints.csv,
 * lookup.csv and footprints.json.
 */
import { describe, expect, it } from 'vitest';
import { csvParse, csvParseRows } from 'd3-dsv';
import { footprintsCsv, footprintsJson, LOOKUP_COLUMNS, lookupCsv, mapValuesCsv } from '../../../src/lib/publish/downloads.ts';
import { indicatorsFor } from '../../../src/lib/maps/indicators.ts';
import { mapModel } from '../../../src/lib/maps/map-model.ts';
import { loadDataset } from '../../../src/lib/data/read-version.ts';

const INDICATORS = indicatorsFor(loadDataset('2017-04'));

const dataset = loadDataset('2017-04');

const FOOTPRINT_COLUMNS = [
  'version',
  'code',
  'name',
  'ons_name',
  'slug',
  'region',
  'region_code',
  'lsoa_count',
  'population',
  'ccgs',
  'upper_tier_councils',
  'splits_a_council',
  'lead_name',
  'lead_organisation',
  'lead_organisation_type',
  'lead_source',
  'progress_rating',
  'progress_rating_source',
  'plan_url',
  'page',
];

describe('footprints.csv', () => {
  const text = footprintsCsv(dataset);
  const rows = csvParse(text);

  it('has a header and 44 rows, and ends with a newline', () => {
    expect(csvParseRows(text.trimEnd())).toHaveLength(45);
    expect(rows).toHaveLength(44);
    expect(text.endsWith('\n')).toBe(true);
  });

  it('has the expected columns', () => {
    expect(rows.columns).toEqual(FOOTPRINT_COLUMNS);
  });

  it('holds one row per footprint, in dataset order, with its facts', () => {
    expect(rows.map((r) => r.code)).toEqual(dataset.footprints.map((f) => f.code));
    for (const [i, row] of rows.entries()) {
      const f = dataset.footprints[i]!;
      expect(row.version).toBe('2017-04');
      expect(row.slug).toBe(f.slug);
      expect(row.page).toBe(`/footprints/${f.slug}/`);
      expect(Number(row.ccgs), f.code).toBe(f.ccgs.length);
      expect(Number(row.ccgs), f.code).toBeGreaterThan(0);
      expect(Number(row.upper_tier_councils), f.code).toBeGreaterThan(0);
      expect(['true', 'false']).toContain(row.splits_a_council);
      // A value given comes with its source; an unknown one is blank.
      if (row.progress_rating) expect(row.progress_rating_source, f.code).toMatch(/^https?:\/\//);
      else expect(row.progress_rating_source, f.code).toBe('');
      expect(Number(row.population), f.code).toBe(f.population);
      expect(Number(row.lsoa_count), f.code).toBe(f.lsoas);
      if (row.lead_name) expect(row.lead_source, f.code).toMatch(/^https?:\/\//);
    }
    expect(rows.reduce((n, r) => n + Number(r.ccgs), 0)).toBe(dataset.ccgs.length);
    expect(rows.reduce((n, r) => n + Number(r.population), 0)).toBe(56_550_138);
  });

  it('writes organisation types and ratings in sentence case, as the pages do', () => {
    for (const r of rows) {
      if (r.lead_organisation_type) expect(['CCG', 'NHS provider', 'Local authority', 'Other']).toContain(r.lead_organisation_type);
      if (r.progress_rating) expect(r.progress_rating![0]).toBe(r.progress_rating![0]!.toUpperCase());
    }
  });
});

describe('lookup.csv', () => {
  const rows = csvParse(lookupCsv(dataset));
  const parts = dataset.councils.flatMap((c) => c.parts.map((p) => ({ c, p })));

  it('has the columns version, area_type, area_code, area_name, parent_code, footprint_code, footprint_name, whole, lsoa_count, population, note', () => {
    expect(rows.columns).toEqual([...LOOKUP_COLUMNS]);
  });

  it('has one row per part of every council (a whole council is one part) and one per CCG', () => {
    expect(rows).toHaveLength(parts.length + dataset.ccgs.length);
    const councilRows = rows.filter((r) => r.area_type !== 'CCG');
    expect(councilRows.map((r) => `${r.area_code}→${r.footprint_code}`).sort()).toEqual(parts.map(({ c, p }) => `${c.code}→${p.area}`).sort());
    const ccgRows = rows.filter((r) => r.area_type === 'CCG');
    expect(ccgRows.map((r) => `${r.area_code}→${r.footprint_code}`).sort()).toEqual(dataset.ccgs.map((c) => `${c.code}→${c.area}`).sort());
    expect(rows.filter((r) => r.area_type === 'Upper-tier council')).toHaveLength(parts.filter(({ c }) => c.tier === 'upper').length);
    expect(rows.filter((r) => r.area_type === 'Lower-tier council')).toHaveLength(parts.filter(({ c }) => c.tier === 'lower').length);
  });

  it('gives every row its LSOA count and population, which add up to each council’s and CCG’s', () => {
    for (const { c, p } of parts) {
      const row = rows.find((r) => r.area_code === c.code && r.footprint_code === p.area)!;
      expect([Number(row.lsoa_count), Number(row.population)], c.name).toEqual([p.lsoas, p.population]);
    }
    const ccgRows = rows.filter((r) => r.area_type === 'CCG');
    expect(ccgRows.reduce((n, r) => n + Number(r.population), 0)).toBe(56_550_138);
    expect(ccgRows.reduce((n, r) => n + Number(r.lsoa_count), 0)).toBe(32_844);
  });

  it('names the Glossop part of High Peak', () => {
    const glossop = rows.find((r) => r.area_code === 'E07000037' && r.footprint_code === 'E54000007')!;
    expect(glossop).toMatchObject({ whole: 'false', lsoa_count: '21', population: '33604', note: 'The Glossop part of High Peak; the rest is in Derbyshire' });
  });

  it('names each footprint as the dataset does, and says whole true or false', () => {
    for (const r of rows) {
      expect(r.footprint_name, r.area_code).toBe(dataset.byCode.get(r.footprint_code!)?.name);
      expect(['true', 'false'], r.area_code).toContain(r.whole);
    }
  });

  it('gives every whole=false row a note, and has some such rows', () => {
    const parts = rows.filter((r) => r.whole === 'false');
    expect(parts.length).toBeGreaterThan(0);
    for (const r of parts) expect(r.note?.trim(), `${r.area_code} in ${r.footprint_code}`).toBeTruthy();
    expect(parts.map((r) => r.area_code)).toContain('E10000007'); // Derbyshire, split with Greater Manchester
  });
});

describe('footprints.json', () => {
  const text = footprintsJson(dataset);
  const body = JSON.parse(text) as { version: string; footprints: Record<string, unknown>[] };

  it('parses and holds 44 footprint records', () => {
    expect(body.version).toBe('2017-04');
    expect(body.footprints).toHaveLength(44);
    expect(body.footprints.map((f) => f.code)).toEqual(dataset.footprints.map((f) => f.code));
  });

  it('gives each record its CCGs, councils and sources', () => {
    for (const f of body.footprints) {
      const code = String(f.code);
      for (const key of ['ccgs', 'councils', 'sources']) {
        expect(Array.isArray(f[key]), `${code} ${key}`).toBe(true);
        expect((f[key] as unknown[]).length, `${code} ${key}`).toBeGreaterThan(0);
      }
      for (const s of f.sources as { url: string }[]) expect(s.url, code).toMatch(/^https?:\/\//);
    }
    const total = body.footprints.reduce((n, f) => n + (f.ccgs as unknown[]).length, 0);
    expect(total).toBe(dataset.ccgs.length);
  });
});

describe.each(INDICATORS.map((i) => i.id))('maps/%s.csv', (id) => {
  it('has one row per footprint, with the value and its source', () => {
    const rows = csvParse(mapValuesCsv(mapModel(id, '2017-04')));
    expect(rows).toHaveLength(44);
    expect(new Set(rows.map((r) => r.code)).size).toBe(44);
    expect(rows.columns).toEqual(['version', 'code', 'name', id, 'note', 'source_title', 'source_publisher', 'source_url']);
  });
});

describe('maps/<indicator>.csv values read as the map’s key does', () => {
  it('categories in the key’s words and case (Local authority, not the data’s "local authority")', () => {
    const rows = csvParse(mapValuesCsv(mapModel('lead-type', '2017-04')));
    const types = new Set(rows.map((r) => r['lead-type']).filter(Boolean));
    expect(types.has('Local authority')).toBe(true);
    expect(types.has('local authority')).toBe(false);
  });
  it('numbers stay plain numbers, without thousands separators', () => {
    const rows = csvParse(mapValuesCsv(mapModel('population', '2017-04')));
    for (const r of rows) expect(r.population, r.name).toMatch(/^\d+$/);
  });
});
