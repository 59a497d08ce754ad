/** buildMapGeometry: a footprint ring wound the wrong way is caught, naming the footprint. */
import { describe, expect, it } from 'vitest';
import { geoArea } from 'd3-geo';
import { feature } from 'topojson-client';
import type { Feature, FeatureCollection, Geometry } from 'geojson';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { londonCodes } from '../../../src/lib/data/queries.ts';
import { loadDataset } from '../../../src/lib/data/read-version.ts';
import { buildMapGeometry, type FootprintTopology } from '../../../src/lib/geometry/map-geometry.ts';

const VERSION = '2017-04';
const dataset = loadDataset(VERSION);
const LONDON = { footprints: londonCodes(dataset) };
const readTopology = (_version: string): FootprintTopology => structuredClone(dataset.topology);

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
