import { readFileSync } from 'node:fs';
import { feature } from 'topojson-client';
import type { Topology } from 'topojson-specification';
import { describe, expect, it } from 'vitest';
import { onlyLayer } from '../../scripts/bench/topology-layer.ts';

describe('onlyLayer: one layer of a topology with only its arcs', () => {
  const tiny: Topology = {
    type: 'Topology',
    transform: { scale: [1, 1], translate: [0, 0] },
    objects: {
      a: { type: 'GeometryCollection', geometries: [{ type: 'Polygon', id: 'A', arcs: [[2, ~4]] }] },
      b: { type: 'GeometryCollection', geometries: [{ type: 'LineString', arcs: [0, 1, 3] }] },
    },
    arcs: [[[0, 0], [1, 0]], [[1, 0], [1, 1]], [[0, 0], [0, 1], [1, 0]], [[5, 5], [1, 1]], [[0, 0], [0, 1], [1, 0]]],
  };

  it('keeps the layer, renumbers its arcs in order of use, and keeps reversals', () => {
    const t = onlyLayer(tiny, 'a');
    expect(Object.keys(t.objects)).toEqual(['a']);
    expect(t.arcs).toEqual([tiny.arcs[2], tiny.arcs[4]]);
    expect(t.objects.a).toEqual({ type: 'GeometryCollection', geometries: [{ type: 'Polygon', id: 'A', arcs: [[0, ~1]] }] });
    expect(t.transform).toEqual(tiny.transform);
  });

  it('fails naming the layers it has', () => {
    expect(() => onlyLayer(tiny, 'ccgs')).toThrow(/no object "ccgs".*a, b/);
  });

  it("decodes the project's footprints to exactly the same shapes, from fewer bytes", () => {
    const topology = JSON.parse(readFileSync('content/data/2017-04/footprints.topo.json', 'utf8')) as Topology;
    const cut = onlyLayer(topology, 'footprints');
    expect(feature(cut, cut.objects.footprints!)).toEqual(feature(topology, topology.objects.footprints!));
    expect(JSON.stringify(cut).length).toBeLessThan(JSON.stringify(topology).length / 2);
  });
});
