/**
 * A topology with only some of its layers, and only the arcs those layers use (renumbered), so a
 * browser that needs two layers downloads two layers' lines. The shapes are unchanged: the same
 * arcs, quantised the same way.
 */
import type { Topology } from 'topojson-specification';

type Arcs = number[] | number[][] | number[][][];

function mapArcs(arcs: Arcs, f: (i: number) => number): Arcs {
  return (arcs as unknown[]).map((a) => (Array.isArray(a) ? mapArcs(a as Arcs, f) : f(a as number))) as Arcs;
}

function eachArc(arcs: Arcs, f: (i: number) => void): void {
  for (const a of arcs as unknown[]) {
    if (Array.isArray(a)) eachArc(a as Arcs, f);
    else f(a as number);
  }
}

export function subsetTopology(topology: Topology, layers: readonly string[]): Topology {
  const used = new Set<number>();
  const objects: Topology['objects'] = {};
  for (const name of layers) {
    const object = topology.objects[name];
    if (!object) throw new Error(`The topology has no layer "${name}"`);
    objects[name] = object;
    for (const g of (object as unknown as { geometries: { arcs?: Arcs }[] }).geometries) if (g.arcs) eachArc(g.arcs, (i) => used.add(i < 0 ? ~i : i));
  }
  const kept = [...used].sort((a, b) => a - b);
  const index = new Map(kept.map((old, i) => [old, i]));
  const renumber = (i: number) => (i < 0 ? ~index.get(~i)! : index.get(i)!);
  const renumbered = Object.fromEntries(
    Object.entries(objects).map(([name, object]) => [
      name,
      { ...object, geometries: (object as unknown as { geometries: { arcs?: Arcs }[] }).geometries.map((g) => (g.arcs ? { ...g, arcs: mapArcs(g.arcs, renumber) } : g)) },
    ]),
  );
  return { ...topology, objects: renumbered as Topology['objects'], arcs: kept.map((i) => topology.arcs[i]!) };
}
