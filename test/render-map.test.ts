import { describe, expect, it } from 'vitest';
import { geoArea } from 'd3-geo';
import { feature } from 'topojson-client';
import type { Feature, FeatureCollection, Geometry } from 'geojson';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { formatValue, INDICATORS } from '../src/lib/indicators.ts';
import { loadDataset } from '../src/lib/load-dataset.ts';
import { locatorSvg } from '../src/lib/locator.ts';
import { buildMapGeometry, LOCATOR, mapGeometry, readTopology, type FootprintTopology } from '../src/lib/map-geometry.ts';
import { londonCodes, mapModel } from '../src/lib/map-model.ts';

const VERSION = '2017-04';
const dataset = loadDataset(VERSION);
const LONDON = londonCodes(dataset);
const ALL_CODES = dataset.footprints.map((f) => f.code).sort();

// ---------------------------------------------------------------------------------------------
// A tiny XML reader: enough to prove the SVG is well formed (balanced tags, quoted attributes,
// no duplicate attributes, no bare "&" or "<") and to walk it as a tree.
// ---------------------------------------------------------------------------------------------

interface El {
  name: string;
  attrs: Record<string, string>;
  children: El[];
  text: string;
  parent: El | null;
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

function decode(raw: string, where: number): string {
  const bad = /&(?!(?:#\d+|#x[0-9a-fA-F]+|amp|lt|gt|quot|apos);)/.exec(raw);
  if (bad) throw new Error(`Bare "&" near offset ${where}: ${raw.slice(bad.index, bad.index + 20)}`);
  return raw.replace(/&(#\d+|#x[0-9a-fA-F]+|amp|lt|gt|quot|apos);/g, (_, e: string) =>
    e.startsWith('#x') ? String.fromCodePoint(parseInt(e.slice(2), 16)) : e.startsWith('#') ? String.fromCodePoint(Number(e.slice(1))) : ENTITIES[e]!,
  );
}

function parseXml(xml: string): El {
  const doc: El = { name: '#document', attrs: {}, children: [], text: '', parent: null };
  const tag = /<(\/?)([A-Za-z_][\w.:-]*)((?:\s+[A-Za-z_:][\w.:-]*\s*=\s*(?:"[^"<]*"|'[^'<]*'))*)\s*(\/?)>/y;
  let cur = doc;
  let i = 0;
  while (i < xml.length) {
    if (xml[i] === '<') {
      if (xml.startsWith('<!--', i)) {
        const end = xml.indexOf('-->', i + 4);
        if (end < 0) throw new Error(`Unclosed comment at ${i}`);
        i = end + 3;
        continue;
      }
      tag.lastIndex = i;
      const m = tag.exec(xml);
      if (!m) throw new Error(`Malformed tag at offset ${i}: ${xml.slice(i, i + 60)}`);
      const [whole, close, name, attrText, selfClose] = m as unknown as [string, string, string, string, string];
      if (close) {
        if (attrText || selfClose) throw new Error(`Malformed closing tag at ${i}: ${whole}`);
        if (cur.name !== name) throw new Error(`</${name}> at offset ${i} closes <${cur.name}>`);
        cur = cur.parent!;
      } else {
        const attrs: Record<string, string> = {};
        for (const a of attrText.matchAll(/([A-Za-z_:][\w.:-]*)\s*=\s*(?:"([^"]*)"|'([^']*)')/g)) {
          const key = a[1]!;
          if (key in attrs) throw new Error(`Duplicate attribute ${key} on <${name}> at ${i}`);
          attrs[key] = decode(a[2] ?? a[3] ?? '', i);
        }
        const el: El = { name, attrs, children: [], text: '', parent: cur };
        cur.children.push(el);
        if (!selfClose) cur = el;
      }
      i += whole.length;
    } else {
      const next = xml.indexOf('<', i);
      const end = next < 0 ? xml.length : next;
      const text = xml.slice(i, end);
      if (text.includes('>')) throw new Error(`Bare ">" in text at ${i}`);
      cur.text += decode(text, i);
      i = end;
    }
  }
  if (cur !== doc) throw new Error(`<${cur.name}> is never closed`);
  if (doc.children.length !== 1) throw new Error(`Expected one root element, found ${doc.children.length}`);
  if (doc.text.trim()) throw new Error('Text outside the root element');
  return doc.children[0]!;
}

function walk(el: El): El[] {
  return [el, ...el.children.flatMap(walk)];
}
function ancestors(el: El): El[] {
  const out: El[] = [];
  for (let p = el.parent; p; p = p.parent) out.push(p);
  return out;
}
const hasClass = (el: El, c: string) => (el.attrs.class ?? '').split(/\s+/).includes(c);

describe('the test XML reader itself', () => {
  it.each([
    ['crossed tags', '<a><b></a></b>'],
    ['unclosed', '<svg><g>'],
    ['stray close', '<svg></g></svg>'],
    ['duplicate attribute', '<svg a="1" a="2"/>'],
    ['unquoted attribute', '<svg a=1/>'],
    ['bare ampersand in text', '<svg>Tom & Jerry</svg>'],
    ['bare ampersand in attribute', '<svg title="A & B"/>'],
    ['angle bracket in attribute', '<svg title="a<b"/>'],
    ['two roots', '<svg/><svg/>'],
    ['quote breaking out of attribute', '<svg title="say "hi""/>'],
  ])('rejects %s', (_name, xml) => {
    expect(() => parseXml(xml)).toThrow();
  });

  it('accepts and decodes a well-formed document', () => {
    const root = parseXml('<svg a="x &amp; y"><title>Bath &#39;n&#x27; &lt;Wells&gt;</title><path d="M1,2Z"/></svg>');
    expect(root.attrs.a).toBe('x & y');
    expect(root.children.map((c) => c.name)).toEqual(['title', 'path']);
    expect(root.children[0]!.text).toBe("Bath 'n' <Wells>");
  });
});

// ---------------------------------------------------------------------------------------------
// Path data.
// ---------------------------------------------------------------------------------------------

/**
 * The absolute points of a path written with relative m/l/z commands (compactPath's output): each
 * step adds to the current point, and z returns to the start of the subpath (SVG 2, §9.3.4).
 */
function points(d: string): { commands: string; xy: [number, number][]; numbers: string[] } {
  const commands = d.replace(/[^A-Za-z]/g, '');
  const numbers: string[] = [];
  const xy: [number, number][] = [];
  let x = 0;
  let y = 0;
  let start: [number, number] = [0, 0];
  for (const [, cmd, args] of d.matchAll(/([mlz])([^mlz]*)/g)) {
    if (cmd === 'z') {
      [x, y] = start;
      continue;
    }
    const pair = args!.match(/-?(?:\d+\.?\d*|\.\d+)(?:e[-+]?\d+)?/gi) ?? [];
    numbers.push(...pair);
    x += Number(pair[0]);
    y += Number(pair[1]);
    if (cmd === 'm') start = [x, y];
    xy.push([x, y]);
  }
  return { commands, xy, numbers };
}

// ---------------------------------------------------------------------------------------------
// The national choropleth, for every indicator.
// ---------------------------------------------------------------------------------------------

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

  it('fills each footprint as classified (class fill, or the not-known pattern)', () => {
    const c = model.classification;
    for (const el of areas) {
      const code = el.attrs['data-code']!;
      const paths = el.children.filter((ch) => ch.name === 'path');
      expect(paths, code).toHaveLength(1);
      const k = c.classes[c.classOf.get(code)!]!;
      expect(paths[0]!.attrs.fill, `${code} (${k.label})`).toBe(k.notKnown ? `url(#${prefix}-nk)` : k.fill);
      if (rowOf.get(code)!.value === null) expect(paths[0]!.attrs.fill).toBe(`url(#${prefix}-nk)`);
    }
  });

  it('each footprint path is its own shape from the geometry, and not empty', () => {
    const shapes = new Map([...g.main, ...g.inset.shapes].map((s) => [s.code, s.d]));
    for (const el of areas) {
      const d = el.children.find((ch) => ch.name === 'path')!.attrs.d!;
      expect(d.length).toBeGreaterThan(10);
      expect(d).toBe(shapes.get(el.attrs['data-code']!));
    }
  });

  it('every path lies inside the viewBox and is written to at most 1 decimal place', () => {
    const paths = all.filter((el) => el.name === 'path');
    expect(paths.length).toBeGreaterThanOrEqual(45);
    for (const p of paths) {
      const label = p.parent?.attrs['data-code'] ?? p.attrs.class ?? 'split council';
      const d = p.attrs.d ?? '';
      expect(d, label).not.toBe('');
      const { commands, xy, numbers } = points(d);
      expect(commands, `${label}: only relative m, l, z`).toMatch(/^(m(l)*z?)+$/);
      expect(numbers.length % 2, label).toBe(0);
      for (const n of numbers) expect(n, `${label}: ${n}`).toMatch(/^-?\d+(\.\d)?$/);
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
    expect(ids.length).toBeGreaterThanOrEqual(4);
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

// ---------------------------------------------------------------------------------------------
// The locator map, for every footprint.
// ---------------------------------------------------------------------------------------------

describe.each(dataset.footprints.map((f) => ({ slug: f.slug, code: f.code, name: f.name, london: LONDON.has(f.code) })))(
  'locator of $slug (London: $london)',
  ({ slug, code, name, london }) => {
    const prefix = `loc-${slug}`;
    const svg = locatorSvg(dataset, VERSION, slug, prefix);
    const root = parseXml(svg);
    const all = walk(root);
    const here = all.filter((el) => el.name === 'path' && hasClass(el, 'here'));
    // The inset group is the <g> after the "London" caption.
    const caption = root.children.findIndex((el) => el.name === 'text' && el.text === 'London');
    const insetGroup = root.children.slice(caption + 1).find((el) => el.name === 'g');

    it('is well-formed, role="img", with a <title> naming the footprint', () => {
      expect(root.name).toBe('svg');
      expect(root.attrs.role).toBe('img');
      const title = root.children.find((el) => el.name === 'title');
      expect(title?.text).toBe(`Where ${name} is in England`);
      expect((root.attrs['aria-labelledby'] ?? '').split(' ')).toContain(title?.attrs.id);
    });

    it('highlights exactly one footprint path', () => {
      expect(here).toHaveLength(1);
      expect(svg.split('class="here"').length - 1).toBe(1);
    });

    it(london ? 'highlights it in the London inset' : 'highlights it on the main map, not in the inset', () => {
      expect(caption).toBeGreaterThan(0);
      expect(insetGroup).toBeDefined();
      const inInset = ancestors(here[0]!).includes(insetGroup!);
      expect(inInset).toBe(london);
      // Locators are drawn from their own, coarser geometry.
      const geometry = mapGeometry(VERSION, LONDON, LOCATOR);
      const shapes = london ? geometry.inset.shapes : geometry.main;
      expect(here[0]!.attrs.d).toBe(shapes.find((s) => s.code === code)?.d);
    });

    it('prefixes its ids', () => {
      const ids = all.map((el) => el.attrs.id).filter((x): x is string => x !== undefined);
      for (const x of ids) expect(x.startsWith(`${prefix}-`), x).toBe(true);
      for (const m of svg.matchAll(/url\(#([^)]+)\)/g)) expect(ids).toContain(m[1]);
    });
  },
);

it('locatorSvg throws for an unknown slug', () => {
  expect(() => locatorSvg(dataset, VERSION, 'atlantis', 'x')).toThrow(/atlantis/);
});

// ---------------------------------------------------------------------------------------------
// Winding: a footprint ring wound the wrong way must be caught, naming the footprint.
// ---------------------------------------------------------------------------------------------

type Rings = number[][];
interface ArcGeometry {
  id?: string | number;
  type: string;
  arcs: Rings | Rings[];
}

/** Reverses every ring of one footprint: the arc order is reversed and each arc index a becomes ~a. */
function reverseFootprint(topology: FootprintTopology, code: string): FootprintTopology {
  const copy = structuredClone(topology);
  const geometry = copy.objects.footprints.geometries.find((g) => String(g.id) === code) as unknown as ArcGeometry | undefined;
  if (!geometry) throw new Error(`No footprint ${code} in the topology`);
  const reverseRing = (ring: number[]) => ring.map((a) => ~a).reverse();
  if (geometry.type === 'Polygon') geometry.arcs = (geometry.arcs as Rings).map(reverseRing);
  else if (geometry.type === 'MultiPolygon') geometry.arcs = (geometry.arcs as Rings[]).map((poly) => poly.map(reverseRing));
  else throw new Error(`Footprint ${code} is a ${geometry.type}`);
  return copy;
}

function footprintFeature(topology: FootprintTopology, code: string): Feature<Geometry> {
  const fc = feature(topology as unknown as Topology, topology.objects.footprints as GeometryCollection) as FeatureCollection<Geometry>;
  return fc.features.find((f) => String(f.id) === code)!;
}

describe('buildMapGeometry and ring winding', () => {
  const topology = readTopology(VERSION);

  it('builds the real topology without complaint', () => {
    expect(() => buildMapGeometry(topology, LONDON)).not.toThrow();
  });

  const multi = topology.objects.footprints.geometries.find(
    (g) => g.type === 'MultiPolygon' && (g as unknown as { arcs: Rings[] }).arcs.length > 1,
  );
  const cases = [
    { what: 'the first footprint in the file', code: String(topology.objects.footprints.geometries[0]!.id) },
    { what: 'a one-polygon footprint on the main map', code: dataset.bySlug.get('lincolnshire')!.code },
    { what: 'a London footprint (drawn in the inset)', code: dataset.bySlug.get('north-west-london')!.code },
    { what: 'a footprint of several polygons', code: String(multi!.id) },
  ];

  it.each(cases)('throws, naming $code, when $what is wound the wrong way', ({ code }) => {
    const broken = reverseFootprint(topology, code);
    // The fixture really is wrong: the reversed footprint covers (nearly) the whole sphere.
    expect(geoArea(footprintFeature(topology, code))).toBeLessThan(0.01);
    expect(geoArea(footprintFeature(broken, code))).toBeGreaterThan(2 * Math.PI);
    // And the original was not touched.
    expect(geoArea(footprintFeature(readTopology(VERSION), code))).toBeLessThan(0.01);
    expect(() => buildMapGeometry(broken, LONDON)).toThrow(code);
  });
});

describe('compactPath', () => {
  it.each([
    ['M10,10L12.5,10L12.5,13Z', 1, 'm10 10l2.5 0l0 3z'],
    ['M1,1L2,2ZM5,5L6,4Z', 1, 'm1 1l1 1zm4 4l1-1z'],
    ['M0.26,0.24L1.04,0.96Z', 1, 'm0.3 0.2l0.7 0.8z'],
  ])('%s → relative commands', async (d, digits, expected) => {
    const { compactPath } = await import('../src/lib/map-geometry');
    expect(compactPath(d, digits)).toBe(expected);
  });

  it('keeps every point where it was, to the rounding', async () => {
    const { compactPath } = await import('../src/lib/map-geometry');
    const abs = 'M100.1,200.2L150.3,180.4L120.5,260.6ZM300,300L310.1,320.2Z';
    const rel = points(compactPath(abs, 1)).xy;
    expect(rel.map(([x, y]) => [Math.round(x * 10) / 10, Math.round(y * 10) / 10])).toEqual([
      [100.1, 200.2], [150.3, 180.4], [120.5, 260.6], [300, 300], [310.1, 320.2],
    ]);
  });
});
