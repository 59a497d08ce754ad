/**
 * The finder's index against the data: every entry resolves to footprints of the version, every
 * place's shares are the people of its neighbourhoods, the places of issue 13 answer as their
 * LSOAs say, the index stays within its budget, and the answers of today work when that version
 * is given.
 */
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { loadDataset } from '../../../src/lib/data/read-version';
import {
  buildFinderIndex,
  decodeLsoas,
  decodeParts,
  encodeParts,
  readGazetteer,
  readHospitals,
  sharesOf,
  shownShares,
  unpackColumns,
  type FinderIndex,
} from '../../../src/lib/publish/finder-index';
import { normalise, prepareIndex, search, type Entry } from '../../../src/client/finder/search';
import type { Dataset, LsoaRow } from '../../../src/lib/data/types';

const dataset = loadDataset('2017-04');
const index = buildFinderIndex(dataset);
const prepared = prepareIndex(index);
const gazetteer = readGazetteer();
const slugs = new Set(dataset.footprints.map((f) => f.slug));
const slugOf = new Map(dataset.footprints.map((f) => [f.code, f.slug]));
const cols = unpackColumns(index.entries);
const all = Array.from({ length: cols.n.length }, (_, i) => i);

/** What the LSOAs say, computed here without the module's helpers: people by footprint, largest first. */
const byCode = new Map(dataset.lsoas.map((r) => [r.lsoa, r]));
function expectedSlugs(lsoas: string[]): string[] {
  const people = new Map<string, number>();
  let total = 0;
  for (const l of lsoas) {
    const r = byCode.get(l)!;
    people.set(r.area, (people.get(r.area) ?? 0) + r.population);
    total += r.population;
  }
  return [...people].sort((a, b) => b[1] - a[1]).filter(([, n], i) => i === 0 || n / total >= 0.05).map(([code]) => slugOf.get(code)!);
}

const top = (q: string): Entry => search(prepared, q)[0]!.entry;
const placeNamed = (name: string, district?: string) => gazetteer.places.find((p) => p.name === name && (!district || p.districts[0] === district))!;

describe('every entry resolves to footprints of the version', () => {
  it('each has a name, a kind and at least one answer, all footprints of 2017-04', async () => {
    const { entryAt } = await import('../../../src/client/finder/search');
    for (const i of all) {
      const e = entryAt(prepared, i);
      expect(e.name.length, `entry ${i}`).toBeGreaterThan(1);
      expect(e.parts.length, e.name).toBeGreaterThan(0);
      for (const p of e.parts) expect(slugs.has(p.slug), `${e.name} → ${p.slug}`).toBe(true);
      if (e.resolved === 'council' && e.parts.length > 1) for (const p of e.parts) expect(p.note, `${e.name}: each part of a split council says which part`).toBeTruthy();
      expect(e.context, e.name).toBeTruthy();
    }
  });

  it('indexes every footprint, council, district, CCG and trust, the hospital sites and the gazetteer', () => {
    const count = (letter: string) => [...cols.k].filter((k) => k === letter).length;
    expect(count('f')).toBe(44);
    expect(count('u')).toBe(dataset.councils.filter((c) => c.tier === 'upper').length);
    expect(count('l')).toBe(dataset.councils.filter((c) => c.tier === 'lower').length);
    expect(count('g')).toBe(dataset.ccgs.length);
    expect(count('r')).toBe(dataset.trusts.length);
    expect(count('h')).toBe(readHospitals().length);
    expect(count('t') + count('c') + count('v') + count('w')).toBeGreaterThan(9000);
    expect(cols.n.length).toBeGreaterThan(10000);
  });

  it('every hospital site belongs to a trust of the data', () => {
    const trusts = new Set(dataset.trusts.map((t) => t.odsCode));
    for (const h of readHospitals()) expect(trusts.has(h.trust), `${h.name} (${h.trust})`).toBe(true);
  });

  it('is at most 120 KB gzipped', () => {
    expect(gzipSync(JSON.stringify(index)).length).toBeLessThanOrEqual(120 * 1024);
  });
});

