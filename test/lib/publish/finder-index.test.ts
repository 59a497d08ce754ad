/** The finder's index against the data: everything a reader can type resolves to a footprint. */
import { describe, expect, it } from 'vitest';
import { buildFinderIndex } from '../../../src/lib/publish/finder-index';
import { loadDataset } from '../../../src/lib/data/read-version';
import { prepareIndex, search } from '../../../src/client/finder/search';

const dataset = loadDataset('2017-04');
const index = buildFinderIndex(dataset);
const slugs = new Set(dataset.footprints.map((f) => f.slug));
const prepared = prepareIndex(index.entries);

describe('every entry resolves to footprints of the version', () => {
  it.each(['footprint', 'council', 'district', 'ccg', 'trust', 'place'] as const)('%s entries', (type) => {
    const entries = index.entries.filter((e) => e.t === type);
    expect(entries.length).toBeGreaterThan(0);
    for (const e of entries) {
      expect(e.p.length, e.n).toBeGreaterThan(0);
      for (const [slug] of e.p) expect(slugs.has(slug), `${e.n} → ${slug}`).toBe(true);
      if (e.p.length > 1) for (const [, note] of e.p) expect(note, `${e.n}: each part of a split place says which part`).toBeTruthy();
    }
  });

  it('indexes every footprint, council, district, CCG and trust of the data, and 400+ places', () => {
    const count = (t: string) => index.entries.filter((e) => e.t === t).length;
    expect(count('footprint')).toBe(44);
    expect(count('council')).toBe(dataset.councils.filter((c) => c.tier === 'upper').length);
    expect(count('district')).toBe(dataset.councils.filter((c) => c.tier === 'lower').length);
    expect(count('ccg')).toBe(dataset.ccgs.length);
    expect(count('trust')).toBe(dataset.trusts.length);
    expect(count('place')).toBeGreaterThanOrEqual(400);
  });

  it('every gazetteer place resolves, directly or through its district', () => {
    const placeNames = new Set(index.entries.filter((e) => e.t === 'place' || e.t === 'district' || e.t === 'council').map((e) => e.n));
    for (const p of dataset.places) expect(placeNames.has(p.name), p.name).toBe(true);
  });
});

describe('split places', () => {
  it.each([
    ['High Peak', ['derbyshire', 'greater-manchester']],
    ['Derbyshire', ['derbyshire', 'greater-manchester']],
    ['Birmingham', ['birmingham-and-solihull', 'the-black-country']],
  ])('%s shows each part', (name, expected) => {
    const entry = index.entries.find((e) => e.n === name && (e.t === 'district' || e.t === 'council'))!;
    expect(entry.p.map(([s]) => s).sort()).toEqual(expected.sort());
  });

  it('a town with its CCG sourced resolves to one footprint: Glossop → Greater Manchester', () => {
    const [top] = search(prepared, 'Glossop');
    expect(top!.entry.t).toBe('place');
    expect(top!.entry.p.map(([s]) => s)).toEqual(['greater-manchester']);
  });
});

describe('area tables for postcode look-ups', () => {
  it('cover every council and CCG by ONS code', () => {
    expect(Object.keys(index.councils)).toHaveLength(dataset.councils.length);
    expect(Object.keys(index.ccgs)).toHaveLength(dataset.ccgs.length);
  });
});
