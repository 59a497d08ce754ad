/**
 * The shape checks of a version: footprints.topo.json has the four layers, every record has a
 * shape and every shape a record (both ways, in every layer), every shape is wound the way d3-geo
 * reads it, and the layers nest: an area is exactly its CCGs, a county exactly its districts,
 * England exactly its areas — so a dropped island or a lost polygon fails the build.
 */
import { geoArea } from 'd3-geo';
import { feature } from 'topojson-client';
import type { Feature, FeatureCollection, Geometry } from 'geojson';
import type { GeometryCollection, Topology } from 'topojson-specification';
import type { MembershipsFile } from '../../../content/data/schema.ts';
import type { Problems } from './errors.ts';

export const LAYERS = ['footprints', 'ccgs', 'districts', 'councils'] as const;
export type Layer = (typeof LAYERS)[number];

const FILE = 'footprints.topo.json';
/** Relative difference allowed between an area and the sum of the areas it is made of (float sums of the same arcs). */
const AREA_TOLERANCE = 1e-6;

/** Which codes each layer must have, from the memberships. */
export function expectedLayers(m: MembershipsFile): Record<Layer, Map<string, string>> {
  return {
    footprints: new Map(m.areas.map((a) => [a.code, a.name])),
    ccgs: new Map(m.ccgs.map((c) => [c.code, c.name])),
    districts: new Map(m.councils.filter((c) => !c.code.startsWith('E10')).map((c) => [c.code, c.name])),
    councils: new Map(m.councils.filter((c) => c.tier === 'upper').map((c) => [c.code, c.name])),
  };
}

function isTopology(t: unknown): t is Topology {
  return !!t && typeof t === 'object' && (t as { type?: unknown }).type === 'Topology' && typeof (t as { objects?: unknown }).objects === 'object' && Array.isArray((t as { arcs?: unknown }).arcs);
}

/** Checks the topology; returns each layer's features by code (for the nesting checks' callers), or null if unreadable. */
export function checkTopology(topology: unknown, m: MembershipsFile, problems: Problems): Record<Layer, Map<string, Feature<Geometry>>> | null {
  if (!isTopology(topology)) {
    problems.push(`${FILE}: field type: not a TopoJSON topology (expected { type: "Topology", objects, arcs })`);
    return null;
  }
  const expected = expectedLayers(m);
  const out = {} as Record<Layer, Map<string, Feature<Geometry>>>;
  let readable = true;
  for (const layer of LAYERS) {
    const object = topology.objects[layer] as GeometryCollection | undefined;
    if (!object || object.type !== 'GeometryCollection' || !Array.isArray(object.geometries)) {
      problems.push(`${FILE}: object ${layer}: missing (every version has the layers ${LAYERS.join(', ')})`);
      readable = false;
      continue;
    }
    const ids = object.geometries.map((g) => String(g.id));
    for (const [i, id] of ids.entries()) {
      if (ids.indexOf(id) !== i) problems.push(`${FILE}: object ${layer}, shape ${id}, field id: used by more than one shape`);
    }
    const want = expected[layer];
    for (const [code, name] of want) {
      if (!ids.includes(code)) problems.push(`${FILE}: object ${layer}, field id: no shape for ${code} "${name}"`);
    }
    for (const id of ids) {
      if (!want.has(id)) problems.push(`${FILE}: object ${layer}, shape ${id}, field id: no record has this code (not in memberships.json)`);
    }
    let features: Feature<Geometry>[];
    try {
      features = (feature(topology, object) as FeatureCollection<Geometry>).features;
    } catch (error) {
      problems.push(`${FILE}: object ${layer}: its arcs cannot be read (${(error as Error).message})`);
      readable = false;
      continue;
    }
    const byCode = new Map<string, Feature<Geometry>>();
    for (const f of features) {
      const id = String(f.id);
      const g = f.geometry as Geometry | null;
      const empty = !g || (g.type === 'Polygon' && !g.coordinates.length) || (g.type === 'MultiPolygon' && !g.coordinates.length);
      if (empty) {
        problems.push(`${FILE}: object ${layer}, shape ${id}, field arcs: the shape is empty`);
        continue;
      }
      const area = geoArea(f);
      // More than a hemisphere (2π steradians) means the rings are wound the wrong way for d3-geo.
      if (area > 2 * Math.PI) problems.push(`${FILE}: object ${layer}, shape ${id}, field arcs: wound the wrong way (it covers most of the globe)`);
      byCode.set(id, f);
    }
    out[layer] = byCode;
  }
  if (!readable) return null;
  checkNestedAreas(out, m, problems);
  return out;
}

function sumArea(features: Map<string, Feature<Geometry>>, codes: Iterable<string>): number {
  let total = 0;
  for (const code of codes) {
    const f = features.get(code);
    if (f) total += geoArea(f);
  }
  return total;
}

function compare(problems: Problems, what: string, whole: number, parts: number, partsWhat: string): void {
  if (!whole) return;
  const diff = Math.abs(whole - parts) / whole;
  if (diff > AREA_TOLERANCE) problems.push(`${FILE}: ${what}, field arcs: its area differs by ${(diff * 100).toFixed(2)}% from ${partsWhat} (a polygon or island is missing from one of them)`);
}

/** An area is its CCGs; a county is its districts; England is its areas, its districts and its councils. */
function checkNestedAreas(layers: Record<Layer, Map<string, Feature<Geometry>>>, m: MembershipsFile, problems: Problems): void {
  for (const a of m.areas) {
    const f = layers.footprints.get(a.code);
    if (!f) continue;
    const ccgs = m.ccgs.filter((c) => c.area === a.code).map((c) => c.code);
    compare(problems, `object footprints, shape ${a.code} "${a.name}"`, geoArea(f), sumArea(layers.ccgs, ccgs), `the sum of its ${ccgs.length} CCGs`);
  }
  for (const c of m.councils.filter((x) => x.code.startsWith('E10'))) {
    const f = layers.councils.get(c.code);
    if (!f) continue;
    const districts = m.councils.filter((d) => d.parent === c.code).map((d) => d.code);
    compare(problems, `object councils, shape ${c.code} "${c.name}"`, geoArea(f), sumArea(layers.districts, districts), `the sum of its ${districts.length} districts`);
  }
  const england = sumArea(layers.footprints, layers.footprints.keys());
  compare(problems, 'object districts', sumArea(layers.districts, layers.districts.keys()), england, 'the footprints together');
  compare(problems, 'object councils', sumArea(layers.councils, layers.councils.keys()), england, 'the footprints together');
  compare(problems, 'object ccgs', sumArea(layers.ccgs, layers.ccgs.keys()), england, 'the footprints together');
}