describe('the places of issue 13', () => {
  it.each([
    ['Camberley', 'Camberley'],
    ['Chester-le-Street', 'Chester le Street'],
    ['Margate', 'Margate'],
    ['East Grinstead', 'East Grinstead'],
    ['Sutton Coldfield', 'Sutton Coldfield'],
  ])('%s resolves to the footprints its LSOAs give', (name, query) => {
    const e = top(query);
    expect(e.name).toBe(name);
    expect(e.parts.map((p) => p.slug)).toEqual(expectedSlugs(placeNamed(name).lsoas));
  });

  it('Sutton Coldfield: most in Birmingham and Solihull, about 11% in the Black Country', () => {
    const e = top('Sutton Coldfield');
    expect(e.parts.map((p) => [p.slug, p.percent])).toEqual([
      ['birmingham-and-solihull', 89],
      ['the-black-country', 11],
    ]);
  });

  it('Romford is in Havering, which was whole in North East London', () => {
    const e = top('Romford');
    expect([e.name, e.via, e.parts.map((p) => p.slug)]).toEqual(['Romford', 'Havering', ['north-east-london']]);
  });

  it('Stepping Hill (a hospital) is in Greater Manchester, through Stockport NHS Foundation Trust', () => {
    const e = top('Stepping Hill');
    expect(e.kind).toBe('hospital');
    expect(e.parts.map((p) => p.slug)).toEqual(['greater-manchester']);
  });

  it('Royston both ways: the town in Cambridgeshire and Peterborough, and Royston near Barnsley', () => {
    const [a, b] = search(prepared, 'Royston');
    expect([a!.entry.label, b!.entry.label]).toEqual(['Royston, Hertfordshire', 'Royston, Barnsley']);
    expect(a!.entry.parts.map((p) => p.slug)).toEqual(expectedSlugs(placeNamed('Royston', 'E07000099').lsoas));
    expect(a!.entry.parts.map((p) => p.slug)).toEqual(['cambridgeshire-and-peterborough']);
    expect(b!.entry.parts.map((p) => p.slug)).toEqual(['south-yorkshire-and-bassetlaw']);
  });
});

describe('other towns, against their LSOAs', () => {
  // Towns in councils split between footprints are the hard cases.
  it.each([
    ['Glossop', ['greater-manchester']],
    ['Buxton', ['derbyshire']],
    ['Whitby', ['durham-darlington-teesside-hambleton-richmondshire-and-whitby']],
    ['Farnham', ['frimley-health']],
    ['Godalming', ['surrey-heartlands']],
    ['Worksop', ['south-yorkshire-and-bassetlaw']],
    ['Lowestoft', ['norfolk-and-waveney']],
  ])('%s → %j', (name, expected) => {
    const e = top(name);
    expect(e.name).toBe(name);
    expect(e.parts.map((p) => p.slug)).toEqual(expected);
    expect(e.parts.map((p) => p.slug)).toEqual(expectedSlugs(placeNamed(name).lsoas));
  });

  it('a village without LSOAs of its own in a split district offers each part, saying so', () => {
    const e = top('Chinley');
    expect(e.kind).toBe('village');
    expect(e.resolved).toBe('council');
    expect(e.via).toBe('High Peak');
    expect(e.parts.map((p) => p.slug).sort()).toEqual(['derbyshire', 'greater-manchester']);
  });

  it('every place with LSOAs answers as its LSOAs say (all of them)', () => {
    const byName = new Map<string, Entry[]>();
    for (const i of all) {
      const k = cols.k[i]!;
      if ('tc'.includes(k)) {
        const e = { name: cols.n[i]!, parts: decodeParts(cols.p[i]!) } as unknown as Entry;
        byName.set(e.name, [...(byName.get(e.name) ?? []), e]);
      }
    }
    let checked = 0;
    for (const place of gazetteer.places) {
      if (!place.lsoas.length) continue;
      const want = expectedSlugs(place.lsoas);
      const council = dataset.councils.find((c) => c.code === place.districts[0]);
      // A town that only repeats its council's name and answer is answered by the council.
      if (council && normalise(council.name).startsWith(normalise(place.name)) && council.parts.length === 1 && want.length === 1 && slugOf.get(council.parts[0]!.area) === want[0]) continue;
      // A built-up area named like its footprint ("West Yorkshire") is answered by the footprint.
      if (want.length === 1 && normalise(dataset.bySlug.get(want[0]!)!.name) === normalise(place.name)) continue;
      const candidates = byName.get(place.name) ?? [];
      const got = candidates.map((c) => (c.parts as unknown as { area: number }[]).map((p) => index.areas[p.area]));
      expect(got, place.name).toContainEqual(want);
      checked++;
    }
    expect(checked).toBeGreaterThan(1400);
  });
});

