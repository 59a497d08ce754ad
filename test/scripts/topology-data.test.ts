/**
 * The committed outlines, content/data/<version>/footprints.topo.json: within budget, one shape for
 * every area, CCG, district and council of the version's memberships (islands included), every
 * shape the right way round for d3-geo and about as large as its LSOAs, points in held-out LSOAs in
 * the right footprint, and the build reproducible byte for byte.
 */
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { geoArea, geoBounds, geoContains } from 'd3-geo';
import type { Feature, MultiPolygon, Polygon } from 'geojson';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildAll, FILE_NAME, MAX_BYTES, readVersionLayers } from '../../scripts/build-topology.ts';
import { readBoundaries } from '../../scripts/lib/read-boundaries.ts';
import { readConfigs, versionDir } from '../../scripts/lib/read-inputs.ts';
import type { Memberships } from '../../scripts/lib/memberships.ts';
import { KM2, LAYERS, rewindForD3 } from '../../scripts/lib/topology.ts';
import type { LayerName } from '../../scripts/lib/topology.ts';
import { HAVE_SHARED_DATA, SKIPPED } from './shared-data.ts';

const versions = readConfigs().map((c) => c.version);
type Topo = Topology<Record<LayerName, GeometryCollection>>;
const read = (version: string) => {
  const file = join(versionDir(version), FILE_NAME);
  return { file, text: readFileSync(file, 'utf8'), topo: JSON.parse(readFileSync(file, 'utf8')) as Topo };
};
const memberships = (version: string) => JSON.parse(readFileSync(join(versionDir(version), 'memberships.json'), 'utf8')) as Memberships;
const features = (topo: Topo, layer: LayerName) => feature(topo, topo.objects[layer]).features as Feature<Polygon | MultiPolygon, { name: string }>[];

describe.each(versions)('%s/footprints.topo.json', (version) => {
  const { file, topo } = read(version);
  const m = memberships(version);
  const expected: Record<LayerName, { code: string; name: string }[]> = {
    footprints: m.areas,
    ccgs: m.ccgs,
    districts: m.councils.filter((c) => !c.code.startsWith('E10')),
    councils: m.councils.filter((c) => c.tier === 'upper'),
  };

  it(`is at most ${MAX_BYTES / 1024} KB with all four layers`, () => {
    expect(MAX_BYTES).toBe(150 * 1024);
    expect(statSync(file).size).toBeLessThanOrEqual(MAX_BYTES);
  });

  it('has the four layers, quantised, in WGS 84 longitude and latitude', () => {
    expect(Object.keys(topo.objects)).toEqual([...LAYERS]);
    expect(topo.transform).toBeDefined();
    const [x0, y0, x1, y1] = topo.bbox!;
    expect(x0).toBeGreaterThan(-7);
    expect(x1).toBeLessThan(2);
    expect(y0).toBeGreaterThan(49.8);
    expect(y1).toBeLessThan(56);
  });

  it.each([...LAYERS])('%s: ids and names are the memberships’ codes and ONS names', (layer) => {
    const geometries = topo.objects[layer].geometries as { id?: string | number; properties?: { name: string } }[];
    expect(geometries.map((g) => [g.id, g.properties?.name])).toEqual(expected[layer].map((x) => [x.code, x.name]));
  });

  it.each([...LAYERS])('%s: every shape is non-empty and smaller than a hemisphere (wound for d3-geo)', (layer) => {
    for (const f of features(topo, layer)) {
      expect(f.geometry.coordinates.length, String(f.id)).toBeGreaterThan(0);
      const area = geoArea(f);
      expect(area, String(f.id)).toBeGreaterThan(0);
      expect(area, String(f.id)).toBeLessThan(2 * Math.PI);
    }
  });

  it('keeps the islands: the Isle of Wight and the Isles of Scilly', () => {
    for (const layer of ['districts', 'councils'] as const) {
      const byId = new Map(features(topo, layer).map((f) => [f.id, f]));
      const wight = byId.get('E06000046')!;
      const scilly = byId.get('E06000053')!;
      expect(geoArea(wight) / KM2).toBeGreaterThan(350);
      expect(geoArea(wight) / KM2).toBeLessThan(420);
      expect(geoArea(scilly) / KM2).toBeGreaterThan(10);
      expect(geoArea(scilly) / KM2).toBeLessThan(20);
      const [[sx0, sy0], [sx1, sy1]] = geoBounds(scilly);
      expect(sx0).toBeGreaterThan(-6.5);
      expect(sx1).toBeLessThan(-6.1);
      expect(sy0).toBeGreaterThan(49.8);
      expect(sy1).toBeLessThan(50.1);
      expect(geoContains(wight, [-1.29, 50.69])).toBe(true); // Newport
    }
  });
});

