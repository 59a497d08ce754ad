/**
 * Projects a version's TopoJSON once into SVG path strings that every map, locator and embed of the
 * build reuses. The projection is the transverse Mercator of the British National Grid (EPSG:27700:
 * central meridian 2°W, latitude of origin 49°N), so England has the shape readers know from
 * Ordnance Survey and ONS maps; at this scale the ellipsoid makes no visible difference.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { geoArea, geoPath, geoTransverseMercator, type GeoProjection } from 'd3-geo';
import { feature, merge } from 'topojson-client';
import { presimplify, simplify } from 'topojson-simplify';
import type { GeometryCollection, Topology } from 'topojson-specification';
import type { Feature, FeatureCollection, Geometry } from 'geojson';
import { DATA_DIR } from './load-dataset.ts';

export interface MapShape {
  code: string;
  name: string;
  d: string;
}

export interface MapGeometry {
  width: number;
  height: number;
  /** Footprints outside London, drawn on the main map. */
  main: MapShape[];
  /** London's footprints as one silhouette on the main map (they are drawn in the inset). */
  londonSilhouette: string;
  /** The London inset: its frame and the London footprints at a larger scale. */
  inset: { x: number; y: number; width: number; height: number; shapes: MapShape[] };
  /** Outlines of split councils, on the main map and (if in London) the inset. */
  councils: Map<string, { name: string; main: string; inset: string | null }>;
}

export type TopologyObjects = {
  footprints: GeometryCollection<{ name: string }>;
  councils: GeometryCollection<{ name: string }>;
};
export type FootprintTopology = Topology<TopologyObjects>;

export const MAP_WIDTH = 600;
const PAD = 8;
/** Coordinates rounded to 0.1 px: invisible on screen, and it keeps the inline SVG small. */
const DIGITS = 1;

export function readTopology(version: string, dataDir = DATA_DIR): FootprintTopology {
  return JSON.parse(readFileSync(join(dataDir, version, 'footprints.topo.json'), 'utf8')) as FootprintTopology;
}

export function nationalGridProjection(): GeoProjection {
  return geoTransverseMercator().rotate([2, -49]);
}

function features(topology: FootprintTopology, key: keyof TopologyObjects): Feature<Geometry, { name: string }>[] {
  const fc = feature(topology as unknown as Topology, topology.objects[key]) as unknown as FeatureCollection<Geometry, { name: string }>;
  return fc.features;
}

/**
 * Builds the geometry. `londonCodes` are the footprints drawn in the inset rather than on the main
 * map (the five London footprints are too small to see at national scale).
 */
/** How a geometry is drawn: national maps at 600 px with 0.1 px precision; locators coarser. */
export interface GeometryOptions {
  width: number;
  digits: number;
  /** Extra Visvalingam simplification (planar weight, square degrees), or 0 for none. */
  simplify: number;
}
export const NATIONAL: GeometryOptions = { width: MAP_WIDTH, digits: DIGITS, simplify: 0 };
/** Locators are small (a third of a column): integer pixels and about a tenth of the detail. */
export const LOCATOR: GeometryOptions = { width: 300, digits: 0, simplify: 2e-4 };

/**
 * Rewrites a d3 path (absolute M/L/Z commands) with relative moves, which are much shorter: most
 * steps between neighbouring points are a pixel or two. Same shape, about a third fewer bytes.
 */
export function compactPath(d: string, digits: number): string {
  const f = 10 ** digits;
  const fmt = (n: number) => String(Math.round(n * f) / f);
  let out = '';
  let x = 0;
  let y = 0;
  let start = [0, 0] as [number, number];
  for (const [, cmd, args] of d.matchAll(/([MLZ])([^MLZ]*)/g)) {
    if (cmd === 'Z') {
      // Closing a subpath moves the current point back to its start (SVG 2, §9.3.4).
      out += 'z';
      [x, y] = start;
      continue;
    }
    const [ax, ay] = args!.split(',').map(Number) as [number, number];
    const dx = Math.round((ax - x) * f) / f;
    const dy = Math.round((ay - y) * f) / f;
    // Track the rounded position so rounding errors never accumulate.
    x += dx;
    y += dy;
    if (cmd === 'M') start = [x, y];
    const sep = dy < 0 ? '' : ' ';
    out += `${cmd === 'M' ? 'm' : 'l'}${fmt(dx)}${sep}${fmt(dy)}`;
  }
  return out.replace(/l0 0(?=[lmz])/g, '');
}