describe('shares', () => {
  const table = new Map<string, LsoaRow>([
    ['E01000001', { lsoa: 'E01000001', ccg: 'E38000001', district: 'E08000025', area: 'E54000017', population: 800 }],
    ['E01000002', { lsoa: 'E01000002', ccg: 'E38000001', district: 'E08000025', area: 'E54000017', population: 100 }],
    ['E01000003', { lsoa: 'E01000003', ccg: 'E38000002', district: 'E08000030', area: 'E54000016', population: 60 }],
    ['E01000004', { lsoa: 'E01000004', ccg: 'E38000003', district: 'E08000031', area: 'E54000010', population: 40 }],
  ]);

  it('are the people of the place in each area, largest first, with the district holding most of them', () => {
    const s = sharesOf(['E01000001', 'E01000002', 'E01000003', 'E01000004'], table);
    expect(s.map((x) => [x.area, x.population, x.share, x.district])).toEqual([
      ['E54000017', 900, 0.9, 'E08000025'],
      ['E54000016', 60, 0.06, 'E08000030'],
      ['E54000010', 40, 0.04, 'E08000031'],
    ]);
  });

  it('show the largest and any other of at least 5%', () => {
    expect(shownShares(sharesOf(['E01000001', 'E01000002', 'E01000003', 'E01000004'], table)).map((x) => x.area)).toEqual(['E54000017', 'E54000016']);
    expect(shownShares(sharesOf(['E01000004'], table)).map((x) => x.share)).toEqual([1]);
  });

  it('fail on an LSOA the version does not have', () => {
    expect(() => sharesOf(['E01999999'], table)).toThrow(/E01999999/);
  });

  it('are encoded and decoded', () => {
    const text = encodeParts([
      { area: 3, percent: 89, anchor: 120 },
      { area: 7, percent: 11 },
    ]);
    expect(text).toBe('3~89@120,7~11');
    expect(decodeParts(text)).toEqual([
      { area: 3, percent: 89, anchor: 120 },
      { area: 7, percent: 11, anchor: -1 },
    ]);
    expect(encodeParts([{ area: 5, percent: 100 }])).toBe('5');
    expect(decodeParts('')).toEqual([]);
    expect(() => decodeParts('x')).toThrow();
  });

  it('LSOA ranges decode', () => {
    expect(decodeLsoas('11949+2 12000')).toEqual(['E01011949', 'E01011950', 'E01011951', 'E01012000']);
    expect(() => decodeLsoas('12+x')).toThrow();
  });
});

