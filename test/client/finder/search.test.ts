/**
 * The finder's search: matching (prefix, one typo in words of five letters or more, spellings and
 * short forms), ranking, disambiguation of repeated names and the answers each entry carries. On
 * the real 2017-04 data with a slice of the real gazetteer, so names and footprints are real.
 */
import { describe, expect, it } from 'vitest';
import { loadDataset } from '../../../src/lib/data/read-version';
import { buildFinderIndex, readGazetteer } from '../../../src/lib/publish/finder-index';
import { entryAt, normalise, prepareIndex, search, type Match } from '../../../src/client/finder/search';

const NAMES = new Set([
  'Royston', 'St Ives', 'Richmond', 'Sutton Coldfield', 'Glossop', 'Camberley', 'Chester-le-Street', 'Margate', 'Hadfield',
  'Old Glossop', 'Stoke', 'Newport', 'Kingston upon Hull', 'London', 'Buxton', 'Amberley', 'Fleet',
]);
const full = readGazetteer();
const gazetteer = { districts: full.districts, places: full.places.filter((p) => NAMES.has(p.name)) };
const hospitals = [{ siteCode: 'RWJ09', name: 'Stepping Hill Hospital', aliases: ['Stepping Hill'], trust: 'RWJ', town: 'Stockport' }];
const data = buildFinderIndex(loadDataset('2017-04'), { gazetteer, hospitals });
const index = prepareIndex(data);

const labels = (ms: Match[]) => ms.map((m) => m.entry.label);
const find = (q: string, limit?: number) => labels(search(index, q, limit));
const first = (q: string) => search(index, q)[0]?.entry;
const slugs = (q: string) => first(q)?.parts.map((p) => p.slug);

describe('normalise', () => {
  it.each([
    ['MANCHESTER', 'manchester'],
    ['Ménière’s', 'menieres'],
    ['Stoke-on-Trent', 'stoke on trent'],
    ['Newcastle-upon-Tyne', 'newcastle on tyne'],
    ['Chester-le-Street', 'chester le street'],
    ["King's Lynn", 'kings lynn'],
    ['King’s Lynn', 'kings lynn'],
    ['Saint Ives', 'st ives'],
    ['St. Ives', 'st ives'],
    ['Brighton&Hove', 'brighton and hove'],
    ['  Humber,  Coast and Vale (HCV) ', 'humber coast and vale hcv'],
    ['', ''],
    ['—', ''],
  ])('%j → %j', (input, expected) => {
    expect(normalise(input)).toBe(expected);
  });
});

describe('matching', () => {
  it.each([
    ['Camberley', 'Camberley'],
    ['camberl', 'Camberley'],
    ['Chester le Street', 'Chester-le-Street'],
    ['chester-le-st', 'Chester-le-Street'],
    ['CHESTER LE STREET', 'Chester-le-Street'],
    ['Margate', 'Margate'],
    ['Stepping Hill', 'Stepping Hill Hospital'],
    ['stepping', 'Stepping Hill Hospital'],
    ['Sutton Coldfield', 'Sutton Coldfield'],
    ['tameside and glossop ccg', 'NHS Tameside and Glossop CCG'],
    ['01Y', 'NHS Tameside and Glossop CCG'],
    ['RWJ', 'Stockport NHS Foundation Trust'],
  ])('%j finds %j first', (query, name) => {
    expect(first(query)?.name).toBe(name);
  });

  it('forgives one typo in a word of five letters or more', () => {
    expect(first('Glosop')?.name).toBe('Glossop'); // a letter dropped
    expect(first('Cambereley')?.name).toBe('Camberley'); // added
    expect(first('Margote')?.name).toBe('Margate'); // changed
    expect(first('Manchster')?.name).toBe('Manchester');
  });

  it('but not in shorter words, nor two typos', () => {
    expect(find('Bxton')).not.toContain('Buxton');
    expect(find('Glsosp')).not.toContain('Glossop');
  });

  it('knows the short forms people type', () => {
    expect(first('Hull')?.name).toBe('Kingston upon Hull');
    expect(first('Stoke')?.name).toBe('Stoke-on-Trent');
    expect(find('Brighton')).toContain('Brighton and Hove');
    expect(find('Richmond')).toContain('Richmond upon Thames');
  });

  it('"St" and "Saint", "on" and "upon" are the same', () => {
    expect(find('Saint Ives')).toEqual(find('St Ives'));
    expect(first('Kingston on Hull')?.name).toBe('Kingston upon Hull');
    expect(first('Stoke upon Trent')?.name).toBe('Stoke-on-Trent');
  });

  it('a later word may name the district or county', () => {
    expect(find('royston barnsley')[0]).toBe('Royston, Barnsley');
    expect(find('royston herts')).toEqual([]);
    expect(find('royston hertfordshire')[0]).toBe('Royston, Hertfordshire');
    expect(find('st ives cornwall')[0]).toBe('St Ives, Cornwall');
    expect(find('richmond north yorkshire')[0]).toBe('Richmond');
    expect(find('stepping hill stockport')[0]).toBe('Stepping Hill Hospital');
  });

  it('finds nothing for text that names nothing', () => {
    expect(search(index, 'zzqqxx')).toEqual([]);
    expect(search(index, 'qqqq')).toEqual([]);
  });
});

