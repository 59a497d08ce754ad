/**
 * The projection of every map: the transverse Mercator of the British National Grid (EPSG:27700:
 * central meridian 2°W, latitude of origin 49°N), so England has the shape readers know from
 * Ordnance Survey and ONS maps. At this scale the ellipsoid makes no visible difference.
 */
import { geoTransverseMercator, type GeoProjection } from 'd3-geo';

export function nationalGridProjection(): GeoProjection {
  return geoTransverseMercator().rotate([2, -49]);
}
