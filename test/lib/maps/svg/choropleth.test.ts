/** The national choropleth of every indicator: well formed, every footprint once, London in the inset, fills as classified. */
import { describe, expect, it } from 'vitest';
import { londonCodes } from '../../../../src/lib/data/queries.ts';
import { loadDataset } from '../../../../src/lib/data/read-version.ts';
import { formatValue, indicatorsFor } from '../../../../src/lib/maps/indicators.ts';
import { mapModel } from '../../../../src/lib/maps/map-model.ts';
import { ancestors, hasClass, parseXml, pathPoints as points, walk } from '../../../helpers/xml.ts';
import { NOT_KNOWN_FILL } from '../../../../src/lib/maps/colour-scales.ts';
import { LONDON_FILL } from '../../../../src/lib/maps/svg/patterns.ts';

const INDICATORS = indicatorsFor(loadDataset('2017-04'));

const VERSION = '2017-04';
const dataset = loadDataset(VERSION);
const LONDON = londonCodes(dataset);
const ALL_CODES = dataset.footprints.map((f) => f.code).sort();

const models = INDICATORS.map((i) => ({ id: i.id, model: mapModel(i.id, VERSION) }));

describe.each(models)('choropleth of $id', ({ id, model }) => {
  const prefix = `map-${id}`;
  const svg = model.svg(prefix);
  const g = model.geometry;
  const root = parseXml(svg);
  const all = walk(root);
  const areas = all.filter((el) => el.attrs['data-code'] !== undefined);
  const rowOf = new Map(model.rows.map((r) => [r.code, r]));

  it('is well-formed XML with one <svg> root in the SVG namespace', () => {
    expect(root.name).toBe('svg');
    expect(root.attrs.xmlns).toBe('http://www.w3.org/2000/svg');
  });

  it('has a viewBox of the geometry size, and a title and description it is labelled by', () => {
    expect(root.attrs.viewBox).toBe(`0 0 ${g.width} ${g.height}`);
    const [titleId, descId] = (root.attrs['aria-labelledby'] ?? '').split(' ');
    expect(root.children[0]!.name).toBe('title');
    expect(root.children[0]!.attrs.id).toBe(titleId);
    expect(root.children[0]!.text).toContain(model.indicator.title);
    expect(root.children[1]!.name).toBe('desc');
    expect(root.children[1]!.attrs.id).toBe(descId);
  });

  it("draws each of the 44 footprints exactly once (data-code)", () => {
    const codes = areas.map((el) => el.attrs['data-code']!);
    expect(codes).toHaveLength(44);
    expect([...codes].sort()).toEqual(ALL_CODES);
    for (const code of ALL_CODES) expect(svg.split(`data-code="${code}"`).length - 1, code).toBe(1);
  });

  it('draws the 5 London footprints only in the inset, the others only on the main map', () => {
    expect(LONDON.size).toBe(5);
    for (const el of areas) {
      const inInset = ancestors(el).some((a) => a.name === 'g' && hasClass(a, 'inset'));
      expect(inInset, el.attrs['data-code']).toBe(LONDON.has(el.attrs['data-code']!));
    }
  });

  it('gives every footprint area a <title> with its name and value', () => {
    for (const el of areas) {
      const row = rowOf.get(el.attrs['data-code']!)!;
      const titles = el.children.filter((c) => c.name === 'title');
      expect(titles, row.name).toHaveLength(1);
      expect(el.children[0]!.name, `${row.name}: title comes first`).toBe('title');
      expect(titles[0]!.text).toBe(`${row.name}: ${formatValue(model.indicator, row.value)}`);
      expect(el.attrs['aria-label']).toBe(titles[0]!.text);
    }
  });

  it('links each footprint area to its page', () => {
    for (const el of areas) {
      const row = rowOf.get(el.attrs['data-code']!)!;
      expect(el.name).toBe('a');
      expect(el.attrs.href).toBe(`/footprints/${row.slug}/`);
    }
  });

  it('fills each footprint flat with its class colour; "not known" is flat grey, marked nk, never a pattern', () => {
    const c = model.classification;
    for (const el of areas) {
      const code = el.attrs['data-code']!;
      const paths = el.children.filter((ch) => ch.name === 'path');
      expect(paths, code).toHaveLength(1);
      const k = c.classes[c.classOf.get(code)!]!;
      expect(paths[0]!.attrs.fill, `${code} (${k.label})`).toBe(k.fill);
      expect(hasClass(el, 'nk'), code).toBe(k.notKnown);
      if (rowOf.get(code)!.value === null) expect(paths[0]!.attrs.fill).toBe(NOT_KNOWN_FILL);
    }
    expect(svg).not.toContain('<pattern');
    expect(svg).not.toContain('url(#');
  });

  it('draws London on the main map as an outline in paper colour with a leader line to the inset, never a data or grey fill', () => {
    const silhouette = all.find((el) => el.name === 'g' && hasClass(el, 'london-silhouette'))!;
    expect(silhouette).toBeDefined();
    const [outline, leader] = silhouette.children.filter((ch) => ch.name === 'path');
    expect(outline!.attrs.fill).toBe(LONDON_FILL);
    expect(outline!.attrs.d).toBe(g.londonSilhouette);
    expect(hasClass(leader!, 'leader')).toBe(true);
    const end = points(leader!.attrs.d!).xy.at(-1)!;
    expect(Math.abs(end[1] - (g.inset.y + g.inset.height))).toBeLessThan(0.1);
  });

  it('each footprint path is its own shape from the geometry, and not empty', () => {
    const shapes = new Map([...g.main, ...g.inset.shapes].map((s) => [s.code, s.d]));
    for (const el of areas) {
      const d = el.children.find((ch) => ch.name === 'path')!.attrs.d!;
      expect(d.length).toBeGreaterThan(10);
      expect(d).toBe(shapes.get(el.attrs['data-code']!));
    }
  });

  it('every path lies inside the viewBox and is written in whole pixels', () => {
    const paths = all.filter((el) => el.name === 'path');
    expect(paths.length).toBeGreaterThanOrEqual(45);
    for (const p of paths) {
      const label = p.parent?.attrs['data-code'] ?? p.attrs.class ?? 'split council';
      const d = p.attrs.d ?? '';
      expect(d, label).not.toBe('');
      const { commands, xy, numbers } = points(d);
      expect(commands, `${label}: only relative m, l, z`).toMatch(/^(m(l)*z?)+$/);
      expect(numbers.length % 2, label).toBe(0);
      for (const n of numbers) expect(n, `${label}: ${n}`).toMatch(/^-?\d+$/);
      for (const [x, y] of xy) {
        // Allow for the rounding of each step to 0.1 px.
        expect(x >= -0.05 && x <= g.width + 0.05, `${label}: x ${x} outside 0..${g.width}`).toBe(true);
        expect(y >= -0.05 && y <= g.height + 0.05, `${label}: y ${y} outside 0..${g.height}`).toBe(true);
      }
    }
  });

  it('London inset shapes lie inside the inset frame', () => {
    for (const s of g.inset.shapes) {
      for (const [x, y] of points(s.d).xy) {
        expect(x >= g.inset.x - 0.05 && x <= g.inset.x + g.inset.width + 0.05, `${s.code} x ${x}`).toBe(true);
        expect(y >= g.inset.y - 0.05 && y <= g.inset.y + g.inset.height + 0.05, `${s.code} y ${y}`).toBe(true);
      }
    }
  });

  it(`prefixes every id with "${prefix}-", and every reference resolves within the map`, () => {
    const ids = all.map((el) => el.attrs.id).filter((x): x is string => x !== undefined);
    expect(ids.length).toBeGreaterThanOrEqual(2);
    expect(new Set(ids).size).toBe(ids.length);
    for (const x of ids) expect(x.startsWith(`${prefix}-`), x).toBe(true);
    const refs = [...svg.matchAll(/url\(#([^)]+)\)/g)].map((m) => m[1]!);
    refs.push(...(root.attrs['aria-labelledby'] ?? '').split(' '));
    for (const r of refs) expect(ids, r).toContain(r);
  });

  it('two prefixes produce no shared id', () => {
    const idsOf = (s: string) => new Set([...s.matchAll(/\sid="([^"]*)"/g)].map((m) => m[1]!));
    const a = idsOf(model.svg('first'));
    const b = idsOf(model.svg('second'));
    expect(a.size).toBeGreaterThan(0);
    expect(a.size).toBe(b.size);
    for (const x of a) expect(b.has(x), x).toBe(false);
    expect(model.svg('second')).not.toContain('#first-');
  });
});
