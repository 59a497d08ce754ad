/**
 * The gazetteer builder (scripts/lib/gazetteer.ts) on small tables shaped like the ONS files, and
 * the committed gazetteer (content/data/gazetteer/) against the rules it was built by.
 */
import { describe, expect, it } from 'vitest';
import { buildGazetteer, encodeLsoas, msoaName, placeName, tidyCouncilName, type GazetteerInputs } from '../../scripts/lib/gazetteer';
import { shortForms } from '../../scripts/lib/gazetteer-names';
import { decodeLsoas, readGazetteer } from '../../src/lib/publish/finder-index';

describe('names', () => {
  it.each([
    ['Royston BUASD', 'Royston', null],
    ['Royston BUA', 'Royston', null],
    ['St Ives (Cornwall) BUA', 'St Ives', 'Cornwall'],
    ['Dudley (Dudley) BUASD', 'Dudley', 'Dudley'],
    ['Barnsley/Dearne Valley BUA', 'Barnsley/Dearne Valley', null],
  ])('%s → %s', (ons, name, qualifier) => {
    expect(placeName(ons)).toEqual({ name, qualifier });
  });

  it('tidies ONS council names and finds an LSOA’s MSOA by name', () => {
    expect(tidyCouncilName('Kingston upon Hull, City of')).toBe('Kingston upon Hull');
    expect(tidyCouncilName('Herefordshire, County of')).toBe('Herefordshire');
    expect(msoaName('High Peak 001A')).toBe('High Peak 001');
  });

  it('short forms people type', () => {
    expect(shortForms('Kingston upon Hull')).toEqual(['Hull']);
    expect(shortForms('Stoke-on-Trent')).toEqual(['Stoke']);
    expect(shortForms('Royal Tunbridge Wells')).toEqual(['Tunbridge Wells']);
    expect(shortForms('Glossop')).toEqual([]);
  });
});

describe('LSOA ranges', () => {
  it('encode consecutive codes as a start and a count, and decode back', () => {
    const codes = ['E01011951', 'E01011949', 'E01011950', 'E01012000', 'E01000001'];
    expect(encodeLsoas(codes)).toBe('1 11949+2 12000');
    expect(decodeLsoas(encodeLsoas(codes))).toEqual([...codes].sort());
    expect(encodeLsoas([])).toBe('');
  });
});

