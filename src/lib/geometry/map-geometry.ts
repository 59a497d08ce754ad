/**
 * Projects a version's TopoJSON into SVG path strings: the footprints on the main map, London's in
 * an inset, and the outlines of councils. Pure; the topology comes with the loaded dataset, and each drawing style is projected once per build.
 */
import { geoArea, geoPath } from 'd3-geo';
import { feature, merge } from 'topojson-client';
import { presimplify, simplify } from 'topojson-simplify';
import type { GeometryCollection, Topology } from 'topojson-specification';
import type { Feature, FeatureCollection, Geometry } from 'geojson';
import { londonCodes } from '../data/queries.ts';
import type { Dataset } from '../data/types.ts';
import { compactGeoPath } from './compact-path.ts';
import { nationalGridProjection } from './projection.ts';

export interface MapShape {
  code: string;
  name: string;
  d: string;
}

/** A rectangle in map pixels. */
export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface MapGeometry {
  width: number;
  height: number;
  /** Footprints outside London, drawn on the main map. */
  main: MapShape[];
  /** London's footprints as one silhouette on the main map (they are drawn in the inset). */
  londonSilhouette: string;
  /** The London inset: its frame and the London footprints at a larger scale. */
  inset: Box & { shapes: MapShape[] };
}

/** The four layers of every version's topology (design.md, Geometry): each a merge of the same LSOA arcs. */
export type TopologyObjects = {
  footprints: GeometryCollection<{ name: string }>;
  ccgs: GeometryCollection<{ name: string }>;
  districts: GeometryCollection<{ name: string }>;
  councils: GeometryCollection<{ name: string }>;
};
export type FootprintTopology = Topology<TopologyObjects>;

/** What goes in the London inset: the codes of London's areas. */
export interface LondonCodes {
  footprints: ReadonlySet<string>;
}

/** How a geometry is drawn: national maps at 600 px with 0.1 px precision; locators coarser. */
export interface GeometryOptions {
  width: number;
  digits: number;
  /** Extra Visvalingam simplification (planar weight, square degrees), or 0 for none. */
  simplify: number;
}

export const MAP_WIDTH = 600;
const PAD = 8;
/**
 * Whole pixels: the outlines are quantised to about 60 m (1e4 steps across England), a pixel or
 * more at this width, so a decimal place would add bytes (a third of the map's) and no detail.
 */
export const NATIONAL: GeometryOptions = { width: MAP_WIDTH, digits: 0, simplify: 0 };
/** Locators are small (a third of a column): integer pixels and about a tenth of the detail. */
export const LOCATOR: GeometryOptions = { width: 300, digits: 0, simplify: 2e-4 };

function features(topology: FootprintTopology, key: keyof TopologyObjects): Feature<Geometry, { name: string }>[] {
  const fc = feature(topology as unknown as Topology, topology.objects[key]) as unknown as FeatureCollection<Geometry, { name: string }>;
  return fc.features;
}

/** Where the inset sits: in the empty North Sea at the top right, a third of the map wide. */
export function insetBox(width: number): Box {
  return { x: Math.round(width * 0.68), y: PAD, width: Math.round(width * 0.31), height: Math.round(width * 0.25) };
}

/** The inset's frame leaves this much room at the top for its label. */
export const INSET_LABEL_SPACE = 22;

export function buildMapGeometry(topology: FootprintTopology, london: LondonCodes, options: GeometryOptions = NATIONAL): MapGeometry {
  const { width, digits } = options;
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
  const projection = nationalGridProjection().fitWidth(width - 2 * PAD, all);
  const [[x0, y0], [, y1]] = geoPath(projection).bounds(all);
  projection.translate([projection.translate()[0] + PAD - x0, projection.translate()[1] + PAD - y0]);
  const height = Math.ceil(y1 - y0 + 2 * PAD);
  const path = compactGeoPath(projection, digits);

  const londonFeatures = footprints.filter((f) => london.footprints.has(String(f.id)));
  const inset = insetBox(width);
  const insetProjection = nationalGridProjection().fitExtent(
    [
      [inset.x + 6, inset.y + INSET_LABEL_SPACE],
      [inset.x + inset.width - 6, inset.y + inset.height - 6],
    ],
    { type: 'FeatureCollection', features: londonFeatures },
  );
  const insetPath = compactGeoPath(insetProjection, digits);

  const shape = (f: Feature<Geometry, { name: string }>, p: typeof path): MapShape => ({ code: String(f.id), name: f.properties.name, d: p(f) ?? '' });

  const londonGeometries = topology.objects.footprints.geometries.filter((g) => london.footprints.has(String(g.id)));
  return {
    width,
    height,
    main: footprints.filter((f) => !london.footprints.has(String(f.id))).map((f) => shape(f, path)),
    londonSilhouette: path(merge(topology as unknown as Topology, londonGeometries as never)) ?? '',
    inset: { ...inset, shapes: londonFeatures.map((f) => shape(f, insetPath)) },
  };
}

const cache = new Map<string, MapGeometry>();

/** The geometry of a version, projected once per build (per drawing style). */
export function geometryOf(dataset: Dataset, options: GeometryOptions = NATIONAL): MapGeometry {
  const key = `${dataset.version.version}/${options.width}/${options.digits}/${options.simplify}`;
  let g = cache.get(key);
  if (!g) {
    g = buildMapGeometry(dataset.topology, { footprints: londonCodes(dataset) }, options);
    cache.set(key, g);
  }
  return g;
}
