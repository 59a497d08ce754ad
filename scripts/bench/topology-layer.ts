/**
 * One layer of a TopoJSON topology on its own: the object and only the arcs it uses, renumbered.
 * The arcs themselves (their quantized points), the transform and the bbox are kept exactly, so
 * the layer decodes to the same shapes as before; only the other layers' arcs are left out. Pure.
 */
import type { GeoJsonProperties } from 'geojson';
import type { GeometryObject, Topology } from 'topojson-specification';

type ArcIndexes = number | ArcIndexes[];

export function onlyLayer(topology: Topology, name: string): Topology {
  const object = topology.objects[name];
  if (!object) throw new Error(`the topology has no object "${name}" (it has ${Object.keys(topology.objects).join(', ')})`);
  const renumbered = new Map<number, number>();
  const visit = (a: ArcIndexes): ArcIndexes => {
    if (Array.isArray(a)) return a.map(visit);
    // A negative index ~i is arc i reversed (TopoJSON specification, "Arc Indexes").
    const old = a < 0 ? ~a : a;
    let i = renumbered.get(old);
    if (i === undefined) {
      i = renumbered.size;
      renumbered.set(old, i);
    }
    return a < 0 ? ~i : i;
  };
  const withArcs = (g: GeometryObject<GeoJsonProperties>): GeometryObject<GeoJsonProperties> => {
    if (g.type === 'GeometryCollection') return { ...g, geometries: g.geometries.map(withArcs) };
    if ('arcs' in g) return { ...g, arcs: visit(g.arcs as ArcIndexes) } as GeometryObject<GeoJsonProperties>;
    return g;
  };
  const layer = withArcs(object);
  const arcs = new Array<Topology['arcs'][number]>(renumbered.size);
  for (const [old, i] of renumbered) arcs[i] = topology.arcs[old]!;
  return { ...topology, objects: { [name]: layer }, arcs };
}