/** A small England: two districts of one county, one metropolitan district, a 2011 district code that changed by 2017. */
function inputs(overrides: Partial<GazetteerInputs> = {}): GazetteerInputs {
  const lsoa = (code: string, name: string, lad: string, ladName: string) => ({ LSOA11CD: code, LSOA11NM: name, LAD17CD: lad, LAD17NM: ladName });
  return {
    lsoas: [
      lsoa('E01000001', 'North Hertfordshire 001A', 'E07000099', 'North Hertfordshire'),
      lsoa('E01000002', 'North Hertfordshire 001B', 'E07000099', 'North Hertfordshire'),
      lsoa('E01000003', 'North Hertfordshire 002A', 'E07000099', 'North Hertfordshire'),
      lsoa('E01000004', 'Stevenage 001A', 'E07000243', 'Stevenage'),
      lsoa('E01000005', 'Barnsley 001A', 'E08000016', 'Barnsley'),
      lsoa('E01000006', 'Barnsley 002A', 'E08000016', 'Barnsley'),
      lsoa('W01000001', 'Cardiff 001A', 'W06000015', 'Cardiff'),
    ],
    population: new Map([
      ['E01000001', 1500],
      ['E01000002', 1600],
      ['E01000003', 1400],
      ['E01000004', 1700],
      ['E01000005', 1800],
      ['E01000006', 1900],
    ]),
    msoaBua: [
      { MSOA11CD: 'E02000001', MSOA11NM: 'North Hertfordshire 001', BUASD11CD: '', BUASD11NM: '', BUA11CD: 'E34000067', BUA11NM: 'Royston BUA', LAD11CD: 'E07000099' },
      { MSOA11CD: 'E02000002', MSOA11NM: 'North Hertfordshire 002', BUASD11CD: '', BUASD11NM: '', BUA11CD: '', BUA11NM: '', LAD11CD: 'E07000099' },
      // Stevenage's 2011 code was E07000101; it is E07000243 in 2017.
      { MSOA11CD: 'E02000003', MSOA11NM: 'Stevenage 001', BUASD11CD: '', BUASD11NM: '', BUA11CD: 'E34000100', BUA11NM: 'Stevenage BUA', LAD11CD: 'E07000101' },
      { MSOA11CD: 'E02000004', MSOA11NM: 'Barnsley 001', BUASD11CD: 'E35001175', BUASD11NM: 'Royston BUASD', BUA11CD: 'E34004869', BUA11NM: 'Barnsley/Dearne Valley BUA', LAD11CD: 'E08000016' },
      { MSOA11CD: 'E02000005', MSOA11NM: 'Barnsley 002', BUASD11CD: 'E35001176', BUASD11NM: 'Barnsley BUASD', BUA11CD: 'E34004869', BUA11NM: 'Barnsley/Dearne Valley BUA', LAD11CD: 'E08000016' },
      { MSOA11CD: 'W02000001', MSOA11NM: 'Cardiff 001', BUASD11CD: '', BUASD11NM: '', BUA11CD: 'W37000001', BUA11NM: 'Cardiff BUA', LAD11CD: 'W06000015' },
    ],
    buaLad: [
      { BUA11CD: 'E34000067', BUA11NM: 'Royston BUA', LAD11CD: 'E07000099' },
      { BUA11CD: 'E34000076', BUA11NM: 'Weston BUA', LAD11CD: 'E07000099' },
      { BUA11CD: 'E34000090', BUA11NM: 'Graveley (North Hertfordshire) BUA', LAD11CD: 'E07000099' },
      { BUA11CD: 'E34000090', BUA11NM: 'Graveley (North Hertfordshire) BUA', LAD11CD: 'E07000101' },
      { BUA11CD: 'W37000002', BUA11NM: 'Penarth BUA', LAD11CD: 'W06000014' },
    ],
    townsCities: [
      { LSOA11CD: 'E01000005', TCITY15CD: 'J01000001', TCITY15NM: 'Barnsley' },
      { LSOA11CD: 'E01000006', TCITY15CD: 'J01000001', TCITY15NM: 'Barnsley' },
      { LSOA11CD: 'E01000004', TCITY15CD: '', TCITY15NM: '' },
    ],
    wards: [
      { WD17CD: 'E05000001', WD17NM: 'Royston Heath', LAD17CD: 'E07000099', CTY17CD: 'E10000015', CTY17NM: 'Hertfordshire' },
      { WD17CD: 'E05000002', WD17NM: 'Weston and Sandon', LAD17CD: 'E07000099', CTY17CD: 'E10000015', CTY17NM: 'Hertfordshire' },
      { WD17CD: 'E05000003', WD17NM: 'Weston', LAD17CD: 'E07000099', CTY17CD: 'E10000015', CTY17NM: 'Hertfordshire' },
      { WD17CD: 'E05000003', WD17NM: 'Weston', LAD17CD: 'E07000099', CTY17CD: 'E10000015', CTY17NM: 'Hertfordshire' }, // a second county division
      { WD17CD: 'E05000004', WD17NM: 'Bedwell', LAD17CD: 'E07000243', CTY17CD: 'E10000015', CTY17NM: 'Hertfordshire' },
    ],
    extra: [{ id: 'x-romford', name: 'Romford', district: 'E07000243' }],
    ...overrides,
  };
}

