/**
 * Which 2017 upper-tier council contains a point, from the version's TopoJSON. Used in the browser
 * for postcode and "use my location" look-ups; outlines are simplified, so answers near a council
 * boundary are approximate and the finder says so.
 */
import { geoContains } from 'd3-geo';
import { feature } from 'topojson-client';
import type { Feature, FeatureCollection, Geometry } from 'geojson';
import type { GeometryCollection, Topology } from 'topojson-specification';

export type CouncilTopology = Topology<{ councils: GeometryCollection }>;

export function councilsOf(topology: CouncilTopology): Feature<Geometry>[] {
  return (feature(topology, topology.objects.councils) as FeatureCollection<Geometry>).features;
}

export function councilAt(councils: Feature<Geometry>[], longitude: number, latitude: number): string | null {
  const hit = councils.find((c) => geoContains(c, [longitude, latitude]));
  return hit ? String(hit.id) : null;
}