describe('the answer of today', () => {
  // A stand-in for the 2022-07 version (the ICBs), made from 2017-04 with two footprints merged,
  // so the mechanism is tested whether or not that version is in the data yet.
  const merged = 'E54000016';
  const today = {
    ...dataset,
    version: { ...dataset.version, version: '2022-07', kind: 'icb', start: '2022-07-01' },
    footprints: dataset.footprints.filter((f) => f.code !== 'E54000017'),
    lsoas: dataset.lsoas.map((r) => (r.area === 'E54000017' ? { ...r, area: merged } : r)),
  } as Dataset;
  const withToday: FinderIndex = buildFinderIndex(dataset, { today });
  const p = prepareIndex(withToday);

  it('names the version and its areas', () => {
    expect(withToday.today?.answers).toBe('2022 ICB');
    expect(withToday.today?.areas).toHaveLength(43);
    expect(withToday.today?.p.split('|')).toHaveLength(cols.n.length);
  });

  it('places each entry in the areas of today', () => {
    const sutton = search(p, 'Sutton Coldfield')[0]!.entry;
    expect(sutton.today?.map((x) => x.slug)).toEqual(['the-black-country']);
    expect(search(p, 'Royston')[0]!.entry.today?.map((x) => x.slug)).toEqual(['cambridgeshire-and-peterborough']);
    // A ward of a split district: the areas its district fell in, as a list.
    const ward = search(p, 'Old Glossop')[0]!.entry;
    expect(ward.today?.map((x) => x.slug).sort()).toEqual(['derbyshire', 'greater-manchester']);
    expect(ward.today?.every((x) => x.percent === null)).toBe(true);
  });

  it('is left out when no such version is given', () => {
    expect(index.today).toBeUndefined();
  });
});

describe('area tables for postcode look-ups', () => {
  it('cover every council, CCG and footprint by ONS code', () => {
    expect(Object.keys(index.councils)).toHaveLength(dataset.councils.length);
    expect(Object.keys(index.ccgs)).toHaveLength(dataset.ccgs.length);
    expect(Object.keys(index.codes)).toHaveLength(44);
  });
});

describe('a version whose councils differ from 2017', () => {
  // A stand-in for a later version in which North Hertfordshire became a unitary council with a new code.
  const code = 'E06000099';
  const later = {
    ...dataset,
    councils: dataset.councils.map((c) => (c.code === 'E07000099' ? { ...c, code, name: 'New North Hertfordshire', tier: 'upper' as const, parent: null } : c)),
    lsoas: dataset.lsoas.map((r) => (r.district === 'E07000099' ? { ...r, district: code } : r)),
  } as Dataset;
  const p = prepareIndex(buildFinderIndex(later));

  it('places the gazetteer’s 2017 districts in the council of the version that holds their people', () => {
    const royston = search(p, 'Royston').find((m) => m.entry.label.startsWith('Royston, New'))!.entry;
    expect(royston.context).toBe('Town in New North Hertfordshire');
    expect(royston.parts.map((x) => x.slug)).toEqual(['cambridgeshire-and-peterborough']);
    const ward = search(p, 'Royston Heath')[0]!.entry;
    expect(ward.via).toBe('New North Hertfordshire');
  });
});

describe('packed columns', () => {
  it('unpack to what was packed', async () => {
    const { packColumns } = await import('../../../src/client/finder/index-format');
    const c = { n: ['Royston', 'St Ives'], k: 'tt', d: [5, -1], p: ['3', ''], c: ['', 'Hospital in Romford, X'], a: [[0, 'R'] as [number, string]] };
    const packed = packColumns(c);
    expect(packed.d).toBe('05--');
    expect(unpackColumns(packed)).toEqual(c);
    expect(() => packColumns({ ...c, c: ['a|b', ''] })).toThrow(/context/);
  });
});

describe('the answer of today, from the 2022-07 version', () => {
  const withToday = buildFinderIndex(dataset, { today: loadDataset('2022-07') });
  const p = prepareIndex(withToday);
  const todayOf = (q: string) => search(p, q)[0]!.entry.today?.map((x) => [x.slug, x.percent]);

  it('is within the size budget too', () => {
    expect(gzipSync(JSON.stringify(withToday)).length).toBeLessThanOrEqual(120 * 1024);
    expect(withToday.today?.answers).toBe('2022 ICB');
  });

  it('follows the moves of 2022: most of Glossop is in Derby and Derbyshire today', () => {
    const glossop = todayOf('Glossop')!;
    expect(glossop[0]![0]).toBe('derby-and-derbyshire');
    expect(search(p, 'Glossop')[0]!.entry.parts.map((x) => x.slug)).toEqual(['greater-manchester']);
    expect(todayOf('Old Glossop')).toEqual([['derby-and-derbyshire', null]]); // all of High Peak, today
    expect(todayOf('Stepping Hill')).toEqual([['greater-manchester', null]]);
  });
});
