/**
 * What lies under a point on the version's TopoJSON: the 2017 footprint (exact outlines, the union
 * of their LSOAs) and the upper-tier council. Used in the browser for postcode and "use my
 * location" look-ups; outlines are simplified, so answers within a few hundred metres of a
 * boundary are approximate and the finder says so.
 */
import { geoContains } from 'd3-geo';
import { feature } from 'topojson-client';
import type { Feature, FeatureCollection, Geometry } from 'geojson';
import type { GeometryCollection, Topology } from 'topojson-specification';

export type AreaTopology = Topology<{ councils: GeometryCollection; footprints: GeometryCollection }>;

export interface Outlines {
  councils: Feature<Geometry>[];
  footprints: Feature<Geometry>[];
}

export function outlinesOf(topology: AreaTopology): Outlines {
  const layer = (name: 'councils' | 'footprints') => (feature(topology, topology.objects[name]) as FeatureCollection<Geometry>).features;
  return { councils: layer('councils'), footprints: layer('footprints') };
}

/** The ONS code of the feature containing the point, or null. */
export function featureAt(features: Feature<Geometry>[], longitude: number, latitude: number): string | null {
  const hit = features.find((c) => geoContains(c, [longitude, latitude]));
  return hit ? String(hit.id) : null;
}