describe('repeated names', () => {
  it('name the county, or the district where it is not in a county', () => {
    expect(find('Royston').slice(0, 2).sort()).toEqual(['Royston, Barnsley', 'Royston, Hertfordshire']);
    expect(find('St Ives').slice(0, 2).sort()).toEqual(['St Ives, Cambridgeshire', 'St Ives, Cornwall']);
    expect(find('Richmond')).toEqual(expect.arrayContaining(['Richmond', 'Richmond upon Thames']));
    expect(first('Richmond north')?.context).toBe('Town in Richmondshire, North Yorkshire');
  });

  it('a name that is not repeated stays as it is', () => {
    expect(find('Camberley')[0]).toBe('Camberley');
  });
});

describe('ranking', () => {
  it('the name itself first, then names starting with it, then the rest', () => {
    const tiers = search(index, 'Glossop', 20).map((m) => m.tier);
    expect([...tiers].sort((a, b) => b - a)).toEqual(tiers);
    expect(first('Glossop')?.name).toBe('Glossop');
  });

  it('between equals, the larger place and the council before the village', () => {
    expect(find('Royston')[0]).toBe('Royston, Hertfordshire'); // 17,000 people against 13,000
    expect(first('Derbyshire')?.kind).toBe('footprint');
    expect(search(index, 'Derbyshire', 3).map((m) => m.entry.kind)).toEqual(['footprint', 'council', 'district']);
  });

  it('one and two letters list names that start with them', () => {
    expect(find('g', 50).every((l) => normalise(l).split(' ').some((w) => w.startsWith('g')))).toBe(true);
    expect(find('gl').length).toBeGreaterThan(0);
  });

  it('limits results, 8 by default', () => {
    expect(find('a')).toHaveLength(8);
    expect(find('a', 3)).toHaveLength(3);
    expect(find('york', 0)).toEqual([]);
  });

  it('only the first 100 characters of a query count', () => {
    expect(find('glossop'.padEnd(100, ' ') + 'nonsense')[0]).toBe('Glossop');
    expect(find('glossop nonsense')).toEqual([]);
  });
});

describe('answers', () => {
  it('a place made of neighbourhoods answers by their people', () => {
    const sutton = first('Sutton Coldfield')!;
    expect(sutton.resolved).toBe('people');
    expect(sutton.parts.map((p) => p.slug)).toEqual(['birmingham-and-solihull', 'the-black-country']);
    expect(sutton.parts[0]!.percent).toBeGreaterThan(50);
    expect(sutton.parts[1]!.percent).toBeGreaterThanOrEqual(5);
  });

  it('Royston, Hertfordshire is in Cambridgeshire and Peterborough, and its link opens the North Hertfordshire part', () => {
    const herts = search(index, 'Royston').find((m) => m.entry.label === 'Royston, Hertfordshire')!.entry;
    expect(herts.parts).toEqual([{ slug: 'cambridgeshire-and-peterborough', name: 'Cambridgeshire and Peterborough', percent: null, anchor: 'E07000099', note: null }]);
    const barnsley = search(index, 'Royston').find((m) => m.entry.label === 'Royston, Barnsley')!.entry;
    expect(barnsley.parts.map((p) => p.slug)).toEqual(['south-yorkshire-and-bassetlaw']);
    expect(barnsley.parts[0]!.anchor).toBeNull(); // Barnsley was whole
  });

  it('a ward of a split district gives each part of the district, with its words', () => {
    const ward = first('Old Glossop')!;
    expect(ward.kind).toBe('ward');
    expect(ward.resolved).toBe('council');
    expect(ward.via).toBe('High Peak');
    expect(ward.parts.map((p) => p.slug).sort()).toEqual(['derbyshire', 'greater-manchester']);
    expect(ward.parts.every((p) => p.note && p.anchor === 'E07000037')).toBe(true);
  });

  it('a hospital answers with its trust’s footprint', () => {
    expect(slugs('Stepping Hill')).toEqual(['greater-manchester']);
    expect(first('Stepping Hill')?.context).toBe('Hospital in Stockport, Stockport NHS Foundation Trust');
  });

  it('an entry is decoded once and kept', () => {
    const m = search(index, 'Margate')[0]!;
    expect(entryAt(index, m.entry.i)).toBe(m.entry);
  });
});
