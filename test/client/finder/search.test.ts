import { describe, expect, it } from 'vitest';
import {
  normalise,
  prepareIndex,
  search,
  tokens,
  type FinderEntry,
  type Match,
} from '../../../src/client/finder/search.ts';

/** A hand-made slice of the finder index: real names, 2016-17 footprints. */
const FIXTURE: FinderEntry[] = [
  // Footprints
  { n: 'Greater Manchester', t: 'footprint', p: [['greater-manchester', null]] },
  { n: 'Derbyshire', t: 'footprint', p: [['derbyshire', null]] },
  { n: 'Humber, Coast and Vale', t: 'footprint', p: [['humber-coast-and-vale', null]] },
  { n: 'West Yorkshire and Harrogate', t: 'footprint', p: [['west-yorkshire', null]] },
  { n: 'Norfolk and Waveney', t: 'footprint', p: [['norfolk-and-waveney', null]] },
  { n: 'Sussex and East Surrey', t: 'footprint', p: [['sussex-and-east-surrey', null]] },
  { n: 'Hertfordshire and West Essex', t: 'footprint', p: [['hertfordshire-and-west-essex', null]] },
  {
    n: 'Northumberland, Tyne and Wear and North Durham',
    t: 'footprint',
    p: [['northumberland-tyne-and-wear', null]],
  },
  { n: 'Staffordshire and Stoke on Trent', t: 'footprint', p: [['staffordshire', null]] },
  { n: 'Cheshire and Merseyside', t: 'footprint', p: [['cheshire-and-merseyside', null]] },
  // Councils
  { n: 'Manchester', t: 'council', k: 'Metropolitan borough', p: [['greater-manchester', null]] },
  { n: 'Tameside', t: 'council', k: 'Metropolitan borough', p: [['greater-manchester', null]] },
  { n: 'Bolton', t: 'council', k: 'Metropolitan borough', p: [['greater-manchester', null]] },
  { n: 'Stockport', t: 'council', k: 'Metropolitan borough', p: [['greater-manchester', null]] },
  { n: 'York', t: 'council', k: 'Unitary authority', p: [['humber-coast-and-vale', null]] },
  {
    n: 'North Yorkshire',
    t: 'council',
    k: 'County council',
    p: [
      ['humber-coast-and-vale', 'Most of the county'],
      ['west-yorkshire', 'Harrogate and Craven'],
      ['durham-darlington-tees', 'Hambleton and Richmondshire'],
    ],
  },
  { n: 'East Riding of Yorkshire', t: 'council', k: 'Unitary authority', p: [['humber-coast-and-vale', null]] },
  { n: 'Brighton and Hove', t: 'council', k: 'Unitary authority', p: [['sussex-and-east-surrey', null]] },
  { n: 'Stoke-on-Trent', t: 'council', k: 'Unitary authority', p: [['staffordshire', null]] },
  { n: 'Newcastle upon Tyne', t: 'council', k: 'Metropolitan borough', p: [['northumberland-tyne-and-wear', null]] },
  { n: 'Derbyshire', t: 'council', k: 'County council', p: [['derbyshire', null]] },
  { n: 'Hertfordshire', t: 'council', k: 'County council', p: [['hertfordshire-and-west-essex', null]] },
  { n: 'Norfolk', t: 'council', k: 'County council', p: [['norfolk-and-waveney', null]] },
  { n: 'St Helens', t: 'council', k: 'Metropolitan borough', p: [['cheshire-and-merseyside', null]] },
  // Districts
  { n: 'High Peak', t: 'district', k: 'District in Derbyshire', p: [['derbyshire', null]] },
  { n: 'St Albans', t: 'district', k: 'District in Hertfordshire', p: [['hertfordshire-and-west-essex', null]] },
  { n: "King's Lynn and West Norfolk", t: 'district', k: 'District in Norfolk', p: [['norfolk-and-waveney', null]] },
  { n: 'Newcastle-under-Lyme', t: 'district', k: 'District in Staffordshire', p: [['staffordshire', null]] },
  { n: 'Harrogate', t: 'district', k: 'District in North Yorkshire', p: [['west-yorkshire', null]] },
  { n: 'Chesterfield', t: 'district', k: 'District in Derbyshire', p: [['derbyshire', null]] },
  { n: 'Boston', t: 'district', k: 'District in Lincolnshire', p: [['lincolnshire', null]] },
  // Places
  {
    n: 'Glossop',
    t: 'place',
    k: 'Town in High Peak',
    p: [
      ['derbyshire', 'Council services: Derbyshire'],
      ['greater-manchester', 'NHS: Tameside and Glossop CCG'],
    ],
  },
  { n: "King's Lynn", t: 'place', k: "Town in King's Lynn and West Norfolk", p: [['norfolk-and-waveney', null]] },
  { n: 'Buxton', t: 'place', k: 'Town in High Peak', p: [['derbyshire', null]] },
  { n: 'Buxton', t: 'place', k: 'Town in High Peak', p: [['derbyshire', null]] }, // duplicate row
  { n: 'Hove', t: 'place', k: 'Town in Brighton and Hove', p: [['sussex-and-east-surrey', null]] },
  { n: 'Whitby', t: 'place', k: 'Town in Scarborough', p: [['humber-coast-and-vale', null]] },
  { n: 'Newport', t: 'place', k: 'Town on the Isle of Wight', p: [['hampshire-and-isle-of-wight', null]] },
  { n: 'Newport', t: 'place', k: 'Town in Telford and Wrekin', p: [['shropshire-telford-and-wrekin', null]] },
  // CCGs
  {
    n: 'NHS Tameside and Glossop CCG',
    t: 'ccg',
    a: ['Tameside and Glossop', '01Y'],
    p: [['greater-manchester', null]],
  },
  { n: 'NHS Central Manchester CCG', t: 'ccg', a: ['Central Manchester', '00W'], p: [['greater-manchester', null]] },
  { n: 'NHS Vale of York CCG', t: 'ccg', a: ['Vale of York', '03Q'], p: [['humber-coast-and-vale', null]] },
  {
    n: 'NHS Harrogate and Rural District CCG',
    t: 'ccg',
    a: ['Harrogate and Rural District', '03E'],
    p: [['west-yorkshire', null]],
  },
  // Trusts
  { n: 'York Teaching Hospital NHS Foundation Trust', t: 'trust', a: ['RCB'], p: [['humber-coast-and-vale', null]] },
  { n: 'Yorkshire Ambulance Service NHS Trust', t: 'trust', a: ['RX8'], p: [['west-yorkshire', null]] },
  {
    n: 'Central Manchester University Hospitals NHS Foundation Trust',
    t: 'trust',
    a: ['RW3'],
    p: [['greater-manchester', null]],
  },
  { n: 'Bolton NHS Foundation Trust', t: 'trust', a: ['RMC'], p: [['greater-manchester', null]] },
];