describe.skipIf(!HAVE_SHARED_DATA)('against the ONS LSOA boundaries', () => {
  let shapes: Map<string, { geometry: Polygon | MultiPolygon }>;
  beforeAll(() => {
    shapes = readBoundaries();
  });

  it.each(versions)('%s: every shape is about as large as its LSOAs (footprints within 10%, other shapes 25%, England 2%)', (version) => {
    const { topo } = read(version);
    const { lsoas, layers } = readVersionLayers(version);
    const lsoaArea = lsoas.map((code) => geoArea(rewindForD3(shapes.get(code)!.geometry)));
    const england = lsoaArea.reduce((a, b) => a + b, 0);
    for (const layer of LAYERS) {
      const want = new Map<string, number>();
      layers.layers[layer].codes.forEach((code, i) => want.set(code, (want.get(code) ?? 0) + lsoaArea[i]!));
      let total = 0;
      for (const f of features(topo, layer)) {
        const area = geoArea(f);
        total += area;
        expect(Math.abs(area - want.get(String(f.id))!) / want.get(String(f.id))!, `${layer} ${f.id} ${f.properties.name}`).toBeLessThan(layer === 'footprints' ? 0.1 : 0.25);
      }
      expect(Math.abs(total - england) / england, layer).toBeLessThan(0.02);
    }
  });

  /**
   * Held-out points: every LSOA with an odd code (16,435; the simplification was tuned on points in
   * LSOAs with even codes) and one random point inside each LSOA's ONS boundary, from a seeded
   * generator. (A sample of a few thousand would do, but its rate wanders by ±0.2 points.)
   */
  it.each(versions)('%s: at least 99% of points in held-out LSOAs fall inside their footprint, none inside two', (version) => {
    const { topo } = read(version);
    const rows = readVersionLayers(version);
    const footprints = features(topo, 'footprints').map((f) => ({ f, bounds: geoBounds(f) }));
    let seed = 2026;
    const random = () => {
      seed = (seed + 0x6d2b79f5) | 0;
      let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
      t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
      return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
    };
    const heldOut = rows.lsoas.map((code, i) => ({ code, i })).filter(({ code }) => Number(code.slice(3)) % 2 === 1);
    expect(heldOut.length).toBe(16_435);
    let right = 0;
    let inTwo = 0;
    for (const { code, i } of heldOut) {
      const lsoa = { type: 'Feature', properties: {}, geometry: rewindForD3(shapes.get(code)!.geometry) } as Feature;
      const [[x0, y0], [x1, y1]] = geoBounds(lsoa);
      let point: [number, number] | null = null;
      for (let tries = 0; tries < 10_000 && !point; tries++) {
        const p: [number, number] = [x0 + random() * (x1 - x0), y0 + random() * (y1 - y0)];
        if (geoContains(lsoa, p)) point = p;
      }
      expect(point, code).not.toBeNull();
      const inside = footprints.filter(({ f, bounds: [[a, b], [c, d]] }) => point![0] >= a && point![0] <= c && point![1] >= b && point![1] <= d && geoContains(f, point!));
      if (inside.length > 1) inTwo++;
      if (inside.length === 1 && inside[0]!.f.id === rows.layers.layers.footprints.codes[i]) right++;
    }
    const rate = right / heldOut.length;
    console.log(`${version}: ${right} of ${heldOut.length} held-out points (${(100 * rate).toFixed(2)}%) inside their ONS footprint; ${inTwo} inside two`);
    expect(rate).toBeGreaterThanOrEqual(0.99);
    expect(inTwo).toBe(0);
  }, 180_000);

  it('re-running build-topology gives byte-identical files', { timeout: 300_000 }, () => {
    const t0 = performance.now();
    const files = buildAll();
    console.log(`build-topology rebuilt ${files.size} versions in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
    expect([...files.keys()]).toEqual(versions);
    for (const [version, text] of files) expect(text === read(version).text, version).toBe(true);
  });
});

if (!HAVE_SHARED_DATA) {
  describe('against the ONS LSOA boundaries', () => {
    it.skip(SKIPPED, () => {});
  });
}
