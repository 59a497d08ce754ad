/**
 * scripts/lib/topology.ts on a synthetic England: a 4 × 4 grid of square "LSOAs" (with coordinates
 * that disagree by floating-point noise along shared edges, as the ONS files do) and one small
 * island, in two versions.
 */
import { geoArea, geoContains } from 'd3-geo';
import type { Polygon, Position } from 'geojson';
import { feature, mesh } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { describe, expect, it } from 'vitest';
import type { LsoaShape, VersionLayers } from '../../scripts/lib/topology.ts';
import { buildTopologies, cellsOf, DEFAULT_OPTIONS, KM2, LAYERS, rewindForD3, signedArea, snapCoordinates } from '../../scripts/lib/topology.ts';

const SIZE = 0.02; // degrees: squares of about 1.4 × 2.2 km
const noise = (i: number) => ((i * 7919) % 13) * 1e-12;

/** Square (col, row), clockwise (as the ONS files are), with noisy corners. */
function square(col: number, row: number, k: number): Polygon {
  const x0 = -1 + col * SIZE;
  const y0 = 52 + row * SIZE;
  const p = (x: number, y: number, j: number): Position => [x + noise(k + j), y - noise(k + j)];
  return { type: 'Polygon', coordinates: [[p(x0, y0, 0), p(x0, y0 + SIZE, 1), p(x0 + SIZE, y0 + SIZE, 2), p(x0 + SIZE, y0, 3), p(x0, y0, 0)]] };
}

const lsoas: LsoaShape[] = [];
for (let row = 0; row < 4; row++) for (let col = 0; col < 4; col++) lsoas.push({ code: `E01${String(row * 4 + col).padStart(6, '0')}`, geometry: square(col, row, row * 4 + col) });
// An island off the east coast, anticlockwise (the RFC 7946 way), to be rewound.
const island: Polygon = { type: 'Polygon', coordinates: [[[-0.85, 52.01], [-0.83, 52.01], [-0.83, 52.03], [-0.85, 52.03], [-0.85, 52.01]]] };
lsoas.push({ code: 'E01000016', geometry: island });

const n = lsoas.length;
const col = (i: number) => (i === 16 ? 3 : i % 4);
const row = (i: number) => (i === 16 ? 0 : Math.floor(i / 4));
const names = (codes: string[]) => new Map([...new Set(codes)].map((c) => [c, `Name of ${c}`]));
function layers(version: string, footprintOf: (i: number) => string): VersionLayers {
  const make = (f: (i: number) => string) => {
    const codes = Array.from({ length: n }, (_, i) => f(i));
    return { codes, names: names(codes) };
  };
  return {
    version,
    layers: {
      footprints: make(footprintOf),
      ccgs: make((i) => `E3800000${col(i) < 2 ? 1 : row(i) < 2 ? 2 : 3}`),
      districts: make((i) => `E0700000${Math.floor(col(i) / 2) + 2 * Math.floor(row(i) / 2)}`),
      councils: make(() => 'E10000001'),
    },
  };
}
// 2017: west and east halves; 2022: the north-east district moved to the west.
const v2017 = layers('2017-04', (i) => (col(i) < 2 ? 'E54000001' : 'E54000002'));
const v2022 = layers('2022-07', (i) => (col(i) < 2 || row(i) >= 2 ? 'E54000001' : 'E54000002'));
// Squares have no points to spare: a lower threshold keeps their corners.
const options = { ...DEFAULT_OPTIONS, minWeight: 0.1 * KM2, minIslandArea: 0.1 * KM2 };
const built = buildTopologies(lsoas, [v2017, v2022], options);
const topoOf = (v: string) => JSON.parse(built.files.get(v)!) as Topology<Record<(typeof LAYERS)[number], GeometryCollection>>;

describe('winding and snapping', () => {
  it('winds exteriors clockwise and holes anticlockwise for d3-geo', () => {
    const ccw: Polygon = { type: 'Polygon', coordinates: [[[0, 0], [1, 0], [1, 1], [0, 1], [0, 0]], [[0.2, 0.2], [0.2, 0.8], [0.8, 0.8], [0.8, 0.2], [0.2, 0.2]]] };
    const fixed = rewindForD3(ccw);
    expect(signedArea(fixed.coordinates[0]!)).toBeLessThan(0);
    expect(signedArea(fixed.coordinates[1]!)).toBeGreaterThan(0);
    expect(geoArea(fixed)).toBeLessThan(1e-3);
    expect(rewindForD3(fixed)).toEqual(fixed);
  });

  it('snaps coordinates within the tolerance to the first one seen, and only those', () => {
    const a: Polygon = { type: 'Polygon', coordinates: [[[0, 0], [0, 1], [1, 1], [0, 0]]] };
    const b: Polygon = { type: 'Polygon', coordinates: [[[1e-12, 1 - 1e-12], [1, 1 + 5e-10], [1, 1.00001], [1e-12, 1 - 1e-12]]] };
    const [, sb] = snapCoordinates([a, b], 1e-9);
    expect(sb!.coordinates[0]![0]).toEqual([0, 1]);
    expect(sb!.coordinates[0]![1]).toEqual([1, 1]);
    expect(sb!.coordinates[0]![2]).toEqual([1, 1.00001]);
  });
});