const index = prepareIndex(FIXTURE);
const names = (ms: Match[]): string[] => ms.map((m) => m.entry.n);
const find = (q: string, limit?: number): string[] => names(search(index, q, limit));
const scoreOf = (q: string, name: string): number | undefined =>
  search(index, q, 50).find((m) => m.entry.n === name)?.score;

describe('normalise', () => {
  it.each([
    ['MANCHESTER', 'manchester'],
    ['Ménière', 'meniere'],
    ['Ménière’s', 'menieres'],
    ['Stoke-on-Trent', 'stoke on trent'],
    ['Newcastle-upon-Tyne', 'newcastle upon tyne'],
    ['Southend-on-Sea', 'southend on sea'],
    ['Ashby-de-la-Zouch', 'ashby de la zouch'],
    ["King's Lynn", 'kings lynn'],
    ['King’s Lynn', 'kings lynn'],
    ['Bishop`s Stortford', 'bishops stortford'],
    ['Saint Albans', 'st albans'],
    ['St. Albans', 'st albans'],
    ['ST ALBANS', 'st albans'],
    ['Stoke', 'stoke'],
    ['Brighton & Hove', 'brighton and hove'],
    ['Brighton&Hove', 'brighton and hove'],
    ['  Humber,  Coast and Vale (HCV) ', 'humber coast and vale hcv'],
    ['Durham/Darlington; Teesside!', 'durham darlington teesside'],
    ['', ''],
    ['   ', ''],
    ['—', ''],
  ])('%j → %j', (input, expected) => {
    expect(normalise(input)).toBe(expected);
  });

  it.each([
    ['NHS Tameside & Glossop CCG', ['nhs', 'tameside', 'and', 'glossop', 'ccg']],
    ['Saint Helens', ['st', 'helens']],
    ['  ', []],
  ])('tokens(%j)', (input, expected) => {
    expect(tokens(input)).toEqual(expected);
  });
});