/** A d3 path generator for `projection` whose output is rounded and written relatively. */
function compactGeoPath(projection: GeoProjection, digits: number) {
  const path = geoPath(projection).digits(digits);
  return (object: Parameters<typeof path>[0]): string | null => {
    const d = path(object);
    return d ? compactPath(d, digits) : null;
  };
}

export function buildMapGeometry(topology: FootprintTopology, londonCodes: ReadonlySet<string>, options: GeometryOptions = NATIONAL): MapGeometry {
  const MAP_WIDTH = options.width;
  const DIGITS = options.digits;
  if (options.simplify > 0) {
    const pre = presimplify(structuredClone(topology) as never);
    topology = simplify(pre, options.simplify) as unknown as FootprintTopology;
  }
  const footprints = features(topology, 'footprints');
  // A ring wound the wrong way makes a polygon cover the rest of the globe (more than a hemisphere,
  // 2π steradians): catch it here, before it is fitted into the map and drawn as nonsense.
  for (const f of footprints) {
    if (geoArea(f) > 2 * Math.PI) throw new Error(`Footprint ${String(f.id)} covers most of the globe: its rings are wound the wrong way`);
  }
  const all: FeatureCollection = { type: 'FeatureCollection', features: footprints };
  const projection = nationalGridProjection().fitWidth(MAP_WIDTH - 2 * PAD, all);
  const [[x0, y0], [, y1]] = geoPath(projection).bounds(all);
  projection.translate([projection.translate()[0] + PAD - x0, projection.translate()[1] + PAD - y0]);
  const height = Math.ceil(y1 - y0 + 2 * PAD);
  const path = compactGeoPath(projection, DIGITS);

  // The inset sits in the empty North Sea at the top right, a third of the map wide.
  const londonFeatures = footprints.filter((f) => londonCodes.has(String(f.id)));
  const inset = { x: Math.round(MAP_WIDTH * 0.68), y: PAD, width: Math.round(MAP_WIDTH * 0.31), height: Math.round(MAP_WIDTH * 0.25) };
  const insetProjection = nationalGridProjection().fitExtent(
    [
      [inset.x + 6, inset.y + 22],
      [inset.x + inset.width - 6, inset.y + inset.height - 6],
    ],
    { type: 'FeatureCollection', features: londonFeatures },
  );
  const insetPath = compactGeoPath(insetProjection, DIGITS);

  const shape = (f: Feature<Geometry, { name: string }>, p: typeof path): MapShape => {
    const d = p(f) ?? '';
    return { code: String(f.id), name: f.properties.name, d };
  };

  const londonGeometries = topology.objects.footprints.geometries.filter((g) => londonCodes.has(String(g.id)));
  const councils = new Map<string, { name: string; main: string; inset: string | null }>();
  for (const c of features(topology, 'councils')) {
    // E09 is the GSS prefix of the London boroughs (ONS, Register of Geographic Codes).
    const inLondon = String(c.id).startsWith('E09');
    councils.set(String(c.id), { name: c.properties.name, main: path(c) ?? '', inset: inLondon ? insetPath(c) : null });
  }

  return {
    width: MAP_WIDTH,
    height,
    main: footprints.filter((f) => !londonCodes.has(String(f.id))).map((f) => shape(f, path)),
    londonSilhouette: path(merge(topology as unknown as Topology, londonGeometries as never)) ?? '',
    inset: { ...inset, shapes: londonFeatures.map((f) => shape(f, insetPath)) },
    councils,
  };
}

const cache = new Map<string, MapGeometry>();

/** The geometry of a version, computed once per build (per drawing style). */
export function mapGeometry(version: string, londonCodes: ReadonlySet<string>, options: GeometryOptions = NATIONAL): MapGeometry {
  const key = `${version}/${options.width}/${options.digits}/${options.simplify}`;
  let g = cache.get(key);
  if (!g) {
    g = buildMapGeometry(readTopology(version), londonCodes, options);
    cache.set(key, g);
  }
  return g;
}