describe('cells', () => {
  it('groups LSOAs with the same membership in every layer of every version', () => {
    const cells = cellsOf(n, [v2017, v2022]);
    // The four districts (whose lines the CCG and footprint lines follow); the island is in the south-east one.
    expect(cells.flat().sort((a, b) => a - b)).toEqual(Array.from({ length: n }, (_, i) => i));
    for (const members of cells) {
      for (const v of [v2017, v2022]) for (const l of LAYERS) expect(new Set(members.map((i) => v.layers[l].codes[i])).size).toBe(1);
    }
    expect(cells.length).toBe(4);
  });
});

describe('buildTopologies', () => {
  it('writes four layers per version, ids the codes, names as properties', () => {
    for (const v of [v2017, v2022]) {
      const topo = topoOf(v.version);
      expect(Object.keys(topo.objects)).toEqual([...LAYERS]);
      for (const l of LAYERS) {
        const geometries = topo.objects[l].geometries;
        expect(geometries.map((g) => g.id)).toEqual([...v.layers[l].names.keys()].sort());
        for (const g of geometries) expect(g.properties).toEqual({ name: `Name of ${g.id}` });
      }
      expect(topo.transform).toBeDefined();
    }
  });

  it('keeps the island, every area with a shape the right way round', () => {
    const topo = topoOf('2017-04');
    for (const l of LAYERS) {
      for (const f of feature(topo, topo.objects[l]).features) {
        expect(geoArea(f), `${l} ${f.id}`).toBeGreaterThan(0);
        expect(geoArea(f), `${l} ${f.id}`).toBeLessThan(2 * Math.PI);
      }
    }
    const east = feature(topo, topo.objects.footprints).features.find((f) => f.id === 'E54000002')!;
    expect(geoContains(east, [-0.84, 52.02])).toBe(true);
  });

  it('keeps at least a triangle of a small island under the default simplification', () => {
    const defaults = buildTopologies(lsoas, [v2017], { ...DEFAULT_OPTIONS, minIslandArea: 0.1 * KM2 });
    const topo = JSON.parse(defaults.files.get('2017-04')!) as Topology<Record<string, GeometryCollection>>;
    const east = feature(topo, topo.objects.footprints!).features.find((f) => f.id === 'E54000002')!;
    expect(east.geometry.type).toBe('MultiPolygon');
    expect(geoContains(east, [-0.835, 52.015])).toBe(true);
  });

  it('tiles the same ground in every layer: the layers share arcs', () => {
    const topo = topoOf('2022-07');
    const total = (l: (typeof LAYERS)[number]) => feature(topo, topo.objects[l]).features.reduce((s, f) => s + geoArea(f), 0);
    const expected = lsoas.reduce((s, l) => s + geoArea(rewindForD3(l.geometry)), 0);
    for (const l of LAYERS) expect(Math.abs(total(l) - expected) / expected).toBeLessThan(1e-3);
    // The outline of England in any layer is the same set of arcs.
    const outline = (l: (typeof LAYERS)[number]) => JSON.stringify(mesh(topo, topo.objects[l], (a, b) => a === b));
    expect(outline('ccgs')).toBe(outline('footprints'));
    expect(outline('districts')).toBe(outline('councils'));
  });

  it('moves the north-east district between versions', () => {
    const west = (v: string) => feature(topoOf(v), topoOf(v).objects.footprints).features.find((f) => f.id === 'E54000001')!;
    const ne: [number, number] = [-1 + 3 * SIZE, 52 + 3 * SIZE];
    expect(geoContains(west('2017-04'), ne)).toBe(false);
    expect(geoContains(west('2022-07'), ne)).toBe(true);
  });

  it('is deterministic', () => {
    expect(buildTopologies(lsoas, [v2017, v2022], options).files).toEqual(built.files);
  });

  it('fails when a layer code has no name', () => {
    const broken = { ...v2017, layers: { ...v2017.layers, ccgs: { ...v2017.layers.ccgs, names: new Map() } } };
    expect(() => buildTopologies(lsoas, [broken], options)).toThrow('2017-04 ccgs: no name for E38000001');
  });
});