describe('search finds', () => {
  it.each([
    ['St Albans', 'St Albans'],
    ['Saint Albans', 'St Albans'],
    ['st. alb', 'St Albans'],
    ['saint alb', 'St Albans'],
    ['sain', 'St Helens'], // a prefix of "saint" reaches "St …"; council before district
    ['newcastle', 'Newcastle upon Tyne'],
    ['newcastle on tyne', 'Newcastle upon Tyne'],
    ['Newcastle-upon-Tyne', 'Newcastle upon Tyne'],
    ['stoke on trent', 'Stoke-on-Trent'],
    ['STOKE-ON-TRENT', 'Stoke-on-Trent'],
    ['kings lynn', "King's Lynn"],
    ['king’s lynn', "King's Lynn"],
    ['king’s ly', "King's Lynn and West Norfolk"], // both start so; district before place
    ['brighton & hove', 'Brighton and Hove'],
    ['brighton and', 'Brighton and Hove'],
    ['hove brighton', 'Brighton and Hove'],
    ['Glosop', 'Glossop'],
    ['Glosso', 'Glossop'],
    ['Manchster', 'Manchester'],
    ['manchetser', 'Manchester'],
    ['Bxton', 'Buxton'],
    ['Buxtom', 'Buxton'],
    ['01y', 'NHS Tameside and Glossop CCG'],
    ['tameside and glossop', 'NHS Tameside and Glossop CCG'],
    ['nhs tameside', 'NHS Tameside and Glossop CCG'],
    ['vale of york', 'NHS Vale of York CCG'],
    ['harro', 'Harrogate'],
    ['high pe', 'High Peak'],
  ])('%j → %j first', (query, expected) => {
    expect(find(query)[0]).toBe(expected);
  });
});

describe('typo tolerance', () => {
  it.each([
    ['Glasop', 'Glossop'], // two edits from glossop
    ['Manchstr', 'Manchester'], // two deletions
    ['Mnachstr', 'Manchester'],
    ['Yrok', 'York'], // transposition in a 4-letter word
    ['Yorc', 'York'], // substitution in a 4-letter word
    ['Hoev', 'Hove'],
    ['Hovee', 'Hove'], // the word is 4 letters: no typo allowed even if the query is 5
    ['Bxtn', 'Buxton'], // two deletions
  ])('%j does not find %j', (query, name) => {
    expect(find(query, 50)).not.toContain(name);
  });

  it.each(['Glasop', 'Manchstr', 'Yrok', 'Hoev', 'zzzzzz'])('%j finds nothing at all', (query) => {
    expect(find(query, 50)).toEqual([]);
  });
});

