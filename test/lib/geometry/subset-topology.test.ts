/** subsetTopology: the chosen layers with the same shapes, and only the arcs they use. */
import { describe, expect, it } from 'vitest';
import { geoArea } from 'd3-geo';
import { feature } from 'topojson-client';
import type { FeatureCollection } from 'geojson';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { loadDataset } from '../../../src/lib/data/read-version.ts';
import { subsetTopology } from '../../../src/lib/geometry/subset-topology.ts';

const topo = loadDataset('2017-04').topology as unknown as Topology;
const sub = subsetTopology(topo, ['footprints', 'councils']);
const areas = (t: Topology, layer: string) => (feature(t, t.objects[layer] as GeometryCollection) as FeatureCollection).features.map((f) => [f.id, geoArea(f)]);

describe('subsetTopology', () => {
  it('keeps only the chosen layers, and fewer arcs', () => {
    expect(Object.keys(sub.objects)).toEqual(['footprints', 'councils']);
    expect(sub.arcs.length).toBeLessThan(topo.arcs.length);
  });

  it('draws every shape exactly as before', () => {
    for (const layer of ['footprints', 'councils']) expect(areas(sub, layer)).toEqual(areas(topo, layer));
  });

  it('refuses a layer the topology does not have', () => {
    expect(() => subsetTopology(topo, ['wards'])).toThrow(/no layer "wards"/);
  });
});