describe('buildGazetteer', () => {
  const g = buildGazetteer(inputs());
  const byName = (name: string) => g.places.filter((p) => p.name === name);

  it('joins built-up areas to LSOAs through their MSOAs, by name', () => {
    expect(byName('Royston').map((p) => [p.id, p.kind, p.districts, p.lsoas])).toEqual([
      ['E34000067', 'town', ['E07000099'], ['E01000001', 'E01000002']],
      ['E35001175', 'town', ['E08000016'], ['E01000005']],
    ]);
  });

  it('keeps a built-up area with sub-divisions when its name is not one of theirs', () => {
    const b = byName('Barnsley/Dearne Valley')[0]!;
    expect(b.lsoas).toEqual(['E01000005', 'E01000006']);
  });

  it('leaves out a major town whose built-up area of the same name is there already', () => {
    expect(byName('Barnsley').map((p) => p.id)).toEqual(['E35001176']);
  });

  it('places a village without an MSOA of its own in its 2017 district(s), through the 2011 codes', () => {
    expect(byName('Weston')[0]).toMatchObject({ id: 'E34000076', kind: 'village', districts: ['E07000099'], lsoas: [] });
    expect(byName('Graveley')[0]).toMatchObject({ kind: 'village', districts: ['E07000099', 'E07000243'] });
    expect(g.places.find((p) => p.id === 'E34000100')).toMatchObject({ name: 'Stevenage', districts: ['E07000243'] });
  });

  it('adds wards once, unless a place of the same name is in the same district', () => {
    expect(g.places.filter((p) => p.kind === 'ward').map((p) => p.name)).toEqual(['Royston Heath', 'Weston and Sandon', 'Bedwell']);
  });

  it('adds sourced extra places, checking their district', () => {
    expect(byName('Romford')[0]).toMatchObject({ id: 'x-romford', kind: 'town', districts: ['E07000243'], lsoas: [] });
    expect(() => buildGazetteer(inputs({ extra: [{ id: 'x-nowhere', name: 'Nowhere', district: 'E07999999' }] }))).toThrow(/not a 2017 district/);
  });

  it('leaves Wales out, and lists each 2017 district with its county and LSOAs', () => {
    expect(g.places.some((p) => p.name === 'Cardiff' || p.name === 'Penarth')).toBe(false);
    expect(g.districts.map((d) => [d.code, d.name, d.countyName, d.lsoas.length])).toEqual([
      ['E07000099', 'North Hertfordshire', 'Hertfordshire', 3],
      ['E07000243', 'Stevenage', 'Hertfordshire', 1],
      ['E08000016', 'Barnsley', '', 2],
    ]);
  });

  it('fails, naming the MSOA, when an MSOA has no LSOAs named after it', () => {
    const bad = inputs();
    bad.msoaBua = [...bad.msoaBua, { MSOA11CD: 'E02000009', MSOA11NM: 'Nowhere 009', BUASD11CD: '', BUASD11NM: '', BUA11CD: 'E34000999', BUA11NM: 'Nowhere BUA', LAD11CD: 'E07000099' }];
    expect(() => buildGazetteer(bad)).toThrow(/Nowhere 009/);
  });
});

describe('the committed gazetteer', () => {
  const g = readGazetteer();
  const named = (name: string) => g.places.filter((p) => p.name === name);

  it('has every kind, and thousands of places', () => {
    const kinds = new Set(g.places.map((p) => p.kind));
    expect([...kinds].sort()).toEqual(['city', 'town', 'village', 'ward']);
    expect(g.places.length).toBeGreaterThan(9000);
    expect(g.districts).toHaveLength(326);
  });

  it('ids are unique; every district of a place is a district of 2017', () => {
    expect(new Set(g.places.map((p) => p.id)).size).toBe(g.places.length);
    const codes = new Set(g.districts.map((d) => d.code));
    for (const p of g.places) for (const d of p.districts) expect(codes.has(d), `${p.name}: ${d}`).toBe(true);
  });

  it('every LSOA of England is in exactly one district', () => {
    const all = g.districts.flatMap((d) => d.lsoas);
    expect(all).toHaveLength(32844);
    expect(new Set(all).size).toBe(32844);
  });

  it('has the places of issue 13', () => {
    for (const name of ['Camberley', 'Chester-le-Street', 'Margate', 'Romford', 'East Grinstead', 'Sutton Coldfield']) expect(named(name).length, name).toBeGreaterThan(0);
    expect(named('Royston').map((p) => p.districts[0]).sort()).toEqual(['E07000099', 'E08000016']);
    expect(named('St Ives').map((p) => p.districts[0]).sort()).toEqual(['E06000052', 'E07000011']);
  });
});