describe('ranking', () => {
  it.each([
    ['newcastle upon tyne', 'Newcastle upon Tyne', 6], // exact
    ['Saint Albans', 'St Albans', 6], // exact after normalising
    ['tameside and glossop', 'NHS Tameside and Glossop CCG', 6], // exact alias
    ['00w', 'NHS Central Manchester CCG', 6], // exact ODS code
    ['newcastle up', 'Newcastle upon Tyne', 5], // starts with
    ['tameside and', 'NHS Tameside and Glossop CCG', 5], // starts with, NHS … CCG dropped
    ['newcastle tyne', 'Newcastle upon Tyne', 4], // words in order
    ['newcastle on tyne', 'Newcastle upon Tyne', 4], // "on" stands in for "upon"
    ['tyne newcastle', 'Newcastle upon Tyne', 3], // any order
    ['newcastel', 'Newcastle upon Tyne', 2], // typo, words in order from the first
    ['newcastel tyne', 'Newcastle upon Tyne', 2],
    ['tyne newcastel', 'Newcastle upon Tyne', 1], // typo, out of order
    ['manchster', 'Manchester', 2],
    ['manchster', 'Greater Manchester', 1], // typo, not from the first word
  ])('%j scores %j at %i', (query, name, score) => {
    expect(scoreOf(query, name)).toBe(score);
  });

  it('"york": York before the Yorkshire entries, exact before prefix before word match', () => {
    const got = find('york', 50);
    expect(got[0]).toBe('York');
    for (const other of [
      'North Yorkshire',
      'East Riding of Yorkshire',
      'West Yorkshire and Harrogate',
      'Yorkshire Ambulance Service NHS Trust',
      'York Teaching Hospital NHS Foundation Trust',
      'NHS Vale of York CCG',
    ]) {
      expect(got).toContain(other);
      expect(got.indexOf('York')).toBeLessThan(got.indexOf(other));
    }
    // Names starting with "york" (a trust) beat names merely containing the word (a footprint).
    expect(got.indexOf('Yorkshire Ambulance Service NHS Trust')).toBeLessThan(
      got.indexOf('West Yorkshire and Harrogate'),
    );
  });

  it.each([
    // exact (a district) beats a typo match (a council, higher type priority)
    ['boston', ['Boston', 'Bolton', 'Bolton NHS Foundation Trust']],
    ['bolton', ['Bolton', 'Bolton NHS Foundation Trust', 'Boston']],
    // a typo: the name it starts beats names that merely contain it, whatever their type
    ['manchster', ['Manchester', 'Greater Manchester', 'NHS Central Manchester CCG', 'Central Manchester University Hospitals NHS Foundation Trust']],
    ['glosop', ['Glossop', 'NHS Tameside and Glossop CCG']],
    // exact, then in-order words: footprint before CCG before trust
    [
      'manchester',
      [
        'Manchester',
        'Greater Manchester',
        'NHS Central Manchester CCG',
        'Central Manchester University Hospitals NHS Foundation Trust',
      ],
    ],
    // same score: footprint before council
    ['derbyshire', ['Derbyshire', 'Derbyshire']],
    // exact, then contains
    ['hove', ['Hove', 'Brighton and Hove']],
    // starts-with ties: council before district before place; two Newports (different context) both kept
    ['new', ['Newcastle upon Tyne', 'Newcastle-under-Lyme', 'Newport', 'Newport']],
  ])('%j → %j', (query, expected) => {
    expect(find(query, 50)).toEqual(expected);
  });

  it('type priority on equal scores: footprint, council, district, place, ccg', () => {
    expect(search(index, 'derbyshire').map((m) => m.entry.t)).toEqual(['footprint', 'council']);
    expect(search(index, 'glos').map((m) => m.entry.t)).toEqual(['place', 'ccg']);
  });

  it('shorter names first, then alphabetical, within a score and type', () => {
    const councils = search(index, 'st', 50)
      .filter((m) => m.entry.t === 'council')
      .map((m) => m.entry.n);
    expect(councils).toEqual(['St Helens', 'Stockport', 'Stoke-on-Trent']);
  });

  it('limits results, 8 by default', () => {
    expect(find('a', 50).length).toBeGreaterThan(8);
    expect(find('a')).toHaveLength(8);
    expect(find('a', 3)).toHaveLength(3);
    expect(find('york', 0)).toEqual([]);
  });
});

describe('entries', () => {
  it('a split place keeps all its parts', () => {
    const [glossop] = search(index, 'glossop');
    expect(glossop?.entry.n).toBe('Glossop');
    expect(glossop?.entry.p).toEqual([
      ['derbyshire', 'Council services: Derbyshire'],
      ['greater-manchester', 'NHS: Tameside and Glossop CCG'],
    ]);
    const [ny] = search(index, 'north yorkshire');
    expect(ny?.entry.p.map(([slug]) => slug)).toEqual([
      'humber-coast-and-vale',
      'west-yorkshire',
      'durham-darlington-tees',
    ]);
  });

  it('deduplicates identical rows', () => {
    expect(find('buxton')).toEqual(['Buxton']);
  });

  it('returns the original entry objects and leaves the input alone', () => {
    const copy = structuredClone(FIXTURE);
    const idx = prepareIndex(copy);
    expect(search(idx, 'hove')[0]?.entry).toBe(copy.find((e) => e.n === 'Hove'));
    expect(copy).toEqual(FIXTURE);
    expect(idx.entries).toBe(copy);
  });

  it('an empty index finds nothing', () => {
    expect(search(prepareIndex([]), 'york')).toEqual([]);
  });
});

describe('query edge cases', () => {
  it.each(['', ' ', '   \t\n', '!!!', "'", '’-–'])('empty query %j → []', (query) => {
    expect(search(index, query)).toEqual([]);
  });

  it('only the first 100 characters of a query count', () => {
    const padded = 'glossop'.padEnd(100, ' ');
    expect(find(padded + 'nonsense')[0]).toBe('Glossop');
    expect(find('glossop nonsense')).toEqual([]);
  });

  it.each([
    ['a'.repeat(10_000)],
    ['york '.repeat(1_000)],
    ['x y z '.repeat(500)],
  ])('a long query (%#) is answered quickly without error', (query) => {
    const t0 = performance.now();
    expect(() => search(index, query)).not.toThrow();
    expect(performance.now() - t0).toBeLessThan(50);
  });
});
